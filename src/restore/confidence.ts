/**
 * Confidence of a decision on the best path: the posterior of the chosen reading against the other
 * readings of the same edge with the rest of the path fixed. Changing one reading changes the LM scores
 * only until the contexts meet again (at most order − 1 ids later), so each alternative costs a few
 * LM calls.
 */
import type { LmContext, NgramModel } from '../lm/ngram-model.js';
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

/**
 * The posterior of the chosen reading at step `s` and of each alternative.
 * @param steps the best path
 * @param s the step
 * @param scores from {@link pathScores}
 * @param lm the language model
 * @returns posteriors by reading index (summing to 1)
 */
export function readingPosteriors(steps: PathStep[], s: number, scores: PathScores, lm: NgramModel): number[] {
  const { edge, reading: chosen } = steps[s];
  const deltas = edge.readings.map((_, r) => {
    if (r === chosen) return 0;
    let alt = channelOf(edge, r) + scoreReadingIn(lm, scores.contextBefore[s], edge.readings[r]);
    let best = channelOf(edge, chosen) + scores.lmScore[s];
    let state = lm.nextState;
    let ctx = lm.nextContext();
    let t = s + 1;
    for (; t < steps.length && state !== scores.stateBefore[t]; t++) {
      alt += scoreReadingIn(lm, ctx, steps[t].edge.readings[steps[t].reading]);
      best += scores.lmScore[t];
      state = lm.nextState;
      ctx = lm.nextContext();
    }
    if (t === steps.length && state !== scores.finalState) {
      alt += lm.scoreIn(ctx, EOS);
      best += scores.endScore;
    }
    return alt - best;
  });
  const weights = deltas.map((d) => Math.pow(10, Math.min(d, 6)));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
}
