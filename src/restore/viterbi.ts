/**
 * Best path through one lattice segment: Viterbi over (slot, LM state) with hypotheses that reach the
 * same slot in the same LM state merged, and at most `beam` states kept per slot.
 */
import type { LmContext, NgramModel } from '../lm/ngram-model.js';
import { BOS, EOS } from '../lm/symbols.js';
import type { Edge, Reading, Segment } from './lattice.js';

interface Hyp {
  state: number;
  ctx: LmContext;
  score: number;
  prev: Hyp | null;
  edge: Edge | null;
  reading: number;
}

/** One step of the best path. */
export interface PathStep {
  edge: Edge;
  /** Index of the chosen reading in edge.readings. */
  reading: number;
}

/** The best path and its score (log10, LM plus channel). */
export interface BestPath {
  steps: PathStep[];
  score: number;
}

/** Default beam: most LM states kept per slot (measured on held-out admin text, scripts/eval.ts). */
export const DEFAULT_BEAM = 8;
/** Hypotheses worse than the best at their slot by more than this (log10) are dropped. */
export const SCORE_BEAM = 5;

/** Score of a reading's ids from a state; leaves the state after it in lm.nextState. */
export function scoreReading(lm: NgramModel, state: number, reading: Reading): number {
  return scoreReadingIn(lm, lm.context(state), reading);
}

/** Score of a reading's ids from a state's context; leaves the state after it in lm.nextState. */
export function scoreReadingIn(lm: NgramModel, ctx: LmContext, reading: Reading): number {
  const ids = reading.ids;
  let s = lm.scoreIn(ctx, ids[0]);
  for (let k = 1; k < ids.length; k++) s += lm.scoreIn(lm.nextContext(), ids[k]);
  return s;
}

/**
 * Decode one segment (a sentence: it starts after BOS and ends with EOS).
 * @param segment the lattice segment
 * @param lm the language model
 * @param beam most LM states kept per slot
 * @returns the best path
 */
export function decodeSegment(segment: Segment, lm: NgramModel, beam = DEFAULT_BEAM): BestPath {
  const n = segment.edges.length;
  const nodes: Hyp[][] = Array.from({ length: n + 1 }, () => []);
  const bestAt = new Float64Array(n + 1).fill(-Infinity);
  bestAt[0] = 0;
  nodes[0].push({ state: BOS, ctx: lm.context(BOS), score: 0, prev: null, edge: null, reading: -1 });
  for (let i = 0; i < n; i++) {
    const hyps = nodes[i];
    if (hyps.length === 0) continue;
    const floor = bestAt[i] - SCORE_BEAM;
    for (const edge of segment.edges[i]) {
      const target = nodes[edge.to];
      const readings = edge.readings;
      for (let h = 0; h < hyps.length; h++) {
        const hyp = hyps[h];
        if (hyp.score < floor) continue;
        const ctx = hyp.ctx;
        for (let r = 0; r < readings.length; r++) {
          const reading = readings[r];
          const channel = -reading.cost + (r === edge.bonusReading ? edge.bonus : 0);
          const score = hyp.score + channel + scoreReadingIn(lm, ctx, reading);
          if (score < bestAt[edge.to] - SCORE_BEAM) continue;
          if (score > bestAt[edge.to]) bestAt[edge.to] = score;
          insert(target, lm, score, hyp, edge, r, beam);
        }
      }
    }
  }
  let best: Hyp | null = null;
  let bestScore = -Infinity;
  for (const hyp of nodes[n]) {
    const score = hyp.score + lm.score(hyp.state, EOS);
    if (score > bestScore) {
      bestScore = score;
      best = hyp;
    }
  }
  const steps: PathStep[] = [];
  for (let h = best; h && h.edge; h = h.prev) steps.push({ edge: h.edge, reading: h.reading });
  steps.reverse();
  return { steps, score: bestScore };
}

function insert(target: Hyp[], lm: NgramModel, score: number, prev: Hyp, edge: Edge, reading: number, beam: number): void {
  const state = lm.nextState;
  let worst = -1;
  let worstScore = Infinity;
  for (let k = 0; k < target.length; k++) {
    const t = target[k];
    if (t.state === state) {
      if (score > t.score) {
        t.score = score;
        t.prev = prev;
        t.edge = edge;
        t.reading = reading;
      }
      return;
    }
    if (t.score < worstScore) {
      worstScore = t.score;
      worst = k;
    }
  }
  if (target.length < beam) target.push({ state, ctx: lm.nextContext(), score, prev, edge, reading });
  else if (score > worstScore) target[worst] = { state, ctx: lm.nextContext(), score, prev, edge, reading };
}
