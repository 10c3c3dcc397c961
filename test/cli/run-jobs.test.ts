import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runJobs } from '../../src/cli/run-jobs.js';
import type { OutputTarget } from '../../src/cli/output-target.js';
import { OCR_LINES, tempDir } from './cli-harness.js';

/** Collects what is written, by input. */
class MemoryTarget implements OutputTarget {
  text = '';
  async write(piece: string): Promise<void> {
    this.text += piece;
  }
  async commit(): Promise<void> {}
  async abort(): Promise<void> {}
}

describe('runJobs with a huge input among others', () => {
  it('streams every file in this thread, in input order, instead of handing whole outputs back from workers', async () => {
    const dir = tempDir('vnfix-jobs-');
    const files = ['a.txt', 'b.txt', 'c.txt'].map((name, i) => {
      const file = path.join(dir, name);
      writeFileSync(file, OCR_LINES.slice(0, i + 2).join('\n') + '\n');
      return file;
    });
    const targets = new Map<number, MemoryTarget>();
    const order: number[] = [];
    let pieces = 0;
    const finished = await runJobs({
      jobs: files.map((file, index) => ({ index, displayPath: path.basename(file), path: file })),
      parallel: 2,
      // The second file counts as huge: the whole run stays in this thread (onPiece is called only there).
      hugeInputBytes: OCR_LINES.slice(0, 3).join('\n').length,
      settings: { format: 'text', toneStyle: 'traditional', minConfidence: 0.5 },
      resources: {},
      discardOutput: false,
      stdin: Readable.from([]),
      signal: new AbortController().signal,
      targetFor: (job) => {
        const target = new MemoryTarget();
        targets.set(job.index, target);
        return target;
      },
      onPiece: () => pieces++,
      onOutcome: async (outcome) => {
        order.push(outcome.index);
      },
    });
    expect(finished).toBe(true);
    expect(order).toEqual([0, 1, 2]);
    expect(pieces).toBe(3);
    expect(targets.get(2)!.text).toContain('Thực hiện Công văn số 118-CV/UBND');
    expect(targets.get(2)!.text.split('\n')).toHaveLength(5);
  });
});
