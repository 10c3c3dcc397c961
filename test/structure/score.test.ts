import { describe, expect, it } from 'vitest';
import { render } from '../../src/render/index.js';
import { repair, Resources } from '../../src/index.js';
import { f1, fixtureNames, readFixture, score, textLossProblems, type Score } from './helpers.js';

/**
 * Scores the structure stage against hand annotations of the fixtures (fixtures/structure/gold.json,
 * written from the templates in fixtures/structure/src): headings as (line, level) pairs, so a heading
 * found at the wrong level counts as missed, and footnotes as (reference line, note line) pairs. Each
 * document is repaired first, as the command line does (scripts/score-structure.ts prints the misses).
 */
interface Gold {
  headings: Array<[number, number]>;
  footnotes: Array<[number, number]>;
}

const gold = JSON.parse(readFixture('gold', '.json')) as Record<string, Gold>;
const add = (a: Score, b: Score): Score => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

describe('structure scores on the fixtures', () => {
  let headings: Score = { tp: 0, fp: 0, fn: 0 };
  let footnotes: Score = { tp: 0, fp: 0, fn: 0 };
  const rows: string[] = [];
  const resources = new Resources();
  const lost: string[] = [];
  for (const name of fixtureNames()) {
    const g = gold[name];
    if (!g) continue;
    const input = readFixture(name, '.txt');
    const json = JSON.parse(render(repair(input, resources), 'json'));
    lost.push(...textLossProblems(input, json).map((p) => `${name}: ${p}`));
    const predictedHeadings = json.blocks
      .filter((b: { type: string }) => b.type === 'heading' || b.type === 'title')
      .map((b: { type: string; depth?: number; lines: number[] }) => `${b.lines[0]}:${b.type === 'title' ? 1 : b.depth}`);
    const predictedNotes = json.footnotes.map((n: { refLine: number; lines: number[] }) => `${n.refLine}:${n.lines[0]}`);
    const h = score(predictedHeadings, g.headings.map(([l, d]) => `${l}:${d}`));
    const n = score(predictedNotes, g.footnotes.map(([r, l]) => `${r}:${l}`));
    headings = add(headings, h);
    footnotes = add(footnotes, n);
    rows.push(`${name}: headings tp ${h.tp} fp ${h.fp} fn ${h.fn}; footnotes tp ${n.tp} fp ${n.fp} fn ${n.fn}`);
  }

  it('loses no text through the repair and the structure stage (every changed word is listed)', () => {
    expect(lost).toEqual([]);
  });

  it('finds headings at their levels with F1 ≥ 0.95', () => {
    const s = f1(headings);
    console.log(`${rows.join('\n')}\nheadings: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (${headings.tp + headings.fn} gold)`);
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
  });

  // The target is F1 0.95. On these fixtures, which include notes whose marks OCR dropped (their notes
  // stay in place, flagged), it is 0.961 through the repair (P 1.000, R 0.924, 357 notes). The 27
  // misses are reference marks OCR lost with no trace; no rule placed them right more than half the
  // time (fixtures/structure/README.md). This guards the measured level.
  it('links footnotes with F1 ≥ 0.955', () => {
    const s = f1(footnotes);
    console.log(`footnotes: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (${footnotes.tp + footnotes.fn} gold)`);
    expect(s.f1).toBeGreaterThanOrEqual(0.955);
  });
});
