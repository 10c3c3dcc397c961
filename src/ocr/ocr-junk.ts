/**
 * Telling OCR debris (stamps, signatures, footnote marks) from misread syllables: debris is left as it
 * is and flagged, never turned into a Vietnamese word.
 */
import type { Resources } from '../resources.js';

/** Marks that do not stand for letters (registered/copyright signs, rules, brackets); § ¢ £ ¥ do (s, c, e, y). */
const DEBRIS_CHARS = /[®©™°|\\{}<>~^_=+*#]/u;
/** A short bracketed mark such as `(z)`, `[a]`, `(*)`. */
const BRACKETED_MARK = /^[([{][^\s)\]}]{1,2}[)\]}]$/u;
/**
 * No syllable explains a token whose best reading costs more than JUNK_COST and more than
 * JUNK_COST_PER_LETTER per letter (-log10). Measured: the costliest true readings of garbled syllables
 * in eval/ocr and the dev excerpt are about 10 for 5 letters (thwye → thực).
 */
export const JUNK_COST = 10;
export const JUNK_COST_PER_LETTER = 2.5;

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
  // capitals are abbreviations (UBND, KPIs) far more often than debris: the decoder keeps them
  if (letters >= 2 && s === s.toUpperCase() && !/\p{N}/u.test(s)) return false;
  const bound = Math.max(JUNK_COST, JUNK_COST_PER_LETTER * letters);
  const best = channel.candidates(s)[0];
  if (best !== undefined && best.channelCost <= bound) return false;
  // a token the OCR glued from two syllables is not debris either
  const split = channel.splitCandidates(s, 1)[0];
  return split === undefined || split.channelCost > bound;
}
