import type { Footnote, LineFeatures, RemovedLine, Zone } from './types.js';
import type { StructureData } from './structure-data.js';
import type { RefCandidate } from './footnote-marks.js';
import { findRefCandidates, readNoteMark } from './footnote-marks.js';
import { FULL_LINE_RATIO } from './line-features.js';


/** What {@link findFootnotes} returns. */
export interface FootnoteResult {
  footnotes: Footnote[];
  /** Linked references by line, for the block builder to cut the marks out of the text. */
  refs: Map<number, Array<RefCandidate & { label: string }>>;
  /** Lines of the notes, moved out of the flow. */
  noteLines: Set<number>;
  /** Rules drawn above the notes. */
  rules: RemovedLine[];
  /** Note-like lines at a page foot that no reference points to. */
  unmatched: number[];
}

/** A note holds at most this many lines (measured: notes of administrative reports run 1–4 lines). */
const MAX_NOTE_LINES = 6;

/**
 * Link footnote marks glued to words in the body ("nhân dân2", "mới®", "Chỉ thị¹") to the notes at
 * the foot of the page that start with the same mark, or a garbled form of it.
 * @param features line features
 * @param zones zone of each line
 * @param breaks line numbers where pages end
 * @param data structure phrase lists (footnote marks, superscripts, rule characters)
 * @returns the footnotes in order of reference, the references and note lines to take out of the flow
 */
export function findFootnotes(features: LineFeatures[], zones: Zone[], breaks: number[], data: StructureData): FootnoteResult {
  const result: FootnoteResult = { footnotes: [], refs: new Map(), noteLines: new Set(), rules: [], unmatched: [] };
  const notes = findNotes(features, zones, breaks, data);
  if (notes.length === 0) return result;
  const candidates = features.flatMap((f, i) => (zones[i] === 'body' || zones[i] === 'title' ? findRefCandidates(f, data) : []));
  const used = new Set<RefCandidate>();
  const links: Array<{ note: Note; ref: RefCandidate }> = [];
  for (const note of notes) {
    const pageStart = Math.max(0, ...breaks.filter((b) => b < note.start));
    const before = candidates.filter((c) => !used.has(c) && c.line < note.start && !isInNote(c.line, notes) && !!c.bracketed === !!note.bracketed);
    const onPage = before.filter((c) => c.line > pageStart);
    const same = (c: RefCandidate) => c.mark === note.mark || (c.value !== undefined && c.value === note.value);
    const loose = (c: RefCandidate) => c.value === undefined || note.value === undefined;
    // A garbled mark says nothing of its number: take the first one after the last linked reference,
    // since notes come in the order of their references.
    const last = links[links.length - 1]?.ref;
    const after = (c: RefCandidate) => !last || c.line > last.line || (c.line === last.line && c.offset > last.offset);
    // Garbled words such as "b4" (bá) or "s6" (số) are weaker evidence than a mark glued to a word.
    const ref = note.bracketed ? pickLast(before, same) :
      pickLast(onPage, (c) => same(c) && !c.weak) ??
      pickLast(before, (c) => same(c) && !c.weak) ??
      onPage.find((c) => loose(c) && after(c)) ??
      pickLast(onPage, same);
    if (!ref) {
      result.unmatched.push(note.start);
      continue;
    }
    for (const c of candidates) if (c === ref || (ref.word !== undefined && c.word === ref.word)) used.add(c);
    links.push({ note, ref });
  }
  links.sort((a, b) => a.ref.line - b.ref.line || a.ref.offset - b.ref.offset);
  links.forEach(({ note, ref }, i) => {
    const label = String(i + 1);
    result.footnotes.push({
      label,
      refMark: ref.mark,
      noteMark: note.mark,
      text: note.text,
      refLine: ref.line,
      lines: [note.start, note.end],
    });
    result.refs.set(ref.line, [...(result.refs.get(ref.line) ?? []), { ...ref, label }]);
    for (let line = note.start; line <= note.end; line++) result.noteLines.add(line);
    if (note.rule !== undefined && !result.rules.some((r) => r.line === note.rule)) {
      result.rules.push({ line: note.rule, text: features[note.rule - 1].raw, reason: 'footnote-rule' });
    }
  });
  return result;
}

interface Note {
  start: number;
  end: number;
  mark: string;
  value?: number;
  text: string;
  /** Line of the rule above the notes, if any. */
  rule?: number;
  /** "[1]": a bracketed mark, linked only to a bracketed reference. */
  bracketed?: boolean;
}

function isInNote(line: number, notes: Note[]): boolean {
  return notes.some((n) => line >= n.start && line <= n.end);
}

function pickLast<T>(items: T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return items[i];
  return undefined;
}

/**
 * Notes: runs of lines at the foot of a page (just before a page break, or after a rule, or at the
 * end of the body) whose first line starts with a mark.
 */
function findNotes(features: LineFeatures[], zones: Zone[], breaks: number[], data: StructureData): Note[] {
  const notes: Note[] = [];
  const isRule = (f: LineFeatures): boolean => f.text.length >= 3 && [...f.text].every((c) => data.footnoteRuleChars.includes(c));
  const breakSet = new Set(breaks);
  for (let i = 0; i < features.length; i++) {
    if (zones[i] !== 'body' && zones[i] !== 'closing') continue;
    const mark = readNoteMark(features[i].text, data);
    if (!mark) continue;
    // "[1] ..." notes of a document published on the web stand anywhere after their reference (often
    // after the signature), and a superscript number never starts a line of running text: neither
    // needs the page foot. Such a note runs on over the lines its margin wrapped.
    if (mark.bracketed || data.superscriptDigits.includes(features[i].text[0])) {
      let j = i + 1;
      while (j < features.length && j - i < MAX_NOTE_LINES && !features[j].blank && !readNoteMark(features[j].text, data) && features[j - 1].lengthRatio >= FULL_LINE_RATIO && !features[j - 1].endsWithStop) j++;
      let text = features[i].text.slice(mark.length).trim();
      for (let k = i + 1; k < j; k++) text = joinNoteText(text, features[k].text);
      const rule = i > 0 && isRule(features[i - 1]) ? features[i - 1].line : undefined;
      notes.push({ start: features[i].line, end: features[j - 1].line, mark: mark.mark, value: mark.value, text, ...(mark.bracketed ? { bracketed: true } : {}), ...(rule ? { rule } : {}) });
      i = j - 1;
      continue;
    }
    if (zones[i] !== 'body') continue;
    // Gather this note's lines and any notes after it, up to the page foot.
    const run: number[] = [i];
    let j = i + 1;
    let k = j;
    for (;;) {
      while (j < features.length && zones[j] === 'body' && !features[j].blank && run.length < MAX_NOTE_LINES * 3) {
        if (isRule(features[j])) break;
        run.push(j);
        j++;
      }
      k = j;
      while (k < features.length && features[k].blank) k++;
      // OCR may leave blank lines between the notes of one page foot: the next note goes on the run.
      if (k > j && k < features.length && zones[k] === 'body' && readNoteMark(features[k].text, data) && run.length < MAX_NOTE_LINES * 3) {
        j = k;
        continue;
      }
      break;
    }
    const atFoot = k >= features.length || breakSet.has(features[k].line) || zones[k] === 'removed' || zones[k] === 'closing';
    let ruleAbove: number | undefined;
    for (let b = i - 1; b >= 0 && b >= i - 2; b--) {
      if (isRule(features[b])) ruleAbove = features[b].line;
      if (!features[b].blank) break;
    }
    if (!atFoot && ruleAbove === undefined) continue;
    // Split the run into notes at each line that starts with a mark.
    let current: Note | undefined;
    for (const index of run) {
      const f = features[index];
      const m = index === i ? mark : readNoteMark(f.text, data);
      if (m) {
        if (current) notes.push(current);
        current = { start: f.line, end: f.line, mark: m.mark, value: m.value, text: f.text.slice(m.length).trim(), rule: ruleAbove };
      } else if (current) {
        current.end = f.line;
        current.text = joinNoteText(current.text, f.text);
      }
    }
    if (current) notes.push(current);
    i = j - 1;
  }
  return notes.filter((n) => n.end - n.start < MAX_NOTE_LINES);
}

function joinNoteText(a: string, b: string): string {
  return /[\p{L}\d][-/]$/u.test(a) ? a + b : `${a} ${b}`;
}






