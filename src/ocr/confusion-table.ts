/**
 * The learned OCR confusion table: its rows, the readable TSV form in `dictionaries/confusion.tsv`, and
 * the parser. Costs are -log10 probabilities, the unit of the language model.
 *
 * Row forms (columns: truth, ocr, count, cost):
 *
 * | truth | ocr   | meaning |
 * |-------|-------|---------|
 * | `ổ`   | `6`   | P(OCR writes `6` | truth letter `ổ`); the ocr side has 1 or 2 characters |
 * | `ổ`   | `ε`   | the letter is lost |
 * | `ổ`   | `*`   | backoff weight: added when `ổ` has no row for what was read, which is then scored by `[ô]` |
 * | `[ô]` | `6`   | the same, pooled over the tones of the base letter `ô` |
 * | `[ô]` | `*`   | backoff weight from the base letter to the default rows |
 * | `[*]` | `≡`   | default: the letter is read exactly as itself (clean text) |
 * | `[*]` | `=`   | default: the plain letter under all marks is read (ổ → o) |
 * | `[*]` | `ε`   | default: a letter is lost |
 * | `[*]` | `*`   | default: any other single character |
 * | `ε`   | `)`   | the OCR inserts `)` (per letter position) |
 * | `ε`   | `*`   | the OCR inserts any other character |
 * | `␣`   | `ε`   | the space between two syllables is lost (a glued token), per space |
 * | `ε`   | `␣`   | a space is inserted inside one syllable (split fragments), per syllable |
 *
 * An ocr or truth string that is a reserved symbol, or holds a tab, space, newline or backslash, is
 * written with `\uXXXX` escapes.
 */
import { readFileSync } from 'node:fs';

/** One row of the table. */
export interface ConfusionRow {
  truth: string;
  ocr: string;
  count: number;
  cost: number;
}

/** The empty string (a lost letter, or an insertion). */
export const EMPTY = 'ε';
/** Any other string: a backoff row. */
export const ANY = '*';
/** Default rows' truth. */
export const DEFAULT_CLASS = '[*]';
/** The plain letter of the truth (default rows). */
export const SAME_PLAIN = '=';
/** The truth letter itself, exactly (default rows). */
export const SAME_LETTER = '≡';
/** A space between tokens. */
export const SPACE = '␣';

const RESERVED = new Set([EMPTY, ANY, DEFAULT_CLASS, SAME_PLAIN, SAME_LETTER, SPACE]);

/** Escapes a field for the TSV. */
export function escapeField(s: string, isSymbol = false): string {
  if (isSymbol) return s;
  if (RESERVED.has(s) || /^\[.*\]$/u.test(s) || s === '') {
    return [...s].map((c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`).join('');
  }
  return s.replace(/[\t\n\r \\]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

function unescapeField(s: string): string {
  return s.replace(/\\u([0-9a-fA-F]{4})/gu, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * Writes the table as TSV with a header comment.
 * @param rows table rows
 * @param header comment lines (without `#`)
 * @returns file text
 */
export function formatConfusionTsv(rows: ConfusionRow[], header: string[]): string {
  const lines = header.map((h) => `# ${h}`.trimEnd());
  lines.push('truth\tocr\tcount\tcost');
  for (const r of rows) {
    const symbolic = (s: string) => RESERVED.has(s) || /^\[.+\]$/u.test(s);
    const truth = symbolic(r.truth) ? r.truth : escapeField(r.truth);
    const ocr = symbolic(r.ocr) ? r.ocr : escapeField(r.ocr);
    lines.push(`${truth}\t${ocr}\t${r.count}\t${r.cost.toFixed(4)}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * Parses TSV text of the confusion table.
 * @param text file content
 * @param file file name, for error messages
 * @returns rows
 * @throws Error naming the file and line when a row is malformed
 */
export function parseConfusionTsv(text: string, file: string): ConfusionRow[] {
  const rows: ConfusionRow[] = [];
  let sawHeader = false;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/u, '');
    if (line === '' || line.startsWith('#')) continue;
    if (!sawHeader) {
      if (line !== 'truth\tocr\tcount\tcost') {
        throw new Error(`${file}:${i + 1}: expected the header "truth<TAB>ocr<TAB>count<TAB>cost", found "${line.slice(0, 60)}"; rebuild it with \`npm run build:confusion\``);
      }
      sawHeader = true;
      continue;
    }
    const f = line.split('\t');
    const count = Number(f[2]);
    const cost = Number(f[3]);
    if (f.length !== 4 || !Number.isFinite(count) || !Number.isFinite(cost) || cost < 0 || f[0] === '' || f[1] === '') {
      throw new Error(`${file}:${i + 1}: malformed row "${line.slice(0, 60)}" (expected truth, ocr, count, cost >= 0); rebuild it with \`npm run build:confusion\``);
    }
    const field = (s: string) => (RESERVED.has(s) || /^\[.+\]$/u.test(s) ? s : unescapeField(s));
    rows.push({ truth: field(f[0]), ocr: field(f[1]), count, cost });
  }
  if (!sawHeader) throw new Error(`${file}: no table header found (empty or truncated file); rebuild it with \`npm run build:confusion\``);
  if (!rows.some((r) => r.truth === DEFAULT_CLASS)) {
    throw new Error(`${file}: the default rows ([*]) are missing (truncated file?); rebuild it with \`npm run build:confusion\``);
  }
  return rows;
}

/**
 * Reads and parses `confusion.tsv`.
 * @param file path
 * @returns rows
 * @throws Error naming the file when it cannot be read or parsed
 */
export function readConfusionTsv(file: string): ConfusionRow[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`${file}: cannot read the OCR confusion table (${(err as Error).message}); rebuild it with \`npm run build:confusion\``);
  }
  return parseConfusionTsv(text, file);
}
