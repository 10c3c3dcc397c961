import type { Change, RepairStats, VnfixMessage } from '../index.js';
import type { EncodingName } from '../encoding/encoding-name.js';

/** What processing one input gave: sent from workers to the main thread, so plain data only. */
export interface FileOutcome {
  /** Position of the input in the run. */
  index: number;
  displayPath: string;
  /** The problem that stopped this file (binary, unreadable, vanished, invalid text). */
  problem?: string;
  /** The data could not be loaded, so no file can be processed (the run stops). */
  setupFailed?: boolean;
  /** Stack of the error behind `problem`, for --debug. */
  stack?: string;
  /** The rendered output, when it was collected rather than streamed. */
  output?: string;
  encoding?: { name: EncodingName; confidence: number; bom: boolean; decomposed: boolean };
  stats: RepairStats;
  /** Changes with positions in the whole input (at most MAX_KEPT_CHANGES). */
  changes: Change[];
  /** Changes counted but not kept, on very large inputs. */
  droppedChanges: number;
  messages: VnfixMessage[];
  /** Bytes read. */
  bytes: number;
}

/** Changes and messages kept per file: enough for review, bounded on a 1 GB input. */
export const MAX_KEPT_CHANGES = 10_000;

/**
 * An outcome with nothing in it yet.
 * @param index position in the run
 * @param displayPath name shown to the user
 * @returns the empty outcome
 */
export function emptyOutcome(index: number, displayPath: string): FileOutcome {
  return {
    index,
    displayPath,
    stats: { words: 0, invalidWords: 0, changed: 0, lowConfidence: 0, syllables: 0 },
    changes: [],
    droppedChanges: 0,
    messages: [],
    bytes: 0,
  };
}
