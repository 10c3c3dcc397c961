import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLineBreaks, cutPiece, cutWindow } from '../../src/cli/paragraph-chunks.js';
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

describe('windows of a huge document', () => {
  const page = (n: number) => `Trang ${n}: Ủy ban nhân dân tỉnh báo cáo kết quả.\n\nCác sở, ban, ngành đã tổ chức hội nghị.\n\n- ${n} -\n`;
  const text = [1, 2, 3, 4].map(page).join('\f\n');

  it('ends a window where the line with a page break begins, so a page stays whole', () => {
    // The paragraph piece ends inside page 2; the window ends with page 1.
    expect(cutPiece(text, false, page(1).length * 2 + 20)[0]).toContain('Trang 2');
    const [window, rest] = cutWindow(text, false, page(1).length * 2 + 20);
    expect(window).toBe(page(1));
    expect(rest.startsWith('\f\n')).toBe(true);
    expect(window + rest).toBe(text);
  });

  it('cuts as a paragraph piece when no page break lies in the second half of the window', () => {
    const plain = text.replace(/\f/g, '');
    expect(cutWindow(plain, false, 120)).toEqual(cutPiece(plain, false, 120));
    expect(cutWindow(text, false, 10_000)).toEqual(['', text]);
    expect(cutWindow(text, true, 10)).toEqual([text, '']);
  });
});
