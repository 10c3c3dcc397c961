/**
 * The index from a folded key (lower-case, marks removed, đ → d) to the syllable ids that fold to it,
 * most frequent first, in compressed-sparse-row form: candidates are an index lookup, never a scan.
 */
import type { Container, SectionData } from '../data/container.js';
import { encodeStringTable, StringTable } from '../lm/string-table.js';

/**
 * Build the index's sections.
 * @param words syllable strings by id (entries that are not words may be null)
 * @param counts frequency of each id, for the order within a key
 * @param fold the folding function
 * @returns sections `fold.*`
 */
export function encodeFoldIndex(words: readonly (string | null)[], counts: ArrayLike<number>, fold: (s: string) => string): Record<string, SectionData> {
  const byKey = new Map<string, number[]>();
  words.forEach((w, id) => {
    if (w === null) return;
    const key = fold(w);
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(id);
  });
  const keys = [...byKey.keys()].sort();
  const start = new Uint32Array(keys.length + 1);
  const ids: number[] = [];
  keys.forEach((k, i) => {
    start[i] = ids.length;
    const list = byKey.get(k)!;
    list.sort((a, b) => counts[b] - counts[a] || a - b);
    ids.push(...list);
  });
  start[keys.length] = ids.length;
  const table = encodeStringTable(keys);
  return {
    'fold.blob': table.blob,
    'fold.offsets': table.offsets,
    'fold.table': table.table,
    'fold.start': start,
    'fold.ids': Uint32Array.from(ids),
  };
}

/** The loaded index. */
export class FoldIndex {
  private readonly keys: StringTable;
  private readonly start: Uint32Array;
  private readonly ids: Uint32Array;

  constructor(container: Container) {
    this.keys = new StringTable({ blob: container.u8('fold.blob'), offsets: container.u32('fold.offsets'), table: container.u32('fold.table') });
    this.start = container.u32('fold.start');
    this.ids = container.u32('fold.ids');
  }

  /**
   * The ids whose fold is `key`, most frequent first.
   * @param key a folded string
   * @returns a view (empty when the key is unknown)
   */
  lookup(key: string): Uint32Array {
    const k = this.keys.indexOf(key);
    if (k < 0) return this.ids.subarray(0, 0);
    return this.ids.subarray(this.start[k], this.start[k + 1]);
  }
}
