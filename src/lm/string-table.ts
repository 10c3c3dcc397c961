/**
 * A sorted list of strings stored as one UTF-8 blob with offsets, plus an open-addressing hash table
 * from string to index. Strings are decoded only when asked for.
 */
import { buildIndexTable, slotOf, stringHash } from './hash.js';

/** The sections of a string table. */
export interface StringTableData {
  blob: Uint8Array;
  /** count + 1 offsets into blob */
  offsets: Uint32Array;
  /** slot → index + 1 (0 empty) */
  table: Uint32Array;
}

/**
 * Pack strings (kept in the given order: index = position).
 * @param strings the strings
 * @returns blob, offsets and hash table
 */
export function encodeStringTable(strings: readonly string[]): StringTableData {
  const encoder = new TextEncoder();
  const parts = strings.map((s) => encoder.encode(s));
  const offsets = new Uint32Array(strings.length + 1);
  let size = 0;
  parts.forEach((p, i) => {
    offsets[i] = size;
    size += p.length;
  });
  offsets[strings.length] = size;
  const blob = new Uint8Array(size);
  parts.forEach((p, i) => blob.set(p, offsets[i]));
  const table = buildIndexTable(strings.map(stringHash));
  return { blob, offsets, table };
}

/** A loaded string table. */
export class StringTable {
  private readonly data: StringTableData;
  private readonly decoded: (string | undefined)[];
  private readonly decoder = new TextDecoder();

  constructor(data: StringTableData) {
    this.data = data;
    this.decoded = new Array<string | undefined>(data.offsets.length - 1);
  }

  /** Number of strings. */
  get size(): number {
    return this.data.offsets.length - 1;
  }

  /**
   * The string at an index.
   * @param index 0 ≤ index < size
   * @returns the string
   */
  text(index: number): string {
    let s = this.decoded[index];
    if (s === undefined) {
      s = this.decoder.decode(this.data.blob.subarray(this.data.offsets[index], this.data.offsets[index + 1]));
      this.decoded[index] = s;
    }
    return s;
  }

  /**
   * The index of a string.
   * @param s the string
   * @returns its index, or -1
   */
  indexOf(s: string): number {
    const table = this.data.table;
    const size = table.length;
    let slot = slotOf(stringHash(s), size);
    for (;;) {
      const v = table[slot];
      if (v === 0) return -1;
      if (this.text(v - 1) === s) return v - 1;
      slot = slot + 1 === size ? 0 : slot + 1;
    }
  }
}
