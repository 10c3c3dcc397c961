/** What each character can be inside a word, a number or a code. */

/**
 * Character classes of the tokenizer:
 * - `letter`: any letter (\p{L}), Vietnamese or not;
 * - `mark`: a combining mark, which continues whatever run it follows;
 * - `digit`: a decimal digit; inside a run with a letter it is an OCR confusion (d6i = đổi, x4 = xã);
 * - `edge`: a symbol that OCR reads for a marked vowel and that never is punctuation in Vietnamese text,
 *   so it belongs to a word wherever it sits (b§ = bộ, ¢ác = các);
 * - `inner`: a symbol that OCR reads for a letter but that is also punctuation, so it belongs to a word only
 *   between letters or digits (tf)ng = tổng, D&i = Đối), never at its ends ((1), (z), tỉnh,);
 * - `space`, `newline`, `other`.
 */
export type CharClass = 'letter' | 'mark' | 'digit' | 'edge' | 'inner' | 'space' | 'newline' | 'other';

// Symbols that OCR of Vietnamese produces in place of letters with marks (ô, ơ, ố, ỗ…) and that clean
// Vietnamese text does not use: seen in English-OCR of Vietnamese reports (b§ bộ, s§ số, ¢ác các).
const EDGE_SYMBOLS = '§¢£¥©';

// Symbols that OCR produces in place of letters but that clean text uses as punctuation; ! | ' stand for
// l/i, ) & @ $ for marked vowels (tf)ng tổng, D&i Đối, ph@i phải).
const INNER_SYMBOLS = ')&@$!|\'’';

/**
 * Inner symbols that may also end a word after a letter, because clean text never glues them to the end of
 * one while OCR does (v& = về, x& = xã in the dev excerpt); ) ! ' stay out, since "a)", "Hay!" are common.
 */
export const WORD_FINAL_INNER_SYMBOLS = '&@';

/**
 * Classify the code point `cp`.
 * @param cp a code point (lone surrogates included)
 * @returns its class
 */
export function classOf(cp: number): CharClass {
  // ASCII letters, digits and the space make up most text: answer them without a regular expression.
  if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a)) return 'letter';
  if (cp >= 0x30 && cp <= 0x39) return 'digit';
  if (cp === 0x20) return 'space';
  // Blocks that hold every Vietnamese letter and mark, all of one class: Latin-1 letters (but × ÷),
  // Latin Extended-A and -B, Latin Extended Additional (ạ…ỹ), combining diacritical marks.
  if ((cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) || (cp >= 0x1e00 && cp <= 0x1eff)) return 'letter';
  if (cp >= 0x300 && cp <= 0x36f) return 'mark';
  const ch = String.fromCodePoint(cp);
  if (cp === 0x0a || cp === 0x0d) return 'newline';
  if (/[\p{L}]/u.test(ch)) return 'letter';
  if (/[\p{M}]/u.test(ch)) return 'mark';
  if (/\p{Nd}/u.test(ch)) return 'digit';
  // Tabs, form feeds, vertical tabs, every Unicode space separator, and the zero-width space.
  if (/[\t\v\f\p{Zs}\u2028\u2029\u0085\u200b]/u.test(ch)) return 'space';
  if (EDGE_SYMBOLS.includes(ch)) return 'edge';
  if (INNER_SYMBOLS.includes(ch)) return 'inner';
  return 'other';
}

/** Length in UTF-16 code units of the code point at `i` (2 for a surrogate pair, else 1). */
export function widthAt(text: string, i: number): number {
  const cp = text.codePointAt(i) ?? 0;
  return cp > 0xffff ? 2 : 1;
}
