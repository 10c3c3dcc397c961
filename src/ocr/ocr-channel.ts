/**
 * The OCR channel over a syllable inventory: the compiled confusion costs, the skeleton delete index
 * over the inventory, and a per-object memo of lookups. One lives in each Resources object.
 */
import { ChannelCosts } from './channel-costs.js';
import { ChannelAligner } from './channel-aligner.js';
import { DeleteIndex } from './delete-index.js';
import { SkeletonMap } from './skeleton.js';
import type { ConfusionRow } from './confusion-table.js';
import type { SplitCandidate, SyllableCandidate } from '../candidates/types.js';

/** Tuning of the candidate search. */
export interface OcrSearchOptions {
  /** Most candidates returned (best first). */
  maxCandidates: number;
  /** Candidates costlier than the best by more than this (log10 units) are dropped. */
  beam: number;
  /** Longest observed token (characters) that is looked up; longer ones have no candidates. */
  maxObservedLength: number;
  /**
   * Weight of the syllable's frequency (-log10 of its share) when choosing which candidates to return
   * and in what order: the list is cut by channel cost plus weighted prior, so that a stripped token
   * (`dan`, thirty readings at cost ~0) keeps its likely readings. 0 ranks by channel cost alone.
   */
  priorWeight: number;
  /**
   * Skeletons two edits away are searched only when the best reading one edit away costs more than
   * this (SymSpell's "closest" idea): a token with a cheap near reading does not pay for the far ring.
   */
  farSearchCost: number;
  /** Candidates whose channel cost plus weighted prior exceeds the best one's by more than this are dropped. */
  rankBeam: number;
}

/**
 * Defaults, measured with repair() on eval/ocr and the dev excerpt: the rank beam sets the readings
 * per token (none: 9.7, 4: 6.0, 3: 4.3 on the training pages). A beam of 3 costs 0.1–0.2 point of
 * syllable accuracy against 4 and makes repair() of OCR text 14% faster (31,300 against 27,500
 * syllables per CPU-second), which brings it over the 30,000 target.
 */
export const DEFAULT_OCR_SEARCH: OcrSearchOptions = { maxCandidates: 12, beam: 6, maxObservedLength: 16, priorWeight: 1, farSearchCost: 2.5, rankBeam: 3 };

/** Largest skeleton edit distance searched: 1 for skeletons of up to 2 letters, else 2. */
function searchDistance(skeletonLength: number): number {
  return skeletonLength <= 2 ? 1 : 2;
}

/** Skeleton distance of the near ring, searched first. */
const NEAR_DISTANCE = 1;

/** Counts of the last lookup, for tests and benchmarks. */
export interface OcrLookupStats {
  /** Skeleton keys accepted by the index. */
  skeletons: number;
  /** Inventory syllables scored with the weighted alignment. */
  verified: number;
}

/** The channel and its index. */
export class OcrChannel {
  readonly costs: ChannelCosts;
  readonly skeletons: SkeletonMap;
  readonly options: OcrSearchOptions;
  private readonly index: DeleteIndex;
  /** syllables of each skeleton key, sorted (neighbours share prefixes, so DP rows are reused) */
  private readonly groups: string[][];
  private readonly groupIds: Int32Array[][];
  /** weighted -log10 prior of each grouped syllable */
  private readonly groupPriors: Float64Array[];
  private readonly aligner: ChannelAligner;
  private readonly inventory = new Set<string>();
  private readonly memo = new Map<string, SyllableCandidate[]>();
  private readonly maxMemo: number;
  readonly stats: OcrLookupStats = { skeletons: 0, verified: 0 };

  /**
   * @param rows confusion table rows (dictionaries/confusion.tsv)
   * @param inventory lower-case syllables (NFC, traditional tone placement)
   * @param options search tuning
   * @param counts training counts of the syllables (for the prior); without them all are equal
   * @param maxMemo most memoised lookups before the memo is cleared
   */
  constructor(rows: ConfusionRow[], inventory: Iterable<string>, options: Partial<OcrSearchOptions> = {}, counts?: ReadonlyMap<string, number>, maxMemo = 200_000) {
    this.options = { ...DEFAULT_OCR_SEARCH, ...options };
    this.maxMemo = maxMemo;
    this.costs = new ChannelCosts(rows);
    this.skeletons = new SkeletonMap(rows);
    const byKey = new Map<string, Set<string>>();
    for (const s of inventory) {
      this.inventory.add(s);
      const k = this.skeletons.syllable(s);
      if (k.length === 0) continue;
      let g = byKey.get(k);
      if (!g) byKey.set(k, (g = new Set()));
      g.add(s);
    }
    const keys = [...byKey.keys()];
    this.groups = keys.map((k) => [...byKey.get(k)!].sort());
    this.groupIds = this.groups.map((g) => g.map((s) => this.costs.truthIdsOf(s)));
    let total = 0;
    for (const s of this.inventory) total += (counts?.get(s) ?? 0) + 1;
    const w = this.options.priorWeight;
    this.groupPriors = this.groups.map((g) => Float64Array.from(g, (s) => w * -Math.log10(((counts?.get(s) ?? 0) + 1) / total)));
    this.index = new DeleteIndex(keys, 2);
    this.aligner = new ChannelAligner(this.costs);
  }

  /** Forgets every memoised lookup (benchmarks measure lookups that miss the memo). */
  clearMemo(): void {
    this.memo.clear();
  }

  /**
   * Whether a syllable is in the inventory this channel proposes from.
   * @param syllable lower-case syllable (traditional tone placement)
   */
  knows(syllable: string): boolean {
    return this.inventory.has(syllable);
  }

  /**
   * Inventory syllables that OCR could have read as `observed`, most likely first (channel cost plus
   * weighted prior, see OcrSearchOptions.priorWeight).
   * @param observed token as read (any case)
   * @returns candidates with channelCost = -log10 P(observed | syllable) (the prior is not included)
   */
  candidates(observed: string): SyllableCandidate[] {
    const nfc = observed.normalize('NFC');
    const lower = nfc.toLowerCase();
    // Case is ignored except where it tells glyphs apart (a capital I among small letters is an l).
    const key = nfc.includes('I') && nfc !== nfc.toUpperCase() ? nfc : lower;
    const hit = this.memo.get(key);
    if (hit) return hit;
    const result = this.search(lower, nfc);
    if (this.memo.size >= this.maxMemo) this.memo.clear();
    this.memo.set(key, result);
    return result;
  }

  private search(lower: string, cased: string): SyllableCandidate[] {
    const { maxCandidates, beam, maxObservedLength } = this.options;
    this.stats.skeletons = 0;
    this.stats.verified = 0;
    if (lower.length === 0 || lower.length > maxObservedLength) return [];
    const key = this.skeletons.observed(lower);
    if (key.length === 0) return [];
    const hits = this.index.lookup(key, searchDistance(key.length));
    const variants = this.skeletons.variants(cased);
    if (variants.length > 0) {
      // a variant's near ring joins the hits (a skeleton found twice keeps its smaller distance)
      const byId = new Map(hits.map((h) => [h.id, h]));
      for (const v of variants) {
        for (const h of this.index.lookup(v, Math.min(NEAR_DISTANCE, searchDistance(v.length)))) {
          const seen = byId.get(h.id);
          if (!seen) byId.set(h.id, h);
          else if (h.distance < seen.distance) seen.distance = h.distance;
        }
      }
      hits.length = 0;
      hits.push(...[...byId.values()].sort((a, b) => a.distance - b.distance));
    }
    this.stats.skeletons = hits.length;
    this.aligner.setObserved(this.costs.obsIdsOf(lower));
    let best = Infinity;
    const found: { syllable: string; channelCost: number; rank: number }[] = [];
    for (const h of hits) {
      if (h.distance > NEAR_DISTANCE && best <= this.options.farSearchCost) break;
      const syllables = this.groups[h.id];
      const ids = this.groupIds[h.id];
      const priors = this.groupPriors[h.id];
      for (let i = 0; i < syllables.length; i++) {
        this.stats.verified++;
        const c = this.aligner.score(ids[i], best + beam);
        if (c === Infinity) continue;
        if (c < best) best = c;
        found.push({ syllable: syllables[i], channelCost: c, rank: c + priors[i] });
      }
    }
    const kept = found.filter((c) => c.channelCost <= best + beam).sort((a, b) => a.rank - b.rank || (a.syllable < b.syllable ? -1 : 1));
    const rankLimit = kept.length > 0 ? kept[0].rank + this.options.rankBeam : Infinity;
    return kept
      .filter((c) => c.rank <= rankLimit)
      .slice(0, maxCandidates)
      .map(({ syllable, channelCost }) => ({ syllable, channelCost }));
  }

  /**
   * Readings of two adjacent fragments as one syllable the OCR split (`tr ong` → `trong`).
   * @param left first fragment
   * @param right second fragment
   * @returns candidates of the joined text; their cost includes the inserted space
   */
  joinCandidates(left: string, right: string): SyllableCandidate[] {
    return this.candidates(left + right).map((c) => ({ syllable: c.syllable, channelCost: c.channelCost + this.costs.splitSpaceCost }));
  }

  /**
   * Readings of one token as two syllables the OCR glued (`tổchức` read as `tochirc`).
   * @param observed token as read
   * @param maxResults most results
   * @returns pairs with their joint cost (both reads plus the lost space), cheapest first
   */
  splitCandidates(observed: string, maxResults = 5): SplitCandidate[] {
    const chars = [...observed.normalize('NFC').toLowerCase()];
    const out: SplitCandidate[] = [];
    if (chars.length < 3 || chars.length > 2 * this.options.maxObservedLength) return out;
    for (let i = 1; i < chars.length; i++) {
      const left = this.candidates(chars.slice(0, i).join('')).slice(0, 3);
      if (left.length === 0) continue;
      const right = this.candidates(chars.slice(i).join('')).slice(0, 3);
      for (const l of left) for (const r of right) {
        out.push({ syllables: [l.syllable, r.syllable], channelCost: l.channelCost + r.channelCost + this.costs.gluedSpaceCost });
      }
    }
    return out.sort((a, b) => a.channelCost - b.channelCost).slice(0, maxResults);
  }
}
