/**
 * How far a document's own marks can be trusted, estimated from its word tokens: text that mostly
 * carries Vietnamese marks is correct text whose unmarked words are meant that way; text with few marks
 * was stripped; text with many invalid or digit-laced words is OCR garble, whose accents (méi, vé, Kién)
 * are often wrong.
 */
import type { Trust } from '../candidates/syllable-candidates.js';
import type { Token } from '../document/types.js';
import type { WordFacts } from './word-facts.js';

/** The estimate and what it was made from. */
export interface DocumentTrust extends Trust {
  /** Share of words carrying Vietnamese marks. */
  markedShare: number;
  /** Share of words that look damaged (invalid syllables, digits or symbols inside letters). */
  garbleShare: number;
  /** Number of such words. */
  garbled: number;
}

// Correct Vietnamese prose marks about 80% of its syllables; stripped text marks none (measured on the
// held-out corpus lines). Between 15% and 50% the trust in unmarked words rises linearly.
const STRIPPED_BELOW = 0.15;
const ACCENTED_ABOVE = 0.5;
/** Cost of changing an unmarked word of accented text: kept unless the LM is 10^5 times surer. */
const UNMARKED_MAX = 5;
/** Cost of changing a known marked word of clean text: practically never. */
const MARKED_CLEAN = 8;
/** Cost of changing a known marked word of heavily garbled text. */
const MARKED_GARBLED = 1.5;
const CLEAN_BELOW = 0.02;
const GARBLED_ABOVE = 0.2;

const ramp = (x: number, from: number, to: number): number => Math.min(1, Math.max(0, (x - from) / (to - from)));

/**
 * Estimate the trust in a document's marks.
 * @param words facts of the word tokens (protected tokens are skipped)
 * @returns costs for changing unmarked and marked words, with the shares they come from
 */
export function estimateTrust(words: readonly WordFacts[]): DocumentTrust {
  let marked = 0;
  let garbled = 0;
  let counted = 0;
  for (const w of words) {
    if (w.protected) continue;
    if (w.damaged) garbled++;
    if (w.marked) marked++;
    counted++;
  }
  const markedShare = counted === 0 ? 0 : marked / counted;
  const garbleShare = counted === 0 ? 0 : garbled / counted;
  return {
    markedShare,
    garbleShare,
    garbled,
    unmarked: UNMARKED_MAX * ramp(markedShare, STRIPPED_BELOW, ACCENTED_ABOVE),
    marked: MARKED_CLEAN + (MARKED_GARBLED - MARKED_CLEAN) * ramp(garbleShare, CLEAN_BELOW, GARBLED_ABOVE),
  };
}

/** Paragraphs of fewer words than this take the document's estimate (too few words to judge). */
const MIN_BLOCK_WORDS = 40;

/**
 * Trust per blank-line block of a document.
 * @param tokens the document's tokens
 * @param facts the facts of each word token, by token index
 * @returns the block of each token and the trust of each block
 */
export function trustBlocks(tokens: readonly Token[], facts: readonly (WordFacts | undefined)[]): { blockOf: Int32Array; trusts: DocumentTrust[] } {
  const blockOf = new Int32Array(tokens.length);
  const blockWords: WordFacts[][] = [[]];
  let newlines = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'newline') {
      if (++newlines === 2) blockWords.push([]);
    } else if (t.kind !== 'space') newlines = 0;
    blockOf[i] = blockWords.length - 1;
    const f = facts[i];
    if (f) blockWords[blockWords.length - 1].push(f);
  }
  const whole = estimateTrust(blockWords.flat());
  const trusts = blockWords.map((w) => (w.length >= MIN_BLOCK_WORDS ? estimateTrust(w) : whole));
  return { blockOf, trusts };
}
