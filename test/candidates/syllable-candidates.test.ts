import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, syllableCandidates } from '../../src/candidates/syllable-candidates.js';
import { loadSyllableModel, MODEL_FILE } from '../../src/lm/syllable-model.js';
import { tinyDictionaries } from '../lm/tiny-model.js';

const model = loadSyllableModel(path.join(tinyDictionaries(), MODEL_FILE));
const free = { unmarked: 0, marked: 8 };

describe('syllable candidates', () => {
  it('offers the accented forms of a stripped token', () => {
    const list = syllableCandidates('Thuc', model, free, DEFAULT_CANDIDATE_OPTIONS);
    expect(list.texts).toContain('thực');
    expect(list.texts[list.keep]).toBe('thuc');
  });

  it('charges the trust cost for changing a marked word', () => {
    const list = syllableCandidates('dẫn', model, free, DEFAULT_CANDIDATE_OPTIONS);
    expect(list.texts[0]).toBe('dẫn');
    expect(list.costs[0]).toBe(0);
    expect(list.costs.slice(1).every((c) => c === 8)).toBe(true);
  });

  it('keeps a lone marked letter (an enumerator such as điểm đ)', () => {
    expect(syllableCandidates('đ', model, free, DEFAULT_CANDIDATE_OPTIONS).texts).toEqual(['đ']);
  });

  it('leaves a token with no known fold as its only reading', () => {
    const list = syllableCandidates('COVID', model, free, DEFAULT_CANDIDATE_OPTIONS);
    expect(list.texts).toEqual(['covid']);
  });
});
