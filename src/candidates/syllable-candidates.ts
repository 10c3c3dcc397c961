/**
 * Candidate readings of one word token for the decoder: the inventory syllables that fold to the same
 * key (an index lookup), with channel costs that encode how far the token's own marks are trusted.
 */
import type { SyllableModel } from '../lm/syllable-model.js';
import { canonicalWord, UNK } from '../lm/symbols.js';
import { fold, isValidSyllable } from '../syllable/index.js';

/** How far the marks of a document's tokens are trusted (see src/restore/document-trust.ts). */
export interface Trust {
  /** Cost (-log10) of changing a token that carries no Vietnamese mark. */
  unmarked: number;
  /** Cost of changing a token that carries Vietnamese marks and is a known syllable. */
  marked: number;
}

/** The readings of a token. */
export interface CandidateList {
  /** LM ids (UNK for a reading outside the vocabulary). */
  ids: number[];
  /** Lower-case syllables, traditional tone placement. */
  texts: string[];
  /** Channel costs, -log10. */
  costs: number[];
  /** Index of the reading that keeps the token as it is, or -1. */
  keep: number;
}

/** Tuning of candidate lists. */
export interface CandidateOptions {
  /** Most readings per token (besides the token itself). */
  maxCandidates: number;
  /** Readings rarer than this fraction of the most frequent one are dropped. */
  minShare: number;
}

/** Cost of keeping a token that is not in the vocabulary when known syllables fold to it. */
export const UNKNOWN_KEEP_COST = 3;

// Measured with scripts/eval.ts (1,000 held-out lines a row): 12 readings down to 1/10,000 of the top
// one gain 0.03 points of syllable accuracy over 8 down to 1/2,000; npm run bench stays above 100,000/s.
export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = { maxCandidates: 12, minShare: 0.0001 };

/**
 * Readings of a word token.
 * @param observed the token as written (any case)
 * @param model the syllable model
 * @param trust the document's trust in its marks
 * @param options list size limits
 * @returns the readings; a single keep-reading when nothing else fits
 */
export function syllableCandidates(observed: string, model: SyllableModel, trust: Trust, options: CandidateOptions = DEFAULT_CANDIDATE_OPTIONS): CandidateList {
  const canonical = canonicalWord(observed);
  const key = fold(canonical);
  const marked = key !== canonical;
  const exact = model.vocabulary.indexOf(canonical);
  const list: CandidateList = { ids: [exact >= 0 ? exact : UNK], texts: [canonical], costs: [0], keep: 0 };
  // A lone marked letter that is not a syllable is an enumerator or an initial written as meant
  // (điểm đ; Đ. Văn A); an unmarked one (d) may have lost its stroke like any other word.
  if (canonical.length === 1 && marked && !isValidSyllable(canonical)) return list;
  const ids = model.foldIndex.lookup(key);
  if (ids.length === 0) return list;
  const valid = isValidSyllable(canonical);
  // An unknown form whose fold is known is most likely a stripped known word — in stripped text; in
  // accented text an unmarked unknown word is more likely foreign (IC, Cut) and is kept like any other.
  if (exact < 0 && !(marked && valid)) list.costs[0] = Math.max(0, UNKNOWN_KEEP_COST - trust.unmarked);
  // A marked word that is not a valid syllable is damaged: trust it little. A valid one is trusted as
  // much as the document's marks, known or not (rare names: Diệm, Khải).
  const cost = !marked ? trust.unmarked : valid ? trust.marked : Math.min(trust.marked, 1);
  if (!Number.isFinite(cost)) return list;
  const top = model.counts[ids[0]];
  for (let i = 0; i < ids.length && list.ids.length <= options.maxCandidates; i++) {
    const id = ids[i];
    if (id === exact) continue;
    if (model.counts[id] < top * options.minShare) break;
    list.ids.push(id);
    list.texts.push(model.vocabulary.text(id));
    list.costs.push(cost);
  }
  return list;
}
