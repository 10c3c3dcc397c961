import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSyllableModel, MODEL_FILE } from '../../src/lm/syllable-model.js';
import { tinyDictionaries } from '../lm/tiny-model.js';

const model = loadSyllableModel(path.join(tinyDictionaries(), MODEL_FILE));

describe('folded-key index', () => {
  it('finds every accented form of a folded syllable, most frequent first', () => {
    const forms = [...model.foldIndex.lookup('dan')].map((i) => model.vocabulary.text(i));
    expect(forms).toContain('dân');
    expect(forms).toContain('dẫn');
    expect(forms[0]).toBe('dân');
  });

  it('returns nothing for a key no syllable folds to', () => {
    expect(model.foldIndex.lookup('xyzzy').length).toBe(0);
  });
});
