/**
 * npm run eval — accuracy of diacritic restoration on text the model never saw.
 *
 * Held-out lines (scripts/lib/corpus.ts, fixed split): tvpl_vanban blocks of 200 lines where
 * block % 10 === 5 (lines 1000–1199, 3000–3199, ...), phapdien blocks of 2,000 lines where
 * block % 25 === 12 (lines 24000–25999, 74000–75999, ...), and all of viwiki (never trained on).
 * The corpus rows strip every Vietnamese mark from their lines and restore them; the OCR rows (from
 * scripts/eval-ocr.ts) repair English-model OCR pages (each page one document) against their gold.
 * Every row is scored by the one syllable metric (scripts/lib/syllable-metric.ts, as ../shared/dev
 * defines it): line by line, whitespace tokens with a letter, edge punctuation trimmed, tone placement
 * canonicalised, aligned by longest common subsequence (joins and splits cost only what they break).
 * "before" scores the input itself, "after" vnfix's output. "correct kept" feeds the correct text in
 * and counts the syllables left as they were. Sentences end at . ! ? ; : … of the reference.
 * The baseline picks the most frequent accented form of each syllable, without context.
 *
 * Options: --limit N (lines per row), --min-confidence X (default 0.5, as the library),
 * --dictionaries DIR (another compiled model, e.g. one built with --out), --json
 */
import { parseArgs } from 'node:util';
import { Resources } from '../src/index.js';
import { heldOutLines } from './lib/corpus.js';
import { OCR_EVAL_ROWS } from './eval-ocr.js';
import { baselineSystem, calibration, scoreSystem, stripMarks, vnfixSystem, type EvalPair, type EvalRow } from './lib/eval-row.js';

const { values } = parseArgs({ options: { limit: { type: 'string', default: '2000' }, 'min-confidence': { type: 'string', default: '0.5' }, dictionaries: { type: 'string' }, json: { type: 'boolean', default: false } } });
const limit = Number(values.limit);

/** Every k-th line so that about `limit` lines spread over the whole file. */
function spread(lines: string[], count: number): string[] {
  if (lines.length <= count) return lines;
  const step = lines.length / count;
  return Array.from({ length: count }, (_, i) => lines[Math.floor(i * step)]);
}

const stripped = (lines: string[]): EvalPair[] => lines.map((reference) => ({ input: stripMarks(reference), reference }));

/** The rows: add rows here as more EvalRow values (OCR rows come from scripts/eval-ocr.ts). */
const ROWS: EvalRow[] = [
  { name: 'admin, stripped', source: 'tvpl_vanban held-out', pairs: () => stripped(spread(heldOutLines('tvpl_vanban'), limit)) },
  { name: 'legal, stripped', source: 'phapdien held-out sample', pairs: () => stripped(spread(heldOutLines('phapdien'), limit)) },
  { name: 'general, stripped', source: 'viwiki sample (never trained on)', pairs: () => stripped(spread(heldOutLines('viwiki'), limit)) },
  ...OCR_EVAL_ROWS,
];

const resources = new Resources({ dictionariesDir: values.dictionaries });
const vnfix = vnfixSystem(resources, Number(values['min-confidence']));
const baseline = baselineSystem(resources);
const pct = (x: number): string => (Number.isNaN(x) ? '—' : `${(100 * x).toFixed(2)}%`);

const results = ROWS.map((row) => {
  const pairs = row.pairs();
  const restored = scoreSystem(pairs, vnfix);
  const base = scoreSystem(pairs, baseline);
  const correct = scoreSystem(pairs.map((p) => ({ input: p.reference, reference: p.reference })), vnfix);
  return { row: row.name, source: row.source, lines: restored.lines, sentences: restored.sentences, syllables: restored.syllables, vnfix: restored, baseline: base, kept: correct.kept, keptSentenceAccuracy: correct.sentenceAccuracy };
});

const calibrationPairs = ROWS[0].pairs();
const bands = calibration(calibrationPairs, resources);

if (values.json) {
  console.log(JSON.stringify({ rows: results, calibration: { row: ROWS[0].name, bands } }, null, 2));
} else {
  const header = ['row', 'source', 'texts', 'sentences', 'syllables', 'before', 'after (syllable acc.)', 'sentence acc.', 'baseline syl.', 'baseline sent.', 'correct kept', 's'];
  const rows = results.map((r) => [r.row, r.source, String(r.lines), String(r.sentences), String(r.syllables), pct(r.vnfix.inputAccuracy), pct(r.vnfix.syllableAccuracy), pct(r.vnfix.sentenceAccuracy), pct(r.baseline.syllableAccuracy), pct(r.baseline.sentenceAccuracy), pct(r.kept), r.vnfix.seconds.toFixed(1)]);
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log(`\nConfidence calibration (${ROWS[0].name}, every change made): share of changes that are right`);
  console.log('| confidence | changes | right |');
  console.log('|---|---|---|');
  for (const b of bands) console.log(`| ${b.from.toFixed(2)}–${b.to.toFixed(2)} | ${b.changes} | ${pct(b.correct / Math.max(1, b.changes))} |`);
  console.log(`\nmodel: ${resources.model.file} (${JSON.stringify({ order: resources.model.facts.order, entries: resources.model.facts.entries })})`);
}
