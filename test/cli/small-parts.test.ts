import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { ExitCode, mergeExitCodes } from '../../src/cli/exit-code.js';
import { outputPathFor } from '../../src/cli/output-path.js';
import { formatDuration, formatProgress } from '../../src/cli/progress-bar.js';
import { makeChalk } from '../../src/cli/make-chalk.js';
import { formatMessage } from '../../src/cli/format-message.js';
import { parseValue } from '../../src/cli/option-values.js';
import { describeFsError } from '../../src/cli/expand-inputs.js';

describe('exit statuses', () => {
  it('merges the statuses of many files: interrupted > error > findings > success', () => {
    expect(mergeExitCodes([])).toBe(ExitCode.Success);
    expect(mergeExitCodes([0, 1, 0])).toBe(ExitCode.Findings);
    expect(mergeExitCodes([1, 2, 0])).toBe(ExitCode.Error);
    expect(mergeExitCodes([2, 130, 1])).toBe(ExitCode.Interrupted);
  });
});

describe('output paths', () => {
  it('mirrors the relative path with the format extension', () => {
    expect(outputPathFor('/out', '2021/quy-1/bao-cao.txt', 'md')).toBe('/out/2021/quy-1/bao-cao.md');
    expect(outputPathFor('/out', 'bao-cao.txt', 'json')).toBe('/out/bao-cao.json');
    expect(outputPathFor('/out', 'ghi-chu', 'text')).toBe('/out/ghi-chu.txt');
  });

  it('never points outside the output folder', () => {
    expect(outputPathFor('/out', '../etc/passwd.txt', 'text')).toBeUndefined();
    expect(outputPathFor('/out', 'a/../../b.txt', 'md')).toBeUndefined();
  });
});

describe('progress line', () => {
  it('shows files, syllables per second and the time left', () => {
    const line = formatProgress(
      { filesDone: 120, filesTotal: 400, failed: 2, syllables: 70_000, bytesDone: 300, bytesTotal: 1000, elapsedMs: 2000 },
      new Chalk({ level: 0 }),
    );
    expect(line).toBe('[#######·················] 120/400 files · 2 failed · 35,000 syllables/s · ETA 0:05');
  });

  it('formats durations', () => {
    expect(formatDuration(42)).toBe('0:42');
    expect(formatDuration(3725)).toBe('1:02:05');
  });
});

describe('colour', () => {
  it('colours a terminal only, and never with NO_COLOR set', () => {
    expect(makeChalk('auto', true, {}).level).toBe(1);
    expect(makeChalk('auto', false, {}).level).toBe(0);
    expect(makeChalk('auto', true, { NO_COLOR: '1' }).level).toBe(0);
    expect(makeChalk('auto', true, { NO_COLOR: '' }).level).toBe(1);
    expect(makeChalk('always', false, {}).level).toBe(1);
    expect(makeChalk('never', true, {}).level).toBe(0);
  });
});

describe('messages', () => {
  it('formats a message as path:line:column  level  reason  ruleId', () => {
    const chalk = new Chalk({ level: 0 });
    const message = { reason: 'kept "Gy": no candidate is sure', ruleId: 'restore-uncertain', source: 'vnfix' as const, fatal: false, place: { line: 12, column: 40, offset: 512 } };
    expect(formatMessage('bao-cao.txt', message, chalk)).toBe('bao-cao.txt:12:40  warning  kept "Gy": no candidate is sure  restore-uncertain');
  });
});

describe('option values', () => {
  it('reads shares as fractions or percentages', () => {
    expect(parseValue.share('0.05')).toBe(0.05);
    expect(parseValue.share('5%')).toBeCloseTo(0.05);
    expect(() => parseValue.share('150%')).toThrow(/between 0 and 1/);
  });
});

describe('file-system errors', () => {
  it('are described in plain words', () => {
    const error = (code: string) => Object.assign(new Error(`${code}: raw`), { code });
    expect(describeFsError(error('EACCES'))).toBe('permission denied');
    expect(describeFsError(error('ENOENT'))).toBe('no such file or folder');
    expect(describeFsError(error('EISDIR'))).toBe('is a folder');
    expect(describeFsError(error('EWHATEVER'))).toBe('EWHATEVER: raw');
  });
});
