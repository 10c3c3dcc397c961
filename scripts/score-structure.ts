/**
 * Scores the structure stage as a user meets it: each document is repaired, then rendered to JSON,
 * and its headings (line and level) and footnotes (reference line and note line) are compared with the
 * hand annotations in the folder's gold.json (made by fixtures/structure/src/build.py).
 *
 *   npx tsx scripts/score-structure.ts [DIR] [--raw] [--misses]
 *
 * DIR defaults to fixtures/structure. --raw skips the repair (the structure stage on the OCR text as it
 * is, like test/structure/score.test.ts); --misses lists each missed or wrong annotation.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repair, Resources, type RepairResult } from '../src/index.js';
import { render } from '../src/render/index.js';

interface Gold {
  headings: Array<[number, number]>;
  footnotes: Array<[number, number]>;
}
interface Count {
  tp: number;
  fp: number;
  fn: number;
}

const args = process.argv.slice(2);
const raw = args.includes('--raw');
const misses = args.includes('--misses');
const dir = args.find((a) => !a.startsWith('--')) ?? 'fixtures/structure';
const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Record<string, Gold>;
const resources = raw ? undefined : new Resources();

function compare(predicted: string[], expected: string[]): Count & { missed: string[]; wrong: string[] } {
  const want = new Set(expected);
  const got = new Set(predicted);
  const missed = expected.filter((e) => !got.has(e));
  const wrong = predicted.filter((p) => !want.has(p));
  return { tp: expected.length - missed.length, fp: wrong.length, fn: missed.length, missed, wrong };
}

function f1(c: Count): string {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)} (${c.tp + c.fn} gold)`;
}

const total = { headings: { tp: 0, fp: 0, fn: 0 }, footnotes: { tp: 0, fp: 0, fn: 0 } };
for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort()) {
  const g = gold[name];
  if (!g) continue;
  const input = readFileSync(path.join(dir, `${name}.txt`), 'utf8');
  const result: RepairResult = raw
    ? { input, text: input, changes: [], messages: [], stats: { words: 0, invalidWords: 0, changed: 0, lowConfidence: 0, syllables: 0 } }
    : repair(input, resources);
  const json = JSON.parse(render(result, 'json'));
  const headings = json.blocks
    .filter((b: { type: string }) => b.type === 'heading' || b.type === 'title')
    .map((b: { type: string; depth?: number; lines: number[] }) => `${b.lines[0]}:${b.type === 'title' ? 1 : b.depth}`);
  const notes = json.footnotes.map((n: { refLine: number; lines: number[] }) => `${n.refLine}:${n.lines[0]}`);
  const h = compare(headings, g.headings.map(([l, d]) => `${l}:${d}`));
  const n = compare(notes, g.footnotes.map(([r, l]) => `${r}:${l}`));
  for (const key of ['tp', 'fp', 'fn'] as const) {
    total.headings[key] += h[key];
    total.footnotes[key] += n[key];
  }
  if (misses && (h.fn || h.fp || n.fn || n.fp)) {
    console.log(`${name}`);
    if (h.missed.length || h.wrong.length) console.log(`  headings missed ${h.missed.join(' ')} | wrong ${h.wrong.join(' ')}`);
    if (n.missed.length || n.wrong.length) console.log(`  footnotes missed ${n.missed.join(' ')} | wrong ${n.wrong.join(' ')}`);
  }
}
console.log(`headings:  ${f1(total.headings)}`);
console.log(`footnotes: ${f1(total.footnotes)}`);
