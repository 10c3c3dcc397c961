import { QUALITY_MARKS, TONE_MARKS } from './marks.js';

const VIETNAMESE_MARKS = new RegExp(`[${TONE_MARKS.join('')}${QUALITY_MARKS}]`, 'gu');

/**
 * Remove every Vietnamese mark (tones, â ă ê ô ơ ư) and turn đ/Đ into d/D, keeping case: the folded key.
 * Marks that Vietnamese does not use (e.g. the diaeresis of ü) are kept.
 * @param s any text
 * @returns NFC text without Vietnamese marks
 * @example fold('Đổi Mới') // 'Doi Moi'
 */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(VIETNAMESE_MARKS, '')
    .replace(/\u0111/g, 'd')
    .replace(/\u0110/g, 'D')
    .normalize('NFC');
}
