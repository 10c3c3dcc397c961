import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyTone, fold, stripTone } from '../../src/syllable/index.js';
import { SAMPLE_SYLLABLES } from './sample-syllables.js';

describe('stripTone', () => {
  it.each([
    ['người', 'ngươi', 1],
    ['Đối', 'Đôi', 2],
    ['thủy', 'thuy', 3],
    ['giữ', 'giư', 4],
    ['Việt', 'Viêt', 5],
    ['ăn', 'ăn', 0],
  ] as const)('splits %s into %s and tone %i', (input, base, tone) => {
    expect(stripTone(input)).toEqual({ base, tone });
  });

  it('reads tone marks from decomposed input and returns NFC', () => {
    expect(stripTone('nga\u0300y'.normalize('NFD'))).toEqual({ base: 'ngay', tone: 1 });
    expect(stripTone('vi\u00ea\u0323t')).toEqual({ base: 'vi\u00eat', tone: 5 });
  });

  it('gives back every real syllable when the tone is re-applied in the traditional style', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLE_SYLLABLES), (s) => {
        const { base, tone } = stripTone(s);
        expect(fold(base)).toBe(fold(s));
        expect(applyTone(base, tone, 'traditional')).toBe(s);
      }),
    );
  });
});
