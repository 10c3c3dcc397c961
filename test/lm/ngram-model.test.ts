import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSyllableModel, MODEL_FILE } from '../../src/lm/syllable-model.js';
import { BOS, EOS, UNK } from '../../src/lm/symbols.js';
import { lineSentences } from '../../src/lm/train.js';
import { tinyDictionaries } from './tiny-model.js';

const model = loadSyllableModel(path.join(tinyDictionaries(), MODEL_FILE));
const lm = model.lm;
const id = (s: string): number => {
  const i = model.vocabulary.indexOf(s);
  return i < 0 ? UNK : i;
};
const stateAfter = (words: string[]): number => {
  let state = BOS;
  for (const w of words) {
    lm.score(state, id(w));
    state = lm.nextState;
  }
  return state;
};

describe('n-gram model', () => {
  it('gives probabilities that sum to one in every context', () => {
    for (const context of [[], ['ủy', 'ban'], ['kế', 'hoạch'], ['thực']]) {
      const state = stateAfter(context);
      let sum = 0;
      for (let w = 3; w < lm.size; w++) sum += 10 ** lm.score(state, w);
      expect(sum).toBeGreaterThan(0.97);
      expect(sum).toBeLessThan(1.03);
    }
  });

  it('prefers the seen continuation', () => {
    const state = stateAfter(['ủy', 'ban', 'nhân']);
    expect(lm.score(state, id('dân'))).toBeGreaterThan(lm.score(state, id('dẫn')));
  });

  it('keeps only the context it can use, so equal contexts give equal states', () => {
    // Different older history, same last two words: the decoder must be able to merge them.
    expect(stateAfter(['tỉnh', 'xây', 'dựng'])).toBe(stateAfter(['nhân', 'xây', 'dựng']));
  });

  it('reads sentence breaks at full stops and keeps numbers as one symbol', () => {
    expect(lineSentences('Căn cứ Luật năm 2015. Theo đề nghị')).toEqual([['căn', 'cứ', 'luật', 'năm', '<num>'], ['theo', 'đề', 'nghị']]);
  });

  it('scores the sentence end', () => {
    expect(lm.score(stateAfter(['ngày', 'ký']), EOS)).toBeGreaterThan(-1);
  });
});
