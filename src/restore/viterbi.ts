/**
 * Best path through one lattice segment: Viterbi over (slot, LM state) with hypotheses that reach the
 * same slot in the same LM state merged, and at most `beam` states kept per slot.
 */
import type { NgramModel } from '../lm/ngram-model.js';
import { BOS, EOS } from '../lm/symbols.js';
import type { Edge, Reading, Segment } from './lattice.js';

interface Hyp {
  state: number;
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

/** Default beam: measured on held-out admin text, wider beams changed no decision. */
export const DEFAULT_BEAM = 8;

/** Score of a reading's ids from a state; leaves the state after it in lm.nextState. */
export function scoreReading(lm: NgramModel, state: number, reading: Reading): number {
  let s = 0;
  let st = state;
  const ids = reading.ids;
  for (let k = 0; k < ids.length; k++) {
    s += lm.score(st, ids[k]);
    st = lm.nextState;
  }
  lm.nextState = st;
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
  nodes[0].push({ state: BOS, score: 0, prev: null, edge: null, reading: -1 });
  for (let i = 0; i < n; i++) {
    const hyps = nodes[i];
    if (hyps.length === 0) continue;
    for (const edge of segment.edges[i]) {
      const target = nodes[edge.to];
      const readings = edge.readings;
      for (let r = 0; r < readings.length; r++) {
        const reading = readings[r];
        const channel = -reading.cost + (r === edge.bonusReading ? edge.bonus : 0);
        for (let h = 0; h < hyps.length; h++) {
          const hyp = hyps[h];
          const score = hyp.score + channel + scoreReading(lm, hyp.state, reading);
          insert(target, lm.nextState, score, hyp, edge, r, beam);
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

function insert(target: Hyp[], state: number, score: number, prev: Hyp, edge: Edge, reading: number, beam: number): void {
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
  if (target.length < beam) target.push({ state, score, prev, edge, reading });
  else if (score > worstScore) target[worst] = { state, score, prev, edge, reading };
}
