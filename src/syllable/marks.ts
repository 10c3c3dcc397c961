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

/**
 * Separate the tone marks of `s` from its letters, cluster by cluster so offsets line up.
 * @param s any text
 * @returns the base, the tone, the number of tone marks and where the first one sat
 */
export function analyzeTone(s: string): ToneAnalysis {
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
