import type { Resources } from '../resources.js';
import type { SyllableCandidate } from './types.js';

/**
 * Readings of a token garbled by OCR, ranked by the learned confusion channel. (Placeholder until the
 * confusion model lands: no candidates.)
 * @param observed the token as read (any case)
 * @param resources loaded data
 * @returns candidates, best first
 */
export function ocrCandidates(observed: string, resources: Resources): SyllableCandidate[] {
  void observed;
  void resources;
  return [];
}
