/** What the restoration stage needs to know about a word token, computed once per distinct word. */
import type { Resources } from '../resources.js';
import type { Reading } from './lattice.js';
import { canonicalWord } from '../lm/symbols.js';
import { casePatternOf, fold, isValidSyllable, type CasePattern } from '../syllable/index.js';

/** Facts about one word as written. */
export interface WordFacts {
  /** Lower case, traditional tone placement. */
  canonical: string;
  /** fold() of the canonical form: the key of the candidate index. */
  folded: string;
  /** Carries Vietnamese marks (tones, â ă ê ô ơ ư, đ). */
  marked: boolean;
  /** A valid Vietnamese syllable. */
  valid: boolean;
  /** Kept as it is: abbreviation, Roman numeral, protected foreign word. */
  protected: boolean;
  /** Digits or symbols between letters (d6i, tf)ng): OCR damage even in an otherwise clean document. */
  garbledInside: boolean;
  /** Capitalisation, kept by replacements. */
  casePattern: CasePattern;
  /** Looks damaged: digits or symbols between letters, or marks on an invalid syllable (not capitals). */
  damaged: boolean;
  /** The word's lattice readings under the trust they were made for (set by the lattice builder). */
  readings?: { trustKey: string; readings: Reading[] };
}

/** Distinct words remembered per Resources object, each with its lattice readings. */
const MAX_MEMO = 200_000;

/**
 * The facts of a word, memoised in the Resources object.
 * @param value the word token's text
 * @param resources loaded data (lexicon for protected tokens)
 * @returns its facts
 */
export function wordFacts(value: string, resources: Resources): WordFacts {
  const memo = resources.memoOf<WordFacts>('restore-word-facts');
  let facts = memo.get(value);
  if (!facts) {
    const canonical = canonicalWord(value);
    const folded = fold(canonical);
    const marked = folded !== canonical;
    const valid = isValidSyllable(canonical);
    const casePattern = casePatternOf(value);
    // Capitals with digits (TPS22916CN, LIS2DW12TR) are part numbers and codes; OCR damage is lower case.
    const garbledInside = /\p{L}[^\p{L}]+\p{L}/u.test(value) && /\p{Ll}/u.test(value);
    // Capitals that are not a syllable (ĐXD, KCN) are abbreviations, not damage.
    const abbreviation = casePattern === 'upper' && [...value].length > 1;
    facts = { canonical, folded, marked, valid, protected: resources.lexicon.isProtected(value), casePattern, garbledInside, damaged: garbledInside || (marked && !valid && !abbreviation) };
    // A worker repairing a whole archive meets endless OCR garbage: start afresh past this size.
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(value, facts);
  }
  return facts;
}
