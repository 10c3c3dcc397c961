import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repair, Resources } from '../../src/index.js';
import { applyHeaderRewrites } from '../../src/structure/fixed-phrases.js';
import { CLEAN_LINES, OCR_LINES, ROOT, ensureBuilt, runBin, runMain, tempDir } from './cli-harness.js';

const REPORT = path.join(ROOT, 'fixtures/cli/report-ocr.txt');
const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

describe('stdin, stdout and formats', () => {
  it('reads stdin and writes Markdown to stdout by default', async () => {
    const run = await runMain(['--no-config'], { stdin: OCR_LINES.join('\n') + '\n' });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.length).toBeGreaterThan(0);
  });

  it('treats - as stdin', async () => {
    const run = await runMain(['--no-config', '-f', 'text', '-'], { stdin: 'Ban Bi thw\n' });
    expect(run.code).toBe(0);
    expect(lineCount(run.stdout)).toBe(lineCount('Ban Bi thw\n'));
  });

  const shapes: Record<string, string> = {
    'the README report': readFileSync(REPORT, 'utf8'),
    'CRLF line ends': OCR_LINES.join('\r\n') + '\r\n',
    'no final newline': OCR_LINES.join('\n'),
    'blank lines and indentation': `\n\n   ${OCR_LINES[0]}\n\n\n\t${OCR_LINES[1]}\n   \n${OCR_LINES[2]}\n\n`,
    'clean text': CLEAN_LINES.join('\n') + '\n',
    'a single newline': '\n',
  };
  for (const [name, input] of Object.entries(shapes)) {
    it(`--format text keeps exactly the input's lines (${name})`, async () => {
      const run = await runMain(['--no-config', '-f', 'text'], { stdin: input });
      expect(run.code).toBe(0);
      expect(lineCount(run.stdout)).toBe(lineCount(input));
      // Codes, numbers and line ends are never rewritten.
      const codes = input.match(/(?<![\p{L}\d])\d+(?:[-/.,]\d+)*(?:-[A-Z]+\/[A-Z]+)?(?![\p{L}\d])/gu) ?? [];
      for (const code of codes) expect(run.stdout).toContain(code);
      expect(run.stdout.match(/\r\n/g)?.length ?? 0).toBe(input.match(/\r\n/g)?.length ?? 0);
    });
  }

  it('writes an empty output for an empty input', async () => {
    const run = await runMain(['--no-config', '-f', 'text'], { stdin: '' });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
  });

  it('writes one JSON document for --format json', async () => {
    const run = await runMain(['--no-config', '-f', 'json', REPORT]);
    expect(run.code).toBe(0);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });

  it('writes one JSON record per input for --format jsonl, failures included', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), OCR_LINES.join('\n'));
    writeFileSync(path.join(dir, 'b.txt'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 8]));
    writeFileSync(path.join(dir, 'c.txt'), CLEAN_LINES.join('\n'));
    const run = await runMain(['--no-config', '-f', 'jsonl', 'a.txt', 'b.txt', 'c.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    const records = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { source: string; error?: string });
    expect(records.map((r) => r.source)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(records[1].error).toMatch(/binary/);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('vnfix: b.txt:'))).toHaveLength(1);
  });

  it('refuses --format json for several inputs without --out-dir, and says what to use', async () => {
    const run = await runMain(['--no-config', '-f', 'json', REPORT, REPORT.replace('report-ocr', 'report-ocr')]);
    // The same file twice is one input.
    expect(run.code).toBe(0);
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), 'a');
    writeFileSync(path.join(dir, 'b.txt'), 'b');
    const two = await runMain(['--no-config', '-f', 'json', 'a.txt', 'b.txt'], { cwd: dir });
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/^vnfix: .*--format jsonl/);
  });

  it('writes -o FILE atomically and nothing on stdout', async () => {
    const dir = tempDir();
    const run = await runMain(['--no-config', '-f', 'text', '-o', 'out.txt', REPORT], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(lineCount(readFileSync(path.join(dir, 'out.txt'), 'utf8'))).toBe(lineCount(readFileSync(REPORT, 'utf8')));
  });

  it('lists changes word by word with --diff, one line per change the library reports', async () => {
    const diff = await runMain(['--no-config', '--diff', REPORT]);
    expect(diff.code).toBe(0);
    // The restorer's changes and the header's fixed wording, as `render` reports them.
    const resources = new Resources();
    const changes = applyHeaderRewrites(repair(readFileSync(REPORT, 'utf8'), resources), resources.structureData).changes;
    expect(changes.some((c) => c.ruleId === 'structure-fixed-phrase')).toBe(true);
    const lines = diff.stdout.split('\n').filter((l) => /^\s+\d+:\d+\s+\S.* → .*\s\d\.\d\d/.test(l));
    expect(lines).toHaveLength(changes.length);
    for (const [i, change] of changes.entries()) expect(lines[i]).toContain(`${change.line}:${change.column}  ${change.from} → ${change.to}`);
    if (changes.length > 0) expect(diff.stdout.split('\n')[0]).toBe(REPORT);
    expect(diff.stdout).not.toMatch(/\x1b\[/);
  });

  it('colours the diff on a terminal, and not with NO_COLOR', async () => {
    const input = OCR_LINES.join('\n');
    const tty = await runMain(['--no-config', '--diff'], { stdin: input, stdoutIsTTY: true, env: { TERM: 'xterm' } });
    if (repair(input, new Resources()).changes.length > 0) expect(tty.stdout).toMatch(/\x1b\[/);
    const noColor = await runMain(['--no-config', '--diff'], { stdin: input, stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toMatch(/\x1b\[/);
  });

  it('prints library messages as path:line:column  level  reason  ruleId only with --verbose', async () => {
    const dir = tempDir();
    // VNI-Windows bytes of "Cộng hòa xã hội chủ nghĩa Việt Nam, Độc lập - Tự do - Hạnh phúc".
    writeFileSync(path.join(dir, 'vni.txt'), Buffer.from('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam, Ñoäc laäp - Töï do - Haïnh phuùc\n', 'latin1'));
    const quiet = await runMain(['--no-config', '-f', 'text', 'vni.txt'], { cwd: dir });
    expect(quiet.stderr).toBe('');
    const verbose = await runMain(['--no-config', '-f', 'text', '--verbose', 'vni.txt'], { cwd: dir });
    expect(verbose.code).toBe(0);
    expect(verbose.stderr).toMatch(/^vni\.txt:1:1 {2}info {2}detected vni \(confidence \d\.\d\d\) {2}encoding-legacy$/m);
    expect(verbose.stdout).not.toContain('encoding-legacy');
  });
});

describe('progress', () => {
  it('draws a progress line on a terminal stderr only, and never with --no-progress or --quiet', async () => {
    const dir = tempDir();
    for (let i = 0; i < 3; i++) writeFileSync(path.join(dir, `bc-${i}.txt`), OCR_LINES.join('\n'));
    const args = ['--no-config', '-f', 'text', '--out-dir', 'out', '.'];
    const tty = await runMain(args, { cwd: dir, stderrIsTTY: true, env: { NO_COLOR: '1' } });
    expect(tty.stderr).toMatch(/\r\x1b\[2K\[[#·]+\] \d\/3 files · [\d,]+ syllables\/s · ETA /);
    expect(tty.stderr).toMatch(/vnfix: 3 files done, 0 failed/);
    for (const extra of [['--no-progress'], ['--quiet']]) {
      const off = await runMain([...args, ...extra], { cwd: dir, stderrIsTTY: true });
      expect(off.stderr).not.toContain('syllables/s');
    }
    const pipe = await runMain(args, { cwd: dir, stderrIsTTY: false });
    expect(pipe.stderr).toBe('vnfix: 3 files done, 0 failed, ' + pipe.stderr.split('0 failed, ')[1]);
    expect(pipe.stderr).not.toContain('\r');
  });
});

describe('usage and input errors', () => {
  it('prints the version from package.json', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = await runMain(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });

  it('shows help with examples and the exit statuses', async () => {
    const run = await runMain(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('vnfix check');
    expect(run.stdout).toMatch(/Exit status: 0 success, 1 findings/);
  });

  it('exits 2 with one line for an unknown option', async () => {
    const run = await runMain(['--frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^vnfix: unknown option '--frobnicate'/);
  });

  it('exits 2 for a bad option value, listing the choices', async () => {
    const run = await runMain(['-f', 'docx'], { stdin: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^vnfix: .*docx.*text, md, json, jsonl/);
    const enc = await runMain(['--encoding', 'latin9'], { stdin: '' });
    expect(enc.code).toBe(2);
    expect(enc.stderr).toMatch(/unknown encoding "latin9"/);
  });

  it('names a missing file in one line and exits 2, with no stack trace', async () => {
    const run = await runMain(['--no-config', 'khong-co.txt'], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('vnfix: khong-co.txt: no such file or folder\n');
  });

  it('refuses --incremental without --out-dir, saying why', async () => {
    const run = await runMain(['--no-config', '--incremental', REPORT]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^vnfix: --incremental needs --out-dir/);
  });
});

describe('the installed command', () => {
  it('runs from bin/vnfix.js, stdin to stdout', async () => {
    const run = await runBin(['--no-config', '-f', 'text'], { stdin: OCR_LINES.join('\n') + '\n' });
    expect(run.code).toBe(0);
    expect(lineCount(run.stdout)).toBe(OCR_LINES.length + 1);
  });

  it('prints nothing but the summary on stderr for a clean batch (no runtime warnings)', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'in'));
    for (let i = 0; i < 15; i++) writeFileSync(path.join(dir, `in/bc-${String(i).padStart(2, '0')}.txt`), OCR_LINES.join('\n'));
    for (const jobs of ['1', '2']) {
      const run = await runBin(['--no-config', '-j', jobs, '-f', 'text', '--out-dir', `out-${jobs}`, 'in'], { cwd: dir });
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/^vnfix: 15 files done, 0 failed, \d+ words changed, \d+ low-confidence repairs\n$/);
    }
  });

  it('ends quietly with status 0 when the reader of stdout goes away (EPIPE)', async () => {
    ensureBuilt();
    const input = (OCR_LINES.join('\n') + '\n\n').repeat(600);
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'bin/vnfix.js'), '--no-config', '-f', 'text'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => resolve({ code, stderr }));
      child.stdin.end(input);
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('ends quietly with status 0 when stdout is closed before the help is written (`vnfix --help | head -1`)', async () => {
    ensureBuilt();
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'bin/vnfix.js'), '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.stdout.destroy();
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('exits 130 on Ctrl-C', async () => {
    ensureBuilt();
    const input = (OCR_LINES.join('\n') + '\n\n').repeat(20000);
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'bin/vnfix.js'), '--no-config', '-f', 'text'], { stdio: ['pipe', 'pipe', 'ignore'] });
      child.stdout.once('data', () => child.kill('SIGINT'));
      child.on('close', (status) => resolve(status));
      child.stdin.on('error', () => undefined);
      child.stdin.end(input);
    });
    expect(code).toBe(130);
  });
});
