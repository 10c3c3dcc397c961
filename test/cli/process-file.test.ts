import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { processFile, type ProcessSettings } from '../../src/cli/process-file.js';
import { LineIndex } from '../../src/document/line-index.js';
import { encodeText } from '../../src/encoding/encode-text.js';
import { LegacyTables } from '../../src/encoding/legacy-tables.js';
import { Resources } from '../../src/resources.js';
import { OCR_LINES } from './cli-harness.js';

const context = { resources: new Resources(), tables: new LegacyTables() };
const INPUT = Array.from({ length: 12 }, (_, i) => `${OCR_LINES[i % OCR_LINES.length]}\n${OCR_LINES[(i + 2) % OCR_LINES.length]}\n`).join('\n');

async function run(bytes: Buffer, settings: Partial<ProcessSettings> = {}, sliceBytes = 1 << 20) {
  const slices: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += sliceBytes) slices.push(bytes.subarray(i, i + sliceBytes));
  return processFile({ index: 0, displayPath: 'bao-cao.txt' }, Readable.from(slices), context, {
    format: 'text',
    toneStyle: 'traditional',
    minConfidence: 0.5,
    ...settings,
  });
}

describe('processing a file in paragraph pieces', () => {
  it('keeps the line count and places every change in the whole input', async () => {
    const pieces = await run(Buffer.from(INPUT), { pieceChars: 64 }, 7);
    expect(pieces.problem).toBeUndefined();
    expect(pieces.output!.split('\n')).toHaveLength(INPUT.split('\n').length);
    const lines = new LineIndex(INPUT);
    for (const change of pieces.changes) {
      expect(INPUT.slice(change.offset, change.offset + change.from.length)).toBe(change.from);
      const point = lines.point(change.offset);
      expect([change.line, change.column]).toEqual([point.line, point.column]);
    }
  });

  it('counts the same words whole or in pieces', async () => {
    const whole = await run(Buffer.from(INPUT));
    const pieces = await run(Buffer.from(INPUT), { pieceChars: 64 }, 5);
    expect(pieces.stats.words).toBe(whole.stats.words);
    expect(pieces.bytes).toBe(Buffer.byteLength(INPUT));
  });

  it('decodes a legacy file streamed in slices that cut its letters', async () => {
    const text = 'Ủy ban nhân dân tỉnh chỉ đạo các sở, ban, ngành\n\ntổ chức thực hiện nghiêm túc.\n';
    const vni = await run(encodeText(text, 'vni', context.tables), { pieceChars: 16 }, 3);
    const utf8 = await run(Buffer.from(text), { pieceChars: 16 }, 3);
    expect(vni.encoding?.name).toBe('vni');
    expect(vni.output).toBe(utf8.output);
  });

  it('reports NUL bytes found after the first 64 KiB as a binary file', async () => {
    const bytes = Buffer.concat([Buffer.from(INPUT.repeat(60)), Buffer.from([0, 1, 2])]);
    const outcome = await run(bytes, {}, 4096);
    expect(outcome.problem).toMatch(/^binary file \(NUL byte at \d+\)$/);
    expect(outcome.output).toBeUndefined();
  });

  it('reads a forced encoding and says so in a message', async () => {
    const bytes = encodeText('Kế hoạch số 29-KH/TU\n', 'tcvn3', context.tables);
    const outcome = await run(bytes, { encoding: 'tcvn3' });
    expect(outcome.messages[0]).toMatchObject({ ruleId: 'encoding-forced', reason: 'read as tcvn3 (--encoding)' });
    expect(outcome.output).toContain('29-KH/TU');
  });

  it('writes text output while the input is still being read, so a huge input never sits in memory', async () => {
    let bytesRead = 0;
    const readWhenWritten: number[] = [];
    const paragraph = Buffer.from(`${OCR_LINES.join('\n')}\n\n`);
    async function* source() {
      for (let i = 0; i < 1000; i++) {
        bytesRead += paragraph.length;
        yield paragraph;
      }
    }
    const target = {
      write: async () => void readWhenWritten.push(bytesRead),
      commit: async () => undefined,
      abort: async () => undefined,
    };
    const outcome = await processFile({ index: 0, displayPath: 'lon.txt' }, source(), context, {
      format: 'text',
      toneStyle: 'traditional',
      minConfidence: 0.5,
      pieceChars: 4096,
    }, target);
    expect(outcome.problem).toBeUndefined();
    expect(readWhenWritten.length).toBeGreaterThan(5);
    // The first piece goes out once the encoding is known (64 KiB read), long before the end.
    expect(readWhenWritten[0]).toBeLessThan((paragraph.length * 1000) / 4);
  });
});
