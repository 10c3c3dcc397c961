/**
 * The weighted alignment of a truth syllable with an observed OCR token: each truth letter becomes 0, 1
 * or 2 observed characters, and the OCR may insert characters. The cost is the cheapest alignment's
 * sum of -log10 probabilities (a Viterbi approximation of -log10 P(observed | syllable)).
 */
import type { ChannelCosts } from './channel-costs.js';

/** One aligned operation: truth letter (or '' for an insertion) and what was read ('' when lost). */
export interface AlignedOp {
  truth: string;
  ocr: string;
}

/**
 * A reusable DP grid for one observed token at a time. Rows are kept between calls, so syllables that
 * share a prefix with the previous one (sorted order) only compute their new rows.
 */
export class ChannelAligner {
  private readonly costs: ChannelCosts;
  private readonly maxTruth: number;
  private grid: Float64Array;
  private width = 0;
  private obs: Int32Array = new Int32Array(0);
  /** Rows 0..validRows of the grid hold the DP of `rowTruth[0..validRows)`. */
  private validRows = 0;
  private readonly rowTruth: Int32Array;

  constructor(costs: ChannelCosts, maxTruth = 16, maxObserved = 32) {
    this.costs = costs;
    this.maxTruth = maxTruth;
    this.grid = new Float64Array((maxTruth + 1) * (maxObserved + 1));
    this.rowTruth = new Int32Array(maxTruth);
  }

  /**
   * Starts scoring against a new observed token.
   * @param obs observed character ids (ChannelCosts.obsIdsOf)
   */
  setObserved(obs: Int32Array): void {
    this.obs = obs;
    this.width = obs.length + 1;
    if (this.grid.length < (this.maxTruth + 1) * this.width) this.grid = new Float64Array((this.maxTruth + 1) * this.width);
    const g = this.grid;
    g[0] = 0;
    for (let j = 1; j < this.width; j++) g[j] = g[j - 1] + this.costs.ins[obs[j - 1]];
    this.validRows = 0;
  }

  /**
   * Cost of reading `truth` as the current observed token, or Infinity when it exceeds `bound`.
   * @param truth truth letter ids (ChannelCosts.truthIdsOf); -1 letters make the cost Infinity
   * @param bound give up above this cost
   * @returns the cost
   */
  score(truth: Int32Array, bound = Infinity): number {
    const n = truth.length;
    if (n > this.maxTruth) return Infinity;
    let start = 0;
    const limit = Math.min(this.validRows, n);
    while (start < limit && this.rowTruth[start] === truth[start]) start++;
    const { sub, del, ins, pair } = this.costs;
    const O = this.costs.obsChars.length;
    const obs = this.obs;
    const w = this.width;
    const g = this.grid;
    for (let i = start + 1; i <= n; i++) {
      const t = truth[i - 1];
      this.rowTruth[i - 1] = t;
      if (t < 0) {
        this.validRows = i - 1;
        return Infinity;
      }
      const prev = (i - 1) * w;
      const row = i * w;
      const d = del[t];
      const tsub = t * O;
      const tpair = pair[t];
      let best = (g[row] = g[prev] + d);
      for (let j = 1; j < w; j++) {
        const o = obs[j - 1];
        let c = g[prev + j] + d;
        const s = g[prev + j - 1] + sub[tsub + o];
        if (s < c) c = s;
        const x = g[row + j - 1] + ins[o];
        if (x < c) c = x;
        if (j >= 2 && tpair.size > 0) {
          const p = tpair.get(obs[j - 2] * O + o);
          if (p !== undefined && g[prev + j - 2] + p < c) c = g[prev + j - 2] + p;
        }
        g[row + j] = c;
        if (c < best) best = c;
      }
      this.validRows = i;
      if (best > bound) return Infinity;
    }
    return g[n * w + w - 1];
  }
}

/**
 * The cheapest alignment of a truth string with an observed string, as operations (for training and
 * for explaining a repair).
 * @param truth lower-case truth letters
 * @param observed lower-case observed string
 * @param costs compiled channel
 * @param genericPairCost cost of a two-character read the table does not list (training: lets EM find
 *   reads such as ủ → ii before they are in the table; Infinity otherwise)
 * @returns cost and operations in order
 */
export function alignChannel(truth: string, observed: string, costs: ChannelCosts, genericPairCost = Infinity): { cost: number; ops: AlignedOp[] } {
  const tc = [...truth];
  const oc = [...observed];
  const tid = costs.truthIdsOf(truth);
  const oid = costs.obsIdsOf(observed);
  const O = costs.obsChars.length;
  const n = tc.length;
  const m = oc.length;
  const w = m + 1;
  const g = new Float64Array((n + 1) * w).fill(Infinity);
  const back = new Uint8Array((n + 1) * w); // 1 del, 2 sub, 3 pair, 4 ins
  g[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let c = Infinity;
      let b = 0;
      if (i > 0 && tid[i - 1] >= 0) {
        const t = tid[i - 1];
        const dc = g[(i - 1) * w + j] + costs.del[t];
        if (dc < c) (c = dc), (b = 1);
        if (j > 0) {
          const sc = g[(i - 1) * w + j - 1] + costs.sub[t * O + oid[j - 1]];
          if (sc < c) (c = sc), (b = 2);
        }
        if (j > 1) {
          const p = costs.pair[t].get(oid[j - 2] * O + oid[j - 1]) ?? genericPairCost;
          if (g[(i - 1) * w + j - 2] + p < c) (c = g[(i - 1) * w + j - 2] + p), (b = 3);
        }
      }
      if (j > 0) {
        const ic = g[i * w + j - 1] + costs.ins[oid[j - 1]];
        if (ic < c) (c = ic), (b = 4);
      }
      g[i * w + j] = c;
      back[i * w + j] = b;
    }
  }
  const ops: AlignedOp[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const b = back[i * w + j];
    if (b === 1) ops.push({ truth: tc[--i], ocr: '' });
    else if (b === 2) ops.push({ truth: tc[--i], ocr: oc[--j] });
    else if (b === 3) {
      j -= 2;
      ops.push({ truth: tc[--i], ocr: oc[j] + oc[j + 1] });
    } else if (b === 4) ops.push({ truth: '', ocr: oc[--j] });
    else break;
  }
  ops.reverse();
  return { cost: g[n * w + m], ops };
}
