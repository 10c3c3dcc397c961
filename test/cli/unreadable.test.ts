/**
 * A file the user may not read, in a batch: one line naming it, the other files done, exit 2, and the
 * unreadable file left as it was. Permissions do not bind root, so under root the command runs as the
 * unprivileged user 65534 through setpriv(1).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_LINES, OCR_LINES, ROOT, ensureBuilt, tempDir } from './cli-harness.js';

const BIN = path.join(ROOT, 'bin/vnfix.js');
const asRoot = process.getuid?.() === 0;
const NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];

/** The command prefix that runs node without root's rights, or null when that cannot be done here. */
function unprivileged(): string[] | null {
  if (!asRoot) return [process.execPath];
  ensureBuilt();
  // The unprivileged user must be able to reach the project (a clone under /root is out of its reach).
  const probe = spawnSync('setpriv', [...NOBODY, process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(BIN)})`]);
  return probe.status === 0 ? ['setpriv', ...NOBODY, process.execPath] : null;
}

const prefix = unprivileged();

describe.skipIf(prefix === null)('an unreadable input in a batch', () => {
  it('is named on one line with the reason; the other files are repaired; exit 2', () => {
    ensureBuilt();
    const root = tempDir('vnfix-perm-');
    const shelf = path.join(root, 'kho');
    mkdirSync(path.join(shelf, '2020'), { recursive: true });
    writeFileSync(path.join(shelf, '2020/bao-cao.txt'), OCR_LINES.join('\n') + '\n');
    writeFileSync(path.join(shelf, 'ke-hoach.txt'), CLEAN_LINES.join('\n') + '\n');
    const locked = path.join(shelf, '2020/mat.txt');
    writeFileSync(locked, 'Bao cao mat\n');
    chmodSync(locked, 0o000);
    // Everything but the locked file is open to the unprivileged user.
    for (const dir of [root, shelf, path.join(shelf, '2020')]) chmodSync(dir, 0o777);
    for (const file of ['2020/bao-cao.txt', 'ke-hoach.txt']) chmodSync(path.join(shelf, file), 0o644);

    const [command, ...args] = prefix!;
    const run = spawnSync(command!, [...args, BIN, '--no-config', '-q', '-f', 'text', 'kho', '--out-dir', 'sach', '-j', '1'], {
      cwd: root,
      env: { PATH: process.env.PATH },
      encoding: 'utf8',
    });

    expect(run.status).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(path.join('kho', '2020', 'mat.txt'));
    expect(lines[0]).toContain('permission denied');
    expect(readFileSync(path.join(root, 'sach/2020/bao-cao.txt'), 'utf8')).toContain('Thực hiện Công văn số 118-CV/UBND');
    expect(readFileSync(path.join(root, 'sach/ke-hoach.txt'), 'utf8')).toBe(CLEAN_LINES.join('\n') + '\n');
    expect(existsSync(path.join(root, 'sach/2020/mat.txt'))).toBe(false);
    expect(statSync(locked).mode & 0o777).toBe(0);
    chmodSync(locked, 0o644);
    expect(readFileSync(locked, 'utf8')).toBe('Bao cao mat\n');
  });
});
