/** The shapes shared by the lexicon loader and its users (candidate generation, LM build, decoder). */

/** One vocabulary term, as indexed. Shared between lookups: callers must not modify it. */
export interface LexiconPhrase {
  /** Lower-case accented syllables, NFC, traditional tone placement: ['ủy', 'ban', 'nhân', 'dân']. */
  readonly syllables: readonly string[];
  /** fold() of each syllable, lower-case: ['uy', 'ban', 'nhan', 'dan']. */
  readonly folded: readonly string[];
  /** Strength of the evidence, relative to the default 1 (from `{term, weight}` entries; the largest wins). */
  readonly weight: number;
  /** The group it was first listed under (`bodies`, `places`, ...). */
  readonly group: string;
  /** Where it was first listed: file and line (from 1). */
  readonly file: string;
  readonly line: number;
}

/** A problem in a vocabulary file that did not stop loading (duplicate, non-NFC text, ...). */
export interface LexiconWarning {
  file: string;
  /** Line from 1; 0 when the warning is about the whole file. */
  line: number;
  /** `duplicate-term`, `duplicate-token`, `not-nfc`, `compiled-stale`. */
  ruleId: string;
  reason: string;
}

/** The administrative vocabulary and the protected tokens, indexed for lookup by folded syllables. */
export interface Lexicon {
  /** Multi- and single-syllable terms as arrays of lower-case accented syllables (NFC, traditional style). */
  phrases: string[][];
  /**
   * The phrases whose folded syllables equal folded[start..start+n), longest first, then by weight
   * (largest first) among phrases of the same length; an empty array when
   * none. The arrays are shared: callers must not modify them. A lookup walks a trie of Maps keyed by
   * folded syllable and stops where no phrase continues.
   * @param folded fold() of each syllable of the text, lower-case
   * @param start index of the first syllable to match
   */
  lookup(folded: string[], start: number): LexiconPhrase[];
  /**
   * Whether some phrase of two or more syllables starts with these two folded syllables (lower-case).
   * @param first fold() of the first syllable
   * @param second fold() of the second syllable
   */
  startsPhrase(first: string, second: string): boolean;
  /**
   * Whether a token must be kept as it is: an abbreviation (UBND, HĐND), a protected foreign word
   * (Internet, email), a Roman numeral (XIV), or a code made only of those and digits (35-BC/TU).
   * @param token one token, exactly as in the text
   */
  isProtected(token: string): boolean;
  /**
   * The listed spelling of an abbreviation or code that lost its marks in stripped or OCR'd text:
   * HDND → HĐND, QD-UBND → QĐ-UBND, 120-CV/BDNTW → 120-CV/BĐNTW. Undefined when the token is not such
   * a token (or is already as listed). Syllable-like abbreviations (ĐU) and two-letter ones (QĐ) are
   * restored only inside codes.
   * @param token one token, exactly as in the text
   */
  restoreProtected(token: string): string | undefined;
  /** Problems that did not stop loading, in file order. */
  warnings: LexiconWarning[];
}
