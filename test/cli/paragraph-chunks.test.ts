import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLineBreaks, cutPiece } from '../../src/cli/paragraph-chunks.js';
import { LineIndex } from '../../src/document/line-index.js';

/** Cut a whole text into pieces as the streaming reader does, feeding it in slices. */
function cutAll(text: string, pieceChars: number, slice: number): string[] {
  const pieces: string[] = [];
  let pending = '';
  for (let i = 0; i < text.length; i += slice) {
    pending += text.slice(i, i + slice);
    for (;;) {
      const [piece, rest] = cutPiece(pending, false, pieceChars);
      pending = rest;
      if (piece === '') break;
      pieces.push(piece);
    }
  }
  pieces.push(cutPiece(pending, true, pieceChars)[0]);
  return pieces;
}

describe('paragraph pieces', () => {
  it('cuts after a blank line once enough text is pending', () => {
    const text = 'Điều 1. Phạm vi\nđiều chỉnh\n\nĐiều 2. Đối tượng\n';
    expect(cutPiece(text, false, 10)).toEqual(['Điều 1. Phạm vi\nđiều chỉnh\n\n', 'Điều 2. Đối tượng\n']);
    expect(cutPiece(text, false, 1000)).toEqual(['', text]);
  });

  it('falls back to a line end, then to a space, in text with no blank lines', () => {
    const lines = 'Ban Thường vụ Tỉnh ủy\n'.repeat(10);
    const [piece] = cutPiece(lines, false, 20);
    expect(piece.endsWith('\n')).toBe(true);
    const oneLine = 'tổ chức hội nghị '.repeat(40);
    const [cut] = cutPiece(oneLine, false, 20);
    expect(cut.endsWith(' ')).toBe(true);
  });

  it('gives back the text when the pieces are joined, and never cuts a CR LF', () => {
    const parts = fc.constantFrom('Ủy ban', ' ', '\n', '\r\n', '\n\n', '\r\n\r\n', 'nhân dân', '\t', '😀', 'x');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 200 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 50 }), (list, pieceChars, slice) => {
        const text = list.join('');
        const pieces = cutAll(text, pieceChars, slice);
        expect(pieces.join('')).toBe(text);
        for (const piece of pieces.slice(0, -1)) {
          expect(piece.endsWith('\r') && !piece.endsWith('\n')).toBe(false);
          expect(/[\ud800-\udbff]$/.test(piece)).toBe(false);
        }
      }),
    );
  });

  it('counts line breaks as the document model does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '\n', '\r', '\r\n', 'ệ'), { maxLength: 50 }), (list) => {
        const text = list.join('');
        expect(countLineBreaks(text) + 1).toBe(new LineIndex(text).lineCount);
      }),
    );
  });
});
