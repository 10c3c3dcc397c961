import { analyzeTone, type Tone } from './marks.js';

/**
 * Remove the tone mark of a syllable, keeping its quality marks (â ă ê ô ơ ư) and đ.
 * @param s a syllable (NFC)
 * @returns the tone-less base (NFC) and the tone (0 when there was no tone mark)
 * @example stripTone('người') // { base: 'ngươi', tone: 1 }
 */
export function stripTone(s: string): { base: string; tone: Tone } {
  const { base, tone } = analyzeTone(s);
  return { base, tone };
}
