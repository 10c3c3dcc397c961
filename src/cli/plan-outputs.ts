import { access } from 'node:fs/promises';
import type { CliIo } from './cli-io.js';
import { outputPathFor } from './output-path.js';
import { AtomicFileTarget, StreamTarget, type OutputTarget } from './output-target.js';
import type { RunConfig } from './run-config.js';
import type { JobSpec } from './run-jobs.js';
import { UsageError } from './usage-error.js';

/**
 * Refuse option combinations that cannot be honoured, saying why.
 * @param config resolved settings
 * @throws UsageError
 */
export function checkCombinations(config: RunConfig): void {
  if (config.inPlace && (config.outDir !== undefined || config.output !== undefined)) {
    throw new UsageError('--in-place writes back into the inputs; it cannot be combined with --output or --out-dir');
  }
  if (config.output !== undefined && config.outDir !== undefined) {
    throw new UsageError('choose one of --output FILE (everything in one file) and --out-dir DIR (one file per input)');
  }
  if (config.incremental && config.outDir === undefined) {
    throw new UsageError('--incremental needs --out-dir DIR (the record of what is up to date is kept there)');
  }
}

/**
 * The stream or single file that every output goes to, when there is one.
 * @param config resolved settings
 * @param io streams
 * @returns stdout, the -o file, or undefined for one file per input
 */
export function sharedTarget(config: RunConfig, io: CliIo): OutputTarget | undefined {
  if (config.outDir !== undefined || config.inPlace) return undefined;
  if (config.output !== undefined) return new AtomicFileTarget(config.output);
  return new StreamTarget(io.stdout);
}

/**
 * Decide an input's output file (--out-dir, --in-place), refusing any that would be unsafe.
 * @param job the input
 * @param config resolved settings
 * @param outputs output file per job index, filled in here
 * @param planned output files already taken
 * @param inputs every input path of the run
 * @returns a problem when the output would fall outside the folder, overwrite an input, or collide
 */
export function planOutput(
  job: JobSpec & { relative: string },
  config: RunConfig,
  outputs: Map<number, string>,
  planned: Set<string>,
  inputs: Set<string>,
): string | undefined {
  let file: string | undefined;
  if (config.inPlace) file = job.path!;
  else if (config.outDir !== undefined) {
    file = outputPathFor(config.outDir, job.relative, config.format);
    if (file === undefined) return `its output would fall outside ${config.outDir}; not written`;
    if (inputs.has(file)) return `its output ${file} would overwrite an input; choose another --out-dir`;
  } else return undefined;
  if (!config.inPlace && planned.has(file)) return `its output ${file} is also the output of an earlier input; not written`;
  planned.add(file);
  outputs.set(job.index, file);
  return undefined;
}

/**
 * @param file a path
 * @returns true when it exists
 */
export async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

