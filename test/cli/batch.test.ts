import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeText } from '../../src/encoding/encode-text.js';
import { LegacyTables } from '../../src/encoding/legacy-tables.js';
import { CLEAN_LINES, OCR_LINES, runMain, tempDir } from './cli-harness.js';

/** Every file under a folder, relative path → bytes. */
function snapshot(root: string, skip?: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (child === skip) continue;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) files.set(child, readFileSync(path.join(root, child)));
      else if (entry.isSymbolicLink()) files.set(child, Buffer.from(`-> link`));
    }
  };
  walk('');
  return files;
}

const tables = new LegacyTables();

/** A shelf of 320 small reports in nested folders, with bad files mixed in. */
function makeShelf(): { root: string; good: string[]; bad: string[] } {
  const root = tempDir('vnfix-shelf-');
  const good: string[] = [];
  const bad: string[] = [];
  for (let i = 0; i < 320; i++) {
    const folder = `kho/${2019 + (i % 5)}/hop-${String(i % 16).padStart(2, '0')}`;
    mkdirSync(path.join(root, folder), { recursive: true });
    const rel = `${folder}/bao-cao-${String(i).padStart(3, '0')}.txt`;
    const lines = [OCR_LINES[i % OCR_LINES.length], '', `Số: ${i}/BC-UBND, ngày ${1 + (i % 28)}-${1 + (i % 12)}-2021`, CLEAN_LINES[i % CLEAN_LINES.length]];
    let bytes: Buffer;
    if (i % 40 === 7) bytes = encodeText(CLEAN_LINES.join('\n') + '\n', 'vni', tables);
    else if (i % 40 === 9) bytes = encodeText('Ban Thường vụ tỉnh ủy đã chỉ đạo các cấp ủy tổ chức thực hiện nghiêm túc.\n', 'tcvn3', tables);
    else if (i % 50 === 3) bytes = Buffer.alloc(0);
    else bytes = Buffer.from(lines.join(i % 3 === 0 ? '\r\n' : '\n'));
    writeFileSync(path.join(root, rel), bytes);
    good.push(rel);
  }
  const binary = 'kho/2020/hop-03/scan-0001.txt';
  writeFileSync(path.join(root, binary), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0x01, 0xff, 0x00]));
  const invalid = 'kho/2021/hop-05/hong.txt';
  writeFileSync(path.join(root, invalid), Buffer.from([0x42, 0xe1, 0x6f, 0x20, 0xc3, 0x28, 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x0a]));
  const vanished = 'kho/2022/hop-07/da-xoa.txt';
  symlinkSync(path.join(root, 'kho/khong-con-nua.txt'), path.join(root, vanished));
  bad.push(binary, invalid, vanished);
  // Files of other kinds are not picked from folders.
  writeFileSync(path.join(root, 'kho/2019/hop-00/anh.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return { root, good, bad };
}

describe('a batch of hundreds of files with bad ones mixed in', () => {
  let shelf: ReturnType<typeof makeShelf>;
  let before: Map<string, Buffer>;
  let serial: Awaited<ReturnType<typeof runMain>>;

  beforeAll(async () => {
    shelf = makeShelf();
    before = snapshot(shelf.root);
    serial = await runMain(['--no-config', 'kho', '--out-dir', 'sach', '-f', 'text', '-j', '1'], { cwd: shelf.root });
  }, 120_000);

  it('exits 2 because some files failed', () => {
    expect(serial.code).toBe(2);
  });

  it('names each bad file in exactly one line, and nothing else but the summary', () => {
    const lines = serial.stderr.trimEnd().split('\n');
    for (const bad of shelf.bad) expect(lines.filter((l) => l.startsWith(`vnfix: ${bad}: `))).toHaveLength(1);
    expect(lines).toHaveLength(shelf.bad.length + 1);
    expect(lines.at(-1)).toMatch(new RegExp(`^vnfix: ${shelf.good.length} files done, 3 failed, \\d+ words changed, \\d+ low-confidence repairs$`));
    expect(serial.stderr).toMatch(/scan-0001\.txt: binary file/);
    expect(serial.stderr).toMatch(/hong\.txt: invalid UTF-8 at byte 1/);
    expect(serial.stderr).toMatch(/da-xoa\.txt: no such file or folder/);
  });

  it('writes an output for every good file, mirroring the tree, with the input line count', () => {
    for (const rel of shelf.good) {
      const out = path.join(shelf.root, 'sach', rel.replace(/^kho\//, ''));
      const output = readFileSync(out, 'utf8');
      const input = before.get(rel)!;
      if (input.length === 0) expect(output).toBe('');
      else if (!/[\x80-\xff]/.test(input.toString('latin1')) || input.toString('utf8').includes('Số')) {
        expect(output.split(/\r\n|\r|\n/).length).toBe(input.toString('utf8').split(/\r\n|\r|\n/).length);
      }
    }
    const written = snapshot(path.join(shelf.root, 'sach'));
    const outputs = [...written.keys()].filter((k) => !k.startsWith('.vnfix'));
    expect(outputs.sort()).toEqual(shelf.good.map((g) => g.replace(/^kho\//, '')).sort());
  });

  it('decodes legacy-encoded files in the batch', () => {
    const vni = shelf.good.find((_, i) => i % 40 === 7)!;
    const out = readFileSync(path.join(shelf.root, 'sach', vni.replace(/^kho\//, '')), 'utf8');
    expect(out).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('leaves every input byte-identical and writes nothing outside the output folder', () => {
    expect(snapshot(shelf.root, 'sach')).toEqual(before);
  });

  it('gives output identical to -j 1 with -j 2 worker threads', async () => {
    const parallel = await runMain(['--no-config', 'kho', '--out-dir', 'sach-j2', '-f', 'text', '-j', '2'], { cwd: shelf.root });
    expect(parallel.code).toBe(2);
    expect(parallel.stderr).toBe(serial.stderr);
    const one = snapshot(path.join(shelf.root, 'sach'));
    const two = snapshot(path.join(shelf.root, 'sach-j2'));
    one.delete('.vnfix-manifest.json');
    two.delete('.vnfix-manifest.json');
    expect(two).toEqual(one);
  }, 120_000);

  it('streams jsonl in input order whatever -j is', async () => {
    const one = await runMain(['--no-config', 'kho/2019', '-f', 'jsonl', '-j', '1'], { cwd: shelf.root });
    const two = await runMain(['--no-config', 'kho/2019', '-f', 'jsonl', '-j', '2'], { cwd: shelf.root });
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trimEnd().split('\n')).toHaveLength(64);
  }, 120_000);
});

describe('--out-dir, --incremental and --in-place', () => {
  function smallTree(): string {
    const root = tempDir('vnfix-tree-');
    mkdirSync(path.join(root, 'in/2021/quy-1'), { recursive: true });
    writeFileSync(path.join(root, 'in/2021/quy-1/report.txt'), OCR_LINES.join('\n') + '\n');
    writeFileSync(path.join(root, 'in/2021/tong-ket.md'), CLEAN_LINES.join('\n') + '\n');
    writeFileSync(path.join(root, 'in/ghi-chu.txt'), 'Ban Bi thw\n');
    return root;
  }

  it('mirrors the tree with the format extension (report.txt → report.md)', async () => {
    const root = smallTree();
    const run = await runMain(['--no-config', 'in', '--out-dir', 'out'], { cwd: root });
    expect(run.code).toBe(0);
    expect([...snapshot(path.join(root, 'out')).keys()].sort()).toEqual(['2021/quy-1/report.md', '2021/tong-ket.md', 'ghi-chu.md']);
    const json = await runMain(['--no-config', 'in', '--out-dir', 'out-json', '-f', 'json'], { cwd: root });
    expect(json.code).toBe(0);
    expect(readdirSync(path.join(root, 'out-json/2021/quy-1'))).toEqual(['report.json']);
  });

  it('does not read its own outputs back when the output folder is inside the input folder', async () => {
    const root = smallTree();
    await runMain(['--no-config', 'in', '--out-dir', 'in/clean'], { cwd: root });
    const again = await runMain(['--no-config', 'in', '--out-dir', 'in/clean'], { cwd: root });
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/^vnfix: 3 files done/);
  });

  it('skips up-to-date inputs on a re-run and redoes only what changed', async () => {
    const root = smallTree();
    const first = await runMain(['--no-config', 'in', '--out-dir', 'out', '--incremental'], { cwd: root });
    expect(first.stderr).toMatch(/^vnfix: 3 files done, 0 failed/);
    const output = path.join(root, 'out/ghi-chu.md');
    const mtime = statSync(output).mtimeMs;
    const second = await runMain(['--no-config', 'in', '--out-dir', 'out', '--incremental'], { cwd: root });
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/^vnfix: 0 files done, 3 up to date, 0 failed/);
    expect(statSync(output).mtimeMs).toBe(mtime);
    writeFileSync(path.join(root, 'in/ghi-chu.txt'), 'Ban Bi thw ve viec to chuc\n');
    const third = await runMain(['--no-config', 'in', '--out-dir', 'out', '--incremental'], { cwd: root });
    expect(third.stderr).toMatch(/^vnfix: 1 file done, 2 up to date, 0 failed/);
    const otherOptions = await runMain(['--no-config', 'in', '--out-dir', 'out', '--incremental', '--tone-style', 'modern'], { cwd: root });
    expect(otherOptions.stderr).toMatch(/^vnfix: 3 files done, 0 failed/);
  });

  it('rewrites a file in place only on request, keeping a backup of the original bytes', async () => {
    const root = smallTree();
    const file = path.join(root, 'in/2021/quy-1/report.txt');
    const original = readFileSync(file);
    const run = await runMain(['--no-config', '--in-place', 'in/2021/quy-1/report.txt'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(`${file}.bak`)).toEqual(original);
    const repaired = readFileSync(file, 'utf8');
    expect(repaired.split('\n')).toHaveLength(original.toString('utf8').split('\n').length);
    const again = await runMain(['--no-config', '--in-place', 'in/2021/quy-1/report.txt'], { cwd: root });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^vnfix: in\/2021\/quy-1\/report.txt: backup report.txt.bak already exists/);
    expect(readFileSync(file, 'utf8')).toBe(repaired);
  });

  it('refuses an output that would overwrite an input', async () => {
    const root = smallTree();
    const run = await runMain(['--no-config', 'in', '--out-dir', 'in', '-f', 'text'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/would overwrite an input/);
    expect(readFileSync(path.join(root, 'in/ghi-chu.txt'), 'utf8')).toBe('Ban Bi thw\n');
  });

  it('refuses an -o FILE that is one of the inputs, leaving it untouched', async () => {
    const root = smallTree();
    const run = await runMain(['--no-config', 'in', '-o', 'in/ghi-chu.txt', '-f', 'text'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^vnfix: --output .*ghi-chu\.txt is also an input/);
    expect(readFileSync(path.join(root, 'in/ghi-chu.txt'), 'utf8')).toBe('Ban Bi thw\n');
  });

  it('expands globs with ** and *', async () => {
    const root = smallTree();
    const run = await runMain(['--no-config', 'in/**/*.txt', '-f', 'jsonl'], { cwd: root });
    expect(run.code).toBe(0);
    const sources = run.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { source: string }).source);
    expect(sources).toEqual(['in/2021/quy-1/report.txt', 'in/ghi-chu.txt']);
    const none = await runMain(['--no-config', 'in/*.docx'], { cwd: root });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('vnfix: in/*.docx: no file matches this pattern\n');
  });
});
