/**
 * Learns the OCR confusion channel from (truth, English-OCR) page pairs and writes the readable table
 * `dictionaries/confusion.tsv` (truth, ocr, count, cost).
 *
 *   npm run build:confusion [-- --data /work/ocr-data --sets train-liberation,train-termes --iterations 3
 *                            --out FILE --no-seeds]
 *
 * The pairs come from scripts/make-ocr-pairs.ts (training lines only, see scripts/lib/corpus.ts). Tokens
 * are aligned first, then letters by hard EM: align every (truth, OCR) token pair with the current
 * costs, count the operations, re-estimate with additive smoothing (a letter backs off to its tone-less
 * base letter, which backs off to default rows), and realign.
 */
import { writeFileSync, renameSync, existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignTokens, letterPair, readPagePairs, whitespaceTokens, type PagePair } from './lib/ocr-pairs.js';
import { ANY, DEFAULT_CLASS, EMPTY, SAME_LETTER, SAME_PLAIN, SPACE, formatConfusionTsv, type ConfusionRow } from '../src/ocr/confusion-table.js';
import { ChannelCosts } from '../src/ocr/channel-costs.js';
import { alignChannel } from '../src/ocr/channel-aligner.js';
import { plainLetter, toneBase } from '../src/ocr/char-classes.js';

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCRIPT_VERSION = 1;

/** Smoothing weights (pseudo-counts) of the backoff: letter → base letter → default. */
const ALPHA_LETTER = 4;
const ALPHA_BASE = 10;
const BETA_INSERT = 5;
/** Two-character reads seen fewer times than this (and not seeded) get no row of their own: noise. */
const MIN_PAIR_COUNT = 2;
/** Cost of an unlisted two-character read while aligning for EM, near an unseen single read: lets EM discover ủ → ii. */
const GENERIC_PAIR_COST = 2.2;
/** Cost of reading a letter exactly as itself when the data has no cheaper row (P = 0.9). */
const IDENTITY_COST = 0.05;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

interface Counts {
  /** truth letter → ocr string ('' lost) → count */
  sub: Map<string, Map<string, number>>;
  ins: Map<string, number>;
  positions: number;
}

function bump<K>(m: Map<K, number>, k: K, n = 1): void {
  m.set(k, (m.get(k) ?? 0) + n);
}

function countOps(pairs: { truth: string; ocr: string; n: number }[], costs: ChannelCosts): Counts {
  const counts: Counts = { sub: new Map(), ins: new Map(), positions: 0 };
  for (const p of pairs) {
    const { ops } = alignChannel(p.truth, p.ocr, costs, GENERIC_PAIR_COST);
    counts.positions += p.n * ([...p.truth].length + 1);
    for (const op of ops) {
      if (op.truth === '') bump(counts.ins, op.ocr, p.n);
      else {
        let e = counts.sub.get(op.truth);
        if (!e) counts.sub.set(op.truth, (e = new Map()));
        bump(e, op.ocr, p.n);
      }
    }
  }
  return counts;
}

const log10 = (p: number) => -Math.log10(p);

/** Seed confusions: pseudo-counts per letter and per [base letter] (dictionaries/confusion-seed.yaml). */
interface Seeds {
  letter: Map<string, Map<string, number>>;
  base: Map<string, Map<string, number>>;
}

function readSeeds(file: string): Seeds {
  const seeds: Seeds = { letter: new Map(), base: new Map() };
  const doc = parseYaml(readFileSync(file, 'utf8')) as { count?: unknown; seeds?: Record<string, unknown> };
  const count = Number(doc?.count);
  if (!Number.isFinite(count) || count <= 0 || typeof doc.seeds !== 'object' || doc.seeds === null) {
    throw new Error(`${file}: expected \`count: <number>\` and a \`seeds:\` map`);
  }
  for (const [key, reads] of Object.entries(doc.seeds)) {
    if (!Array.isArray(reads)) throw new Error(`${file}: seeds.${key} must be a list of strings`);
    const isBase = key.startsWith('[') && key.endsWith(']');
    const target = isBase ? seeds.base : seeds.letter;
    const k = isBase ? key.slice(1, -1) : key;
    let e = target.get(k);
    if (!e) target.set(k, (e = new Map()));
    for (const r of reads) bump(e, String(r).normalize('NFC').toLowerCase(), count);
  }
  return seeds;
}

function estimate(counts: Counts, spaces: { glued: number; spaces: number; split: number; tokens: number }, seeds: Seeds): ConfusionRow[] {
  const rows: ConfusionRow[] = [];
  // seed pseudo-counts join the observed counts (a [base] seed joins the pool of that base letter)
  const letterCounts = new Map<string, Map<string, number>>();
  for (const [t, e] of counts.sub) letterCounts.set(t, new Map(e));
  for (const [t, e] of seeds.letter) {
    let m = letterCounts.get(t);
    if (!m) letterCounts.set(t, (m = new Map()));
    for (const [o, c] of e) bump(m, o, c);
  }
  // default rows: how often a letter keeps its plain form, is lost, or becomes something else
  let same = 0;
  let lost = 0;
  let other = 0;
  const otherChars = new Set<string>();
  for (const [t, e] of letterCounts) {
    for (const [o, c] of e) {
      if (o === '') lost += c;
      else if (o === plainLetter(t)) same += c;
      else {
        other += c;
        for (const ch of o) otherChars.add(ch);
      }
    }
  }
  const total = same + lost + other;
  const pSame = (same + 1) / (total + 3);
  const pLost = (lost + 1) / (total + 3);
  const pOtherEach = (other + 1) / (total + 3) / Math.max(1, otherChars.size);
  rows.push({ truth: DEFAULT_CLASS, ocr: SAME_PLAIN, count: same, cost: log10(pSame) });
  rows.push({ truth: DEFAULT_CLASS, ocr: EMPTY, count: lost, cost: log10(pLost) });
  rows.push({ truth: DEFAULT_CLASS, ocr: ANY, count: other, cost: log10(pOtherEach) });
  // A letter read exactly as itself: English-model OCR rarely does this for marked letters, but clean
  // text and good OCR do, and correct text must pass through; a design constant, not learned.
  rows.push({ truth: DEFAULT_CLASS, ocr: SAME_LETTER, count: 0, cost: IDENTITY_COST });
  const pDefault = (t: string, o: string) => (o === '' ? pLost : [...o].length === 1 ? (o === plainLetter(t) ? pSame : pOtherEach) : 0);

  // base rows (tones pooled)
  const base = new Map<string, Map<string, number>>();
  for (const [t, e] of letterCounts) {
    let b = base.get(toneBase(t));
    if (!b) base.set(toneBase(t), (b = new Map()));
    for (const [o, c] of e) bump(b, o, c);
  }
  for (const [t, e] of seeds.base) {
    let b = base.get(t);
    if (!b) base.set(t, (b = new Map()));
    for (const [o, c] of e) bump(b, o, c);
  }
  const pBase = new Map<string, (o: string) => number>();
  for (const [b, e] of [...base].sort((x, y) => x[0].localeCompare(y[0]))) {
    const n = [...e.values()].reduce((a, c) => a + c, 0);
    const f = (o: string) => ((e.get(o) ?? 0) + ALPHA_BASE * pDefault(b, o)) / (n + ALPHA_BASE);
    pBase.set(b, f);
    rows.push({ truth: `[${b}]`, ocr: ANY, count: n, cost: log10(ALPHA_BASE / (n + ALPHA_BASE)) });
    for (const [o, c] of [...e].sort((x, y) => y[1] - x[1])) {
      if ([...o].length === 2 && c < MIN_PAIR_COUNT) continue;
      rows.push({ truth: `[${b}]`, ocr: o === '' ? EMPTY : o, count: c, cost: log10(f(o)) });
    }
  }
  // letter rows
  for (const [t, e] of [...letterCounts].sort((x, y) => x[0].localeCompare(y[0]))) {
    const n = [...e.values()].reduce((a, c) => a + c, 0);
    const fb = pBase.get(toneBase(t))!;
    rows.push({ truth: t, ocr: ANY, count: n, cost: log10(ALPHA_LETTER / (n + ALPHA_LETTER)) });
    for (const [o, c] of [...e].sort((x, y) => y[1] - x[1])) {
      if ([...o].length === 2 && c < MIN_PAIR_COUNT) continue;
      rows.push({ truth: t, ocr: o === '' ? EMPTY : o, count: c, cost: log10((c + ALPHA_LETTER * fb(o)) / (n + ALPHA_LETTER)) });
    }
  }
  // insertions, per letter position
  const alphabet = new Set([...counts.ins.keys(), ...otherChars]);
  const pIns = (c: number) => (c + BETA_INSERT / Math.max(1, alphabet.size)) / (counts.positions + BETA_INSERT);
  rows.push({ truth: EMPTY, ocr: ANY, count: 0, cost: log10(pIns(0)) });
  for (const [o, c] of [...counts.ins].sort((x, y) => y[1] - x[1])) rows.push({ truth: EMPTY, ocr: o, count: c, cost: log10(pIns(c)) });
  // spaces
  rows.push({ truth: SPACE, ocr: EMPTY, count: spaces.glued, cost: log10((spaces.glued + 1) / (spaces.spaces + 2)) });
  rows.push({ truth: EMPTY, ocr: SPACE, count: spaces.split, cost: log10((spaces.split + 1) / (spaces.tokens + 2)) });
  return rows;
}

/** Costs to start EM from: a letter read as itself or its plain letter is cheap, anything else dear. */
function seedRows(): ConfusionRow[] {
  return [
    { truth: DEFAULT_CLASS, ocr: SAME_PLAIN, count: 0, cost: 0.3 },
    { truth: DEFAULT_CLASS, ocr: EMPTY, count: 0, cost: 2 },
    { truth: DEFAULT_CLASS, ocr: ANY, count: 0, cost: 2.5 },
    { truth: EMPTY, ocr: ANY, count: 0, cost: 2.5 },
  ];
}

function main(): void {
  const dataDir = arg('data', process.env.VNFIX_OCR_DATA ?? '/work/ocr-data');
  const iterations = Number(arg('iterations', '3'));
  const out = arg('out', path.join(PROJECT_DIR, 'dictionaries/confusion.tsv'));
  // the training sets of scripts/make-ocr-pairs.ts (a 200 dpi set added no accuracy on eval/ocr)
  const sets = arg('sets', 'train-liberation,train-termes')
    .split(',')
    .filter((d) => existsSync(path.join(dataDir, d, 'truth')));
  const pages: PagePair[] = sets.flatMap((s) => readPagePairs(path.join(dataDir, s)));
  if (pages.length === 0) throw new Error(`${dataDir}: no train-* page pairs found; run scripts/make-ocr-pairs.ts first`);

  const pairCounts = new Map<string, number>();
  const spaces = { glued: 0, spaces: 0, split: 0, tokens: 0 };
  let tokens = 0;
  for (const p of pages) {
    const links = alignTokens(whitespaceTokens(p.truth), whitespaceTokens(p.ocr));
    for (const l of links) {
      if (l.kind === 'match') {
        spaces.tokens++;
        spaces.spaces++;
        const lp = letterPair(l.truth, l.ocr);
        if (lp) {
          bump(pairCounts, `${lp.truth}\t${lp.ocr}`);
          tokens++;
        }
      } else if (l.kind === 'glued') {
        spaces.glued++;
        spaces.spaces += 2;
        spaces.tokens += 2;
      } else if (l.kind === 'split') {
        spaces.split++;
        spaces.tokens++;
        spaces.spaces++;
      }
    }
  }
  const letters = new ChannelCosts(seedRows());
  const pairs = [...pairCounts]
    .map(([k, n]) => {
      const [truth, ocr] = k.split('\t');
      return { truth, ocr, n };
    })
    // letters outside the Vietnamese alphabet (foreign names) do not train the channel
    .filter((p) => !letters.truthIdsOf(p.truth).includes(-1));
  console.log(`${pages.length} pages (${sets.join(', ')}), ${tokens} letter tokens, ${pairs.length} distinct pairs, glued ${spaces.glued}, split ${spaces.split}`);

  const seedFile = path.join(PROJECT_DIR, 'dictionaries/confusion-seed.yaml');
  // --no-seeds: learn from the pages alone (to measure what the seeds add)
  const seeds = process.argv.includes('--no-seeds') ? { letter: new Map(), base: new Map() } : readSeeds(seedFile);
  let rows = seedRows();
  for (let it = 1; it <= iterations; it++) {
    const costs = new ChannelCosts(rows);
    const counts = countOps(pairs, costs);
    rows = estimate(counts, spaces, seeds);
    let total = 0;
    const next = new ChannelCosts(rows);
    for (const p of pairs) total += p.n * alignChannel(p.truth, p.ocr, next).cost;
    console.log(`iteration ${it}: ${rows.length} rows, mean cost per token ${(total / tokens).toFixed(4)}`);
  }
  const variants = [...new Set(pages.map((p) => `${p.set}/${p.variant}`))].sort();
  const header = [
    'vnfix OCR confusion channel: -log10 P(ocr | truth letter), learned from synthetic English-model OCR.',
    `Built by: npm run build:confusion (scripts/build-confusion.ts v${SCRIPT_VERSION}), ${iterations} hard-EM iterations,`,
    `  smoothing: letter -> [base letter] pseudo-count ${ALPHA_LETTER}, [base] -> [*] default ${ALPHA_BASE}, insertions ${BETA_INSERT}.`,
    `Sources: ${pages.length} pages rendered from TRAINING lines of tvpl_vanban and phapdien (scripts/lib/corpus.ts split)`,
    `  by scripts/make-ocr-pairs.ts with ../shared/tools/ocr-synth (Tesseract -l eng): ${variants.join(', ')}.`,
    `  ${tokens} aligned letter tokens; corpus licence: public domain (Vietnamese IP Law art. 15).`,
    '  Plus the seed pseudo-counts of dictionaries/confusion-seed.yaml (glyph look-alikes rare in synthetic pages).',
    'Row forms: see src/ocr/confusion-table.ts. "ε" = empty, "*" = backoff/any other, "[x]" = letter x pooled over tones,',
    '  "[*]" = default rows, "=" = the plain letter, "␣" = a space.',
  ];
  const tmp = `${out}.incomplete`;
  writeFileSync(tmp, formatConfusionTsv(rows, header));
  renameSync(tmp, out);
  console.log(`wrote ${out}`);
}

main();
