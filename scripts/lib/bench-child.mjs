// Child process of `npm run bench`: times the compiled library (dist/) on one document, so the figures
// are those of vnfix itself (no TypeScript loader in the process). Prints one JSON line.
// Usage: node scripts/lib/bench-child.mjs DOCUMENT [RUNS] [ocr]
// With `ocr`, the OCR channel's candidate memo is cleared before each run as well (an OCR document).
// The document is repaired RUNS times (default 3), each on a fresh memo; the fastest run is reported
// (the machine may be shared: the fastest run is the one least disturbed).
import { readFileSync } from 'node:fs';

const [file, runsArg, mode] = process.argv.slice(2);
const runs = Number(runsArg ?? 3);
const t0 = performance.now();
const { repair, Resources } = await import('../../dist/index.js');
const importMs = performance.now() - t0;
const doc = readFileSync(file, 'utf8');
const resources = new Resources();
let t = performance.now();
void resources.model;
const modelMs = performance.now() - t;
t = performance.now();
void resources.lexicon;
const lexiconMs = performance.now() - t;
// Warm-up on the first lines, then a timed run on a fresh memo.
repair(doc.slice(0, 30000), resources);
let best = { seconds: Infinity, cpuSeconds: Infinity };
let result;
for (let run = 0; run < runs; run++) {
  resources.memo.clear();
  if (mode === 'ocr') resources.ocrChannel.clearMemo();
  const cpu = process.cpuUsage();
  const started = performance.now();
  result = repair(doc, resources);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  if (seconds < best.seconds) best = { seconds, cpuSeconds };
}
const { seconds, cpuSeconds } = best;
console.log(JSON.stringify({
  importMs,
  modelMs,
  lexiconMs,
  seconds,
  cpuSeconds,
  runs,
  syllables: result.stats.syllables,
  changes: result.changes.length,
  maxRssMB: process.resourceUsage().maxRSS / 1024,
}));
