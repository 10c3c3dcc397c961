import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatConfusionTsv, parseConfusionTsv, readConfusionTsv, type ConfusionRow } from '../../src/ocr/confusion-table.js';
import { createOcrChannel } from '../../src/ocr/load-ocr-channel.js';

const rows: ConfusionRow[] = [
  { truth: '[*]', ocr: '=', count: 10, cost: 0.1 },
  { truth: '[*]', ocr: 'ε', count: 1, cost: 2 },
  { truth: '[*]', ocr: '*', count: 1, cost: 3 },
  { truth: 'ổ', ocr: '6', count: 5, cost: 0.4 },
  { truth: 'ε', ocr: ' ', count: 2, cost: 3.5 },
  { truth: 'ε', ocr: '*', count: 0, cost: 5 },
  { truth: 'ε', ocr: '␣', count: 3, cost: 2.5 },
];

describe('confusion.tsv', () => {
  it('reads back what it writes, escaping spaces', () => {
    const text = formatConfusionTsv(rows, ['test table']);
    expect(text).toContain('\\u0020');
    const back = parseConfusionTsv(text, 'x.tsv');
    expect(back).toEqual(rows.map((r) => ({ ...r, cost: Number(r.cost.toFixed(4)) })));
  });

  it('names the file when it is missing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vnfix-ocr-'));
    expect(() => createOcrChannel(dir, ['của'])).toThrow(/confusion\.tsv: cannot read the OCR confusion table.*build:confusion/u);
  });

  it('names the file and line of a malformed row', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vnfix-ocr-'));
    const file = path.join(dir, 'confusion.tsv');
    writeFileSync(file, '# c\ntruth\tocr\tcount\tcost\n[*]\t=\t1\t0.1\nổ\t6\tfive\t0.4\n');
    expect(() => readConfusionTsv(file)).toThrow(new RegExp(`${file.replace(/[.\\/]/gu, '\\$&')}:4: malformed row`, 'u'));
  });

  it('rejects a file without the header or truncated before the default rows', () => {
    expect(() => parseConfusionTsv('ổ\t6\t5\t0.4\n', 'a.tsv')).toThrow(/^a\.tsv:1: expected the header/u);
    expect(() => parseConfusionTsv('truth\tocr\tcount\tcost\nổ\t6\t5\t0.4\n', 'b.tsv')).toThrow(/^b\.tsv: the default rows/u);
    expect(() => parseConfusionTsv('', 'c.tsv')).toThrow(/^c\.tsv: no table header/u);
  });
});
