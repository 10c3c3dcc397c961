import type { Writable } from 'node:stream';
import type { ChalkInstance } from 'chalk';
import type { ProgressBar } from './progress-bar.js';

/**
 * The single writer of stderr during a run: errors, messages and the summary are written whole, with
 * the progress line erased first so nothing interleaves.
 */
export class StderrLog {
  constructor(
    private readonly stream: Writable,
    readonly chalk: ChalkInstance,
    private readonly debug: boolean,
    readonly progress?: ProgressBar,
  ) {}

  /**
   * Report a file that failed: `vnfix: <file>: <problem>`, plus the stack with --debug.
   * @param file name shown for the input
   * @param problem plain-words problem
   * @param stack stack trace, shown only with --debug
   */
  fileError(file: string, problem: string, stack?: string): void {
    this.line(`vnfix: ${file}: ${problem}`);
    if (this.debug && stack !== undefined) this.line(stack);
  }

  /**
   * Report a problem with the run itself: `vnfix: <problem>`.
   * @param problem plain words
   */
  error(problem: string): void {
    this.line(`vnfix: ${problem}`);
  }

  /** @param text one line, without the newline */
  line(text: string): void {
    this.progress?.clear();
    this.stream.write(`${text}\n`);
  }
}
