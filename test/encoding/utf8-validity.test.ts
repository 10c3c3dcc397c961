import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findInvalidUtf8 } from '../../src/encoding/utf8-validity.js';

describe('findInvalidUtf8', () => {
  it('accepts every string Node encodes', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => findInvalidUtf8(Buffer.from(s)) === -1));
  });

  it('agrees with a fatal TextDecoder on arbitrary bytes', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let valid = true;
        try {
          decoder.decode(bytes);
        } catch {
          valid = false;
        }
        return (findInvalidUtf8(bytes) === -1) === valid;
      }),
    );
  });

  it('tolerates a sequence cut at the end of a sample that is not the whole file', () => {
    const bytes = Buffer.from('Việt');
    expect(findInvalidUtf8(bytes.subarray(0, 3), false)).toBe(-1);
    expect(findInvalidUtf8(bytes.subarray(0, 3), true)).toBe(2);
  });

  it('rejects overlong forms and surrogates', () => {
    expect(findInvalidUtf8(Buffer.from([0xc0, 0xaf]))).toBe(0);
    expect(findInvalidUtf8(Buffer.from([0xe0, 0x80, 0xaf]))).toBe(0);
    expect(findInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
  });
});
