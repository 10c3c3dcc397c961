/**
 * Confidence of a decision on the best path: the posterior of the chosen reading against the other
 * readings of the same edge with the rest of the path fixed. Changing one reading changes the LM scores
 * only until the contexts meet again (at most order − 1 ids later), so each alternative costs a few
 * LM calls.
 */
import { LmContext, type NgramModel } from '../lm/ngram-model.js';
import { EOS } from '../lm/symbols.js';
import { channelScore, scoreReadingIn, type PathScores, type PathStep } from './viterbi.js';

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
   * @param scores the path's LM states and scores (from the decoder)
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
        let alt = channelScore(edge, r) + scoreReadingIn(lm, scores.contextBefore[s], edge.readings[r]);
        let best = channelScore(edge, chosen) + scores.lmScore[s];
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
