/** Shared helpers of the structure and render tests: fixtures, schema validation, invariants, scoring. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { RepairResult } from '../../src/index.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = path.join(ROOT, 'fixtures/structure');

/** A repair result that passes the text through unchanged (what the pipeline gives clean text). */
export function passThrough(text: string, changes: RepairResult['changes'] = []): RepairResult {
  return { input: text, text, changes, messages: [], stats: { words: 0, invalidWords: 0, changed: changes.length, lowConfidence: 0, syllables: 0 } };
}

/** Names of the fixtures (name.txt) in fixtures/structure. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
}

export function readFixture(name: string, ext: string): string {
  return readFileSync(path.join(FIXTURES, `${name}${ext}`), 'utf8');
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDocument = ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'schema/vnfix-document.schema.json'), 'utf8')));

/** Validate a JSON output against schema/vnfix-document.schema.json; returns the errors as text. */
export function schemaErrors(json: unknown): string {
  return validateDocument(json) ? '' : ajv.errorsText(validateDocument.errors, { separator: '\n' });
}

/** Letters and digits only: the text a reader sees, whatever the spacing, joins and markup. */
export function alnum(text: string): string {
  return [...text.normalize('NFC')].filter((c) => /[\p{L}\p{N}]/u.test(c)).join('');
}

interface JsonChange {
  offset: number;
  from: string;
  to: string;
  applied: boolean;
}

/**
 * The input with the document's applied changes made: the words the output must hold (the restorer's
 * repairs and the structure stage's fixed wording alike). A change whose `from` is not the input's
 * text at its offset is a problem.
 */
export function withChanges(input: string, changes: JsonChange[], problems: string[] = []): string {
  let text = input;
  for (const change of [...changes].sort((a, b) => b.offset - a.offset)) {
    if (input.slice(change.offset, change.offset + change.from.length) !== change.from) {
      problems.push(`change "${change.from}" → "${change.to}" does not match the input at offset ${change.offset}`);
      continue;
    }
    if (change.applied) text = text.slice(0, change.offset) + change.to + text.slice(change.offset + change.from.length);
  }
  return text;
}

interface JsonDoc {
  changes?: JsonChange[];
  header: { rows: string[][]; lines: [number, number] } | null;
  blocks: Array<Record<string, unknown> & { type: string; text: string; lines: [number, number] }>;
  footnotes: Array<{ label: string; text: string; refLine: number; refMark: string; noteMark: string; lines: [number, number] }>;
  removed: Array<{ line: number }>;
}

/**
 * No text lost: every letter and digit of the input, with the document's changes made, reaches the
 * output, in order. The body must come out as
 * exactly the input's letters and digits; the header and the closing block (two columns side by side)
 * must hold the same words in any order; each footnote the words of its note lines. Removed lines
 * (page debris, listed in the JSON) and footnote marks are left out.
 * @returns a list of problems (empty when nothing was lost)
 */
export function textLossProblems(input: string, doc: JsonDoc): string[] {
  const problems: string[] = [];
  // Compared with the repaired words: a changed word is not lost text, and every change is listed.
  const lines = withChanges(input, doc.changes ?? [], problems).split(/\r\n|\r|\n/);
  const removed = new Set(doc.removed.map((r) => r.line));
  const inRange = (line: number, range: [number, number]) => line >= range[0] && line <= range[1];
  const closing = doc.blocks.filter((b) => b.type === 'recipients' || b.type === 'signature');
  // Cut footnote marks out of the input lines that hold them.
  const lineText = lines.map((l) => l);
  for (const note of doc.footnotes) {
    const i = note.refLine - 1;
    const at = findMark(lineText[i], note.refMark);
    if (at < 0) problems.push(`footnote mark ${note.refMark} not found on line ${note.refLine}`);
    else lineText[i] = lineText[i].slice(0, at) + lineText[i].slice(at + note.refMark.length);
  }
  const zoneOf = (line: number): 'removed' | 'header' | 'closing' | 'note' | 'body' => {
    if (removed.has(line)) return 'removed';
    if (doc.header && inRange(line, doc.header.lines)) return 'header';
    if (closing.some((b) => inRange(line, b.lines))) return 'closing';
    if (doc.footnotes.some((n) => inRange(line, n.lines))) return 'note';
    return 'body';
  };
  const collect = (zone: string) => lines.map((_, i) => (zoneOf(i + 1) === zone ? lineText[i] : '')).join(' ');
  // Body: exact sequence.
  const bodyIn = alnum(collect('body'));
  const bodyOut = alnum(
    doc.blocks
      .filter((b) => b.type !== 'recipients' && b.type !== 'signature')
      .map((b) => blockWords(b))
      .join(' '),
  );
  if (bodyIn !== bodyOut) problems.push(`body differs at ${firstDifference(bodyIn, bodyOut)}`);
  // Header and closing: same words, any order.
  const headerOut = doc.header ? doc.header.rows.flat().join(' ') : '';
  compareBags('header', collect('header'), headerOut, problems);
  compareBags('closing', collect('closing'), closing.map((b) => blockWords(b)).join(' '), problems);
  // Each note: its lines without the leading mark.
  for (const note of doc.footnotes) {
    const text = lines.slice(note.lines[0] - 1, note.lines[1]).join(' ').trim();
    const withoutMark = text.startsWith(note.noteMark) ? text.slice(note.noteMark.length) : text;
    if (alnum(withoutMark) !== alnum(note.text)) problems.push(`footnote ${note.label} differs: ${firstDifference(alnum(withoutMark), alnum(note.text))}`);
  }
  return problems;
}

function blockWords(b: Record<string, unknown>): string {
  switch (b.type) {
    case 'title':
      return `${b.text} ${b.subject ?? ''}`;
    case 'listItem':
      return `${b.marker} ${b.text}`;
    case 'table':
      return (b.rows as string[][]).flat().join(' ');
    case 'recipients':
      return `${b.text} ${(b.items as string[]).join(' ')}`;
    case 'signature':
      return (b.signatureLines as string[]).join(' ');
    default:
      return String(b.text);
  }
}

function findMark(line: string, mark: string): number {
  // A mark before punctuation ("năm 20081;") is likelier than the same sign ending a plain number
  // earlier on the line ("tháng 11"): take the first such place, else the first place at all.
  const places: Array<{ at: number; beforeStop: boolean }> = [];
  const re = /\S+/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const core = m[0].replace(/[.,;:!?"”]*$/, '');
    const last = m[0].replace(/[.,;:]$/, '');
    const closed = m[0].replace(/[.,;:!?"”)]*$/, '');
    // The "./." that closes a document's last sentence (",/." or "//." where OCR misread its stop).
    const ended = m[0].replace(/[.,/]?\/\.$/, '');
    const c = [m[0], last, core, closed, ended].find((c) => c.endsWith(mark) && (c.length > mark.length || /^[[(]/.test(mark)));
    if (c !== undefined) places.push({ at: m.index + c.length - mark.length, beforeStop: c.length < m[0].length });
  }
  return (places.find((p) => p.beforeStop) ?? places[0])?.at ?? -1;
}

function compareBags(zone: string, input: string, output: string, problems: string[]): void {
  const words = (t: string) => t.split(/\s+/).map(alnum).filter(Boolean).sort();
  const a = words(input);
  const b = words(output);
  if (a.join(' ') !== b.join(' ')) problems.push(`${zone} words differ: input ${a.join(' ')} / output ${b.join(' ')}`);
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `${i}: input …${a.slice(Math.max(0, i - 20), i + 20)}… output …${b.slice(Math.max(0, i - 20), i + 20)}…`;
}
