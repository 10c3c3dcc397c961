/**
 * Best path through one lattice segment: Viterbi over (slot, LM state) with hypotheses that reach the
 * same slot in the same LM state merged, and at most `beam` states kept per slot.
 */
import { LmContext, type NgramModel } from '../lm/ngram-model.js';
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
  /**
   * LM states and scores along the path, for re-scoring alternatives. The contexts belong to the
   * decoder and are valid until its next {@link SegmentDecoder.decode} call.
   */
  scores: PathScores;
}

/** LM states and scores along a path. */
export interface PathScores {
  stateBefore: number[];
  contextBefore: LmContext[];
  /** LM score (log10) of each step's reading. */
  lmScore: number[];
  /** log10 p(EOS | final state) */
  endScore: number;
  finalState: number;
}

/** Channel score of reading r of an edge (negated cost plus any vocabulary bonus), log10. */
export function channelScore(edge: Edge, r: number): number {
  return -edge.readings[r].cost + (r === edge.bonusReading ? edge.bonus : 0);
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
 * Decodes segments one after another, reusing its hypothesis objects (a document has hundreds of
 * thousands of slots; allocating a hypothesis and a context per insertion dominated the run time).
 * Make one per document: it holds no data between calls to {@link decode} that matters to the result.
 */
export class SegmentDecoder {
  private readonly lm: NgramModel;
  private readonly beam: number;
  private readonly pool: Hyp[] = [];
  private used = 0;
  private readonly nodes: Hyp[][] = [];
  private bestAt = new Float64Array(64);

  /**
   * @param lm the language model
   * @param beam most LM states kept per slot
   */
  constructor(lm: NgramModel, beam = DEFAULT_BEAM) {
    this.lm = lm;
    this.beam = beam;
  }

  private take(): Hyp {
    if (this.used === this.pool.length) this.pool.push({ state: 0, ctx: new LmContext(0, 0), score: 0, prev: null, edge: null, reading: -1 });
    return this.pool[this.used++];
  }

  /**
   * Decode one segment (a sentence: it starts after BOS and ends with EOS).
   * @param segment the lattice segment
   * @returns the best path
   */
  decode(segment: Segment): BestPath {
    const lm = this.lm;
    const n = segment.edges.length;
    this.used = 0;
    while (this.nodes.length <= n) this.nodes.push([]);
    const nodes = this.nodes;
    for (let i = 0; i <= n; i++) nodes[i].length = 0;
    if (this.bestAt.length <= n) this.bestAt = new Float64Array(2 * n + 2);
    const bestAt = this.bestAt;
    bestAt.fill(-Infinity, 0, n + 1);
    bestAt[0] = 0;
    const start = this.take();
    copyContext(lm.context(BOS), start.ctx);
    start.state = BOS;
    start.score = 0;
    start.prev = null;
    start.edge = null;
    start.reading = -1;
    nodes[0].push(start);
    for (let i = 0; i < n; i++) {
      const hyps = nodes[i];
      if (hyps.length === 0) continue;
      const floor = bestAt[i] - SCORE_BEAM;
      for (const edge of segment.edges[i]) {
        const to = edge.to;
        const target = nodes[to];
        const readings = edge.readings;
        for (let h = 0; h < hyps.length; h++) {
          const hyp = hyps[h];
          if (hyp.score < floor) continue;
          const ctx = hyp.ctx;
          for (let r = 0; r < readings.length; r++) {
            const reading = readings[r];
            const channel = -reading.cost + (r === edge.bonusReading ? edge.bonus : 0);
            const score = hyp.score + channel + scoreReadingIn(lm, ctx, reading);
            if (score < bestAt[to] - SCORE_BEAM) continue;
            if (score > bestAt[to]) bestAt[to] = score;
            this.insert(target, score, hyp, edge, r);
          }
        }
      }
    }
    let best: Hyp | null = null;
    let bestScore = -Infinity;
    let endScore = 0;
    for (const hyp of nodes[n]) {
      const end = lm.scoreIn(hyp.ctx, EOS);
      const score = hyp.score + end;
      if (score > bestScore) {
        bestScore = score;
        best = hyp;
        endScore = end;
      }
    }
    // Walk back; each step's LM score is what its hypothesis added beyond the channel.
    const steps: PathStep[] = [];
    const scores: PathScores = { stateBefore: [], contextBefore: [], lmScore: [], endScore, finalState: best ? best.state : BOS };
    for (let h = best; h && h.edge && h.prev; h = h.prev) {
      steps.push({ edge: h.edge, reading: h.reading });
      scores.stateBefore.push(h.prev.state);
      scores.contextBefore.push(h.prev.ctx);
      scores.lmScore.push(h.score - h.prev.score - channelScore(h.edge, h.reading));
    }
    steps.reverse();
    scores.stateBefore.reverse();
    scores.contextBefore.reverse();
    scores.lmScore.reverse();
    return { steps, score: bestScore, scores };
  }

  private insert(target: Hyp[], score: number, prev: Hyp, edge: Edge, reading: number): void {
    const lm = this.lm;
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
    let t: Hyp;
    if (target.length < this.beam) {
      t = this.take();
      target.push(t);
    } else if (score > worstScore) {
      // Hypotheses of later slots have no successors yet, so the dropped one can be reused in place.
      t = target[worst];
    } else return;
    t.state = state;
    lm.nextContextInto(t.ctx);
    t.score = score;
    t.prev = prev;
    t.edge = edge;
    t.reading = reading;
  }
}

function copyContext(from: LmContext, to: LmContext): void {
  to.state = from.state;
  to.length = from.length;
  to.id0 = from.id0;
  to.id1 = from.id1;
  to.id2 = from.id2;
  to.slot1 = from.slot1;
  to.slot2 = from.slot2;
  to.slot3 = from.slot3;
  to.key1 = from.key1;
  to.key2 = from.key2;
  to.key3 = from.key3;
  to.backoffFrom1 = from.backoffFrom1;
  to.backoffFrom2 = from.backoffFrom2;
  to.backoffFrom3 = from.backoffFrom3;
}

/**
 * Decode one segment with a fresh decoder (for one-off use; a document uses one SegmentDecoder).
 * @param segment the lattice segment
 * @param lm the language model
 * @param beam most LM states kept per slot
 * @returns the best path
 */
export function decodeSegment(segment: Segment, lm: NgramModel, beam = DEFAULT_BEAM): BestPath {
  return new SegmentDecoder(lm, beam).decode(segment);
}
