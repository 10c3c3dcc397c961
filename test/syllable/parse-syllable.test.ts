import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isValidSyllable, parseSyllable, placeTone } from '../../src/syllable/index.js';
import { SAMPLE_SYLLABLES } from './sample-syllables.js';

describe('parseSyllable', () => {
  it.each([
    ['người', { onset: 'ng', medial: '', nucleus: 'ươ', coda: 'i', tone: 1 }],
    ['Quốc', { onset: 'qu', medial: '', nucleus: 'ô', coda: 'c', tone: 2 }],
    ['giữ', { onset: 'gi', medial: '', nucleus: 'ư', coda: '', tone: 4 }],
    ['gìn', { onset: 'gi', medial: '', nucleus: 'i', coda: 'n', tone: 1 }],
    ['hoặc', { onset: 'h', medial: 'o', nucleus: 'ă', coda: 'c', tone: 5 }],
    ['khuyến', { onset: 'kh', medial: 'u', nucleus: 'yê', coda: 'n', tone: 2 }],
    ['thuở', { onset: 'th', medial: 'u', nucleus: 'ơ', coda: '', tone: 3 }],
    ['ỦY', { onset: '', medial: 'u', nucleus: 'y', coda: '', tone: 3 }],
    ['nghiêng', { onset: 'ngh', medial: '', nucleus: 'iê', coda: 'ng', tone: 0 }],
    ['mùa', { onset: 'm', medial: '', nucleus: 'ua', coda: '', tone: 1 }],
    ['ăn', { onset: '', medial: '', nucleus: 'ă', coda: 'n', tone: 0 }],
  ])('splits %s into onset, medial, nucleus, coda and tone', (input, parts) => {
    expect(parseSyllable(input)).toEqual(parts);
  });

  it('returns null for what is not a Vietnamese syllable', () => {
    expect(parseSyllable('email')).toBeNull();
    expect(parseSyllable('d6i')).toBeNull();
  });
});

describe('isValidSyllable', () => {
  it('accepts every syllable of real administrative lines, in both tone styles and any case', () => {
    for (const s of SAMPLE_SYLLABLES) {
      expect(isValidSyllable(s), s).toBe(true);
      expect(isValidSyllable(placeTone(s, 'modern')), s).toBe(true);
      expect(isValidSyllable(s.toUpperCase()), s).toBe(true);
    }
  });

  it.each(['email', 'online', 'ciia', 'thwye', 'hidu', 'd6i', 'b§', 'UBND', 'II', 'www', 'fax', 'gen', 'qua1'])(
    'rejects %s (foreign, abbreviation or OCR garble)',
    (word) => {
      expect(isValidSyllable(word)).toBe(false);
    },
  );

  it('accepts short English words that are also Vietnamese forms', () => {
    for (const word of ['an', 'to', 'me', 'the', 'in', 'hay']) expect(isValidSyllable(word), word).toBe(true);
  });

  it('allows only sắc and nặng on a stop coda (c ch p t)', () => {
    expect(isValidSyllable('học')).toBe(true);
    expect(isValidSyllable('việt')).toBe(true);
    expect(isValidSyllable('hàc')).toBe(false);
    expect(isValidSyllable('lập')).toBe(true);
    expect(isValidSyllable('lẩp')).toBe(false);
    expect(isValidSyllable('sach')).toBe(false);
  });

  it('applies the spelling of velar onsets: k/gh/ngh before e ê i, c/g/ng elsewhere, qu for c + glide', () => {
    expect(isValidSyllable('kế')).toBe(true);
    expect(isValidSyllable('cế')).toBe(false);
    expect(isValidSyllable('ka')).toBe(false);
    expect(isValidSyllable('ghi')).toBe(true);
    expect(isValidSyllable('ghá')).toBe(false);
    expect(isValidSyllable('nghe')).toBe(true);
    expect(isValidSyllable('nge')).toBe(false);
    expect(isValidSyllable('coan')).toBe(false);
    expect(isValidSyllable('quan')).toBe(true);
  });

  it('writes iê as yê only with no onset', () => {
    expect(isValidSyllable('yêu')).toBe(true);
    expect(isValidSyllable('iêu')).toBe(false);
    expect(isValidSyllable('tiền')).toBe(true);
    expect(isValidSyllable('tyền')).toBe(false);
  });

  it('rejects a tone mark that neither style puts there, and two tone marks', () => {
    expect(isValidSyllable('ngưòi')).toBe(false);
    expect(isValidSyllable('qúy')).toBe(false);
    expect(isValidSyllable('hóàn')).toBe(false);
  });

  it('rejects anything that contains a non-letter', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLE_SYLLABLES), fc.constantFrom('6', '§', '&', ')', '-', ' ', '0'), (s, c) => {
        expect(isValidSyllable(s + c)).toBe(false);
        expect(isValidSyllable(c + s)).toBe(false);
      }),
    );
  });
});
