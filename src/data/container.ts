/**
 * The binary container shared by vnfix's compiled data files (after kpu/kenlm `lm/binary_format.cc`):
 * a header that defends itself, then named sections aligned to 8 bytes so typed-array views can be
 * made over them without copying.
 *
 * Layout (all numbers little-endian):
 *   0  magic "VNFX" ("VNF?" while the file is being written: a crashed build can never be loaded)
 *   4  kind, 4 ASCII letters (e.g. "SYLM" for the syllable model)
 *   8  format version (uint32)
 *  12  0x01020304 (uint32), byte-order check
 *  16  1.0 (float32), -0.5 (float32): layout check, compared byte for byte
 *  24  section count (uint32), facts length in bytes (uint32)
 *  32  total file size (float64)
 *  40  section table: per section 24 bytes of ASCII name (NUL-padded), offset (uint32), length (uint32)
 *  ..  build facts: UTF-8 JSON (corpus files and their sha256, script version, counts)
 *  ..  sections, each starting on an 8-byte boundary
 */

export const MAGIC = 'VNFX';
export const INCOMPLETE_MAGIC = 'VNF?';
const FIXED_HEADER = 40;
const SECTION_ENTRY = 32;
const NAME_BYTES = 24;
const BYTE_ORDER = 0x01020304;

/** A section to write: raw bytes of a typed array. */
export type SectionData = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array;

/** What the writer needs. */
export interface ContainerSpec {
  /** 4 ASCII letters naming what the file holds. */
  kind: string;
  version: number;
  /** Build facts, stored as JSON in the header. */
  facts: Record<string, unknown>;
  sections: Record<string, SectionData>;
}

const align8 = (n: number): number => (n + 7) & ~7;

/**
 * Serialise a container into one buffer (the header first says the file is incomplete; see
 * {@link finishContainer}).
 * @param spec kind, version, facts and sections
 * @returns the file's bytes, with the incomplete marker still set
 */
export function encodeContainer(spec: ContainerSpec): Uint8Array {
  if (!/^[A-Z0-9]{4}$/.test(spec.kind)) throw new Error(`container kind must be 4 letters or digits, got "${spec.kind}"`);
  const names = Object.keys(spec.sections);
  const facts = new TextEncoder().encode(JSON.stringify(spec.facts));
  const headerEnd = align8(FIXED_HEADER + SECTION_ENTRY * names.length + facts.length);
  let offset = headerEnd;
  const placed = names.map((name) => {
    if (new TextEncoder().encode(name).length > NAME_BYTES) throw new Error(`section name too long: ${name}`);
    const data = spec.sections[name];
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const entry = { name, offset, bytes };
    offset = align8(offset + bytes.length);
    return entry;
  });
  const total = offset;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(INCOMPLETE_MAGIC), 0);
  out.set(new TextEncoder().encode(spec.kind), 4);
  view.setUint32(8, spec.version, true);
  view.setUint32(12, BYTE_ORDER, true);
  view.setFloat32(16, 1.0, true);
  view.setFloat32(20, -0.5, true);
  view.setUint32(24, names.length, true);
  view.setUint32(28, facts.length, true);
  view.setFloat64(32, total, true);
  placed.forEach((p, i) => {
    const at = FIXED_HEADER + i * SECTION_ENTRY;
    out.set(new TextEncoder().encode(p.name), at);
    view.setUint32(at + NAME_BYTES, p.offset, true);
    view.setUint32(at + NAME_BYTES + 4, p.bytes.length, true);
    out.set(p.bytes, p.offset);
  });
  out.set(facts, FIXED_HEADER + SECTION_ENTRY * names.length);
  return out;
}

/**
 * Mark an encoded container as complete (the last step of writing, after everything else is on disk).
 * @param bytes the start of the file (at least 4 bytes)
 * @returns the same array
 */
export function finishContainer(bytes: Uint8Array): Uint8Array {
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  return bytes;
}

/** A loaded container: header facts and typed views over its sections. */
export class Container {
  readonly file: string;
  readonly kind: string;
  readonly version: number;
  readonly facts: Record<string, unknown>;
  private readonly buffer: ArrayBuffer;
  private readonly sections = new Map<string, { offset: number; length: number }>();
  private readonly rebuild: string;

  /**
   * Check and open a container held in memory.
   * @param bytes the whole file
   * @param file its path, named in every error
   * @param expected the kind and version this reader understands, and the command that rebuilds the file
   */
  constructor(bytes: Uint8Array, file: string, expected: { kind: string; version: number; rebuild: string }) {
    this.file = file;
    this.rebuild = expected.rebuild;
    const fail = (what: string, found: string, want: string): never => {
      throw new Error(`${file}: ${what}: found ${found}, expected ${want}; run \`${expected.rebuild}\` to rebuild it`);
    };
    if (bytes.length < FIXED_HEADER) fail('file too short for a vnfix data header', `${bytes.length} bytes`, `at least ${FIXED_HEADER}`);
    // Views need 8-byte aligned offsets: copy once when the buffer is not aligned.
    const aligned = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
    this.buffer = aligned.buffer as ArrayBuffer;
    const base = aligned.byteOffset;
    const view = new DataView(this.buffer, base, aligned.byteLength);
    const ascii = (at: number, n: number): string => String.fromCharCode(...aligned.subarray(at, at + n));
    const magic = ascii(0, 4);
    if (magic === INCOMPLETE_MAGIC) fail('the file was not completely written (its build stopped)', `"${magic}"`, `"${MAGIC}"`);
    if (magic !== MAGIC) fail('not a vnfix data file', `magic "${magic}"`, `"${MAGIC}"`);
    const order = view.getUint32(12, true);
    if (order !== BYTE_ORDER) fail('wrong byte order', `0x${order.toString(16).padStart(8, '0')}`, `0x${BYTE_ORDER.toString(16).padStart(8, '0')}`);
    if (view.getFloat32(16, true) !== 1.0 || view.getFloat32(20, true) !== -0.5) {
      fail('number layout check failed', `${view.getFloat32(16, true)}, ${view.getFloat32(20, true)}`, '1, -0.5');
    }
    this.kind = ascii(4, 4);
    if (this.kind !== expected.kind) fail('wrong kind of data file', `"${this.kind}"`, `"${expected.kind}"`);
    this.version = view.getUint32(8, true);
    if (this.version !== expected.version) fail('unsupported format version', String(this.version), String(expected.version));
    const total = view.getFloat64(32, true);
    if (total !== aligned.length) fail('file size does not match its header (truncated?)', `${aligned.length} bytes`, `${total}`);
    const count = view.getUint32(24, true);
    const factsLength = view.getUint32(28, true);
    const factsAt = FIXED_HEADER + SECTION_ENTRY * count;
    if (factsAt + factsLength > aligned.length) fail('header larger than the file', `${aligned.length} bytes`, `${factsAt + factsLength}`);
    for (let i = 0; i < count; i++) {
      const at = FIXED_HEADER + i * SECTION_ENTRY;
      const name = ascii(at, NAME_BYTES).replace(/\0+$/, '');
      const offset = view.getUint32(at + NAME_BYTES, true);
      const length = view.getUint32(at + NAME_BYTES + 4, true);
      if (offset % 8 !== 0 || offset + length > aligned.length) {
        fail(`section "${name}" out of bounds`, `offset ${offset}, length ${length}`, `8-aligned, within ${aligned.length} bytes`);
      }
      this.sections.set(name, { offset: base + offset, length });
    }
    this.facts = JSON.parse(new TextDecoder().decode(aligned.subarray(factsAt, factsAt + factsLength))) as Record<string, unknown>;
  }

  private section(name: string, unit: number): { offset: number; length: number } {
    const s = this.sections.get(name);
    if (!s) throw new Error(`${this.file}: missing section "${name}"; run \`${this.rebuild}\` to rebuild it`);
    if (s.length % unit !== 0) throw new Error(`${this.file}: section "${name}" has ${s.length} bytes, not a multiple of ${unit}; run \`${this.rebuild}\``);
    return s;
  }

  /** Whether the file has a section of this name. */
  has(name: string): boolean {
    return this.sections.has(name);
  }

  /** Bytes of a section. */
  u8(name: string): Uint8Array {
    const s = this.section(name, 1);
    return new Uint8Array(this.buffer, s.offset, s.length);
  }

  /** A section as 16-bit unsigned integers. */
  u16(name: string): Uint16Array {
    const s = this.section(name, 2);
    return new Uint16Array(this.buffer, s.offset, s.length / 2);
  }

  /** A section as 32-bit unsigned integers. */
  u32(name: string): Uint32Array {
    const s = this.section(name, 4);
    return new Uint32Array(this.buffer, s.offset, s.length / 4);
  }

  /** A section as 32-bit floats. */
  f32(name: string): Float32Array {
    const s = this.section(name, 4);
    return new Float32Array(this.buffer, s.offset, s.length / 4);
  }
}
