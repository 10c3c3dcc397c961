import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/index.js';
import { restoreCodeLetters } from '../../src/restore/code-letters.js';

const lexicon = loadLexicon([path.resolve(__dirname, '../../dictionaries/abbreviations.yaml')]);

describe('restoreCodeLetters', () => {
  it('puts the Đ back into the abbreviations of a stripped code', () => {
    expect(restoreCodeLetters('123/QD-UBND', lexicon)).toBe('123/QĐ-UBND');
    expect(restoreCodeLetters('15/NQ-HDND', lexicon)).toBe('15/NQ-HĐND');
    expect(restoreCodeLetters('30/2020/ND-CP', lexicon)).toBe('30/2020/NĐ-CP');
  });

  it('leaves codes without a stripped abbreviation alone', () => {
    expect(restoreCodeLetters('04-CT/TW', lexicon)).toBeNull();
    expect(restoreCodeLetters('58-BC/TU', lexicon)).toBeNull();
    expect(restoreCodeLetters('123/QĐ-UBND', lexicon)).toBeNull();
  });
});
