import type { FileOutcome } from './file-outcome.js';
import type { CheckConfig } from './run-config.js';

/** The measures `vnfix check` takes of one file, and whether they are within the thresholds. */
export interface CheckVerdict {
  file: string;
  words: number;
  /** Share of words that are not valid Vietnamese as given (0..1). */
  invalidShare: number;
  /** Share of words that needed repair: changes applied or proposed, over words (0..1). */
  repairedShare: number;
  lowConfidence: number;
  pass: boolean;
  /** One plain-words line per threshold exceeded. */
  failures: string[];
  /** Line of the first change, where an annotation points (1 when nothing changed). */
  firstLine: number;
}

/**
 * Measure a processed file against the thresholds.
 * @param outcome the file's outcome (no problem)
 * @param thresholds limits from flags or config
 * @returns the verdict
 */
export function judgeFile(outcome: FileOutcome, thresholds: CheckConfig): CheckVerdict {
  const words = outcome.stats.words;
  const changes = outcome.changes.length + outcome.droppedChanges;
  const invalidShare = words === 0 ? 0 : outcome.stats.invalidWords / words;
  const repairedShare = words === 0 ? 0 : changes / words;
  const lowConfidence = outcome.stats.lowConfidence;
  const failures: string[] = [];
  if (invalidShare > thresholds.maxInvalid) {
    failures.push(`${percent(invalidShare)} of words are not valid Vietnamese (limit ${percent(thresholds.maxInvalid)})`);
  }
  if (repairedShare > thresholds.maxRepaired) {
    failures.push(`${percent(repairedShare)} of words needed repair (limit ${percent(thresholds.maxRepaired)})`);
  }
  if (lowConfidence > thresholds.maxLowConfidence) {
    failures.push(`${lowConfidence} low-confidence repairs (limit ${thresholds.maxLowConfidence})`);
  }
  return {
    file: outcome.displayPath,
    words,
    invalidShare,
    repairedShare,
    lowConfidence,
    pass: failures.length === 0,
    failures,
    firstLine: outcome.changes[0]?.line ?? 1,
  };
}

/**
 * @param share 0..1
 * @returns e.g. `12.5%`
 */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
