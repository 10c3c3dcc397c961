/**
 * Every reading of one OCR word token, ready for the decoder's lattice: the OCR candidates, the token
 * kept as it is (at a cost that depends on its shape), and two-syllable readings of a glued token.
 * Debris (isOcrJunk) has only the keep reading. scripts/lib/ocr-lattice-probe.ts shows the wiring.
 *
 * For a decoder that merges these with other readings of the same token: the keep reading's cost here
 * is the cost of leaving an OCR token as it is, and should replace (not be min-ed with) a keep cost
 * made for stripped text. Measured with repair() on eval/ocr and the dev excerpt: taking the smaller
 * keep cost (3 for unknown tokens) leaves garble such as `dbi`, `ph01`, `thdy` in place, 81.96% →
 * 96.64% (dev) and 96.28% → 98.51% (synthetic scan) when this cost is used instead. Render a changed
 * reading with {@link ocrCasePattern}: OCR capitals are unreliable where marks were misread.
 */
import type { Resources } from '../resources.js';
import { isOcrJunk } from '../ocr/ocr-junk.js';
import { fold, placeTone, type CasePattern } from '../syllable/index.js';

/** One reading: one syllable, or two for a glued token. */
export interface OcrReading {
  /** Lower-case syllables (traditional tone placement); for `keep`, the token itself lower-cased. */
  syllables: string[];
  /** -log10 P(observed | reading) of the channel (for `keep`, the cost of leaving the token as it is). */
  channelCost: number;
  /** True for the reading that leaves the token as it is. */
  keep: boolean;
}

/**
 * Cost of leaving a token that is not a known syllable as it is, by its shape. Measured with the
 * reference wiring on eval/ocr (synthetic) and the dev excerpt (real): abbreviations in capitals keep
 * cheaply, digits or symbols among letters (d6i, tf)ng) almost never mean the token as written.
 */
export const OCR_KEEP_COST = { lowercase: 5, capitals: 2, mixed: 8, single: 1 } as const;

/** A word token that starts with two digits and has no small letter is a number or code (12C): it stays. */
const LEADING_NUMBER = /^\p{N}{2}[^\p{Ll}]*$/u;
/** A Roman numeral whose I OCR read as l ("Il", "Ill", "IIl", "Xl"): a numbering, not a word. */
const ROMAN_WITH_L = /^[IVX][IVXl]*l[IVXl]*$|^[IVX]+l$/;
/** Letters then digits (a2, t6, x4). */
const TRAILING_DIGITS = /^\p{L}+\p{N}+$/u;

/** Tokens of at least this many characters that are not syllables also get split readings. */
const SPLIT_MIN_LENGTH = 4;
/** Split readings per token. */
const SPLIT_READINGS = 3;

/**
 * The cost of keeping a token unchanged by its shape (see OCR_KEEP_COST).
 * @param observed token as read
 * @returns -log10 cost
 */
export function ocrKeepCost(observed: string): number {
  if (/[^\p{L}]/u.test(observed)) return OCR_KEEP_COST.mixed;
  if ([...observed].length === 1) return OCR_KEEP_COST.single;
  if (observed === observed.toUpperCase()) return OCR_KEEP_COST.capitals;
  return OCR_KEEP_COST.lowercase;
}

/**
 * All readings of an OCR word token.
 * @param observed token as read (any case)
 * @param resources loaded data
 * @param known whether a lower-case syllable is in the decoder's vocabulary (decides split readings and
 *   whether keeping the token is itself a candidate reading)
 * @returns readings: candidates best first, then the keep reading if no candidate equals the token,
 *   then split readings
 * @example ocrReadings('d6i', resources, known) // [{ syllables: ['đổi'], ... }, ..., { syllables: ['d6i'], keep: true, channelCost: 8 }]
 */
export function ocrReadings(observed: string, resources: Resources, known: (syllable: string) => boolean): OcrReading[] {
  const self = placeTone(observed.normalize('NFC').toLowerCase(), 'traditional');
  if (isOcrJunk(observed, resources) || LEADING_NUMBER.test(observed) || ROMAN_WITH_L.test(observed)) return [{ syllables: [self], channelCost: 0, keep: true }];
  const channel = resources.ocrChannel;
  let candidates = channel.candidates(observed);
  // A digit after the letters stands for a marked vowel (t6 → tổ, x4 → xã), never for nothing: a reading
  // that is the letters alone would drop it (a2 → a, a list item).
  if (TRAILING_DIGITS.test(observed)) {
    const letters = observed.replace(/\p{N}+$/u, '').toLowerCase();
    // One letter and a digit (a3, B3: list items, codes) changes only to a reading that begins with that
    // letter (t6 → tổ, x4 → xã, S4 → số) and that the channel finds likelier than the token as written.
    const one = [...letters].length === 1;
    const cap = one ? ocrKeepCost(observed) : Infinity;
    candidates = candidates.filter((c) => fold(c.syllable) !== letters && c.channelCost <= cap && (!one || fold(c.syllable).startsWith(letters)));
  }
  const readings: OcrReading[] = candidates.map((c) => ({ syllables: [c.syllable], channelCost: c.channelCost, keep: c.syllable === self }));
  if (!readings.some((r) => r.keep)) readings.push({ syllables: [self], channelCost: ocrKeepCost(observed), keep: true });
  if ([...observed].length >= SPLIT_MIN_LENGTH && !known(self)) {
    for (const s of channel.splitCandidates(observed, SPLIT_READINGS)) readings.push({ syllables: [...s.syllables], channelCost: s.channelCost, keep: false });
  }
  return readings;
}

/** Short tokens in capitals among small letters are a capital and misread marks (BO for Bộ), up to this many letters. */
const SHORT_CAPITALS = 3;

/**
 * The capitalisation to give a reading of an OCR token. OCR capitals are unreliable where marks were
 * misread: a capital I stands for l (`Idi` → lợi), and a vowel with marks comes out as a capital
 * (`BO` → Bộ, `MOi` → Môi) — so only the first letter's case is trusted, unless the line itself is set
 * in capitals.
 * @param observed the token as read
 * @param reading the chosen syllable (lower-case)
 * @param upperLine whether the surrounding line is set in capitals
 * @param sentenceStart whether the word may start a sentence (default true: keeps a capital)
 * @returns the pattern for applyCasePattern
 * @example ocrCasePattern('BO', 'bộ', false) // 'title'
 */
export function ocrCasePattern(observed: string, reading: string, upperLine: boolean, sentenceStart = true): CasePattern {
  const letters = [...observed].filter((c) => c !== c.toLowerCase() || c !== c.toUpperCase());
  if (letters.length === 0) return 'lower';
  if (letters[0] === 'I' && reading.startsWith('l')) letters[0] = 'l';
  const firstUpper = letters[0] !== letters[0].toLowerCase();
  const allUpper = letters.every((c) => c !== c.toLowerCase());
  if (allUpper && letters.length > 1) return upperLine || letters.length > SHORT_CAPITALS ? 'upper' : 'title';
  // On a line set in capitals, a short word with a capital first is in capitals too ("Uy BAN NHAN
  // DAN": OCR read the marked vowel of ỦY small).
  if (upperLine && firstUpper && letters.length <= SHORT_CAPITALS) return 'upper';
  // A capital consonant read for a small marked vowel ("Tinh Gy" for Tỉnh ủy) says nothing of case:
  // inside a sentence the word is in small letters. (A capital read for a capital consonant, "Pai"
  // for Đài, keeps it.)
  if (firstUpper && !sentenceStart && !/[aeiouy]/i.test(letters[0]) && /^[aeiouy]/.test(fold(reading))) return 'lower';
  return firstUpper ? 'title' : 'lower';
}
