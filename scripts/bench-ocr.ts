/**
 * npm run bench:ocr — OCR repair throughput on one core: a synthetic OCR document of about 1 MB (the
 * committed eval/ocr texts repeated), measured as syllables (word tokens) per second for
 *  - candidate generation alone (ocrCandidates on every word token, memo cold at the start), and
 *  - the whole pipeline, repair().
 *
 *   npm run bench:ocr [-- --mb 1] [-- --no-repair]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resources, repair } from '../src/index.js';
import { ocrCandidates } from '../src/candidates/ocr-candidates.js';
import { tokenize } from '../src/tokenize/tokenize.js';

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

/** The benchmark document: eval/ocr texts repeated to `bytes`. */
export function benchDocument(bytes: number): string {
  const dir = path.join(PROJECT_DIR, 'eval/ocr');
  const text = readdirSync(dir)
    .filter((f) => f.endsWith('.ocr.txt'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
  if (text.length === 0) throw new Error(`${dir}: no *.ocr.txt files; run scripts/make-ocr-pairs.ts --export-eval`);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  return parts.join('\n');
}

function main(): void {
  const doc = benchDocument(Number(arg('mb', '1')) * 1_000_000);
  const words = tokenize(doc).filter((t) => t.kind === 'word');
  const distinct = new Set(words.map((w) => w.value.toLowerCase())).size;
  console.log(`document: ${(Buffer.byteLength(doc) / 1e6).toFixed(2)} MB, ${words.length} word tokens, ${distinct} distinct`);

  const resources = new Resources();
  let t = performance.now();
  resources.ocrChannel;
  console.log(`load channel and index: ${(performance.now() - t).toFixed(0)} ms`);
  t = performance.now();
  let n = 0;
  for (const w of words) n += ocrCandidates(w.value, resources).length;
  let s = (performance.now() - t) / 1000;
  console.log(`ocrCandidates: ${(words.length / s).toFixed(0)} syllables/s (${s.toFixed(2)} s, ${(n / words.length).toFixed(1)} candidates per token)`);
  const cold = new Resources();
  cold.ocrChannel;
  t = performance.now();
  for (const v of new Set(words.map((w) => w.value))) ocrCandidates(v, cold);
  s = (performance.now() - t) / 1000;
  console.log(`ocrCandidates, distinct tokens only (all misses): ${(distinct / s).toFixed(0)} tokens/s`);

  if (!process.argv.includes('--no-repair')) {
    const fresh = new Resources();
    t = performance.now();
    repair(doc, fresh);
    s = (performance.now() - t) / 1000;
    console.log(`repair(): ${(words.length / s).toFixed(0)} syllables/s (${s.toFixed(2)} s, including loading)`);
  }
}

main();
