import type { LineFeatures, Marker, Zone } from './types.js';
import { startsWithPhrase } from './structure-data.js';
import type { InlineText } from './line-content.js';
import { joinInline } from './line-content.js';
import { FULL_LINE_RATIO } from './line-features.js';
import { isCaps } from './header-fields.js';

/** One step of the body's line stream. */
export type BodyItem =
  | { kind: 'line'; f: LineFeatures; content: InlineText; zone: Zone }
  | { kind: 'gap' } // a blank line
  | { kind: 'skip' } // page debris or a footnote taken out of the flow
  | { kind: 'end' }; // the body is interrupted (closing block, title)

/** A line shorter than this share of a full line, not ending a sentence, ends its block (a heading). */
const SHORT_LINE_RATIO = 0.6;

/** Lines that make one block: a paragraph, a numbered item or heading, a table. */
export interface Group {
  lines: LineFeatures[];
  content: InlineText;
  marker?: Marker;
  table?: boolean;
  /** The group runs across a page break. */
  crossed?: boolean;
}

/**
 * Reflow the body: join the lines of each paragraph, heading or item that the page's margin wrapped,
 * across blank lines and page breaks where the sentence goes on.
 * @param items the body's line stream
 * @param appendixWords "PHỤ LỤC" and the like, whose name follows on the next line
 * @param preambleOpeners "Căn cứ" and the like, each of which opens a paragraph
 * @returns the blocks' line groups in order
 */
export function reflowLines(items: BodyItem[], appendixWords: string[], preambleOpeners: string[]): Group[] {
  const groups: Group[] = [];
  const lastValue = new Map<string, number>();
  let current: Group | undefined;
  let gap = false;
  let crossed = false;
  for (const item of items) {
    if (item.kind === 'gap') {
      gap = true;
      continue;
    }
    if (item.kind === 'skip') {
      crossed = true;
      continue;
    }
    if (item.kind === 'end') {
      current = undefined;
      gap = crossed = false;
      continue;
    }
    const { f, content } = item;
    if (item.zone === 'table') {
      if (current?.table) {
        current.lines.push(f);
      } else {
        current = { lines: [f], content, table: true };
        groups.push(current);
      }
      gap = crossed = false;
      continue;
    }
    // A line left with only its stop once its mark is cut out ("(7)." under "... khi xuất hàng)") ends
    // the paragraph before it, across a blank line too.
    const markOnly = content.refs.length > 0 && /^[.,;:!?)]*$/.test(content.text);
    if (current && !current.table && (markOnly || continues(current, f, gap, crossed, lastValue, appendixWords, preambleOpeners))) {
      current.lines.push(f);
      current.content = joinInline(current.content, content);
      if (crossed) current.crossed = true;
    } else {
      current = { lines: [f], content, marker: f.marker };
      if (f.marker?.value !== undefined) lastValue.set(f.marker.key, f.marker.value);
      groups.push(current);
    }
    gap = crossed = false;
  }
  return groups;
}

/** Whether line `f` continues the block `group` (reflow of hard-wrapped text). */
function continues(group: Group, f: LineFeatures, gap: boolean, crossed: boolean, lastValue: Map<string, number>, appendixWords: string[], preambleOpeners: string[]): boolean {
  const prev = group.lines[group.lines.length - 1];
  const full = prev.lengthRatio >= FULL_LINE_RATIO;
  // "Chương I" alone, then its name in capitals on the next line (OCR may put a blank line between).
  if (!crossed && group.lines.length === 1 && group.marker && ['part', 'chapter', 'section'].includes(group.marker.kind) && group.marker.restStart >= prev.text.length) {
    return isCaps(f.text) && !f.marker;
  }
  // "PHỤ LỤC" alone, then the appendix's name in capitals.
  if (!gap && !crossed && group.lines.length === 1 && !group.marker && startsWithPhrase(prev.text, appendixWords) > 0 && isCaps(prev.text)) {
    return isCaps(f.text) && !f.marker;
  }
  if (f.marker && !looksWrapped(prev, f.marker, gap, lastValue, f)) return false;
  if (crossed) return (full && !prev.endsWithStop) || f.startsLower;
  // OCR sometimes puts blank lines between the lines of one paragraph: a sentence that has not
  // ended and goes on in lower case or with a number ("so với năm" + "2022.") is the same paragraph.
  // (A number goes on only a full line: after a short one, "2.1.2. Dữ liệu số", it starts a paragraph.)
  // (Nor after a numbered line that stops short of the margin, alone: a heading, its paragraph's capital
  // misread, "2. Hạn chế, khuyết điểm" + "" + "6 một số doanh nghiệp" for "Ở một số".)
  if (gap) return !prev.endsWithStop && (f.startsLower || (/^\d/.test(f.text) && full)) && !f.marker && !isCaps(prev.text) && !(group.lines.length === 1 && group.marker && group.marker.kind !== 'bullet' && !full);
  if (f.marker) return true;
  // A heading in capitals ends where the text in ordinary case begins, however long its line, and a
  // line in capitals after a finished sentence starts a heading ("KẾT LUẬN").
  if (isCaps(group.content.text) && !isCaps(f.text) && !f.startsLower) return false;
  if (prev.endsWithStop && !isCaps(prev.text) && isCaps(f.text) && f.letters >= 6) return false;
  // A line that ends inside a code or a date ("04-", "ngày 14-") goes on, however short.
  if (/[\p{L}\d][-/]$/u.test(prev.text)) return true;
  if (prev.endsWithStop && (!full || f.indent > prev.indent)) return false;
  // Each "Căn cứ ...;" of a decision's preamble is its own paragraph, however long its last line.
  if (prev.endsWithStop && startsWithPhrase(f.text, preambleOpeners) > 0 && /^\p{Lu}/u.test(f.text)) return false;
  if (!prev.endsWithStop && prev.lengthRatio < SHORT_LINE_RATIO && !f.startsLower) return false;
  // A numbered line that stops short of the margin, unfinished, heads what follows in a capital
  // ("2- Nâng cao chất lượng đội ngũ bí thư chi bộ" + "Ban Tổ chức Huyện ủy ..."): a paragraph's first
  // line would run to the margin. (A heading that wraps goes on with a short line, or in capitals.)
  if (group.lines.length === 1 && group.marker && group.marker.kind !== 'bullet' && !prev.endsWithStop && !full && /^[\p{Lu}\d]/u.test(f.text) && f.lengthRatio >= FULL_LINE_RATIO && !isCaps(prev.text)) return false;
  return true;
}

/**
 * A marker at the start of a line that the page's margin wrapped onto it: the previous line is full,
 * and the number does not follow the document's sequence ("(2)" of an inline enumeration, "1.5 lần").
 */
function looksWrapped(prev: LineFeatures, marker: Marker, gap: boolean, lastValue: Map<string, number>, f: LineFeatures): boolean {
  if (gap) return false;
  // "kinh tế" + "- xã hội": a list item starts with a capital, a wrapped dash with the next word.
  if (marker.kind === 'bullet' && !prev.endsWithStop && f.startsLower) return true;
  if (prev.lengthRatio < FULL_LINE_RATIO) return false;
  if (marker.kind === 'parenArabic') return true;
  if (prev.endsWithStop) return false;
  if (marker.kind === 'bullet') return true;
  if (['part', 'chapter', 'section', 'article'].includes(marker.kind)) return false;
  const last = lastValue.get(marker.key);
  const sequential = marker.value === 1 || (last !== undefined && marker.value === last + 1);
  return !sequential;
}

