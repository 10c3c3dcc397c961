import type { Readable, Writable } from 'node:stream';

/** The streams and process facts the command line uses; tests pass their own. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Environment variables (NO_COLOR, …). */
  env: Record<string, string | undefined>;
  /** Working directory: relative paths and the config search start here. */
  cwd: string;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Install SIGINT handling (only for a real process). */
  handleSignals: boolean;
}

/**
 * The real process's streams.
 * @returns io for `main`
 */
export function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    stdinIsTTY: process.stdin.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    handleSignals: true,
  };
}
