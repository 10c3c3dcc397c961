import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../src/lexicon/index.js';

const lexicon = buildLexicon([
  {
    file: 'abbr.yaml',
    text: [
      'protected:',
      '  codes:',
      '    - UBND',
      '    - BC',
      '    - CT',
      '    - TW',
      '    - QĐ',
      '    - {token: TU, syllable: true}',
      '    - HĐND',
      '    - BĐNTW',
      '    - CV',
      '    - {token: ĐU, syllable: true}',
      '    - NQ',
      '  words:',
      '    - {token: email, case: any}',
      'roman_numerals:',
      '  except: [VI, XI, LI]',
      '',
    ].join('\n'),
  },
]);

describe('isProtected', () => {
  it('matches listed tokens case-sensitively by default', () => {
    expect(lexicon.isProtected('UBND')).toBe(true);
    expect(lexicon.isProtected('Ubnd')).toBe(false);
  });

  it('matches `case: any` tokens in any case', () => {
    expect(lexicon.isProtected('Email')).toBe(true);
    expect(lexicon.isProtected('EMAIL')).toBe(true);
  });

  it('keeps 35-BC/TU and 05-CT/TW unchanged but not TU alone', () => {
    expect(lexicon.isProtected('35-BC/TU')).toBe(true);
    expect(lexicon.isProtected('BC/TU')).toBe(true);
    expect(lexicon.isProtected('05-CT/TW')).toBe(true);
    expect(lexicon.isProtected('TU')).toBe(false);
    expect(lexicon.isProtected('TU.')).toBe(false);
  });

  it('protects law numbers with the legislature glued on (77/2015/QH13)', () => {
    const withQh = buildLexicon([{ file: 'a.yaml', text: 'protected:\n  bodies:\n    - QH\n    - UBTVQH\n    - NQ\n' }]);
    expect(withQh.isProtected('77/2015/QH13')).toBe(true);
    expect(withQh.isProtected('1023/NQ-UBTVQH14')).toBe(true);
    expect(withQh.isProtected('77/2015/XY13')).toBe(false);
  });

  it('does not protect codes with an unknown part or digit-only strings', () => {
    expect(lexicon.isProtected('35-BC/XYZ')).toBe(false);
    expect(lexicon.isProtected('06-7-2011')).toBe(false);
    expect(lexicon.isProtected('d6i')).toBe(false);
  });

  it('protects upper-case Roman numerals except those that are also syllables', () => {
    for (const numeral of ['I', 'II', 'III', 'IV', 'IX', 'XII', 'XIII', 'XIV', 'XL', 'XC', 'CC']) {
      expect(lexicon.isProtected(numeral), numeral).toBe(true);
    }
    for (const token of ['VI', 'XI', 'LI', 'ii', 'IIII', 'VX', 'DI', 'MI', 'IL']) {
      expect(lexicon.isProtected(token), token).toBe(false);
    }
    expect(lexicon.isProtected('UBND.')).toBe(true);
  });
});

describe('restoreProtected', () => {
  it('puts back the Đ that stripping or OCR took from abbreviations and codes', () => {
    expect(lexicon.restoreProtected('HDND')).toBe('HĐND');
    expect(lexicon.restoreProtected('HDND.')).toBe('HĐND.');
    expect(lexicon.restoreProtected('QD-UBND')).toBe('QĐ-UBND');
    expect(lexicon.restoreProtected('120-CV/BDNTW')).toBe('120-CV/BĐNTW');
    expect(lexicon.restoreProtected('15-NQ/DU')).toBe('15-NQ/ĐU');
  });

  it('leaves listed spellings, syllable-like and two-letter abbreviations alone outside codes', () => {
    for (const token of ['HĐND', 'QĐ-UBND', '35-BC/TU', 'DU', 'QD', 'Dang', 'hdnd', 'XYZ-UBND']) {
      expect(lexicon.restoreProtected(token), token).toBeUndefined();
    }
  });
});
