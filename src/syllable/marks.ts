/** Combining marks of Vietnamese orthography and how a syllable's tone is read from them. */

/** Tone of a syllable: 0 ngang, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

// Combining tone marks (NFD), indexed by tone; tone 0 (ngang) has no mark.
// U+0340/U+0341 (old tone marks) decompose to U+0300/U+0301 under NFD, so they need no entry.
export const TONE_MARKS = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

// Combining quality marks: circumflex (â ê ô), breve (ă), horn (ơ ư).
export const QUALITY_MARKS = '\u0302\u0306\u031b';

const TONE_OF_MARK: Record<string, Tone> = { '\u0300': 1, '\u0301': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5 };

// A base character with its combining marks, or a lone run of marks.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

/** A string split into its tone-less base and the tone marks it carried. */
export interface ToneAnalysis {
  /** NFC text with every tone mark removed (quality marks and đ kept). */
  base: string;
  /** Tone of the first tone mark found, 0 when there is none. */
  tone: Tone;
  /** How many tone marks the string carried (a syllable carries at most one). */
  count: number;
  /** Offset in `base` of the character that carried the first tone mark, -1 when none. */
  index: number;
}

// Vowel letters that can carry a tone, in both cases.
const TONE_BEARERS = 'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY';
// Non-ASCII letters of Vietnamese without a tone: they pass through unchanged.
const PLAIN_LETTERS = 'ăâêôơưđĂÂÊÔƠƯĐ';

/** Each precomposed toned vowel (à, ế, ự…) with its tone-less vowel and tone: derived from Unicode, not data. */
const TONED_VOWELS: ReadonlyMap<string, readonly [string, Tone]> = new Map(
  [...TONE_BEARERS].flatMap((vowel) =>
    ([1, 2, 3, 4, 5] as const).map((tone) => [(vowel + TONE_MARKS[tone]).normalize('NFC'), [vowel, tone] as const] as const),
  ),
);

/**
 * Separate the tone marks of `s` from its letters, cluster by cluster so offsets line up.
 * @param s any text
 * @returns the base, the tone, the number of tone marks and where the first one sat
 */
export function analyzeTone(s: string): ToneAnalysis {
  // Most words are ASCII and precomposed Vietnamese letters, which are NFC already: one pass over them.
  let base = '';
  let tone: Tone = 0;
  let count = 0;
  let index = -1;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (s.charCodeAt(i) < 0x80 || PLAIN_LETTERS.includes(ch)) {
      base += ch;
      continue;
    }
    const toned = TONED_VOWELS.get(ch);
    if (!toned) return analyzeToneByCluster(s);
    if (count === 0) {
      tone = toned[1];
      index = base.length;
    }
    count++;
    base += toned[0];
  }
  return { base, tone, count, index };
}

/** {@link analyzeTone} for any text: NFC first, then each cluster decomposed. */
function analyzeToneByCluster(s: string): ToneAnalysis {
  let base = '';
  let tone: Tone = 0;
  let count = 0;
  let index = -1;
  for (const match of s.normalize('NFC').matchAll(CLUSTER)) {
    let stripped = '';
    for (const ch of match[0].normalize('NFD')) {
      const t = TONE_OF_MARK[ch];
      if (t === undefined) {
        stripped += ch;
        continue;
      }
      if (count === 0) {
        tone = t;
        index = base.length;
      }
      count++;
    }
    base += stripped.normalize('NFC');
  }
  return { base, tone, count, index };
}
