/**
 * npm run bench — speed and memory of diacritic restoration on one core, side by side with the
 * no-context baseline: throughput (syllables/s) on a ~1 MB document built from held-out lines with their
 * marks stripped, model load time, peak RSS, and the start-up of `node bin/vnfix.js` on a one-line file
 * against a bare `node -e 0` (run `npm run build` first); and OCR repair throughput on a ~1 MB
 * English-model OCR document (the eval/ocr texts repeated: benchDocument of scripts/bench-ocr.ts), timed
 * by the same compiled child process.
 *
 * Options: --bytes N (document size, default 1,000,000), --runs N (start-up runs, default 7),
 * --repeat N (timed repair runs, the fastest is reported; default 3)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Resources } from '../src/index.js';
import { tokenize } from '../src/tokenize/tokenize.js';
import { heldOutLines } from './lib/corpus.js';
import { baselineSystem, stripMarks } from './lib/eval-row.js';
import { benchDocument } from './bench-ocr.js';

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { bytes: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '7' }, repeat: { type: 'string', default: '3' } } });
const targetBytes = Number(values.bytes);

// The document: held-out admin lines, then held-out legal lines, stripped, until the size is reached.
const lines: string[] = [];
let size = 0;
for (const line of [...heldOutLines('tvpl_vanban'), ...heldOutLines('phapdien')]) {
  if (size >= targetBytes) break;
  const stripped = stripMarks(line);
  lines.push(stripped);
  size += Buffer.byteLength(stripped) + 1;
}
const doc = lines.join('\n');

const ms = (t: number): string => `${t.toFixed(1)} ms`;
const rate = (n: number, seconds: number): string => `${Math.round(n / seconds).toLocaleString('en')} syllables/s`;
const rows: [string, string][] = [];
rows.push(['document', `${(Buffer.byteLength(doc) / 1e6).toFixed(2)} MB, ${lines.length} lines (held-out tvpl_vanban + phapdien, marks stripped)`]);

const dir = mkdtempSync(path.join(os.tmpdir(), 'vnfix-bench-'));
const docFile = path.join(dir, 'document.txt');
writeFileSync(docFile, doc);
const ocrFile = path.join(dir, 'ocr-document.txt');
writeFileSync(ocrFile, benchDocument(targetBytes));

// vnfix itself, compiled, in a fresh process: load times, throughput, peak memory.
const dist = path.join(PROJECT_DIR, 'dist/restore/restore-tokens.js');
if (!existsSync(dist)) {
  rows.push(['vnfix', 'skipped: run `npm run build` first (the figures are taken on the compiled library)']);
} else {
  if (statSync(dist).mtimeMs < statSync(path.join(PROJECT_DIR, 'src/restore/restore-tokens.ts')).mtimeMs) {
    rows.push(['warning', 'dist/ is older than src/: run `npm run build` for current figures']);
  }
  const measure = (runs: string, file = docFile, mode = ''): Record<string, number> => {
    const child = spawnSync(process.execPath, [path.join(PROJECT_DIR, 'scripts/lib/bench-child.mjs'), file, runs, mode], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`benchmark process failed: ${child.stderr}`);
    return JSON.parse(child.stdout.trim().split('\n').pop()!) as Record<string, number>;
  };
  // Peak memory of one repair in a fresh process; speed as the fastest of several runs in another.
  const single = measure('1');
  const r = measure(values.repeat!);
  rows.push(['model load', `${ms(single.modelMs)} (dictionaries/model.bin)`]);
  rows.push(['vocabulary load', ms(single.lexiconMs)]);
  rows.push(['vnfix repair(), wall', `${rate(r.syllables, r.seconds)} (${r.syllables.toLocaleString('en')} syllables in ${r.seconds.toFixed(2)} s, ${r.changes.toLocaleString('en')} changes; fastest of ${r.runs} runs)`]);
  rows.push(['vnfix repair(), CPU time', `${rate(r.syllables, r.cpuSeconds)} (${r.cpuSeconds.toFixed(2)} s CPU, GC threads included)`]);
  rows.push(['peak RSS', `${single.maxRssMB.toFixed(0)} MB (one repair of the document, fresh process)`]);
  // Each run starts with the OCR channel's candidate memo cleared too (the document repeats its pages).
  const o = measure(values.repeat!, ocrFile, 'ocr');
  rows.push(['OCR document', `${(statSync(ocrFile).size / 1e6).toFixed(2)} MB (eval/ocr synthetic OCR pages, repeated)`]);
  rows.push(['vnfix OCR repair(), wall', `${rate(o.syllables, o.seconds)} (${o.syllables.toLocaleString('en')} syllables in ${o.seconds.toFixed(2)} s, ${o.changes.toLocaleString('en')} changes; fastest of ${o.runs} runs)`]);
  rows.push(['vnfix OCR repair(), CPU time', `${rate(o.syllables, o.cpuSeconds)} (${o.cpuSeconds.toFixed(2)} s CPU, GC threads included)`]);
  rows.push(['peak RSS, OCR', `${o.maxRssMB.toFixed(0)} MB`]);
}

// The baseline, in this process (same document).
const resources = new Resources();
const baseline = baselineSystem(resources);
baseline(lines.slice(0, 200).join('\n'));
const words = tokenize(doc).filter((t) => t.kind === 'word').length;
const t0 = performance.now();
baseline(doc);
rows.push(['baseline (most frequent form)', `${rate(words, (performance.now() - t0) / 1000)} (no context; ${words.toLocaleString('en')} words)`]);

// Start-up: median wall time of the CLI on a one-line file against bare node.
const cli = path.join(PROJECT_DIR, 'bin/vnfix.js');
if (existsSync(path.join(PROJECT_DIR, 'dist/bundle/main.js'))) {
  const file = path.join(dir, 'one-line.txt');
  writeFileSync(file, 'Uy ban nhan dan tinh xay dung ke hoach thuc hien\n');
  const median = (args: string[]): number => {
    const times: number[] = [];
    for (let i = 0; i < Number(values.runs); i++) {
      const t = performance.now();
      const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
      times.push(performance.now() - t);
      if (run.status !== 0 && args[0] === cli) throw new Error(`vnfix exited with ${run.status}: ${run.stderr}`);
    }
    return times.sort((a, b) => a - b)[times.length >> 1];
  };
  const bare = median(['-e', '0']);
  const vnfix = median([cli, file]);
  const text = median([cli, '-f', 'text', file]);
  rows.push(['start-up (Markdown)', `vnfix ${ms(vnfix)} vs node -e 0 ${ms(bare)} (${(vnfix / bare).toFixed(2)}x), medians of ${values.runs}`]);
  rows.push(['start-up (-f text)', `vnfix ${ms(text)} vs node -e 0 ${ms(bare)} (${(text / bare).toFixed(2)}x)`]);
} else {
  rows.push(['start-up', 'skipped: run `npm run build` first']);
}
rmSync(dir, { recursive: true, force: true });

for (const [k, v] of rows) console.log(`${k.padEnd(30)} ${v}`);
