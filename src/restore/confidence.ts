/**
 * Confidence of a decision on the best path: the posterior of the chosen reading against the other
 * readings of the same edge with the rest of the path fixed. Changing one reading changes the LM scores
 * only until the contexts meet again (at most order − 1 ids later), so each alternative costs a few
 * LM calls.
 */
import { LmContext, type NgramModel } from '../lm/ngram-model.js';
import { BOS, EOS } from '../lm/symbols.js';
import type { Edge } from './lattice.js';
import { scoreReadingIn, type PathStep } from './viterbi.js';

/** LM states and scores along a path, for re-scoring alternatives. */
export interface PathScores {
  stateBefore: number[];
  contextBefore: LmContext[];
  lmScore: number[];
  /** log10 p(EOS | final state) */
  endScore: number;
  finalState: number;
}

/**
 * Walk a path once, recording the LM state before each step and each step's LM score.
 * @param steps the best path
 * @param lm the language model
 * @returns states and scores
 */
export function pathScores(steps: PathStep[], lm: NgramModel): PathScores {
  const stateBefore: number[] = [];
  const contextBefore: LmContext[] = [];
  const lmScore: number[] = [];
  let ctx = lm.context(BOS);
  for (const step of steps) {
    stateBefore.push(ctx.state);
    contextBefore.push(ctx);
    lmScore.push(scoreReadingIn(lm, ctx, step.edge.readings[step.reading]));
    ctx = lm.nextContext();
  }
  return { stateBefore, contextBefore, lmScore, endScore: lm.scoreIn(ctx, EOS), finalState: ctx.state };
}

const channelOf = (edge: Edge, r: number): number => -edge.readings[r].cost + (r === edge.bonusReading ? edge.bonus : 0);

/** An alternative this much (log10) behind after its own edge is not followed further: its share is < 1e-6. */
const HOPELESS = 6;

/**
 * Computes reading posteriors with reusable buffers (one per document).
 */
export class PosteriorScorer {
  private readonly lm: NgramModel;
  // Two contexts used in turn while re-scoring (the one being read is never the one being written).
  private readonly scratch = [new LmContext(0, 0), new LmContext(0, 0)];
  private out = new Float64Array(16);

  constructor(lm: NgramModel) {
    this.lm = lm;
  }

  /**
   * The posterior of the chosen reading at step `s` and of each alternative.
   * @param steps the best path
   * @param s the step
   * @param scores from {@link pathScores}
   * @returns posteriors by reading index (summing to 1); valid until the next call
   */
  posteriors(steps: PathStep[], s: number, scores: PathScores): Float64Array {
    const lm = this.lm;
    const { edge, reading: chosen } = steps[s];
    const count = edge.readings.length;
    if (this.out.length < count) this.out = new Float64Array(2 * count);
    const out = this.out;
    let total = 0;
    for (let r = 0; r < count; r++) {
      let delta = 0;
      if (r !== chosen) {
        let alt = channelOf(edge, r) + scoreReadingIn(lm, scores.contextBefore[s], edge.readings[r]);
        let best = channelOf(edge, chosen) + scores.lmScore[s];
        if (alt - best > -HOPELESS) {
          let state = lm.nextState;
          let ctx = lm.nextContextInto(this.scratch[0]);
          let t = s + 1;
          for (; t < steps.length && state !== scores.stateBefore[t]; t++) {
            alt += scoreReadingIn(lm, ctx, steps[t].edge.readings[steps[t].reading]);
            best += scores.lmScore[t];
            state = lm.nextState;
            ctx = lm.nextContextInto(this.scratch[(t - s) & 1]);
          }
          if (t === steps.length && state !== scores.finalState) {
            alt += lm.scoreIn(ctx, EOS);
            best += scores.endScore;
          }
        }
        delta = alt - best;
      }
      out[r] = Math.pow(10, Math.min(delta, 6));
      total += out[r];
    }
    for (let r = 0; r < count; r++) out[r] /= total;
    return out;
  }
}
