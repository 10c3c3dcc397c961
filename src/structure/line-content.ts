import type { InlineRef } from './types.js';

/** Text with footnote references standing at offsets in it. */
export interface InlineText {
  text: string;
  refs: InlineRef[];
}

/**
 * Cut footnote marks out of a line's text, leaving references at their places.
 * @param text the line's text
 * @param marks marks as offset, length and label
 * @returns the text without the marks, and the references
 * @example cutMarks('nhân dân2 và', [{ offset: 8, length: 1, label: '1' }]) // { text: 'nhân dân và', refs: [{ offset: 8, label: '1' }] }
 */
export function cutMarks(text: string, marks: Array<{ offset: number; length: number; label: string }>): InlineText {
  const sorted = [...marks].sort((a, b) => a.offset - b.offset);
  let out = '';
  let from = 0;
  const refs: InlineRef[] = [];
  for (const mark of sorted) {
    out += text.slice(from, mark.offset);
    refs.push({ offset: out.length, label: mark.label });
    from = mark.offset + mark.length;
  }
  out += text.slice(from);
  return { text: out, refs };
}

/**
 * Join two lines of one paragraph: a line that ends inside a code or a date ("04-" + "CT/TW",
 * "ngày 14-" + "10-2011") joins without a space, all others with one.
 * @param a text so far
 * @param b the next line
 * @returns the joined text
 */
export function joinInline(a: InlineText, b: InlineText): InlineText {
  if (a.text === '') return b;
  // A line that starts with closing punctuation (what is left of "[2]." once its mark is cut out) joins close.
  const glued = (/[\p{L}\d][-/]$/u.test(a.text) && /^[\p{L}\d]/u.test(b.text)) || /^[.,;:!?)]/.test(b.text);
  const separator = glued ? '' : ' ';
  const shift = a.text.length + separator.length;
  return { text: a.text + separator + b.text, refs: [...a.refs, ...b.refs.map((r) => ({ ...r, offset: r.offset + shift }))] };
}

/**
 * Drop the first `count` characters (and the spaces after them) of an inline text.
 * @returns the rest, references shifted
 */
export function dropStart(t: InlineText, count: number): InlineText {
  let cut = count;
  while (cut < t.text.length && /\s/.test(t.text[cut])) cut++;
  return { text: t.text.slice(cut), refs: t.refs.filter((r) => r.offset >= cut).map((r) => ({ ...r, offset: r.offset - cut })) };
}
