import type { LineFeatures } from './types.js';

/**
 * Rebuild a table that OCR flattened to one cell per line: header cells from the first line ("STT")
 * to the line before the row number 1, then rows that each start with the next row number. Cells
 * that wrapped onto a second line (it starts in lower case) are joined back.
 * @param lines the table's lines, the first being the header starter ("STT")
 * @returns the rows (header first), or undefined when the columns cannot be recovered
 */
export function rebuildTable(lines: LineFeatures[]): string[][] | undefined {
  const texts = lines.map((f) => f.text);
  const firstRow = texts.indexOf('1', 1);
  if (firstRow < 2) return undefined;
  const header = texts.slice(0, firstRow);
  const width = header.length;
  const rows: string[][] = [header];
  let row: string[] = [];
  let expected = 1;
  for (let i = firstRow; i < texts.length; i++) {
    // A bare next row number starts a row; a cell that happens to equal it makes the rows uneven,
    // and the table is then reported as unrecovered rather than guessed.
    if (texts[i] === String(expected) && (row.length === 0 || row.length >= 2)) {
      if (row.length) rows.push(row);
      row = [texts[i]];
      expected++;
    } else if (row.length > 1 && lines[i].startsLower) {
      if (row.length < 2) return undefined;
      row[row.length - 1] += ' ' + texts[i];
    } else row.push(texts[i]);
  }
  if (row.length) rows.push(row);
  return rows.every((r) => r.length === width) && rows.length > 1 ? rows : undefined;
}
