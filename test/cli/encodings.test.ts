import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeText } from '../../src/encoding/encode-text.js';
import { ENCODING_NAMES } from '../../src/encoding/encoding-name.js';
import { LegacyTables } from '../../src/encoding/legacy-tables.js';
import { runMain, tempDir } from './cli-harness.js';

const tables = new LegacyTables();
// No upper-case letter with a tone mark, so that TCVN3 (which has none) can spell it too.
const REPORT =
  'Ban Thường vụ Tỉnh ủy đã xây dựng Kế hoạch số 29-KH/TU, ngày 14-10-2011 cụ thể hóa thực hiện;\n' +
  'tổ chức hội nghị triển khai, quán triệt đến lãnh đạo các sở, ban, ngành, đoàn thể cấp tỉnh.\n\n' +
  'Các huyện, thành phố chỉ đạo cụ thể hóa bằng các chương trình, kế hoạch của địa phương, đơn vị.\n';

describe('every encoding through the command line', () => {
  it('gives the same output for each encoding of a report as for its UTF-8 text', async () => {
    const dir = tempDir('vnfix-enc-');
    const names = ENCODING_NAMES.map((encoding) => {
      const name = `bao-cao.${encoding}.txt`;
      writeFileSync(path.join(dir, name), encodeText(REPORT, encoding, tables));
      return name;
    });
    writeFileSync(path.join(dir, 'bao-cao.nfd.txt'), Buffer.from(REPORT.normalize('NFD')));
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REPORT)]);
    writeFileSync(path.join(dir, 'bao-cao.bom.txt'), bom);
    names.push('bao-cao.nfd.txt', 'bao-cao.bom.txt');
    const run = await runMain(['--no-config', '-f', 'jsonl', '-j', '1', '--verbose', ...names], { cwd: dir });
    expect(run.code).toBe(0);
    const records = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown> & { source: string });
    const strip = ({ source: _source, ...rest }: Record<string, unknown>) => rest;
    const utf8 = strip(records[0]);
    for (const record of records.slice(1)) {
      const { messages: _m, ...withoutMessages } = strip(record);
      const { messages: _n, ...reference } = utf8;
      expect(withoutMessages, record.source).toEqual(reference);
    }
    // Legacy encodings are reported as info messages on stderr with --verbose.
    for (const encoding of ['windows-1258', 'tcvn3', 'vni', 'viscii', 'viqr']) {
      expect(run.stderr).toMatch(new RegExp(`^bao-cao\\.${encoding}\\.txt:1:1  info  detected ${encoding} \\(confidence \\d\\.\\d\\d\\)  encoding-legacy$`, 'm'));
    }
    expect(run.stderr).toMatch(/^bao-cao\.bom\.txt:1:1  info  detected utf-8 with a byte-order mark/m);
    expect(run.stderr).toMatch(/^bao-cao\.nfd\.txt:1:1  info  detected utf-8 in decomposed form \(NFD\)/m);
  });

  it('reads a file as the encoding --encoding names', async () => {
    const dir = tempDir('vnfix-enc-');
    // These VNI bytes are valid Windows-1252 text too; only --encoding says which one is meant.
    writeFileSync(path.join(dir, 'a.txt'), encodeText('Độc lập - Tự do - Hạnh phúc\n', 'vni', tables));
    writeFileSync(path.join(dir, 'b.txt'), 'Độc lập - Tự do - Hạnh phúc\n');
    const run = await runMain(['--no-config', '-f', 'text', '--encoding', 'vni', 'a.txt'], { cwd: dir });
    const utf8 = await runMain(['--no-config', '-f', 'text', 'b.txt'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(utf8.stdout);
    expect(run.stdout).toContain('Độc lập');
  });
});
