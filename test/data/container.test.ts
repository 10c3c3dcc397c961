import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Container, encodeContainer, finishContainer } from '../../src/data/container.js';
import { readContainerFile, writeContainerFile } from '../../src/data/container-file.js';

const EXPECTED = { kind: 'TEST', version: 3, rebuild: 'npm run build:model' };
const spec = () => ({
  kind: 'TEST',
  version: 3,
  facts: { corpus: 'fixture', order: 3 },
  sections: { ids: Uint32Array.from([1, 2, 3]), bytes: Uint8Array.from([7, 8, 9, 10, 11]), probs: Float32Array.from([-0.5, -1.25]) },
});
const complete = (): Uint8Array => finishContainer(encodeContainer(spec()));

describe('container', () => {
  it('reads back the sections and facts it wrote', () => {
    const c = new Container(complete(), 'x.bin', EXPECTED);
    expect([...c.u32('ids')]).toEqual([1, 2, 3]);
    expect([...c.u8('bytes')]).toEqual([7, 8, 9, 10, 11]);
    expect([...c.f32('probs')]).toEqual([-0.5, -1.25]);
    expect(c.facts).toEqual({ corpus: 'fixture', order: 3 });
  });

  it('copies a misaligned buffer once instead of failing', () => {
    const bytes = complete();
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    expect([...new Container(shifted, 'x.bin', EXPECTED).u32('ids')]).toEqual([1, 2, 3]);
  });

  it('rejects a truncated file, naming the file and the rebuild command', () => {
    const bytes = complete();
    expect(() => new Container(bytes.subarray(0, bytes.length - 8), 'model.bin', EXPECTED)).toThrow(/model\.bin: file size does not match.*npm run build:model/);
    expect(() => new Container(bytes.subarray(0, 10), 'model.bin', EXPECTED)).toThrow(/too short/);
  });

  it('rejects a file of another format version', () => {
    expect(() => new Container(complete(), 'model.bin', { ...EXPECTED, version: 4 })).toThrow(/unsupported format version: found 3, expected 4/);
  });

  it('rejects a file of another kind', () => {
    expect(() => new Container(complete(), 'model.bin', { ...EXPECTED, kind: 'SYLM' })).toThrow(/wrong kind of data file: found "TEST", expected "SYLM"/);
  });

  it('rejects a file written in the other byte order', () => {
    const bytes = complete();
    bytes.set([1, 2, 3, 4], 12);
    expect(() => new Container(bytes, 'model.bin', EXPECTED)).toThrow(/wrong byte order: found 0x04030201/);
  });

  it('rejects a file whose build did not finish', () => {
    expect(() => new Container(encodeContainer(spec()), 'model.bin', EXPECTED)).toThrow(/not completely written/);
  });

  it('writes through a temporary file and reads it back from disk', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vnfix-container-'));
    const file = path.join(dir, 'test.bin');
    writeContainerFile(file, spec());
    expect(readContainerFile(file, EXPECTED).u32('ids')[2]).toBe(3);
    writeFileSync(file, readFileSync(file).subarray(0, 50));
    expect(() => readContainerFile(file, EXPECTED)).toThrow(/test\.bin/);
    expect(() => readContainerFile(path.join(dir, 'missing.bin'), EXPECTED)).toThrow(/missing\.bin: cannot read.*npm run build:model/);
  });
});
