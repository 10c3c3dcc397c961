/**
 * The syllables the OCR channel may propose. The language model's vocabulary is the inventory once it
 * is available through Resources; without it, every phonotactically valid syllable is used.
 */
import { applyTone, isValidSyllable } from '../syllable/index.js';
import { ONSETS, RHYMES } from '../syllable/phonology.js';
import type { Tone } from '../syllable/index.js';

/**
 * Every valid Vietnamese syllable (onset × rhyme × tone, checked by the syllable parser), lower-case,
 * traditional tone placement.
 * @returns the syllables, sorted
 */
export function phonotacticInventory(): string[] {
  const out = new Set<string>();
  for (const onset of ['', ...ONSETS]) {
    for (const rhyme of RHYMES) {
      for (let tone = 0; tone <= 5; tone++) {
        const s = applyTone(onset + rhyme, tone as Tone, 'traditional');
        if (isValidSyllable(s)) out.add(s);
      }
    }
  }
  return [...out].sort();
}
