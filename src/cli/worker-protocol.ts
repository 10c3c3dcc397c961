import type { ResourcesOptions } from '../resources.js';
import type { FileOutcome } from './file-outcome.js';
import type { ProcessSettings } from './process-file.js';

/** What a worker is started with: it builds its Resources once from this. */
export interface WorkerSetup {
  resources: ResourcesOptions;
  settings: ProcessSettings;
  /** Only counts are needed (vnfix check): do not render output. */
  discardOutput: boolean;
}

/** A file for a worker. */
export interface WorkerJob {
  index: number;
  displayPath: string;
  path: string;
}

/** A worker's answer: the outcome of one job. */
export interface WorkerReply {
  outcome: FileOutcome;
}
