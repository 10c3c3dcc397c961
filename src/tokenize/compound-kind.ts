/** Rules that tell numbers and document codes from words, over runs joined by - / . , : */
import { isValidSyllable } from '../syllable/index.js';

const DIGITS = /^\p{Nd}+$/u;
// Letters optionally followed by digits: CT, BĐNTW, TTg, QH14.
const LETTERS_DIGITS = /^([\p{L}\p{M}]+)\p{Nd}*$/u;
const HAS_LOWER = /\p{Ll}/u;
const STARTS_UPPER = /^\p{Lu}/u;

/** What the code rules need to know about one run; computed once per run. */
export interface SegmentFacts {
  /** Only digits: 04, 2021. */
  digits: boolean;
  /**
   * Letters (optionally followed by digits) that are all capitals (CT, TW, TU, QH14) or no Vietnamese
   * syllable (TTg, nđ, cp): a part of a document code.
   */
  codeLike: boolean;
  startsUpper: boolean;
  /** The letters are a Vietnamese syllable (TẾ, Căn); false for anything else. */
  syllable: boolean;
  /** One character: the V and v of V/v. */
  single: boolean;
}

/**
 * Describe one run for {@link compoundKind}.
 * @param run letters, digits and OCR symbols
 * @returns its facts
 */
export function segmentFacts(run: string): SegmentFacts {
  const letters = LETTERS_DIGITS.exec(run)?.[1];
  const syllable = letters !== undefined && isValidSyllable(letters);
  return {
    digits: DIGITS.test(run),
    codeLike: letters !== undefined && (!HAS_LOWER.test(letters) || !syllable),
    startsUpper: STARTS_UPPER.test(run),
    syllable,
    single: [...run].length === 1,
  };
}

/**
 * Classify runs joined by single separators as one number, one code, or neither.
 * - number: digits joined by . , : (1.100, 4,7, 1.234.567, 14:30);
 * - code with digits: at least one - or /, digits and code-like parts (04-CT/TW, 186/BC-UBND,
 *   59/2020/QH14, 06-7-2011, 15/3/2024, 2019-2021, COVID-19);
 * - code of letters: capitalised code-like parts joined by - / with at least one that is no syllable
 *   (NĐ-CP, CT/TW), or by . with none a syllable (TP.HCM), so that an upper-case heading such as
 *   "KINH TẾ-XÃ HỘI" stays words and "KT.TRƯỞNG" (a lost space) too;
 * - V/v, K/g: single letters joined by /.
 * @param segments facts of two or more runs
 * @param joiners the separator between each pair (one fewer than segments)
 * @returns the kind, or null when the runs are words
 */
export function compoundKind(segments: readonly SegmentFacts[], joiners: readonly string[]): 'number' | 'code' | null {
  const digitParts = segments.filter((s) => s.digits).length;
  if (digitParts === segments.length && joiners.every((j) => '.,:'.includes(j))) return 'number';
  if (!joiners.every((j) => '-/.'.includes(j))) return null;
  if (digitParts > 0) {
    const slashOrHyphen = joiners.some((j) => j !== '.');
    return slashOrHyphen && segments.every((s) => s.digits || s.codeLike) ? 'code' : null;
  }
  const nonSyllables = segments.filter((s) => !s.syllable).length;
  const enough = joiners.includes('.') ? nonSyllables === segments.length : nonSyllables > 0;
  if (enough && segments.every((s) => s.codeLike && s.startsUpper)) return 'code';
  if (joiners.every((j) => j === '/') && segments.every((s) => s.single)) return 'code';
  return null;
}

/**
 * Classify one run that is not joined to others.
 * @param run letters, digits and OCR symbols
 * @returns `number` for digits only or a clock time (8h, 14h30), `code` for KH&CN, `word` when it has a
 *   letter, else null (symbols and digits without a letter, split by the caller)
 */
export function runKind(run: string): 'number' | 'code' | 'word' | null {
  if (DIGITS.test(run) || /^\p{Nd}{1,2}h(?:\p{Nd}{2})?$/u.test(run)) return 'number';
  // Abbreviations joined by &: KH&CN, GD&ĐT, NN&MT (each part two capitals or more, none a syllable).
  const parts = run.includes('&') ? run.split('&') : [];
  if (parts.length > 1 && parts.every((p) => /^\p{Lu}{2,}$/u.test(p) && !isValidSyllable(p))) return 'code';
  return /[\p{L}\p{M}]/u.test(run) ? 'word' : null;
}
