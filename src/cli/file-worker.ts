/**
 * Worker-thread entry: builds one Resources for its lifetime and processes the files it is sent,
 * replying with each file's outcome (output collected in memory, written by the main thread in order).
 */
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { Resources } from '../resources.js';
import { LegacyTables } from '../encoding/legacy-tables.js';
import { processFile } from './process-file.js';
import type { WorkerJob, WorkerReply, WorkerSetup } from './worker-protocol.js';
import { DiscardTarget } from './discard-target.js';

const setup = workerData as WorkerSetup;
const context = { resources: new Resources(setup.resources), tables: new LegacyTables() };

parentPort!.on('message', (job: WorkerJob) => {
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
