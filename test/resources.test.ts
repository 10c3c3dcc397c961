import { describe, expect, it } from 'vitest';
import { Resources } from '../src/resources.js';

describe('Resources memo tables', () => {
  it('keeps at most memoLimit entries per stage, so long batches have bounded memory', () => {
    const resources = new Resources({ memoLimit: 3 });
    const memo = resources.memoOf<string>('restore-word-facts');
    for (const word of ['của', 'đổi', 'mới', 'nâng', 'cao']) memo.set(word, word.toUpperCase());
    expect(memo.size).toBeLessThanOrEqual(3);
    expect(memo.get('cao')).toBe('CAO');
  });

  it('updating a key already held never clears the table', () => {
    const resources = new Resources({ memoLimit: 2 });
    const memo = resources.memoOf<number>('restore-phrase-starts');
    memo.set('ủy', 1);
    memo.set('ban', 2);
    memo.set('ủy', 3);
    expect([...memo.entries()]).toEqual([['ủy', 3], ['ban', 2]]);
  });

  it('gives each stage its own table, the same one on every call', () => {
    const resources = new Resources();
    expect(resources.memoOf('a')).toBe(resources.memoOf('a'));
    expect(resources.memoOf('a')).not.toBe(resources.memoOf('b'));
  });
});
