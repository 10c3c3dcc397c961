import type { Footnote, LineFeatures, RemovedLine, Zone } from './types.js';
import type { StructureData } from './structure-data.js';
import { FULL_LINE_RATIO } from './line-features.js';

/** A footnote reference found in a body line, before it is linked to its note. */
export interface RefCandidate {
  line: number;
  /** Offset of the mark in the line's text, and its length. */
  offset: number;
  length: number;
  mark: string;
  /** The number the mark stands for, when it is legible. */
  value?: number;
  /** Glued to a capital or a digit ("NĐ-CP2", "2023'"): a code may end so, try it last. */
  weak?: boolean;
  /** "[1]" */
  bracketed?: boolean;
  /** Candidates read from the same word share it: linking one uses them all. */
  word?: string;
}

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

/** The mark a note starts with: superscript digits, digits and a space, or a garbled mark. */
function readNoteMark(text: string, data: StructureData): { mark: string; value?: number; length: number; bracketed?: boolean } | undefined {
  const bracket = readBracketMark(text, true);
  if (bracket && /^\s+\S/.test(text.slice(bracket.mark.length))) return { ...bracket, length: bracket.mark.length, bracketed: true };
  let sup = '';
  for (const c of text) {
    if (!data.superscriptDigits.includes(c)) break;
    sup += c;
  }
  if (sup && /^\s*\S/.test(text.slice(sup.length))) return { mark: sup, value: superscriptValue(sup, data), length: sup.length };
  // "2 Theo ...", "2 $6 liệu", "1 6 liệu" (OCR of "Số liệu"): a number, a space, then a word.
  const digits = /^(\d{1,2})\s+(?=[\p{L}$“"(]|\d\s+\p{L})/u.exec(text);
  if (digits) return { mark: digits[1], value: Number(digits[1]), length: digits[1].length };
  const paren = /^\(?(\d{1,2})\)(?=\s+\p{L})/u.exec(text);
  if (paren) return { mark: paren[0], value: Number(paren[1]), length: paren[0].length };
  for (const mark of [...data.footnoteMarks].sort((a, b) => b.length - a.length)) {
    if (text.startsWith(mark) && /^\s+\S/.test(text.slice(mark.length))) return { mark, length: mark.length };
  }
  const symbols = markCharRun(text, 0, 1, data);
  if (symbols && /^\s+\p{L}/u.test(text.slice(symbols.length))) return { mark: symbols, length: symbols.length };
  return undefined;
}

/**
 * A run of one or two mark characters (what OCR makes of a superscript number: ' ’ ! ? ° ^) read
 * forwards from `at` (direction 1) or backwards to it (direction -1).
 */
function markCharRun(text: string, at: number, direction: 1 | -1, data: StructureData): string | undefined {
  let run = '';
  for (let i = at; i >= 0 && i < text.length && run.length < 2; i += direction) {
    if (!data.footnoteMarkChars.includes(text[i])) break;
    run = direction === 1 ? run + text[i] : text[i] + run;
  }
  return run || undefined;
}

function superscriptValue(sup: string, data: StructureData): number {
  return Number([...sup].map((c) => data.superscriptDigits.indexOf(c)).join(''));
}

/**
 * Marks glued to the end of a word: superscript digits, one or two digits after a lower-case letter,
 * or a garbled mark after a letter. Codes such as "QH14" or "04-CT/TW" are not marks.
 */
export function findRefCandidates(f: LineFeatures, data: StructureData): RefCandidate[] {
  const found: RefCandidate[] = [];
  const marks = [...data.footnoteMarks].sort((a, b) => b.length - a.length);
  const re = /\S+/g;
  for (let m = re.exec(f.text); m; m = re.exec(f.text)) {
    const token = m[0];
    // "[1]" after a word, glued or not ("Thành ủy[3],", "tuổi Đảng [1]"): the reference takes the
    // space before it too, so the text closes up around it.
    const bracket = readBracketMark(token.replace(/[.,;:!?"”]+$/, ''), false);
    if (bracket) {
      const glued = bracket.mark.length < token.replace(/[.,;:!?"”]+$/, '').length;
      const at = m.index + token.replace(/[.,;:!?"”]+$/, '').length - bracket.mark.length;
      if (glued) found.push({ line: f.line, offset: at, length: bracket.mark.length, mark: bracket.mark, value: bracket.value, bracketed: true });
      else if (m.index > 0 && /\s/.test(f.text[m.index - 1])) found.push({ line: f.line, offset: m.index - 1, length: bracket.mark.length + 1, mark: bracket.mark, value: bracket.value, bracketed: true });
      else if (m.index === 0) found.push({ line: f.line, offset: 0, length: bracket.mark.length, mark: bracket.mark, value: bracket.value, bracketed: true });
      continue;
    }
    // Punctuation after the mark ("kỳ(z),", "mới2.") is not part of it; try without it, keeping a ')'
    // that may close the mark itself.
    const soft = /[.,;:!?"”]*$/.exec(token)?.[0] ?? '';
    const trail = /[.,;:!?"”)]*$/.exec(token)?.[0] ?? '';
    const last = /[.,;:]$/.test(token) ? token.slice(0, -1) : token;
    for (const core of [token, last, token.slice(0, token.length - soft.length), token.slice(0, token.length - trail.length)]) {
      const hit = readTrailingMark(core, marks, data);
      if (hit) {
        const offset = m.index + core.length - hit.mark.length;
        const weak = hit.weak || undefined;
        // "dân1)": the bracket that closes a number with no opening one belongs to the mark.
        if (hit.value !== undefined && token[core.length] === ')' && !core.includes('(')) {
          found.push({ line: f.line, offset, length: hit.mark.length + 1, mark: `${hit.mark})`, value: hit.value, ...(weak ? { weak } : {}) });
          break;
        }
        const word = `${f.line}:${m.index}`;
        found.push({ line: f.line, offset, length: hit.mark.length, mark: hit.mark, value: hit.value, word, ...(weak ? { weak } : {}) });
        // "b62" may be "bộ" read as b6 with the mark 2: the last digit alone is a weaker reading.
        if (hit.value !== undefined && /^\d{2}$/.test(hit.mark)) {
          found.push({ line: f.line, offset: offset + 1, length: 1, mark: hit.mark[1], value: Number(hit.mark[1]), word, weak: true });
        }
        break;
      }
    }
  }
  return found;
}

function readTrailingMark(core: string, marks: string[], data: StructureData): { mark: string; value?: number; weak?: boolean } | undefined {
  let sup = '';
  for (let i = core.length - 1; i > 0 && data.superscriptDigits.includes(core[i]); i--) sup = core[i] + sup;
  if (sup) return { mark: sup, value: superscriptValue(sup, data) };
  // After a lower-case letter, or the closing quote or bracket of a word: "dân2", "“Dân vận khéo”3".
  const digits = /^(.*[\p{Ll}"”)])(\d{1,2})$/u.exec(core);
  if (digits && !/\d/.test(digits[1]) && !/^\p{Lu}{2,}/u.test(digits[1]) && !digits[2].startsWith('0')) {
    // "s6", "t6", "x4" are what English OCR makes of số, tổ, xã: a one- or two-letter stem is tried last.
    const weak = digits[1].replace(/[^\p{L}]/gu, '').length <= 2 || undefined;
    return { mark: digits[2], value: Number(digits[2]), ...(weak ? { weak } : {}) };
  }
  // A number in brackets glued to the word: "đồng(1)".
  const paren = /[\p{L}"”]\((\d{1,2})\)$/u.exec(core);
  if (paren) return { mark: `(${paren[1]})`, value: Number(paren[1]) };
  // A code or a unit in capitals, then the mark: "138/2020/NĐ-CP2", "720 triệu USD4".
  const afterCode = /^(.*[-/]\p{Lu}{1,6}|\p{Lu}{2,6})(\d)$/u.exec(core);
  if (afterCode) return { mark: afterCode[2], value: Number(afterCode[2]), weak: true };
  for (const mark of marks) {
    // After a letter or a closing bracket or quote: "mới®", "(LGSP)®", "số'"; after a digit: "2023'".
    if (core.length > mark.length && core.endsWith(mark)) {
      const before = core[core.length - mark.length - 1];
      if (/[\p{L})"”]/u.test(before)) return { mark };
      if (/\d/.test(before)) return { mark, weak: true };
    }
  }
  // A percent sign doubled ("89,5%%") is a superscript read as %.
  if (/\d%%$/.test(core)) return { mark: '%' };
  const symbols = markCharRun(core, core.length - 1, -1, data);
  if (symbols && core.length > symbols.length) {
    const before = core[core.length - symbols.length - 1];
    if (/[\p{L})"”]/u.test(before)) return { mark: symbols };
    // After a number or a percentage ("6,2%!"): a code or a figure may end so, try it last.
    if (/[\d%]/.test(before)) return { mark: symbols, weak: true };
  }
  return undefined;
}

/**
 * A bracketed mark "[1]" at the end of `text` (or at its start, for a note), with the forms OCR makes
 * of it ("(1]", "[l]").
 */
function readBracketMark(text: string, atStart: boolean): { mark: string; value: number } | undefined {
  const m = atStart ? /^[[(]([0-9]{1,2}|l)\]/.exec(text) : /[[(]([0-9]{1,2}|l)\]$/.exec(text);
  if (!m) return undefined;
  return { mark: m[0], value: m[1] === 'l' ? 1 : Number(m[1]) };
}
