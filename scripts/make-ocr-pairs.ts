/**
 * Makes aligned (truth, English-OCR) page pairs for learning the OCR confusion channel.
 *
 * Picks paragraphs from the TRAINING lines of tvpl_vanban and phapdien (never held-out lines) for the
 * training sets, and from the HELD-OUT lines for the evaluation set, writes them as plain text and runs
 * ../shared/tools/ocr-synth/make.sh on each (Tesseract `-l eng`). Bulky output (page images, OCR runs)
 * goes to $VNFIX_OCR_DATA (default /work/ocr-data), outside the repository.
 *
 *   npx tsx scripts/make-ocr-pairs.ts [--only NAME]     render + OCR the sets
 *   npx tsx scripts/make-ocr-pairs.ts --export-eval     write eval/ocr/ from the eval-* sets
 *
 * Needs Tesseract with the eng model, ImageMagick, pango-view and the fonts named below (see the
 * ocr-synth README). Not needed by `npm test`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { alignTokens, readPagePairs, whitespaceTokens } from './lib/ocr-pairs.js';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { trainingLines, heldOutLines, type CorpusName } from './lib/corpus.js';

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OCR_DATA_DIR = process.env.VNFIX_OCR_DATA ?? '/work/ocr-data';
const MAKE_SH = process.env.OCR_SYNTH ?? path.resolve(PROJECT_DIR, '../shared/tools/ocr-synth/make.sh');

interface PairSet {
  name: string;
  held: boolean;
  /** characters wanted from each corpus */
  chars: Partial<Record<CorpusName, number>>;
  /** where to start picking, as a fraction of the line list (different sets read different text) */
  start: number;
  font: string;
  variants: string;
  seed: number;
}

/** ~2,300 characters make one 14 pt A4 page. */
export const PAIR_SETS: PairSet[] = [
  { name: 'train-termes', held: false, chars: { tvpl_vanban: 70_000, phapdien: 30_000 }, start: 0.05, font: 'TeX Gyre Termes', variants: 'scan ink', seed: 1 },
  { name: 'train-liberation', held: false, chars: { tvpl_vanban: 30_000, phapdien: 15_000 }, start: 0.55, font: 'Liberation Serif', variants: 'scan ink', seed: 2 },
  { name: 'eval-termes', held: true, chars: { tvpl_vanban: 16_000, phapdien: 6_000 }, start: 0.3, font: 'TeX Gyre Termes', variants: 'scan', seed: 3 },
  // a font the channel never saw (Palatino shapes): how far the learned confusions carry
  { name: 'eval-pagella', held: true, chars: { tvpl_vanban: 14_000, phapdien: 6_000 }, start: 0.65, font: 'TeX Gyre Pagella', variants: 'scan', seed: 6 },
];

/**
 * Picks runs of consecutive paragraphs (a document's own flow: header lines, articles, lists) spread
 * over the corpus, until `want` characters. Skips table rows and very long paragraphs.
 */
function pick(lines: string[], want: number, start: number): string[] {
  const out: string[] = [];
  let total = 0;
  const RUN = 25;
  const STRIDE = Math.max(RUN, Math.floor(lines.length / 37));
  for (let i = Math.floor(lines.length * start); total < want; i = (i + STRIDE) % lines.length) {
    for (const line of lines.slice(i, i + RUN)) {
      if (line.includes('|') || line.length > 1500 || line.length < 3) continue;
      out.push(line);
      total += line.length;
      if (total >= want) break;
    }
  }
  return out;
}

/**
 * Writes the committed evaluation files from the held-out sets: `<set>-<variant>.ocr.txt` (the OCR
 * text, line for line as read) and `.gold.txt` (line N = line N of the OCR with every token replaced by
 * the truth token(s) it was aligned with; extra OCR tokens such as debris stay as read, and lost truth
 * tokens are not restored), the format of ../shared/dev. Pages are separated by a blank line.
 */
function exportEval(): void {
  const outDir = path.join(PROJECT_DIR, 'eval/ocr');
  mkdirSync(outDir, { recursive: true });
  for (const set of PAIR_SETS.filter((s) => s.held)) {
    const pages = readPagePairs(path.join(OCR_DATA_DIR, set.name));
    for (const variant of [...new Set(pages.map((p) => p.variant))]) {
      const ocrOut: string[] = [];
      const goldOut: string[] = [];
      for (const p of pages.filter((x) => x.variant === variant)) {
        const ocrLines = p.ocr.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
        const ocrTokens = ocrLines.map(whitespaceTokens);
        const flat = ocrTokens.flat();
        const links = alignTokens(whitespaceTokens(p.truth), flat);
        const gold: string[] = [];
        for (const l of links) {
          if (l.kind === 'match') gold.push(l.truth);
          else if (l.kind === 'extra') gold.push(l.ocr);
          else if (l.kind === 'glued') gold.push(`${l.truth[0]} ${l.truth[1]}`);
          else if (l.kind === 'split') gold.push(l.truth, '');
        }
        let at = 0;
        for (const line of ocrTokens) {
          ocrOut.push(line.join(' '));
          goldOut.push(gold.slice(at, at + line.length).filter((t) => t !== '').join(' '));
          at += line.length;
        }
        ocrOut.push('');
        goldOut.push('');
      }
      const base = path.join(outDir, `${set.name.replace(/^eval-/u, 'heldout-')}-${variant}`);
      writeFileSync(`${base}.ocr.txt`, ocrOut.join('\n'));
      writeFileSync(`${base}.gold.txt`, goldOut.join('\n'));
      console.log(`${base}.{ocr,gold}.txt: ${ocrOut.length} lines`);
    }
  }
}

function main(): void {
  if (process.argv.includes('--export-eval')) return exportEval();
  const only = process.argv.indexOf('--only') > 0 ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  for (const set of PAIR_SETS) {
    if (only && set.name !== only) continue;
    const dir = path.join(OCR_DATA_DIR, set.name);
    mkdirSync(dir, { recursive: true });
    const text: string[] = [];
    for (const [corpus, want] of Object.entries(set.chars) as [CorpusName, number][]) {
      const lines = set.held ? heldOutLines(corpus) : trainingLines(corpus);
      text.push(...pick(lines, want, set.start));
    }
    const input = path.join(OCR_DATA_DIR, `${set.name}.input.txt`);
    writeFileSync(input, text.join('\n') + '\n');
    console.log(`${set.name}: ${text.length} paragraphs -> ${dir}`);
    const run = spawnSync('nice', ['-n', '10', MAKE_SH, input, dir], {
      stdio: 'inherit',
      env: { ...process.env, LANGS: 'eng', JOBS: '1', FONT: set.font, VARIANTS: set.variants, SEED: String(set.seed), EVAL: '1' },
    });
    if (run.status !== 0) throw new Error(`${MAKE_SH} failed for ${set.name} (exit ${run.status})`);
  }
}

main();
