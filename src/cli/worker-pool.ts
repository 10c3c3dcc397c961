import { Worker } from 'node:worker_threads';
import { emptyOutcome, type FileOutcome } from './file-outcome.js';
import type { WorkerJob, WorkerReply, WorkerSetup } from './worker-protocol.js';

interface Slot {
  worker: Worker;
  job?: { job: WorkerJob; resolve: (outcome: FileOutcome) => void };
}

/**
 * A fixed set of worker threads, each with its own Resources, taking jobs from one queue. A worker that
 * dies fails only its current file (with the reason) and is replaced.
 */
export class WorkerPool {
  readonly #setup: WorkerSetup;
  readonly #size: number;
  readonly #slots: Slot[] = [];
  readonly #queue: { job: WorkerJob; resolve: (outcome: FileOutcome) => void }[] = [];
  #closed = false;

  /**
   * @param size number of threads (started lazily, one per queued job up to this)
   * @param setup what every worker is built with
   */
  constructor(size: number, setup: WorkerSetup) {
    this.#size = size;
    this.#setup = setup;
  }

  /**
   * Process one file on some worker.
   * @param job the file
   * @returns its outcome (never rejects: failures are outcomes with a problem)
   */
  run(job: WorkerJob): Promise<FileOutcome> {
    return new Promise((resolve) => {
      this.#queue.push({ job, resolve });
      this.#dispatch();
    });
  }

  /** Stop every worker; queued and running jobs are dropped. */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()));
    this.#slots.length = 0;
  }

  #dispatch(): void {
    if (this.#closed) return;
    while (this.#queue.length > 0) {
      let slot = this.#slots.find((s) => s.job === undefined);
      if (slot === undefined && this.#slots.length < this.#size) slot = this.#spawn();
      if (slot === undefined) return;
      const next = this.#queue.shift()!;
      slot.job = next;
      slot.worker.postMessage(next.job);
    }
  }

  #spawn(): Slot {
    const worker = new Worker(new URL('./file-worker.js', import.meta.url), { workerData: this.#setup });
    const slot: Slot = { worker };
    worker.on('message', (reply: WorkerReply) => {
      const current = slot.job;
      slot.job = undefined;
      current?.resolve(reply.outcome);
      this.#dispatch();
    });
    const fail = (reason: string, stack?: string) => {
      const index = this.#slots.indexOf(slot);
      if (index >= 0) this.#slots.splice(index, 1);
      const current = slot.job;
      slot.job = undefined;
      if (current !== undefined) {
        const outcome = emptyOutcome(current.job.index, current.job.displayPath);
        outcome.problem = reason;
        outcome.stack = stack;
        current.resolve(outcome);
      }
      this.#dispatch();
    };
    worker.on('error', (error) => fail(`internal error: ${error.message}`, error.stack));
    worker.on('exit', (code) => {
      if (!this.#closed) fail(`internal error: worker stopped (exit code ${code})`);
    });
    this.#slots.push(slot);
    return slot;
  }
}
