/**
 * Scores the structure stage as a user meets it: each document is repaired, then rendered to JSON,
 * and its headings (line and level) and footnotes (reference line and note line) are compared with the
 * hand annotations in the folder's gold.json (made by fixtures/structure/src/build.py).
 *
 *   npx tsx scripts/score-structure.ts [DIR] [--raw] [--misses]
 *
 * DIR defaults to fixtures/structure. --raw skips the repair (the structure stage on the OCR text as it
 * is); --misses lists each missed or wrong annotation.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repair, Resources, type RepairResult } from '../src/index.js';
import { render } from '../src/render/index.js';
import { addScore, f1, NO_SCORE, scoreDocument, type Score, type StructureGold } from './lib/structure-score.js';

const args = process.argv.slice(2);
const raw = args.includes('--raw');
const misses = args.includes('--misses');
const dir = args.find((a) => !a.startsWith('--')) ?? 'fixtures/structure';
const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Record<string, StructureGold>;
const resources = raw ? undefined : new Resources();

const line = (s: Score): string => {
  const { precision, recall, f1: f } = f1(s);
  return `P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f.toFixed(3)} (${s.tp + s.fn} gold)`;
};

let headings = NO_SCORE;
let footnotes = NO_SCORE;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort()) {
  const g = gold[name];
  if (!g) continue;
  const input = readFileSync(path.join(dir, `${name}.txt`), 'utf8');
  const result: RepairResult = raw
    ? { input, text: input, changes: [], messages: [], stats: { words: 0, invalidWords: 0, changed: 0, lowConfidence: 0, syllables: 0 } }
    : repair(input, resources);
  const s = scoreDocument(JSON.parse(render(result, 'json')), g);
  headings = addScore(headings, s.headings);
  footnotes = addScore(footnotes, s.footnotes);
  if (misses && (s.headings.fn || s.headings.fp || s.footnotes.fn || s.footnotes.fp)) {
    console.log(name);
    if (s.headings.fn || s.headings.fp) console.log(`  headings missed ${s.headings.missed.join(' ')} | wrong ${s.headings.wrong.join(' ')}`);
    if (s.footnotes.fn || s.footnotes.fp) console.log(`  footnotes missed ${s.footnotes.missed.join(' ')} | wrong ${s.footnotes.wrong.join(' ')}`);
  }
}
console.log(`headings:  ${line(headings)}`);
console.log(`footnotes: ${line(footnotes)}`);
