// Child process of `npm run bench`: times the compiled library (dist/) on one document, so the figures
// are those of vnfix itself (no TypeScript loader in the process). Prints one JSON line.
// Usage: node scripts/lib/bench-child.mjs DOCUMENT [baseline]
import { readFileSync } from 'node:fs';

const [file] = process.argv.slice(2);
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
resources.memo.clear();
const cpu = process.cpuUsage();
t = performance.now();
const result = repair(doc, resources);
const seconds = (performance.now() - t) / 1000;
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({
  importMs,
  modelMs,
  lexiconMs,
  seconds,
  cpuSeconds: (used.user + used.system) / 1e6,
  syllables: result.stats.syllables,
  changes: result.changes.length,
  maxRssMB: process.resourceUsage().maxRSS / 1024,
}));
