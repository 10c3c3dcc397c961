/**
 * npm run eval:ocr — repair of English-model OCR garble, measured on
 *  (a) the real OCR'd dev excerpt (../shared/dev) against its gold, and
 *  (b) the committed synthetic OCR of held-out corpus text (eval/ocr/*.ocr.txt with *.gold.txt).
 *
 * Metric: the one of npm run eval (scripts/lib/syllable-metric.ts, as ../shared/dev/README.md
 * describes): line by line, the whitespace tokens that hold a letter, edge punctuation trimmed, tone
 * placement canonicalised on both sides, aligned by longest common subsequence; accuracy = matched
 * gold tokens / gold tokens. "before" scores the OCR text itself, "after" the output of repair(), and
 * "channel + LM" the reference wiring of the OCR channel into the decoder (scripts/lib/ocr-lattice-probe.ts);
 * "gold kept" feeds the gold text through that wiring and counts the syllables left right.
 * Candidate recall@k: for lines whose OCR and gold have the same number of tokens, the share of gold
 * syllables (lower-case, in the inventory) found among the first k of ocrCandidates(OCR token).
 *
 *   npm run eval:ocr [-- --json] [-- --no-repair]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resources, repair } from '../src/index.js';
import type { EvalPair, EvalRow } from './lib/eval-row.js';
import { probeRepair } from './lib/ocr-lattice-probe.js';
import { scoredTokens, syllableAccuracy } from './lib/syllable-metric.js';

export { scoredTokens, syllableAccuracy };

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEV_DIR = process.env.VNFIX_DEV ?? path.resolve(PROJECT_DIR, '../shared/dev');

/** One OCR evaluation set: OCR lines and their gold, line for line. */
export interface OcrEvalSet {
  name: string;
  source: string;
  ocr: string[];
  gold: string[];
}

/** The sets found: the dev excerpt (when ../shared/dev is there) and every eval/ocr/*.ocr.txt. */
export function ocrEvalSets(): OcrEvalSet[] {
  const sets: OcrEvalSet[] = [];
  const read = (f: string) => readFileSync(f, 'utf8').normalize('NFC').replace(/\r/gu, '').split('\n');
  const devOcr = path.join(DEV_DIR, 'report-2021-ocr-excerpt.txt');
  if (existsSync(devOcr)) {
    sets.push({ name: 'real OCR (dev excerpt)', source: '../shared/dev report-2021', ocr: read(devOcr), gold: read(devOcr.replace(/\.txt$/u, '.gold.txt')) });
  }
  const dir = path.join(PROJECT_DIR, 'eval/ocr');
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ocr.txt')).sort()) {
      const base = f.slice(0, -'.ocr.txt'.length);
      sets.push({ name: `synthetic OCR (${base})`, source: `eval/ocr/${base}`, ocr: read(path.join(dir, f)), gold: read(path.join(dir, `${base}.gold.txt`)) });
    }
  }
  for (const s of sets) {
    if (s.ocr.length !== s.gold.length) throw new Error(`${s.source}: ${s.ocr.length} OCR lines but ${s.gold.length} gold lines`);
  }
  return sets;
}

/**
 * The sets as rows of `npm run eval` (scripts/lib/eval-row.ts). Each pair is a whole page (pages are
 * separated by blank lines; the dev excerpt is one page): repair() must see a document, not a line, to
 * judge that it is OCR output and to use the context across its hard-wrapped lines.
 */
/**
 * The pages of a set as line ranges [start, end): pages are separated by a line blank in both the OCR
 * and the gold; the dev excerpt is one page.
 */
export function ocrPages(s: OcrEvalSet): [number, number][] {
  const pages: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= s.ocr.length; i++) {
    const pageEnd = s.name.startsWith('real') ? i === s.ocr.length : i === s.ocr.length || (s.ocr[i].trim() === '' && s.gold[i].trim() === '');
    if (!pageEnd) continue;
    if (i > start) pages.push([start, i]);
    start = i + 1;
  }
  return pages;
}

/**
 * The sets as rows of `npm run eval` (scripts/lib/eval-row.ts). Each pair is a whole page: repair()
 * must see a document, not a line, to judge that it is OCR output and to use the context across its
 * hard-wrapped lines; the metric then scores it line by line.
 */
export const OCR_EVAL_ROWS: EvalRow[] = ocrEvalSets().map((s) => ({
  name: s.name,
  source: s.source,
  pairs: (): EvalPair[] => ocrPages(s).map(([a, b]) => ({ input: s.ocr.slice(a, b).join('\n'), reference: s.gold.slice(a, b).join('\n') })),
}));

/**
 * Repairs a set page by page (as npm run eval does), keeping its lines.
 * @param s the set
 * @param fix the repair of one page
 * @returns output lines, line for line with s.ocr
 */
export function repairPages(s: OcrEvalSet, fix: (page: string) => string): string[] {
  const out = s.ocr.slice();
  for (const [a, b] of ocrPages(s)) {
    const lines = fix(s.ocr.slice(a, b).join('\n')).split('\n');
    for (let i = a; i < b; i++) out[i] = lines[i - a] ?? '';
  }
  return out;
}

/** Rank statistics of the true syllable among the OCR candidates. */
export interface RecallStats {
  /** gold tokens scored (in the inventory, OCR line with the same token count) */
  tokens: number;
  /** of those, the OCR token differs from the gold (lower-case) */
  garbled: number;
  /** recall@1, @5, @12 over garbled tokens */
  garbledAt: [number, number, number];
  /** recall@1, @5, @12 over all tokens */
  allAt: [number, number, number];
}

/**
 * Candidate recall of the OCR channel on a set.
 * @param set OCR and gold lines
 * @param resources loaded data
 * @returns counts
 */
export function candidateRecall(set: OcrEvalSet, resources: Resources): RecallStats {
  const channel = resources.ocrChannel;
  const ks = [1, 5, 12];
  const all = [0, 0, 0];
  const garbledHits = [0, 0, 0];
  let tokens = 0;
  let garbled = 0;
  for (let i = 0; i < set.ocr.length; i++) {
    const o = scoredTokens(set.ocr[i]);
    const g = scoredTokens(set.gold[i]);
    if (o.length !== g.length) continue;
    for (let j = 0; j < g.length; j++) {
      const truth = g[j].toLowerCase();
      if (!channel.knows(truth)) continue;
      tokens++;
      const isGarbled = o[j].toLowerCase() !== truth;
      if (isGarbled) garbled++;
      const rank = channel.candidates(o[j]).findIndex((c) => c.syllable === truth);
      ks.forEach((k, n) => {
        if (rank >= 0 && rank < k) {
          all[n]++;
          if (isGarbled) garbledHits[n]++;
        }
      });
    }
  }
  const r = (x: number[], n: number) => x.map((v) => v / Math.max(1, n)) as [number, number, number];
  return { tokens, garbled, garbledAt: r(garbledHits, garbled), allAt: r(all, tokens) };
}

/** One result row of eval:ocr. */
export interface OcrEvalResult {
  name: string;
  source: string;
  lines: number;
  syllables: number;
  before: number;
  after: number;
  /** the reference wiring of the channel into the decoder (scripts/lib/ocr-lattice-probe.ts) */
  probe: number;
  /** the gold text itself through the reference wiring: share of syllables left right */
  probeKept: number;
  recall: RecallStats;
  seconds: number;
}

/**
 * Runs the OCR evaluation.
 * @param resources loaded data
 * @param withRepair false to measure candidate recall only
 * @returns one result per set
 */
export function evalOcr(resources: Resources, withRepair = true): OcrEvalResult[] {
  return ocrEvalSets().map((set) => {
    const before = syllableAccuracy(set.gold, set.ocr);
    const started = performance.now();
    // each page is one document: repair() sees it whole (document trust, context across lines) and
    // keeps its lines
    const out = withRepair ? repairPages(set, (page) => repair(page, resources).text) : set.ocr;
    const seconds = (performance.now() - started) / 1000;
    const after = syllableAccuracy(set.gold, out);
    const probeOut = repairPages(set, (page) => probeRepair(page, resources));
    const probe = syllableAccuracy(set.gold, probeOut);
    const kept = syllableAccuracy(set.gold, probeRepair(set.gold.join('\n'), resources).split('\n'));
    return {
      name: set.name,
      source: set.source,
      lines: set.ocr.filter((l) => l.trim() !== '').length,
      syllables: before.syllables,
      before: before.correct / Math.max(1, before.syllables),
      after: withRepair ? after.correct / Math.max(1, after.syllables) : NaN,
      probe: probe.correct / Math.max(1, probe.syllables),
      probeKept: kept.correct / Math.max(1, kept.syllables),
      recall: candidateRecall(set, resources),
      seconds,
    };
  });
}

function main(): void {
  const json = process.argv.includes('--json');
  const withRepair = !process.argv.includes('--no-repair');
  const resources = new Resources();
  const results = evalOcr(resources, withRepair);
  if (json) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  const pct = (x: number) => (Number.isNaN(x) ? '—' : `${(100 * x).toFixed(2)}%`);
  const header = ['set', 'lines', 'syllables', 'before', 'after', 'channel + LM', 'gold kept', 'garbled', 'recall@1/5/12 (garbled)', 'recall@1/5/12 (all)', 'repair s'];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const r of results) {
    console.log(`| ${[r.name, r.lines, r.syllables, pct(r.before), pct(r.after), pct(r.probe), pct(r.probeKept), r.recall.garbled, r.recall.garbledAt.map(pct).join(' / '), r.recall.allAt.map(pct).join(' / '), r.seconds.toFixed(2)].join(' | ')} |`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
