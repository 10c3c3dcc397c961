import type { LineFeatures } from './types.js';

/** What separates the cells of a row that OCR put on one line: a run of spaces, or a rule read as "|". */
const CELL_GAP = /\s*\|\s*|\s{2,}|\t/;

/**
 * The cells of a line whose columns OCR kept apart by runs of spaces or rules read as "|"
 * ("1      Chi bộ ấp Tân Thành      32      2      Tốt").
 * @param text a line without surrounding spaces
 * @returns its cells, without the rules' debris ("[", "_" at a cell's edge)
 */
export function gapCells(text: string): string[] {
  return text
    .split(CELL_GAP)
    .map((cell) => cell.replace(/^[[\]_|]+|[[\]_|]+$/g, '').trim())
    .filter((cell) => cell !== '');
}

/**
 * Rebuild a table that OCR flattened, as rows: either one cell per line (header cells from the first
 * line, "STT", to the line before the row number 1, then rows that each start with the next row
 * number) or one row per line with its cells apart ({@link gapCells}).
 * @param lines the table's lines, the first being the header ("STT" alone, or the whole header row)
 * @returns the rows (header first), or undefined when the columns cannot be recovered
 */
export function rebuildTable(lines: LineFeatures[]): string[][] | undefined {
  return gapCells(lines[0].text).length >= 2 ? rebuildRows(lines) : rebuildCells(lines);
}

/**
 * One row per line. Every row must have the header's number of cells: a row number that OCR glued to
 * the next cell with one space ("5 Chi bộ Công an xã") is split off. A line in small letters that is
 * no row goes on in the row's longest cell (wrapped text); any other line that is no row (a header
 * wrapped onto a second line, cells wrapped side by side) cannot be placed by its text alone.
 */
function rebuildRows(lines: LineFeatures[]): string[][] | undefined {
  const header = gapCells(lines[0].text);
  const width = header.length;
  const rows: string[][] = [header];
  for (const f of lines.slice(1)) {
    let cells = gapCells(f.text);
    const glued = /^(\d{1,3})[.)]?\s+(\S.*)$/u.exec(cells[0] ?? '');
    if (cells.length === width - 1 && glued) cells = [glued[1], glued[2], ...cells.slice(1)];
    // A row starts with its number (or what OCR made of it: "i", "a2"), a short first cell.
    if (cells.length === width && cells[0].length <= 3 && !f.startsLower) {
      rows.push(cells);
      continue;
    }
    if (rows.length === 1 || cells.length !== 1 || !f.startsLower) return undefined;
    const row = rows[rows.length - 1];
    const longest = row.reduce((best, cell, i) => (cell.length > row[best].length ? i : best), 0);
    row[longest] += ' ' + cells[0];
  }
  return rows.length > 1 ? rows : undefined;
}

function rebuildCells(lines: LineFeatures[]): string[][] | undefined {
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
