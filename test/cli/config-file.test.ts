import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfigFile, loadConfigFile } from '../../src/cli/config-file.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { OCR_LINES, runMain, tempDir } from './cli-harness.js';

describe('config file search', () => {
  it('finds vnfix.config.yaml in a parent folder', async () => {
    const root = tempDir('vnfix-config-');
    const deep = path.join(root, 'kho/2021/quy-2');
    mkdirSync(deep, { recursive: true });
    writeFileSync(path.join(root, 'kho/vnfix.config.yaml'), 'format: text\n');
    expect(await findConfigFile(deep)).toBe(path.join(root, 'kho/vnfix.config.yaml'));
  });

  it('takes the nearest file, and .vnfixrc.yaml too', async () => {
    const root = tempDir('vnfix-config-');
    mkdirSync(path.join(root, 'a/b'), { recursive: true });
    writeFileSync(path.join(root, 'vnfix.config.yaml'), 'format: md\n');
    writeFileSync(path.join(root, 'a/.vnfixrc.yaml'), 'format: json\n');
    expect(await findConfigFile(path.join(root, 'a/b'))).toBe(path.join(root, 'a/.vnfixrc.yaml'));
  });

  it('resolves dictionary and output paths against the config file folder', async () => {
    const root = tempDir('vnfix-config-');
    const file = path.join(root, 'vnfix.config.yaml');
    writeFileSync(file, 'dictionaries:\n  - tu-dien/dia-danh.yaml\nout-dir: ../sach\ntone-style: modern\nminConfidence: 0.7\nencoding: TCVN3\n');
    expect(await loadConfigFile(file)).toEqual({
      dictionaries: [path.join(root, 'tu-dien/dia-danh.yaml')],
      outDir: path.resolve(root, '../sach'),
      toneStyle: 'modern',
      minConfidence: 0.7,
      encoding: 'tcvn3',
    });
  });

  it('names the file and the key for an unknown key or a bad value', async () => {
    const root = tempDir('vnfix-config-');
    const file = path.join(root, '.vnfixrc.yaml');
    writeFileSync(file, 'fromat: text\n');
    await expect(loadConfigFile(file)).rejects.toThrow(UsageError);
    await expect(loadConfigFile(file)).rejects.toThrow(/unknown key "fromat" \(known: format,/);
    writeFileSync(file, 'jobs: many\n');
    await expect(loadConfigFile(file)).rejects.toThrow(/^jobs: jobs must be a whole number/);
  });
});

describe('config file in use', () => {
  it('applies the config found upward from the working directory; flags override it', async () => {
    const root = tempDir('vnfix-config-');
    mkdirSync(path.join(root, 'ho-so'));
    writeFileSync(path.join(root, 'vnfix.config.yaml'), 'format: jsonl\n');
    writeFileSync(path.join(root, 'ho-so/a.txt'), OCR_LINES.join('\n'));
    const fromConfig = await runMain(['a.txt'], { cwd: path.join(root, 'ho-so') });
    expect(fromConfig.code).toBe(0);
    expect(JSON.parse(fromConfig.stdout)).toMatchObject({ source: 'a.txt' });
    const flag = await runMain(['-f', 'text', 'a.txt'], { cwd: path.join(root, 'ho-so') });
    expect(flag.stdout.split('\n')).toHaveLength(OCR_LINES.length);
    const ignored = await runMain(['--no-config', 'a.txt'], { cwd: path.join(root, 'ho-so') });
    expect(() => JSON.parse(ignored.stdout)).toThrow();
  });

  it('reads --config FILE from anywhere', async () => {
    const root = tempDir('vnfix-config-');
    writeFileSync(path.join(root, 'khac.yaml'), 'format: text\n');
    const run = await runMain(['--config', 'khac.yaml'], { cwd: root, stdin: 'Ban Bi thw\n\n' });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toHaveLength(3);
  });

  it('fails in one line naming the config file when it is wrong', async () => {
    const root = tempDir('vnfix-config-');
    writeFileSync(path.join(root, 'vnfix.config.yaml'), 'format: docx\n');
    const run = await runMain([], { cwd: root, stdin: 'a' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`vnfix: ${path.join(root, 'vnfix.config.yaml')}: format: unknown format "docx" (choose text, md, json, jsonl)\n`);
  });

  it('fails in one line for a missing user dictionary', async () => {
    const root = tempDir('vnfix-config-');
    const run = await runMain(['--no-config', '--dict', 'khong-co.yaml'], { cwd: root, stdin: 'a' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`vnfix: dictionary ${path.join(root, 'khong-co.yaml')}: no such file\n`);
  });

  it('stops with one line when a user dictionary cannot be loaded, whatever -j is', async () => {
    const root = tempDir('vnfix-config-');
    writeFileSync(path.join(root, 'dia-danh.yaml'), 'terms: [unclosed\n  - x: {\n');
    for (let i = 0; i < 4; i++) writeFileSync(path.join(root, `bc-${i}.txt`), OCR_LINES.join('\n'));
    for (const jobs of ['1', '2']) {
      const run = await runMain(['--no-config', '--dict', 'dia-danh.yaml', '-j', jobs, '-f', 'text', '--out-dir', 'out', '.'], { cwd: root });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^vnfix: cannot load the dictionaries: .*dia-danh\.yaml.*\n$/);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});
