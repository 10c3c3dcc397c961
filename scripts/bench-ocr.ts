/**
 * npm run bench:ocr — OCR repair throughput on one core: a synthetic OCR document of about 1 MB (the
 * committed eval/ocr texts repeated), measured as syllables (word tokens) per second for
 *  - candidate generation alone (ocrCandidates on every word token, memo cold at the start; then the
 *    distinct tokens again with the memo cleared: the cost of a lookup that misses the memo), and
 *  - the whole pipeline, repair().
 *
 *   npm run bench:ocr [-- --mb 1] [-- --no-repair] [-- --pages /work/ocr-data]
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

/**
 * The benchmark document, repeated to `bytes`: the eval/ocr texts, or with `dir` every `*.eng.txt` page
 * under it (e.g. the training pages in /work/ocr-data: more distinct tokens, fewer memo hits).
 */
export function benchDocument(bytes: number, dir?: string): string {
  const files: string[] = [];
  const walk = (d: string, suffix: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name), suffix);
      else if (e.name.endsWith(suffix)) files.push(path.join(d, e.name));
    }
  };
  if (dir) walk(dir, '.eng.txt');
  else walk(path.join(PROJECT_DIR, 'eval/ocr'), '.ocr.txt');
  const text = files.sort().map((f) => readFileSync(f, 'utf8')).join('\n');
  if (text.length === 0) throw new Error(`${dir ?? 'eval/ocr'}: no OCR text files found`);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  return parts.join('\n');
}

function main(): void {
  const doc = benchDocument(Number(arg('mb', '1')) * 1_000_000, process.argv.includes('--pages') ? arg('pages', '') : undefined);
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
  const values = [...new Set(words.map((w) => w.value))];
  for (let round = 1; round <= 3; round++) {
    resources.ocrChannel.clearMemo();
    t = performance.now();
    for (const v of values) ocrCandidates(v, resources);
    s = (performance.now() - t) / 1000;
    console.log(`ocrCandidates, distinct tokens with the memo cleared (round ${round}): ${(values.length / s).toFixed(0)} tokens/s`);
  }

  if (!process.argv.includes('--no-repair')) {
    const fresh = new Resources();
    t = performance.now();
    const cpu = process.cpuUsage();
    repair(doc, fresh);
    const used = process.cpuUsage(cpu);
    s = (performance.now() - t) / 1000;
    const cpuSeconds = (used.user + used.system) / 1e6;
    // CPU time as well as wall time: on a shared machine the wall clock counts other processes' turns
    console.log(`repair(): ${(words.length / s).toFixed(0)} syllables/s wall, ${(words.length / cpuSeconds).toFixed(0)} per CPU-second (${s.toFixed(2)} s, including loading)`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
