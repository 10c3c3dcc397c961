/**
 * The letters of a document code whose đ was stripped: `123/QD-UBND` → `123/QĐ-UBND`,
 * `15/NQ-HDND` → `15/NQ-HĐND`. A run of capitals inside a code is changed only when exactly one way of
 * putting Đ back on its D's gives a protected abbreviation of the vocabulary (dictionaries/abbreviations.yaml)
 * and the run as written is not one.
 */
import type { Lexicon } from '../lexicon/index.js';

/** Runs of two or more capitals with at least one D. */
const RUN = /\p{Lu}{2,}/gu;

/** Confidence of such a change: one abbreviation fits and the written form is not one. */
export const CODE_LETTERS_CONFIDENCE = 0.95;

/**
 * The code with the Đ of its abbreviations put back, or null when nothing changes.
 * @param code a code token (04-CT/TW, 123/QD-UBND)
 * @param lexicon the vocabulary, for its protected abbreviations
 * @returns the restored code, or null
 * @example restoreCodeLetters('123/QD-UBND', lexicon) // '123/QĐ-UBND'
 */
export function restoreCodeLetters(code: string, lexicon: Lexicon): string | null {
  if (!code.includes('D')) return null;
  let changed = false;
  const out = code.replace(RUN, (run) => {
    if (!run.includes('D') || lexicon.isProtected(run)) return run;
    const positions = [...run].flatMap((c, i) => (c === 'D' ? [i] : []));
    // At most 3 D's in a run (2^3 variants): longer runs are not abbreviations of the list.
    if (positions.length > 3) return run;
    const fits: string[] = [];
    for (let mask = 1; mask < 1 << positions.length; mask++) {
      const chars = [...run];
      positions.forEach((p, k) => {
        if (mask & (1 << k)) chars[p] = 'Đ';
      });
      const variant = chars.join('');
      if (lexicon.isProtected(variant)) fits.push(variant);
    }
    if (fits.length !== 1) return run;
    changed = true;
    return fits[0];
  });
  return changed ? out : null;
}
