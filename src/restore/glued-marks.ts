/**
 * Note marks glued to a word: a footnote or superscript number that the text layer or OCR wrote on the
 * line (`chỉ tiêu2.`, `Đào tạo4,`, OCR'd `tiéu2`). Left inside the word, the digits read as garbled
 * vowels (tạo4 → tạo á) or vanish with the repair; split off, the word is repaired alone and the mark
 * stays for the structure stage to link.
 */
import type { Token } from '../document/types.js';
import type { SyllableModel } from '../lm/syllable-model.js';
import { fold } from '../syllable/index.js';
import { tokenize } from '../tokenize/tokenize.js';

/**
 * Three or more letters, one with a small letter, then one or two digits. Shorter letter runs are OCR'd
 * syllables whose last vowel became a digit (x4 → xã, gi4 → giá); capitals with digits are codes (QH13).
 */
const GLUED_MARK = /^(\p{L}{3,})(\p{N}{1,2})$/u;

/**
 * Split word tokens that are a known syllable's spelling plus a note mark into the word and a `mark`
 * token; every other token is kept as it is (the values still join to the text).
 * @param tokens the document's tokens
 * @param model the syllable model, whose fold index says which letter runs spell a syllable
 * @returns the tokens, with glued marks split off
 */
export function splitGluedMarks(tokens: Token[], model: SyllableModel): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const match = token.kind === 'word' ? GLUED_MARK.exec(token.value) : null;
    const letters = match?.[1];
    if (match && letters && /\p{Ll}/u.test(letters) && model.foldIndex.lookup(fold(letters.toLowerCase())).length > 0) {
      out ??= tokens.slice(0, i);
      out.push({ kind: 'word', value: letters, offset: token.offset }, { kind: 'mark', value: match[2], offset: token.offset + letters.length });
    } else {
      out?.push(token);
    }
  }
  return out ?? tokens;
}

/**
 * Keep the note marks the structure stage links (spans from noteMarkSpans) out of the words they are
 * glued to: a word token that ends in such a span is split into the word and a `mark` token, one that
 * starts with one (a note's number, "4S6") into the `mark` and the word, and a word token inside one
 * becomes a `mark` ("déng4," → déng + 4: the repair makes đồng4, not đồng).
 * @param tokens the document's tokens
 * @param spans [start, end) offsets of the marks, in order
 * @returns the tokens, with the marks apart
 */
export function keepNoteMarks(tokens: Token[], spans: Array<[number, number]>): Token[] {
  if (spans.length === 0) return tokens;
  const out: Token[] = [];
  let s = 0;
  for (const token of tokens) {
    const end = token.offset + token.value.length;
    while (s < spans.length && spans[s][1] <= token.offset) s++;
    const span = spans[s];
    if (!span || span[0] >= end || (token.kind !== 'word' && token.kind !== 'punct')) {
      out.push(token);
    } else if (token.kind === 'punct') {
      // A sign glued to a word ("bd!" for bộ¹) would be read with the word as a garbled letter. (Not a
      // quote or a question mark, as often a letter's horn or tone: "nt’" for nữ, "git?" for giữ; nor a
      // bracket or a stop, which stay punctuation.)
      out.push(span[0] <= token.offset && span[1] >= end && !/[.,;:?'"‘’“”`()[\]{}/\-–—]/.test(token.value) ? { ...token, kind: 'mark' } : token);
    } else if (span[0] <= token.offset && span[1] >= end) {
      out.push({ ...token, kind: 'mark' });
    } else if (span[0] > token.offset && span[1] >= end) {
      // The word is read again alone: a bracket or quote before the mark ("xuyén)¢") is punctuation.
      const cut = span[0] - token.offset;
      for (const t of tokenize(token.value.slice(0, cut))) out.push({ ...t, offset: t.offset + token.offset });
      out.push({ kind: 'mark', value: token.value.slice(cut), offset: span[0] });
    } else if (span[0] <= token.offset && span[1] > token.offset) {
      // A note's number glued to its first word ("4S6 xuất" for "⁴ Số xuất"): the mark, then the word.
      const cut = span[1] - token.offset;
      out.push({ kind: 'mark', value: token.value.slice(0, cut), offset: token.offset }, { ...token, value: token.value.slice(cut), offset: span[1] });
    } else {
      out.push(token);
    }
  }
  return out;
}
