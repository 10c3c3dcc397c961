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

describe('one syllable metric for npm run eval and eval:ocr', () => {
  it('aligns a page whose output has as many words as the gold but one dropped and one added', async () => {
    const { scoreSystem } = await import('../../scripts/lib/eval-row.js');
    const reference = 'một hai ba bốn\nnăm sáu bảy';
    const output = 'hai ba bốn\nnăm sáu bảy xx';
    const s = scoreSystem([{ input: output, reference }], (x) => x);
    expect(s.syllables).toBe(7);
    expect(s.syllableAccuracy).toBeCloseTo(6 / 7);
    const lines = syllableAccuracy(reference.split('\n'), output.split('\n'));
    expect(lines.correct / lines.syllables).toBeCloseTo(s.syllableAccuracy);
  });

  it('counts sentences at . ! ? ; : and blank lines, and the input as "before"', async () => {
    const { scoreSystem } = await import('../../scripts/lib/eval-row.js');
    const s = scoreSystem([{ input: 'Mot hai. Ba\n\nbon', reference: 'Một hai. Ba\n\nbốn' }], () => 'Một hai. Bà\n\nbốn');
    expect(s.sentences).toBe(3);
    expect(s.sentenceAccuracy).toBeCloseTo(2 / 3);
    expect(s.inputAccuracy).toBeCloseTo(2 / 4); // hai, Ba
  });
});
