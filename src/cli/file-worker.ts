/**
 * Worker-thread entry: builds one Resources for its lifetime and processes the files it is sent,
 * replying with each file's outcome (output collected in memory, written by the main thread in order).
 */
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { emptyOutcome } from './file-outcome.js';
import { prepareContext } from './prepare-context.js';
import { SetupError } from './setup-error.js';
import { processFile, type ProcessContext } from './process-file.js';
import type { WorkerJob, WorkerReply, WorkerSetup } from './worker-protocol.js';
import { DiscardTarget } from './discard-target.js';

const setup = workerData as WorkerSetup;
let context: ProcessContext | undefined;
let setupError: SetupError | undefined;
try {
  context = prepareContext(setup.resources);
} catch (error) {
  setupError = error as SetupError;
}

parentPort!.on('message', (job: WorkerJob) => {
  if (context === undefined) {
    const outcome = emptyOutcome(job.index, job.displayPath);
    outcome.problem = setupError!.message;
    outcome.stack = setupError!.originalStack;
    outcome.setupFailed = true;
    parentPort!.postMessage({ outcome } satisfies WorkerReply);
    return;
  }
  const source = createReadStream(job.path, { highWaterMark: 1 << 20 });
  processFile(job, source, context, setup.settings, setup.discardOutput ? new DiscardTarget() : undefined).then(
    (outcome) => parentPort!.postMessage({ outcome } satisfies WorkerReply),
    (error: unknown) => {
      // processFile reports file problems in the outcome; anything thrown here is a bug, so let the
      // pool see the worker fail.
      throw error;
    },
  );
});
