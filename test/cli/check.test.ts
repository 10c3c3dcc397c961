import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_LINES, OCR_LINES, runMain, tempDir } from './cli-harness.js';

/** A folder with one clean report, one garbled by OCR, and optionally a binary file. */
function corpus(withBinary = false): string {
  const dir = tempDir('vnfix-check-');
  writeFileSync(path.join(dir, 'sach.txt'), CLEAN_LINES.join('\n') + '\n');
  writeFileSync(path.join(dir, 'ocr.txt'), OCR_LINES.join('\n') + '\n');
  if (withBinary) writeFileSync(path.join(dir, 'scan.txt'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
  return dir;
}

const LENIENT = ['--max-invalid', '100%', '--max-repaired', '100%', '--max-low-confidence', '1000000'];
const STRICT = ['--max-invalid', '0', '--max-repaired', '0', '--max-low-confidence', '0'];

describe('vnfix check', () => {
  it('exits 0 when every file is within the thresholds', async () => {
    const run = await runMain(['check', '--no-config', ...LENIENT, '.'], { cwd: corpus() });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^pass {2}ocr\.txt/m);
    expect(run.stdout).toMatch(/^2 checked: 2 passed, 0 failed, 0 errors$/m);
    expect(run.stderr).toBe('');
  });

  it('exits 1 when a file has more invalid words than allowed, naming the measure', async () => {
    const run = await runMain(['check', '--no-config', ...STRICT, 'ocr.txt'], { cwd: corpus() });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^fail {2}ocr\.txt {2}.*of words are not valid Vietnamese \(limit 0\.0%\)/m);
  });

  it('exits 2 when a file cannot be read, even if others fail the thresholds', async () => {
    const run = await runMain(['check', '--no-config', ...STRICT, '.'], { cwd: corpus(true) });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('vnfix: scan.txt: binary file (NUL bytes)\n');
    expect(run.stdout).toMatch(/^2 checked: .* 1 error$/m);
  });

  it('reports JSON with the measures of each file and the thresholds', async () => {
    const run = await runMain(['check', '--no-config', '--reporter', 'json', ...STRICT, '.'], { cwd: corpus(true) });
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as {
      thresholds: Record<string, number>;
      totals: Record<string, number>;
      files: { file: string; pass?: boolean; invalidShare?: number; error?: string }[];
    };
    expect(report.thresholds).toEqual({ maxInvalid: 0, maxRepaired: 0, maxLowConfidence: 0 });
    expect(report.totals).toMatchObject({ checked: 2, errors: 1 });
    expect(report.files.map((f) => f.file)).toEqual(['ocr.txt', 'sach.txt', 'scan.txt']);
    const ocr = report.files[0];
    expect(ocr.pass).toBe(false);
    expect(ocr.invalidShare).toBeGreaterThan(0);
    expect(report.files[2].error).toMatch(/binary/);
  });

  it('writes a GitHub warning at the line and column of each low-confidence repair', async () => {
    const dir = tempDir('vnfix-check-');
    // Names and a short stripped line: some repairs fall under a strict --min-confidence.
    writeFileSync(path.join(dir, 'bao-cao.txt'), 'Ong Le Van Tam, can bo dia chinh xa.\nBa Tran Thi Thu, lam sap 12 can nha.\n');
    const run = await runMain(['check', '--no-config', '--reporter', 'github', ...STRICT, '--min-confidence', '0.999', '.'], { cwd: dir });
    expect(run.code).toBe(1);
    const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning '));
    expect(warnings.length).toBeGreaterThan(0);
    for (const line of warnings) expect(line).toMatch(/^::warning file=bao-cao\.txt,line=\d+,col=\d+,title=vnfix check::low-confidence repair: "[^"]+" → "[^"]+" \(0\.\d\d\)$/);
  });

  it('writes GitHub workflow annotations with file and line', async () => {
    const run = await runMain(['check', '--no-config', '--reporter', 'github', ...STRICT, '.'], { cwd: corpus(true) });
    expect(run.code).toBe(2);
    const lines = run.stdout.trimEnd().split('\n');
    // A failing file is an error: it fails the job.
    expect(lines.find((l) => l.startsWith('::error file=ocr.txt,'))).toMatch(/^::error file=ocr\.txt,line=\d+,title=vnfix check::.*not valid Vietnamese/);
    expect(lines).toContain('::error file=scan.txt,title=vnfix check::binary file (NUL bytes)');
    // % is escaped as the workflow command syntax asks.
    expect(run.stdout).not.toMatch(/::[^\n]*\d%[^2]/);
  });

  it('takes thresholds from the config file, and flags override them', async () => {
    const dir = corpus();
    writeFileSync(path.join(dir, 'vnfix.config.yaml'), 'check:\n  max-invalid: 0\n  maxRepaired: 100%\n  maxLowConfidence: 1000\n');
    const fromConfig = await runMain(['check', 'ocr.txt'], { cwd: dir });
    expect(fromConfig.code).toBe(1);
    const overridden = await runMain(['check', 'ocr.txt', '--max-invalid', '1'], { cwd: dir });
    expect(overridden.code).toBe(0);
  });

  it('is a usage error without paths, and for a bad threshold', async () => {
    const none = await runMain(['check', '--no-config']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^vnfix: check needs paths/);
    const bad = await runMain(['check', '--no-config', '--max-invalid', '150%', 'x.txt']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/between 0 and 1/);
  });

  it('is an error when a folder holds nothing to check, saying what it looked for', async () => {
    const dir = tempDir('vnfix-check-');
    writeFileSync(path.join(dir, 'to-trinh.docx'), 'PK');
    const run = await runMain(['check', '--no-config', '.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('vnfix: no .txt or .md files found under . (name files directly, or set "extensions" in the config)\n');
  });
});
