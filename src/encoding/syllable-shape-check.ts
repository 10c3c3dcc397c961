import type { SyllableShape } from './legacy-tables.js';

/** Combining tone marks: acute, grave, hook above, tilde, dot below. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A cheap test of whether a word is shaped like a Vietnamese syllable: onset, one to three vowels, coda,
 * at most one tone mark. Used only to choose between legacy decodings, never to repair.
 */
export class SyllableShapeCheck {
  readonly #pattern: RegExp;

  /** @param shape onsets, codas and vowels from dictionaries/encodings/syllable-shape.json */
  constructor(shape: SyllableShape) {
    const alternatives = (items: string[]) => [...items].sort((a, b) => b.length - a.length).join('|');
    this.#pattern = new RegExp(
      `^(?:${alternatives(shape.onsets)})?[${shape.vowels}]{1,${shape.maxVowels}}(?:${alternatives(shape.codas)})?$`,
      'u',
    );
  }

  /**
   * @param word a run of letters
   * @returns true when it could be a Vietnamese syllable
   * @example check.test('Việt') // true; check.test('Vieẫt') // false
   */
  test(word: string): boolean {
    const decomposed = word.toLowerCase().normalize('NFD');
    const tones = decomposed.match(TONE_MARKS);
    if (tones !== null && tones.length > 1) return false;
    const toneless = decomposed.replace(TONE_MARKS, '').normalize('NFC');
    return this.#pattern.test(toneless);
  }
}
