/**
 * Character classes of the OCR channel: the truth side is one lower-case Vietnamese letter, and the
 * channel's backoff pools a letter with its tone-less base (ổ → ô) and its plain Latin letter (ổ → o).
 */

const COMBINING_TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const COMBINING_ANY = /\p{M}/gu;

/**
 * The letter without its tone mark, keeping the circumflex, breve and horn.
 * @param ch one lower-case character
 * @returns e.g. `ô` for `ổ`, `ư` for `ự`, `đ` for `đ`
 */
export function toneBase(ch: string): string {
  return ch.normalize('NFD').replace(COMBINING_TONE, '').normalize('NFC');
}

/**
 * The plain Latin letter under every mark (đ → d).
 * @param ch one lower-case character
 * @returns e.g. `o` for `ổ`, `d` for `đ`
 */
export function plainLetter(ch: string): string {
  if (ch === 'đ') return 'd';
  return ch.normalize('NFD').replace(COMBINING_ANY, '');
}

/**
 * Lower-case, marks removed, đ → d: the accent-folded key of a syllable.
 * @param s any string
 * @returns its folded form
 */
export function foldPlain(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(COMBINING_ANY, '').replace(/đ/gu, 'd');
}

/** True for a character that is a Vietnamese letter (any case, any mark). */
export function isVietnameseLetter(ch: string): boolean {
  const p = plainLetter(ch.toLowerCase());
  return p.length === 1 && p >= 'a' && p <= 'z' && p !== 'f' && p !== 'j' && p !== 'w' && p !== 'z';
}
