/**
 * Characters per piece of a streamed text: large enough that ordinary documents are repaired whole
 * (a 60-page report is about 150,000 characters), small enough to keep memory flat on a 1 GB file
 * and to answer Ctrl-C within a second or two.
 */
export const PIECE_CHARS = 1 << 18;

/** A blank line: the end of a paragraph. */
const PARAGRAPH_END = /\r?\n[ \t]*\r?\n/g;

/**
 * Cut about `pieceChars` characters of whole paragraphs off the front of `pending` once it holds at least
 * that much: up to the last blank line within the first `pieceChars` characters, or else the first blank
 * line after them. Without a blank line in sight it falls back to the last line end within one piece (once
 * two pieces are pending: a 40 MB file without blank lines peaked at 496 MB this way, 849 MB when it
 * waited for four pieces, with 1 word in 8.76 million read otherwise), then a space
 * (past 16 pieces), so a file with no structure still streams.
 * @param pending decoded text not yet repaired
 * @param final true when no more text follows (everything is returned)
 * @param pieceChars piece size
 * @returns the piece to repair now ('' when more text is needed) and what stays pending
 */
export function cutPiece(pending: string, final: boolean, pieceChars: number = PIECE_CHARS): [string, string] {
  if (final) return [pending, ''];
  if (pending.length < pieceChars) return ['', pending];
  let cut = -1;
  PARAGRAPH_END.lastIndex = 0;
  for (let match = PARAGRAPH_END.exec(pending); match !== null; match = PARAGRAPH_END.exec(pending)) {
    const end = match.index + match[0].length;
    if (end > pieceChars && cut > 0) break;
    cut = end;
    if (end > pieceChars) break;
  }
  if (cut < 0 && pending.length >= pieceChars * 2) {
    let newline = pending.lastIndexOf('\n', pieceChars);
    // A line longer than a piece: its own end.
    if (newline < 0) newline = pending.indexOf('\n', pieceChars);
    if (newline >= 0 && newline < pieceChars * 16) cut = newline + 1;
  }
  if (cut < 0 && pending.length >= pieceChars * 16) {
    const limit = pieceChars * 16;
    const space = Math.max(pending.lastIndexOf(' ', limit), pending.lastIndexOf('\t', limit));
    cut = space >= 0 ? space + 1 : limit;
    // Never split a surrogate pair or a CR LF.
    if (/[\ud800-\udbff\r]/.test(pending[cut - 1] ?? '')) cut--;
  }
  if (cut <= 0) return ['', pending];
  return [pending.slice(0, cut), pending.slice(cut)];
}

/**
 * Cut a window of a huge document for its structure: a piece as {@link cutPiece} cuts it, ended rather
 * at the last page break (a line with a form feed) in its second half, so that the notes at the foot
 * of a page stay with the text that refers to them.
 * @param pending decoded text not yet repaired
 * @param final true when no more text follows (everything is returned)
 * @param pieceChars window size
 * @returns the window to repair now ('' when more text is needed) and what stays pending
 */
export function cutWindow(pending: string, final: boolean, pieceChars: number = PIECE_CHARS): [string, string] {
  const [piece, rest] = cutPiece(pending, final, pieceChars);
  if (final || piece === '') return [piece, rest];
  const feed = piece.lastIndexOf('\f');
  if (feed < piece.length / 2) return [piece, rest];
  // The window ends where the form feed's line begins; that line opens the next window's first page.
  const cut = piece.lastIndexOf('\n', feed) + 1;
  if (cut < piece.length / 2) return [piece, rest];
  return [pending.slice(0, cut), pending.slice(cut)];
}

/**
 * Count line breaks (\n, \r\n, lone \r) the way the document model's LineIndex does.
 * @param text any text
 * @returns the number of line breaks
 */
export function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) count++;
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      count++;
    }
  }
  return count;
}
