import { describe, expect, it } from 'vitest';
import { DeleteIndex } from '../../src/ocr/delete-index.js';

describe('skeleton delete index', () => {
  const keys = ['cua', 'cha', 'doi', 'thuc', 'tong', 'trong', 'nghieng'];
  const index = new DeleteIndex(keys, 2);

  it('finds keys within the distance, nearest first', () => {
    const found = index.lookup('ciia').map((h) => keys[h.id]);
    expect(found[0]).toBe('cua');
    expect(index.lookup('tong', 1).map((h) => keys[h.id]).sort()).toEqual(['tong', 'trong']);
  });

  it('refuses a lookup distance above the one it was built with', () => {
    expect(() => index.lookup('cua', 3)).toThrow(RangeError);
    expect(() => new DeleteIndex(keys, 5)).toThrow(RangeError);
  });
});
