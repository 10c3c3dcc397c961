/** Rules that tell numbers and document codes from words, over runs joined by - / . , : */
import { isValidSyllable } from '../syllable/index.js';

const DIGITS = /^\p{Nd}+$/u;
// Letters optionally followed by digits: CT, BĐNTW, TTg, QH14.
const LETTERS_DIGITS = /^([\p{L}\p{M}]+)\p{Nd}*$/u;
const HAS_LOWER = /\p{Ll}/u;
const STARTS_UPPER = /^\p{Lu}/u;

/**
 * Whether a segment looks like part of a document code: letters (optionally followed by digits) that are
 * all capitals (CT, TW, TU, QH14) or that are no Vietnamese syllable (TTg, nđ, cp).
 */
function isCodeLike(segment: string): boolean {
  const m = LETTERS_DIGITS.exec(segment);
  if (!m) return false;
  return !HAS_LOWER.test(m[1]) || !isValidSyllable(m[1]);
}

/**
 * Classify runs joined by single separators as one number, one code, or neither.
 * - number: digits joined by . , : (1.100, 4,7, 1.234.567, 14:30);
 * - code with digits: at least one - or /, digits and code-like parts (04-CT/TW, 186/BC-UBND,
 *   59/2020/QH14, 06-7-2011, 15/3/2024, 2019-2021, COVID-19);
 * - code of letters: capitalised code-like parts joined by - / with at least one that is no syllable
 *   (NĐ-CP, CT/TW), or by . with none a syllable (TP.HCM), so that an upper-case heading such as
 *   "KINH TẾ-XÃ HỘI" stays words;
 * - V/v, K/g: single letters joined by /.
 * @param segments two or more runs of letters and digits
 * @param joiners the separator between each pair (one fewer than segments)
 * @returns the kind, or null when the runs are words
 */
export function compoundKind(segments: readonly string[], joiners: readonly string[]): 'number' | 'code' | null {
  const digitParts = segments.filter((s) => DIGITS.test(s)).length;
  if (digitParts === segments.length && joiners.every((j) => '.,:'.includes(j))) return 'number';
  if (!joiners.every((j) => '-/.'.includes(j))) return null;
  if (digitParts > 0) {
    const slashOrHyphen = joiners.some((j) => j !== '.');
    return slashOrHyphen && segments.every((s) => DIGITS.test(s) || isCodeLike(s)) ? 'code' : null;
  }
  // With a dot every part must be no syllable: "TP.HCM" is a code, "KT.TRƯỞNG" (KT. TRƯỞNG without its space) words.
  const nonSyllables = segments.filter((s) => !isValidSyllable(s.replace(/\p{Nd}+$/u, ''))).length;
  const enough = joiners.includes('.') ? nonSyllables === segments.length : nonSyllables > 0;
  if (enough && segments.every((s) => isCodeLike(s) && STARTS_UPPER.test(s))) return 'code';
  if (joiners.every((j) => j === '/') && segments.every((s) => [...s].length === 1)) return 'code';
  return null;
}

/**
 * Classify one run that is not joined to others.
 * @param run letters, digits and OCR symbols
 * @returns `number` for digits only or a clock time (8h, 14h30), `code` for KH&CN, `word` when it has a
 *   letter, else null
 *   (symbols and digits without a letter, split by the caller)
 */
export function runKind(run: string): 'number' | 'code' | 'word' | null {
  if (DIGITS.test(run) || /^\p{Nd}{1,2}h(?:\p{Nd}{2})?$/u.test(run)) return 'number';
  // Abbreviations joined by &: KH&CN, GD&ĐT, NN&MT (each part two capitals or more, none a syllable).
  const parts = run.split('&');
  if (parts.length > 1 && parts.every((p) => /^\p{Lu}{2,}$/u.test(p) && !isValidSyllable(p))) return 'code';
  return /[\p{L}\p{M}]/u.test(run) ? 'word' : null;
}
