/**
 * 32-bit hashing of id sequences and strings, Math.imul-based so hot loops stay in small integers.
 * An n-gram is hashed from its first id forwards, so a context's hash is computed once per LM state
 * and each scored word adds one step.
 * Two independent streams: one picks the table slot, the other is the 32-bit key stored in the slot.
 */

export const SLOT_SEED = 0x811c9dc5 | 0;
export const KEY_SEED = 0x3c6ef372 | 0;

/** One step of the slot hash. */
export function slotStep(h: number, id: number): number {
  h = Math.imul(h ^ id, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** One step of the key hash. */
export function keyStep(h: number, id: number): number {
  h = Math.imul(h ^ id, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Final mix of a slot hash (murmur3 fmix32). */
export function slotFinal(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Final mix of a key hash; never 0, which marks an empty slot. */
export function keyFinal(h: number): number {
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  h = (h ^ (h >>> 15)) >>> 0;
  return h === 0 ? 1 : h;
}

/**
 * Hash of a string's UTF-16 code units (for the vocabulary and folded-key tables).
 * @param s the string
 * @returns an unsigned 32-bit hash
 */
export function stringHash(s: string): number {
  let h = SLOT_SEED;
  for (let i = 0; i < s.length; i++) h = slotStep(h, s.charCodeAt(i));
  return slotFinal(h);
}

/**
 * Build an open-addressing table of `values[i] + 1` at the slots of `hashes[i]` (linear probing,
 * about 1.5 slots per entry: kpu/kenlm `util/probing_hash_table.hh` documents the trade-off).
 * @param hashes one unsigned hash per entry
 * @returns the table; 0 marks an empty slot, v marks entry v - 1
 */
export function buildIndexTable(hashes: ArrayLike<number>): Uint32Array {
  const size = tableSize(hashes.length);
  const table = new Uint32Array(size);
  for (let i = 0; i < hashes.length; i++) {
    let slot = slotOf(hashes[i], size);
    while (table[slot] !== 0) slot = slot + 1 === size ? 0 : slot + 1;
    table[slot] = i + 1;
  }
  return table;
}

/**
 * Slot count for a table of `n` entries: 1.5 slots per entry (not rounded to a power of two, which
 * would waste up to half the file).
 * @param n entries
 * @returns the size
 */
export function tableSize(n: number): number {
  return Math.max(4, Math.ceil(n * 1.5));
}

/**
 * The home slot of a final hash in a table of `size` slots.
 * @param h an unsigned 32-bit hash
 * @param size the table size
 * @returns 0 ≤ slot < size
 */
export function slotOf(h: number, size: number): number {
  return (h >>> 1) % size;
}
