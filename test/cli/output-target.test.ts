import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtomicFileTarget } from '../../src/cli/output-target.js';
import { tempDir } from './cli-harness.js';

describe('atomic output files', () => {
  it('shows nothing under the final name until commit, then the whole file, with no temporary left', async () => {
    const dir = tempDir('vnfix-out-');
    const file = path.join(dir, '2021/bao-cao.md');
    const target = new AtomicFileTarget(file);
    await target.write('# BÁO CÁO\n');
    await target.write('Kết quả thực hiện\n');
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(path.dirname(file))).toHaveLength(1);
    await target.commit();
    expect(readFileSync(file, 'utf8')).toBe('# BÁO CÁO\nKết quả thực hiện\n');
    expect(readdirSync(path.dirname(file))).toEqual(['bao-cao.md']);
  });

  it('leaves the old file and no temporary when aborted', async () => {
    const dir = tempDir('vnfix-out-');
    const file = path.join(dir, 'bao-cao.txt');
    writeFileSync(file, 'bản cũ\n');
    const target = new AtomicFileTarget(file);
    await target.write('bản mới, dở dang');
    await target.abort();
    expect(readdirSync(dir)).toEqual(['bao-cao.txt']);
    expect(readFileSync(file, 'utf8')).toBe('bản cũ\n');
  });

  it('keeps a backup of the original and refuses to overwrite an existing backup', async () => {
    const dir = tempDir('vnfix-out-');
    const file = path.join(dir, 'to-trinh.txt');
    writeFileSync(file, 'Tờ trình gốc\n');
    const first = new AtomicFileTarget(file, `${file}.bak`);
    await first.write('Tờ trình đã sửa\n');
    await first.commit();
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('Tờ trình gốc\n');
    const second = new AtomicFileTarget(file, `${file}.bak`);
    await second.write('lần hai\n');
    await expect(second.commit()).rejects.toMatchObject({ code: 'EEXIST' });
    await second.abort();
    expect(readFileSync(file, 'utf8')).toBe('Tờ trình đã sửa\n');
  });

  it('refuses to write through a symbolic link that leads outside the output folder', async () => {
    const dir = tempDir('vnfix-out-');
    mkdirSync(path.join(dir, 'out'));
    mkdirSync(path.join(dir, 'elsewhere'));
    symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'out/link'));
    const target = new AtomicFileTarget(path.join(dir, 'out/link/a.md'), undefined, path.join(dir, 'out'));
    await expect(target.write('x')).rejects.toThrow(/leads outside/);
    await target.abort();
    expect(readdirSync(path.join(dir, 'elsewhere'))).toEqual([]);
  });
});
