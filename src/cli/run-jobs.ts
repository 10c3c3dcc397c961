import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { ResourcesOptions } from '../resources.js';
import { prepareContext } from './prepare-context.js';
import { SetupError } from './setup-error.js';
import type { FileOutcome } from './file-outcome.js';
import { ClosedPipeError, type OutputTarget } from './output-target.js';
import { describeFsError } from './expand-inputs.js';
import { processFile, type ProcessContext, type ProcessSettings } from './process-file.js';

/** One input of a run. */
export interface JobSpec {
  index: number;
  displayPath: string;
  /** Absolute path; undefined for stdin. */
  path?: string;
}

/** Options of {@link runJobs}. */
export interface RunJobsOptions {
  jobs: readonly JobSpec[];
  /** Worker threads; 1 processes in this thread, streaming each output as it is made. */
  parallel: number;
  settings: ProcessSettings;
  resources: ResourcesOptions;
  /** Only counts are needed: outputs are not rendered into memory. */
  discardOutput: boolean;
  stdin: Readable;
  signal: AbortSignal;
  /** The output target of a job (created just before the job's output is produced). */
  targetFor(job: JobSpec): OutputTarget;
  /** Called after each piece of a large input processed in this thread (bytes read, syllables so far). */
  onPiece?(bytes: number, syllables: number): void;
  /** Inputs of this size or more make the run stream in this thread (default {@link HUGE_INPUT_BYTES}). */
  hugeInputBytes?: number;
  /** Called once per job, in input order, after its output was written to its target. */
  onOutcome(outcome: FileOutcome, target: OutputTarget): Promise<void>;
}

/**
 * Process every job and hand the outcomes over in input order, whatever the number of threads: the
 * output of a parallel run is identical to a serial one. Workers run ahead by a bounded window so a
 * slow file holds back at most that many finished outputs in memory.
 * @param options jobs, threads, settings and callbacks
 * @returns false when interrupted
 */
export async function runJobs(options: RunJobsOptions): Promise<boolean> {
  const huge = options.hugeInputBytes ?? HUGE_INPUT_BYTES;
  if (options.parallel <= 1 || options.jobs.length <= 1 || options.jobs.some((job) => job.path === undefined || isHuge(job.path, huge))) {
    return runInThisThread(options);
  }
  return runOnWorkers(options);
}

/**
 * Inputs at least this large are streamed in this thread: a worker hands its whole output back to be
 * written in order, which a file of hundreds of megabytes must not do. A shelf of scans holds no such
 * file; a dump of one does, and is then processed one file at a time with bounded memory.
 */
export const HUGE_INPUT_BYTES = 32 * 1024 * 1024;

function isHuge(file: string, bytes: number): boolean {
  try {
    return statSync(file).size >= bytes;
  } catch {
    // A file that cannot be read is reported when its turn comes.
    return false;
  }
}

async function runInThisThread(options: RunJobsOptions): Promise<boolean> {
  let context: ProcessContext | undefined;
  // One listener for the whole run (one per file would pile up on the signal).
  const aborted = abortion(options.signal);
  for (const job of options.jobs) {
    if (options.signal.aborted) return false;
    context ??= prepareContext(options.resources);
    const target = options.targetFor(job);
    const source = job.path === undefined ? options.stdin : createReadStream(job.path, { highWaterMark: 1 << 20 });
    const outcome = await Promise.race([processFile(job, source, context, options.settings, target, options.onPiece), aborted]);
    if (outcome === 'aborted') {
      if ('destroy' in source) source.destroy();
      await target.abort();
      return false;
    }
    await options.onOutcome(outcome, target);
  }
  return true;
}

async function runOnWorkers(options: RunJobsOptions): Promise<boolean> {
  // worker_threads and the pool are loaded only for runs that use them.
  const { WorkerPool } = await import('./worker-pool.js');
  const pool = new WorkerPool(options.parallel, {
    resources: options.resources,
    settings: options.settings,
    discardOutput: options.discardOutput,
  });
  const window = options.parallel * 4;
  const pending: Promise<FileOutcome>[] = [];
  let dispatched = 0;
  const aborted = abortion(options.signal);
  try {
    for (let i = 0; i < options.jobs.length; i++) {
      while (dispatched < options.jobs.length && dispatched < i + window) {
        const job = options.jobs[dispatched];
        pending[dispatched++] = pool.run({ index: job.index, displayPath: job.displayPath, path: job.path! });
      }
      const outcome = await Promise.race([pending[i], aborted]);
      delete pending[i];
      if (outcome === 'aborted' || options.signal.aborted) return false;
      if (outcome.setupFailed === true) throw new SetupError(outcome.problem!, outcome.stack);
      const target = options.targetFor(options.jobs[i]);
      if (outcome.problem === undefined && outcome.output !== undefined) {
        try {
          await target.write(outcome.output);
        } catch (error) {
          if (error instanceof ClosedPipeError) throw error;
          outcome.problem = describeFsError(error);
        }
        outcome.output = undefined;
      }
      await options.onOutcome(outcome, target);
    }
    return true;
  } finally {
    await pool.close();
  }
}

/** A promise that settles with 'aborted' when the signal fires (never, if it does not). */
function abortion(signal: AbortSignal): Promise<'aborted'> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve('aborted');
    else signal.addEventListener('abort', () => resolve('aborted'), { once: true });
  });
}
