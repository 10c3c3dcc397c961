import { analyzeTone, TONE_MARKS, type Tone } from './marks.js';
import { QUALITY_VOWELS, lowerKeepingOffsets, splitSpelling } from './phonology.js';
import type { ToneStyle } from '../document/types.js';

// Open two-vowel rhymes that start with the medial o/u: the traditional style marks the first vowel
// (hòa, khỏe, thủy), the modern one the main vowel (hoà, khoẻ, thuỷ), as school textbooks since the 1980s
// and the "new style" option of Vietnamese keyboards do. Everywhere else the two styles agree.
const MEDIAL_PAIRS: ReadonlySet<string> = new Set(['oa', 'oe', 'uy']);

/**
 * Which vowel of a rhyme's vowel run carries the tone mark.
 * @param vowels the run of vowel letters (lower case, tone-less)
 * @param closed true when a consonant follows the vowels
 * @param style tone-placement style
 * @returns offset in `vowels`
 */
export function toneVowelIndex(vowels: string, closed: boolean, style: ToneStyle): number {
  // A vowel with a quality mark takes the tone; in ươ it is the ơ (người, rượu, thuở).
  for (let i = vowels.length - 1; i >= 0; i--) if (QUALITY_VOWELS.includes(vowels[i])) return i;
  // Before a final consonant the last vowel takes it (hoàn, quỳnh, xoòng).
  if (closed || vowels.length === 1) return vowels.length - 1;
  // Open rhymes: medial + vowel depends on the style; falling diphthongs mark the first (mùa, tài, mía).
  if (vowels.length === 2) return style === 'modern' && MEDIAL_PAIRS.has(vowels) ? 1 : 0;
  // Three vowels: the middle one (ngoài, khuya, khuỷu, ngoẹo).
  return 1;
}

/** Where a tone mark goes in a tone-less word, or -1 when it has no vowel. */
export function toneOffset(base: string, style: ToneStyle): number {
  const lower = lowerKeepingOffsets(base);
  const spelling = splitSpelling(lower);
  if (spelling) {
    return spelling.vowelStart + toneVowelIndex(spelling.vowels, spelling.coda !== '', style);
  }
  // Not one syllable: use the first run of vowels, so the mark is never lost.
  const run = /[aăâeêioôơuưy]+/u.exec(lower);
  if (!run) return -1;
  return run.index + toneVowelIndex(run[0], run.index + run[0].length < lower.length, style);
}

/**
 * Put a tone mark on the vowel that carries it in the given style.
 * A word with no vowel is returned unchanged; a word that is not one syllable gets the mark on its first
 * vowel run.
 * @param base tone-less word (NFC; quality marks and case kept)
 * @param tone the tone to apply
 * @param style `traditional` (hòa, thủy; default) or `modern` (hoà, thuỷ)
 * @returns NFC word with the tone mark
 * @example applyTone('hoa', 1, 'modern') // 'hoà'
 */
export function applyTone(base: string, tone: Tone, style: ToneStyle = 'traditional'): string {
  const nfc = base.normalize('NFC');
  if (tone === 0) return nfc;
  const at = toneOffset(nfc, style);
  if (at < 0) return nfc;
  return (nfc.slice(0, at + 1) + TONE_MARKS[tone] + nfc.slice(at + 1)).normalize('NFC');
}

/**
 * Move the tone mark of a syllable to where the given style puts it; idempotent, keeps case.
 * Words with no tone mark, several tone marks, or that are not one vowel run are returned as NFC unchanged.
 * @param s a syllable (NFC)
 * @param style `traditional` (default) or `modern`
 * @returns the syllable with its tone mark placed by `style`
 * @example placeTone('hoà') // 'hòa'; placeTone('Ủy', 'modern') // 'Uỷ'
 */
export function placeTone(s: string, style: ToneStyle = 'traditional'): string {
  const { base, tone, count } = analyzeTone(s);
  if (count !== 1 || splitSpelling(lowerKeepingOffsets(base)) === null) return s.normalize('NFC');
  return applyTone(base, tone, style);
}
