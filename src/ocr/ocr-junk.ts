/**
 * Telling OCR debris (stamps, signatures, footnote marks) from misread syllables: debris is left as it
 * is and flagged, never turned into a Vietnamese word.
 */
import type { Resources } from '../resources.js';

/** Marks that never stand for a letter in the learned table: registered/copyright signs and the like. */
const DEBRIS_CHARS = /[®©™°¢£¥§|\\{}<>~^_=+*#]/u;
/** A short bracketed mark such as `(z)`, `[a]`, `(*)`. */
const BRACKETED_MARK = /^[([{][^\s)\]}]{1,2}[)\]}]$/u;
/** A channel cost (-log10) above which no syllable explains the token; see eval/ocr/README.md. */
export const JUNK_COST = 7;

/**
 * Whether a token is OCR debris rather than a misread syllable.
 * @param observed token as read
 * @param resources loaded data (for the channel)
 * @returns true when the token should be left as it is and flagged
 * @example isOcrJunk('®', resources) // true
 */
export function isOcrJunk(observed: string, resources: Resources): boolean {
  const s = observed.normalize('NFC');
  if (BRACKETED_MARK.test(s)) return true;
  const channel = resources.ocrChannel;
  const chars = [...s];
  const letters = chars.filter((c) => /\p{L}/u.test(c) || channel.skeletons.isLookalike(c)).length;
  const debris = chars.filter((c) => DEBRIS_CHARS.test(c) && !channel.skeletons.isLookalike(c)).length;
  if (debris > 0 && debris >= letters) return true;
  if (letters === 0) return false;
  const best = channel.candidates(s)[0];
  return best === undefined || best.channelCost > JUNK_COST;
}
