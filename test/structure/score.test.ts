import { describe, expect, it } from 'vitest';
import { render } from '../../src/render/index.js';
import { repair, Resources } from '../../src/index.js';
import { fixtureNames, readFixture, textLossProblems } from './helpers.js';
import { addScore, f1, NO_SCORE, scoreDocument, type StructureGold } from '../../scripts/lib/structure-score.js';

/**
 * Scores the structure stage against hand annotations of the fixtures (fixtures/structure/gold.json,
 * written from the templates in fixtures/structure/src): headings as (line, level) pairs, so a heading
 * found at the wrong level counts as missed, and footnotes as (reference line, note line) pairs. Each
 * document is repaired first, as the command line does (scripts/score-structure.ts prints the misses).
 */
const gold = JSON.parse(readFixture('gold', '.json')) as Record<string, StructureGold>;

describe('structure scores on the fixtures', () => {
  let headings = NO_SCORE;
  let footnotes = NO_SCORE;
  const rows: string[] = [];
  const resources = new Resources();
  const lost: string[] = [];
  for (const name of fixtureNames()) {
    const g = gold[name];
    if (!g) continue;
    const input = readFixture(name, '.txt');
    const json = JSON.parse(render(repair(input, resources), 'json'));
    lost.push(...textLossProblems(input, json).map((p) => `${name}: ${p}`));
    const { headings: h, footnotes: n } = scoreDocument(json, g);
    headings = addScore(headings, h);
    footnotes = addScore(footnotes, n);
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
  // stay in place, flagged), it is 0.959 through the repair (P 1.000, R 0.922, 357 notes). The 28
  // misses are reference marks OCR lost with no trace; no rule placed them right more than half the
  // time (fixtures/structure/README.md). This guards the measured level.
  it('links footnotes with F1 ≥ 0.955', () => {
    const s = f1(footnotes);
    console.log(`footnotes: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (${footnotes.tp + footnotes.fn} gold)`);
    expect(s.f1).toBeGreaterThanOrEqual(0.955);
  });
});
