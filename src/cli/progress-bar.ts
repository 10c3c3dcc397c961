import type { Writable } from 'node:stream';
import type { ChalkInstance } from 'chalk';

/** What the bar shows at one moment. */
export interface ProgressState {
  filesDone: number;
  filesTotal: number;
  failed: number;
  syllables: number;
  bytesDone: number;
  bytesTotal: number;
  /** Milliseconds since the run started. */
  elapsedMs: number;
}

/** Width of the bar itself, in characters. */
const BAR_WIDTH = 24;

/**
 * Draw the progress line: `[#####·····] 120/400 files · 35,210 syllables/s · ETA 0:42`.
 * The ETA follows bytes when sizes are known, files otherwise.
 * @param state counts and elapsed time
 * @param chalk colours for stderr
 * @returns the line, without a newline
 */
export function formatProgress(state: ProgressState, chalk: ChalkInstance): string {
  const share = state.bytesTotal > 0 ? state.bytesDone / state.bytesTotal : state.filesTotal > 0 ? state.filesDone / state.filesTotal : 0;
  const filled = Math.round(Math.min(1, share) * BAR_WIDTH);
  const bar = `[${chalk.green('#'.repeat(filled))}${'·'.repeat(BAR_WIDTH - filled)}]`;
  const seconds = state.elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(state.syllables / seconds) : 0;
  const eta = share > 0 && share < 1 ? formatDuration((seconds * (1 - share)) / share) : '–';
  const failed = state.failed > 0 ? ` · ${chalk.red(`${state.failed} failed`)}` : '';
  return `${bar} ${state.filesDone}/${state.filesTotal} files${failed} · ${rate.toLocaleString('en-US')} syllables/s · ETA ${eta}`;
}

/**
 * @param seconds a duration
 * @returns `m:ss` or `h:mm:ss`
 */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** Minimum time between redraws: often enough to look alive, rarely enough to cost nothing. */
const REDRAW_MS = 100;

/** A one-line progress bar on a terminal's stderr, redrawn in place. */
export class ProgressBar {
  #shown = false;
  #lastDraw = 0;
  readonly #start = Date.now();

  constructor(
    private readonly stream: Writable,
    private readonly chalk: ChalkInstance,
  ) {}

  /**
   * Redraw (throttled).
   * @param state counts; `elapsedMs` is filled in here
   * @param force draw even if the last redraw was recent
   */
  update(state: Omit<ProgressState, 'elapsedMs'>, force = false): void {
    const now = Date.now();
    if (!force && now - this.#lastDraw < REDRAW_MS) return;
    this.#lastDraw = now;
    this.stream.write(`\r\x1b[2K${formatProgress({ ...state, elapsedMs: now - this.#start }, this.chalk)}`);
    this.#shown = true;
  }

  /** Erase the line, so an error or the summary prints cleanly. */
  clear(): void {
    if (!this.#shown) return;
    this.stream.write('\r\x1b[2K');
    this.#shown = false;
  }
}
