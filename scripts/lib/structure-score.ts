/**
 * The structure score of scripts/score-structure.ts and test/structure/score.test.ts: a rendered JSON
 * document against its hand annotations (fixtures/structure/gold.json, made by build.py). Headings
 * count as (first line, level) pairs, the title at level 1, so a heading found at the wrong level is
 * missed; footnotes as (reference line, first note line) pairs.
 */

/** Hand annotations of one document. */
export interface StructureGold {
  headings: Array<[number, number]>;
  footnotes: Array<[number, number]>;
}

/** Counts of one comparison, with what was missed and what was found wrongly. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  missed: string[];
  wrong: string[];
}

interface RenderedDocument {
  blocks: Array<{ type: string; depth?: number; lines: number[] }>;
  footnotes: Array<{ refLine: number; lines: number[] }>;
}

/** Compare predicted with expected items ("line:level", "ref:note"). */
export function compare(predicted: string[], expected: string[]): Score {
  const want = new Set(expected);
  const got = new Set(predicted);
  const missed = [...want].filter((e) => !got.has(e));
  const wrong = [...got].filter((p) => !want.has(p));
  return { tp: want.size - missed.length, fp: wrong.length, fn: missed.length, missed, wrong };
}

/** Score a rendered JSON document's headings and footnotes against its gold. */
export function scoreDocument(json: RenderedDocument, gold: StructureGold): { headings: Score; footnotes: Score } {
  const headings = json.blocks.filter((b) => b.type === 'heading' || b.type === 'title').map((b) => `${b.lines[0]}:${b.type === 'title' ? 1 : b.depth}`);
  const notes = json.footnotes.map((n) => `${n.refLine}:${n.lines[0]}`);
  return {
    headings: compare(headings, gold.headings.map(([l, d]) => `${l}:${d}`)),
    footnotes: compare(notes, gold.footnotes.map(([r, l]) => `${r}:${l}`)),
  };
}

/** Add b's counts to a. */
export function addScore(a: Score, b: Score): Score {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, missed: [...a.missed, ...b.missed], wrong: [...a.wrong, ...b.wrong] };
}

/** An empty score. */
export const NO_SCORE: Score = { tp: 0, fp: 0, fn: 0, missed: [], wrong: [] };

/** Precision, recall and F1 (1 where there is nothing to find and nothing was found). */
export function f1(s: Score): { precision: number; recall: number; f1: number } {
  const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
