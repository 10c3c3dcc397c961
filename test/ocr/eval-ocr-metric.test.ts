import { describe, expect, it } from 'vitest';
import { OCR_EVAL_ROWS, scoredTokens, syllableAccuracy } from '../../scripts/eval-ocr.js';

describe('eval:ocr metric', () => {
  it('scores whitespace tokens with letters, edge punctuation trimmed, tone placement canonical', () => {
    expect(scoredTokens('Hoà bình, 2021 (thuỷ) - ok.')).toEqual(['Hòa', 'bình', 'thủy', 'ok']);
  });

  it('aligns joined and split tokens so that one join costs only its own syllables', () => {
    const gold = ['tổ chức trong tỉnh'];
    expect(syllableAccuracy(gold, ['tổ chức tr ong tỉnh'])).toEqual({ syllables: 4, correct: 3 });
    expect(syllableAccuracy(gold, ['tổ chức trong tỉnh'])).toEqual({ syllables: 4, correct: 4 });
  });

  it('offers the sets to npm run eval as whole pages', () => {
    for (const row of OCR_EVAL_ROWS) {
      const pairs = row.pairs();
      expect(pairs.length).toBeGreaterThan(0);
      for (const p of pairs) expect(p.input.split('\n').length).toBe(p.reference.split('\n').length);
    }
  });
});
