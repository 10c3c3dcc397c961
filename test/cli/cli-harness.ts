/**
 * Runs the built command line (dist/) in this process with injected streams, or as a subprocess.
 * The build is refreshed once per test process when any source file is newer than dist/cli/main.js.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = path.join(ROOT, 'dist/cli/main.js');
// What bin/vnfix.js runs: the one-file bundle of dist/cli made by scripts/bundle.mjs.
const BUNDLE = path.join(ROOT, 'dist/bundle/main.js');
const BIN = path.join(ROOT, 'bin/vnfix.js');

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

let built = false;

/** Sleep without a timer (the build check runs synchronously, before any test). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Build dist/ if it is missing or older than src/ (type errors elsewhere do not stop the emit). Test files
 * run in parallel processes, so one builds while the others wait on a lock folder.
 */
export function ensureBuilt(): void {
  if (built) return;
  const stale = () =>
    !existsSync(MAIN) || !existsSync(BUNDLE) || Math.min(statSync(MAIN).mtimeMs, statSync(BUNDLE).mtimeMs) < newestSource(path.join(ROOT, 'src'));
  const lock = path.join(ROOT, 'node_modules/.vnfix-test-build.lock');
  for (let waited = 0; stale(); waited += 100) {
    try {
      mkdirSync(lock);
    } catch {
      // Another test process is building; a lock older than a minute was left by a crash.
      if (waited > 60_000) rmSync(lock, { recursive: true, force: true });
      pause(100);
      continue;
    }
    try {
      execFileSync(path.join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' });
    } catch {
      // tsc exits non-zero on type errors but still writes dist/.
    }
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'scripts/bundle.mjs')], { cwd: ROOT, stdio: 'ignore' });
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
    break;
  }
  if (!existsSync(MAIN) || !existsSync(BUNDLE)) throw new Error('dist/cli/main.js or dist/bundle/main.js is missing after `npm run build`');
  built = true;
}

/** What a run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

/** Options of a run. */
export interface RunOptions {
  cwd?: string;
  stdin?: string | Buffer;
  env?: Record<string, string | undefined>;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
}

function collect(stream: PassThrough): () => Buffer {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks);
}

/**
 * Call `main()` of the built CLI with in-memory streams.
 * @param args arguments after `vnfix`
 * @param options working directory, stdin, environment
 * @returns exit code and output
 */
export async function runMain(args: string[], options: RunOptions = {}): Promise<CliRun> {
  ensureBuilt();
  const { main } = (await import(MAIN)) as { main: (argv: string[], io: object) => Promise<number> };
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const code = await main(['node', 'vnfix', ...args], {
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    stdout,
    stderr,
    env: options.env ?? {},
    cwd: options.cwd ?? ROOT,
    stdinIsTTY: false,
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    handleSignals: false,
  });
  const bytes = out();
  return { code, stdout: bytes.toString('utf8'), stderr: err().toString('utf8'), stdoutBytes: bytes };
}

/**
 * Run `node bin/vnfix.js` as a subprocess.
 * @param args arguments after `vnfix`
 * @param options working directory, stdin, environment
 * @returns exit code and output
 */
export function runBin(args: string[], options: RunOptions = {}): Promise<CliRun> {
  ensureBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { PATH: process.env.PATH, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      const bytes = Buffer.concat(out);
      resolve({ code: code ?? -1, stdout: bytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes: bytes });
    });
    child.stdin.end(options.stdin ?? '');
  });
}

/** @returns a fresh temporary folder (with no vnfix config above it in the tree that matters) */
export function tempDir(prefix = 'vnfix-cli-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Short, real-looking administrative text, clean and OCR-garbled, for building inputs. */
export const CLEAN_LINES = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện công tác đối ngoại nhân dân năm 2023.',
  'Các sở, ban, ngành đã tổ chức hội nghị quán triệt Nghị quyết số 12-NQ/TU.',
  'Ban Thường vụ Huyện ủy chỉ đạo cụ thể hóa bằng chương trình, kế hoạch hành động.',
];

export const OCR_LINES = [
  'UY BAN NHAN DAN TINH BAC LIEU',
  'Thyc hién Céng vin s6 118-CV/UBND ngay 05-3-2023 ciia Uy ban nhan dan tinh',
  'vé viéc béo cdo két qua céng tac d6i ngoai nhén dan nim 2023;',
  'cic s, ban, nganh da t6 chirc hoi nghi quén triét Nghi quyét s6 12-NQ/TU.',
  'Ban Thudng vu Huyén dy chi dao cy thé héa bang chwong trinh, ké hoach.',
];
