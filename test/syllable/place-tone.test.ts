import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyTone, fold, placeTone } from '../../src/syllable/index.js';
import { SAMPLE_SYLLABLES } from './sample-syllables.js';

describe('placeTone', () => {
  it.each([
    ['hoà', 'hòa'],
    ['khoẻ', 'khỏe'],
    ['thuỷ', 'thủy'],
    ['Uỷ', 'Ủy'],
    ['hoá', 'hóa'],
    ['HOÀ', 'HÒA'],
  ])('moves the mark of %s to the first vowel in the traditional style: %s', (input, expected) => {
    expect(placeTone(input, 'traditional')).toBe(expected);
    expect(placeTone(input)).toBe(expected);
  });

  it.each([
    ['hòa', 'hoà'],
    ['khỏe', 'khoẻ'],
    ['thủy', 'thuỷ'],
    ['Ủy', 'Uỷ'],
    ['Hóa', 'Hoá'],
  ])('moves the mark of %s to the main vowel in the modern style: %s', (input, expected) => {
    expect(placeTone(input, 'modern')).toBe(expected);
  });

  it.each(['hoàn', 'thuở', 'người', 'khuyến', 'quốc', 'quý', 'giữ', 'gìn', 'ngoài', 'khuỷu', 'mùa', 'Huế', 'xoòng'])(
    'leaves %s alone in both styles (closed rhyme, quality vowel, qu/gi onset or falling diphthong)',
    (syllable) => {
      expect(placeTone(syllable, 'traditional')).toBe(syllable);
      expect(placeTone(syllable, 'modern')).toBe(syllable);
    },
  );

  it('leaves words with no tone mark, two tone marks or no single vowel run unchanged', () => {
    expect(placeTone('hoa')).toBe('hoa');
    expect(placeTone('hòà', 'modern')).toBe('hòà');
    expect(placeTone('hòabình', 'modern')).toBe('hòabình');
  });

  it('returns NFC for decomposed input', () => {
    expect(placeTone('hoa\u0300')).toBe('h\u00f2a');
  });

  it('keeps the folded form of every real syllable in both styles', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLE_SYLLABLES), fc.constantFrom('traditional', 'modern'), (s, style) => {
        expect(fold(placeTone(s, style))).toBe(fold(s));
      }),
    );
  });

  it('keeps the folded form of arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(fold(placeTone(s, 'modern'))).toBe(fold(s));
      }),
    );
  });

  it('is idempotent and the two styles convert into each other', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLE_SYLLABLES), (s) => {
        const traditional = placeTone(s, 'traditional');
        const modern = placeTone(s, 'modern');
        expect(placeTone(traditional, 'traditional')).toBe(traditional);
        expect(placeTone(modern, 'modern')).toBe(modern);
        expect(placeTone(modern, 'traditional')).toBe(traditional);
        expect(placeTone(traditional, 'modern')).toBe(modern);
      }),
    );
  });
});

describe('applyTone', () => {
  it('puts each tone on the right vowel by style', () => {
    expect(applyTone('hoa', 1)).toBe('hòa');
    expect(applyTone('hoa', 1, 'modern')).toBe('hoà');
    expect(applyTone('ngươi', 1)).toBe('người');
    expect(applyTone('quôc', 2)).toBe('quốc');
    expect(applyTone('gin', 1)).toBe('gìn');
    expect(applyTone('Uy', 3, 'modern')).toBe('Uỷ');
    expect(applyTone('UY', 3)).toBe('ỦY');
    expect(applyTone('viêt', 5)).toBe('việt');
  });

  it('returns the base unchanged for tone 0 and for words without a vowel', () => {
    expect(applyTone('hoa', 0)).toBe('hoa');
    expect(applyTone('CT', 2)).toBe('CT');
  });
});
