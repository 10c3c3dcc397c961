import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/encoding/decode-text.js';
import { detectEncoding } from '../../src/encoding/detect-encoding.js';
import { LegacyTables } from '../../src/encoding/legacy-tables.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/encoding/', import.meta.url));
const tables = new LegacyTables();
const reference = readFileSync(path.join(FIXTURES, 'cong-van.utf8.txt'), 'utf8');
const EXPECTED: Record<string, string> = {
  'cong-van.utf8-bom.txt': 'utf-8',
  'cong-van.nfd.txt': 'utf-8',
  'cong-van.utf16le.txt': 'utf-16le',
  'cong-van.utf16be.txt': 'utf-16be',
  'cong-van.cp1258.txt': 'windows-1258',
  'cong-van.tcvn3.txt': 'tcvn3',
  'cong-van.vni.txt': 'vni',
  'cong-van.viscii.txt': 'viscii',
  'cong-van.viqr.txt': 'viqr',
};

describe('checked-in encoding fixtures', () => {
  it('has a fixture for every encoding listed', () => {
    expect(readdirSync(FIXTURES).filter((f) => f.endsWith('.txt') && f !== 'cong-van.utf8.txt').sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, encoding] of Object.entries(EXPECTED)) {
    it(`detects ${file} as ${encoding} and decodes it to the reference text`, () => {
      const bytes = readFileSync(path.join(FIXTURES, file));
      const detection = detectEncoding(bytes, tables);
      expect(detection).toMatchObject({ ok: true, encoding });
      expect(decodeBytes(bytes, encoding as never, tables)).toBe(reference);
    });
  }
});
