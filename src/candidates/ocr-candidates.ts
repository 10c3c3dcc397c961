/**
 * OCR-aware candidates for the decoder. A token that an OCR engine with an English model misread
 * (`ciia`, `d6i`, `thwye`, `PANG`) is compared with the inventory syllables through the learned
 * confusion channel (dictionaries/confusion.tsv, src/ocr/), found through a skeleton delete index, and
 * the readings come back ranked by channelCost = -log10 P(observed | syllable), to be added to the
 * language model's cost.
 *
 * For the decoder:
 * - `ocrCandidates(token)`: readings of one token (clean text scores near 0 for itself).
 * - `ocrJoinCandidates(a, b)`: readings of two adjacent fragments as one syllable (`tr ong`, `PHUON G`);
 *   compare with the best readings of `a` and `b` apart.
 * - `ocrSplitCandidates(token)`: readings of one token as two glued syllables.
 * - `isOcrJunk(token)`: stamp and signature debris and footnote marks (`®`, `(z)`), to leave as they are
 *   and flag.
 * - `ocrReadings`, `ocrCasePattern` (./ocr-readings.ts): all readings of a token for the lattice,
 *   including keeping it, and the capitalisation to render a changed reading with.
 * Every lookup is memoised in the Resources object's channel.
 */
import type { Resources } from '../resources.js';
import type { SplitCandidate, SyllableCandidate } from './types.js';

/**
 * Readings of a token garbled by OCR, ranked by the learned confusion channel.
 * @param observed the token as read (any case)
 * @param resources loaded data
 * @returns candidates, best first
 * @example ocrCandidates('d6i', resources)[0] // { syllable: 'đổi', channelCost: 1.2 }
 */
export function ocrCandidates(observed: string, resources: Resources): SyllableCandidate[] {
  return resources.ocrChannel.candidates(observed);
}

/**
 * Readings of two adjacent fragments as one syllable that the OCR split with a space.
 * @param left first fragment as read
 * @param right second fragment as read
 * @param resources loaded data
 * @returns candidates of the joined syllable; channelCost includes the cost of the inserted space
 * @example ocrJoinCandidates('tr', 'ong', resources)[0].syllable // 'trong'
 */
export function ocrJoinCandidates(left: string, right: string, resources: Resources): SyllableCandidate[] {
  return resources.ocrChannel.joinCandidates(left, right);
}

/**
 * Readings of one token as two syllables whose space the OCR lost.
 * @param observed the token as read
 * @param resources loaded data
 * @returns pairs, cheapest first; channelCost includes the cost of the lost space
 */
export function ocrSplitCandidates(observed: string, resources: Resources): SplitCandidate[] {
  return resources.ocrChannel.splitCandidates(observed);
}

export { isOcrJunk } from '../ocr/ocr-junk.js';
