/**
 * A symmetric-delete index (after wolfgarbe/SymSpell) over skeleton keys: every key's deletions of up to
 * `maxDistance` characters are stored once, in compressed-sparse-row form (deletion → key ids); a query
 * generates its own deletions, and every hit is verified with the true edit distance.
 */
import { distance } from 'fastest-levenshtein';

/** Counts of the last lookup, to check that lookups stay bounded. */
export interface LookupStats {
  deletions: number;
  hits: number;
  accepted: number;
}

function deletions(key: string, maxDistance: number, out: Set<string>): void {
  out.add(key);
  let frontier = [key];
  for (let d = 0; d < maxDistance; d++) {
    const next: string[] = [];
    for (const k of frontier) {
      if (k.length === 0) continue;
      for (let i = 0; i < k.length; i++) {
        const del = k.slice(0, i) + k.slice(i + 1);
        if (!out.has(del)) {
          out.add(del);
          next.push(del);
        }
      }
    }
    frontier = next;
  }
}

/** The index. */
export class DeleteIndex {
  readonly keys: string[];
  readonly maxDistance: number;
  private readonly buckets = new Map<string, number>();
  private readonly offsets: Int32Array;
  private readonly ids: Int32Array;
  private readonly stamp: Int32Array;
  private stampValue = 0;
  readonly stats: LookupStats = { deletions: 0, hits: 0, accepted: 0 };

  /**
   * @param keys distinct keys (skeletons)
   * @param maxDistance largest edit distance a lookup may ask for
   */
  constructor(keys: string[], maxDistance = 2) {
    if (!Number.isInteger(maxDistance) || maxDistance < 0 || maxDistance > 3) throw new RangeError(`maxDistance must be 0..3, got ${maxDistance}`);
    this.keys = keys;
    this.maxDistance = maxDistance;
    const staged = new Map<string, number[]>();
    const dels = new Set<string>();
    keys.forEach((k, id) => {
      dels.clear();
      deletions(k, maxDistance, dels);
      for (const d of dels) {
        let b = staged.get(d);
        if (!b) staged.set(d, (b = []));
        b.push(id);
      }
    });
    this.offsets = new Int32Array(staged.size + 1);
    let total = 0;
    for (const b of staged.values()) total += b.length;
    this.ids = new Int32Array(total);
    let bucket = 0;
    let at = 0;
    for (const [d, b] of staged) {
      this.buckets.set(d, bucket);
      this.offsets[bucket] = at;
      this.ids.set(b, at);
      at += b.length;
      bucket++;
    }
    this.offsets[bucket] = at;
    this.stamp = new Int32Array(keys.length);
  }

  /**
   * Keys within `maxDistance` edits of `query`, with their distances.
   * @param query skeleton of the observed token
   * @param maxDistance at most the index's maxDistance
   * @returns key ids and distances, nearest first
   */
  lookup(query: string, maxDistance = this.maxDistance): { id: number; distance: number }[] {
    if (maxDistance > this.maxDistance) throw new RangeError(`lookup distance ${maxDistance} exceeds the index's ${this.maxDistance}`);
    const dels = new Set<string>();
    deletions(query, maxDistance, dels);
    const stamp = ++this.stampValue;
    const out: { id: number; distance: number }[] = [];
    let hits = 0;
    for (const d of dels) {
      const b = this.buckets.get(d);
      if (b === undefined) continue;
      for (let i = this.offsets[b]; i < this.offsets[b + 1]; i++) {
        const id = this.ids[i];
        if (this.stamp[id] === stamp) continue;
        this.stamp[id] = stamp;
        hits++;
        const key = this.keys[id];
        if (Math.abs(key.length - query.length) > maxDistance) continue;
        const dist = distance(key, query);
        if (dist <= maxDistance) out.push({ id, distance: dist });
      }
    }
    this.stats.deletions = dels.size;
    this.stats.hits = hits;
    this.stats.accepted = out.length;
    return out.sort((a, b) => a.distance - b.distance);
  }
}
