import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isValidSyllable, placeTone } from '../../src/syllable/index.js';

const readList = (name: string): string[] =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'));

const words = readList('frequent-corpus-words.txt');
const nonSyllables = new Set(readList('frequent-corpus-non-syllables.txt'));

describe('isValidSyllable on the frequent words of the corpus', () => {
  it('accepts every frequent word that is a Vietnamese syllable, in both tone styles', () => {
    const rejected = words.filter((w) => !nonSyllables.has(w) && !isValidSyllable(w));
    expect(rejected).toEqual([]);
    const rejectedModern = words.filter((w) => !nonSyllables.has(w) && !isValidSyllable(placeTone(w, 'modern')));
    expect(rejectedModern).toEqual([]);
  });

  it('rejects the reviewed abbreviations, foreign words and glued words among them', () => {
    expect([...nonSyllables].filter((w) => isValidSyllable(w))).toEqual([]);
  });

  it('keeps the fixture lists consistent: every non-syllable is one of the frequent words', () => {
    expect(words).toHaveLength(3000);
    expect([...nonSyllables].filter((w) => !words.includes(w))).toEqual([]);
  });
});
