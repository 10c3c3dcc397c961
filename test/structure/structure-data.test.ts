import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileStructureData, compiledStructurePath, DEFAULT_STRUCTURE_DATA, loadStructureData } from '../../src/structure/structure-data.js';

/** A copy of the shipped phrase file in a fresh folder. */
function copyOfShipped(): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'vnfix-structure-')), 'structure.yaml');
  copyFileSync(DEFAULT_STRUCTURE_DATA, file);
  return file;
}

describe('structure phrase lists, compiled form', () => {
  it('reads the same lists from the compiled JSON as from the YAML', () => {
    const file = copyOfShipped();
    const fromYaml = loadStructureData(file);
    compileStructureData(file);
    expect(loadStructureData(file)).toEqual(fromYaml);
    expect(fromYaml.mottos).toContain('Độc lập - Tự do - Hạnh phúc');
  });

  it('uses the compiled JSON only while the YAML is unchanged', () => {
    const file = copyOfShipped();
    compileStructureData(file);
    // A compiled file with other content but the right hash is used: the hash decides.
    const record = JSON.parse(readFileSync(compiledStructurePath(file), 'utf8'));
    record.data.mottos = ['ĐẢNG CỘNG SẢN VIỆT NAM'];
    writeFileSync(compiledStructurePath(file), JSON.stringify(record));
    expect(loadStructureData(file).mottos).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM']);
    // Once the YAML is edited, the stale compiled file is ignored.
    writeFileSync(file, readFileSync(file, 'utf8').replace('  - ĐẢNG CỘNG SẢN VIỆT NAM\n', '  - ĐẢNG CỘNG SẢN VIỆT NAM\n  - CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM (bản thử)\n'));
    expect(loadStructureData(file).mottos).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM (bản thử)');
  });

  it('falls back to the YAML when the compiled file is damaged', () => {
    const file = copyOfShipped();
    writeFileSync(compiledStructurePath(file), '{"sourceSha256": ');
    expect(loadStructureData(file).mottos.length).toBeGreaterThan(0);
  });
});
