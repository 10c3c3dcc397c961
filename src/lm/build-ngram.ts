/**
 * Counting and interpolated modified Kneser-Ney estimation (Chen & Goodman 1998) of an n-gram model
 * over a stream of ids, with count pruning. Used by the model build and by tests on tiny corpora.
 *
 * The stream holds sentences as BOS w1 ... wk EOS. All n-grams come out of one LSD radix sort of the
 * stream's positions by their next `order` ids: every order's n-grams are then contiguous runs.
 */
import { BOS, EOS } from './symbols.js';

/** The estimated model of one order, n-grams sorted lexicographically. */
export interface OrderTable {
  n: number;
  /** n ids per n-gram, flattened. */
  grams: Uint32Array;
  /** log10 p(w | h), interpolated. */
  prob: Float64Array;
  /** log10 backoff weight of the n-gram as a context (0 when it has no extension). */
  backoff: Float64Array;
  /** 1 when the n-gram is the context of some kept (n+1)-gram. */
  extends: Uint8Array;
}

/** Options of {@link buildNgramModel}. */
export interface NgramBuildOptions {
  order: number;
  /** Size of the id space (ids are < vocabularySize). */
  vocabularySize: number;
  /**
   * Minimum raw count to keep an n-gram, per order from 1 (index 0); must not decrease with the order
   * so that every kept n-gram's context and suffix are kept too.
   */
  minCounts: number[];
}

class Growable {
  data: Uint32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Uint32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  done(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/** Sort positions by the `order` ids that follow them (LSD radix sort, one counting pass per id). */
function sortPositions(stream: Uint32Array, order: number, vocabularySize: number): Uint32Array {
  const count = stream.length;
  let positions = new Uint32Array(count);
  for (let p = 0; p < count; p++) positions[p] = p;
  let scratch = new Uint32Array(count);
  const buckets = new Uint32Array(vocabularySize + 1);
  for (let k = order - 1; k >= 0; k--) {
    buckets.fill(0);
    for (let i = 0; i < count; i++) {
      const q = positions[i] + k;
      buckets[q < stream.length ? stream[q] + 1 : 0]++;
    }
    let sum = 0;
    for (let b = 0; b < buckets.length; b++) {
      const c = buckets[b];
      buckets[b] = sum;
      sum += c;
    }
    for (let i = 0; i < count; i++) {
      const q = positions[i] + k;
      scratch[buckets[q < stream.length ? stream[q] + 1 : 0]++] = positions[i];
    }
    [positions, scratch] = [scratch, positions];
  }
  return positions;
}

/** Raw counts of every order. */
function countNgrams(stream: Uint32Array, order: number, vocabularySize: number): { grams: Uint32Array[]; counts: Uint32Array[] } {
  const sorted = sortPositions(stream, order, vocabularySize);
  // Distance from each position to the next sentence end: an n-gram may end on EOS but not cross it.
  const toEnd = new Uint32Array(stream.length);
  let next = stream.length;
  for (let p = stream.length - 1; p >= 0; p--) {
    if (stream[p] === EOS) next = p;
    toEnd[p] = next - p;
  }
  const grams: Uint32Array[] = [];
  const counts: Uint32Array[] = [];
  for (let n = 1; n <= order; n++) {
    const g = new Growable(1 << 16);
    const c = new Growable(1 << 16);
    let prev = -1;
    for (let i = 0; i < sorted.length; i++) {
      const p = sorted[i];
      if (toEnd[p] < n - 1) continue;
      let same = prev >= 0;
      if (same) {
        for (let k = 0; k < n; k++) {
          if (stream[p + k] !== stream[prev + k]) {
            same = false;
            break;
          }
        }
      }
      if (same) c.data[c.length - 1]++;
      else {
        for (let k = 0; k < n; k++) g.push(stream[p + k]);
        c.push(1);
      }
      prev = p;
    }
    grams.push(g.done());
    counts.push(c.done());
  }
  return { grams, counts };
}

/** Index of the n-gram `key[from .. from+n)` in a sorted flattened list, or -1. */
export function findGram(grams: Uint32Array, n: number, key: Uint32Array | number[], from: number): number {
  let lo = 0;
  let hi = grams.length / n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    let cmp = 0;
    for (let k = 0; k < n; k++) {
      const d = grams[mid * n + k] - key[from + k];
      if (d !== 0) {
        cmp = d;
        break;
      }
    }
    if (cmp === 0) return mid;
    if (cmp < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Modified Kneser-Ney discounts D1, D2, D3+ from counts of counts (fallbacks for tiny corpora). */
function discounts(counts: Uint32Array): [number, number, number] {
  const t = [0, 0, 0, 0, 0];
  for (let i = 0; i < counts.length; i++) if (counts[i] <= 4) t[counts[i]]++;
  if (t[1] === 0 || t[2] === 0 || t[3] === 0 || t[4] === 0) return [0.5, 1.0, 1.5];
  const y = t[1] / (t[1] + 2 * t[2]);
  const clamp = (d: number, k: number): number => Math.min(Math.max(d, 0.05), k);
  return [clamp(1 - 2 * y * (t[2] / t[1]), 1), clamp(2 - 3 * y * (t[3] / t[2]), 2), clamp(3 - 4 * y * (t[4] / t[3]), 3)];
}

const discountOf = (d: [number, number, number], c: number): number => (c === 0 ? 0 : c === 1 ? d[0] : c === 2 ? d[1] : d[2]);

/**
 * Estimate an interpolated modified Kneser-Ney model and prune it.
 * @param stream ids, sentences as BOS ... EOS
 * @param options order, id space and count cut-offs
 * @returns one table per order (index 0 is the unigram table, whose grams are all ids in order)
 */
export function buildNgramModel(stream: Uint32Array, options: NgramBuildOptions): OrderTable[] {
  const { order, vocabularySize } = options;
  const { grams, counts } = countNgrams(stream, order, vocabularySize);
  // Adjusted counts: continuation counts (distinct left extensions) below the top order, except for
  // n-grams that start with BOS, which cannot be extended to the left.
  const adjusted: Uint32Array[] = counts.map((c) => c.slice());
  for (let n = 1; n < order; n++) {
    const a = adjusted[n - 1];
    a.fill(0);
    const upper = grams[n];
    for (let j = 0; j < upper.length / (n + 1); j++) {
      const i = findGram(grams[n - 1], n, upper, j * (n + 1) + 1);
      if (i >= 0) a[i]++;
    }
    for (let i = 0; i < a.length; i++) if (grams[n - 1][i * n] === BOS) a[i] = counts[n - 1][i];
  }

  // Unigrams over the whole id space; BOS is never predicted.
  const uniGrams = new Uint32Array(vocabularySize);
  for (let i = 0; i < vocabularySize; i++) uniGrams[i] = i;
  const uniA = new Float64Array(vocabularySize);
  for (let i = 0; i < grams[0].length; i++) if (grams[0][i] !== BOS) uniA[grams[0][i]] = adjusted[0][i];
  const d1 = discounts(adjusted[0]);
  let total = 0;
  let mass = 0;
  for (let w = 0; w < vocabularySize; w++) {
    total += uniA[w];
    mass += discountOf(d1, uniA[w]);
  }
  const predictable = vocabularySize - 1;
  const tables: OrderTable[] = [];
  const uniProb = new Float64Array(vocabularySize);
  for (let w = 0; w < vocabularySize; w++) {
    uniProb[w] = w === BOS ? -99 : Math.log10((Math.max(uniA[w] - discountOf(d1, uniA[w]), 0) + mass / predictable) / total);
  }
  tables.push({ n: 1, grams: uniGrams, prob: uniProb, backoff: new Float64Array(vocabularySize), extends: new Uint8Array(vocabularySize) });

  // Higher orders, unpruned interpolated probabilities; gamma(h) is stored on h one order down.
  const linear: Float64Array[] = [new Float64Array(vocabularySize)];
  for (let w = 0; w < vocabularySize; w++) linear[0][w] = Math.pow(10, uniProb[w]);
  const lowerIndex = (n: number, g: Uint32Array, at: number): number => (n === 1 ? g[at] : findGram(grams[n - 1], n, g, at));
  for (let n = 2; n <= order; n++) {
    const g = grams[n - 1];
    const a = adjusted[n - 1];
    const d = discounts(a);
    const m = a.length;
    const p = new Float64Array(m);
    for (let start = 0; start < m; ) {
      let end = start + 1;
      while (end < m && sameContext(g, n, start, end)) end++;
      let sum = 0;
      let held = 0;
      for (let i = start; i < end; i++) {
        sum += a[i];
        held += discountOf(d, a[i]);
      }
      const gamma = held / sum;
      for (let i = start; i < end; i++) {
        const lower = linear[n - 2][lowerIndex(n - 1, g, i * n + 1)];
        p[i] = (a[i] - discountOf(d, a[i])) / sum + gamma * lower;
      }
      start = end;
    }
    linear.push(p);
  }

  // Prune by raw count, then renormalise each context's backoff over what is kept.
  const keep: Uint8Array[] = [new Uint8Array(vocabularySize).fill(1)];
  for (let n = 2; n <= order; n++) {
    const c = counts[n - 1];
    const k = new Uint8Array(c.length);
    const min = options.minCounts[n - 1] ?? 1;
    for (let i = 0; i < c.length; i++) k[i] = c[i] >= min ? 1 : 0;
    keep.push(k);
  }
  for (let n = 2; n <= order; n++) {
    const g = grams[n - 1];
    const k = keep[n - 1];
    const m = k.length;
    const lowerTable = tables[n - 2];
    const kept = new Growable(1 << 12);
    const probs: number[] = [];
    for (let start = 0; start < m; ) {
      let end = start + 1;
      while (end < m && sameContext(g, n, start, end)) end++;
      let num = 0;
      let den = 0;
      let any = false;
      for (let i = start; i < end; i++) {
        if (!k[i]) continue;
        any = true;
        num += linear[n - 1][i];
        den += linear[n - 2][lowerIndex(n - 1, g, i * n + 1)];
        for (let t = 0; t < n; t++) kept.push(g[i * n + t]);
        probs.push(Math.log10(linear[n - 1][i]));
      }
      const ctx = n === 2 ? g[start * n] : findGram(lowerTable.grams, n - 1, g, start * n);
      if (ctx >= 0 && any) {
        lowerTable.extends[ctx] = 1;
        lowerTable.backoff[ctx] = Math.log10(Math.max(1 - num, 1e-12) / Math.max(1 - den, 1e-12));
      }
      start = end;
    }
    const keptGrams = kept.done();
    const count = keptGrams.length / n;
    tables.push({ n, grams: keptGrams, prob: Float64Array.from(probs), backoff: new Float64Array(count), extends: new Uint8Array(count) });
    // From here on the lower-order linear probabilities must be indexed by the pruned tables.
    if (n < order) {
      const remapped = new Float64Array(count);
      let j = 0;
      for (let i = 0; i < m; i++) {
        if (!k[i]) continue;
        remapped[j] = linear[n - 1][i];
        j++;
      }
      linear[n - 1] = remapped;
      grams[n - 1] = keptGrams;
      // The next order's suffixes are looked up in the pruned list; its kept n-grams have kept suffixes.
      const upper = grams[n];
      const upperKeep = keep[n];
      for (let i = 0; i < upperKeep.length; i++) {
        if (upperKeep[i] && findGram(keptGrams, n, upper, i * (n + 1) + 1) < 0) upperKeep[i] = 0;
        if (upperKeep[i] && findGram(keptGrams, n, upper, i * (n + 1)) < 0) upperKeep[i] = 0;
      }
    }
  }
  return tables;
}

function sameContext(g: Uint32Array, n: number, a: number, b: number): boolean {
  for (let k = 0; k < n - 1; k++) if (g[a * n + k] !== g[b * n + k]) return false;
  return true;
}
