/**
 * The single document model shared by every pipeline stage.
 * Positions are measured in the user's input (after decoding to a string), lines and columns from 1,
 * offsets in UTF-16 code units from 0.
 */

/** A place in the input text. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A start–end range in the input text. */
export interface Position {
  start: Point;
  end: Point;
}

/** What a token is: only `word` tokens are ever candidates for repair. */
export type TokenKind =
  | 'word' // letters (possibly mixed with OCR digits/symbols) that may be Vietnamese
  | 'number' // 1.100, 4,7, 2021
  | 'code' // 04-CT/TW, 186/BC-UBND, 06-7-2011, 15/3/2024, roman numerals are words
  | 'url'
  | 'email'
  | 'space' // spaces and tabs, form feeds
  | 'newline' // \n, \r\n or \r
  | 'mark' // a note mark glued to a word (tiêu2, tạo4): kept as it is, outside the language model's context
  | 'punct' // everything else
  ;

/** One token of the normalised text; the values of all tokens joined give the text back exactly. */
export interface Token {
  kind: TokenKind;
  value: string;
  /** Offset (UTF-16 code units) of the token in the normalised text. */
  offset: number;
  /**
   * A gap between two columns that OCR put on one line (three or more spaces, or a tab, between
   * words), or the line break after a line that has one: the text on either side is not one sentence.
   */
  columnGap?: true;
}

/** Tone-mark placement style for the output. */
export type ToneStyle = 'traditional' | 'modern';

/** One word-level change made (or proposed) by vnfix. */
export interface Change {
  /** Line (from 1) and column (from 1) of the first changed character in the input. */
  line: number;
  column: number;
  /** Offset (UTF-16) of the changed span in the input. */
  offset: number;
  /** The input text of the span (possibly several tokens when fragments were joined). */
  from: string;
  /** The replacement. */
  to: string;
  /** Posterior probability (0..1) that `to` is right. */
  confidence: number;
  /** What kind of repair: `restore-diacritics`, `repair-ocr`, `join-fragments`, `split-token`, `normalize`. */
  ruleId: string;
  /** True when the change was applied; false when it was only proposed (low confidence). */
  applied: boolean;
  /** Other candidates, best first. */
  alternatives?: string[];
}

/** A message about the input, after vfile-message: reported, never printed by the library. */
export interface VnfixMessage {
  reason: string;
  place?: Point | Position;
  ruleId: string;
  source: 'vnfix';
  /** true: the file could not be processed; false: a warning; undefined: information. */
  fatal?: boolean;
  actual?: string;
  expected?: string[];
  confidence?: number;
  note?: string;
}

/**
 * A decision of the restoration stage over a run of tokens [startToken, endToken) of the token list:
 * replace their joint text by `replacement`. Positions are filled in by the pipeline.
 */
export interface Edit {
  startToken: number;
  endToken: number;
  replacement: string;
  confidence: number;
  ruleId: string;
  applied: boolean;
  alternatives?: string[];
}

/** Counts over one document, for `vnfix check` and summaries. */
export interface RepairStats {
  /** word tokens in the input */
  words: number;
  /** word tokens that were not valid Vietnamese syllables as given (before repair) */
  invalidWords: number;
  /** applied changes */
  changed: number;
  /** proposed but not applied, or applied with confidence under the threshold */
  lowConfidence: number;
  /** syllables scored by the decoder, for throughput figures */
  syllables: number;
}
