import path from 'node:path';
import { access, stat } from 'node:fs/promises';
import { Resources } from '../resources.js';
import type { CliIo } from './cli-io.js';
import { ExitCode } from './exit-code.js';
import { DEFAULT_EXTENSIONS, expandInputs, describeFsError } from './expand-inputs.js';
import type { FileOutcome } from './file-outcome.js';
import { formatDiff } from './format-diff.js';
import { formatMessage } from './format-message.js';
import { hashFile, IncrementalManifest, settingsFingerprint } from './incremental-manifest.js';
import type { ChalkInstance } from 'chalk';
import { outputPathFor } from './output-path.js';
import { AtomicFileTarget, StreamTarget, writeTo, type OutputTarget } from './output-target.js';
import { DiscardTarget } from './discard-target.js';
import type { ProcessSettings } from './process-file.js';
import type { RunConfig } from './run-config.js';
import { runJobs, type JobSpec } from './run-jobs.js';
import type { StderrLog } from './stderr-log.js';
import { UsageError } from './usage-error.js';
import { vnfixVersion } from './vnfix-version.js';

/** Files hashed at once by --incremental: enough to keep the disk busy, few enough for file handles. */
const HASH_CONCURRENCY = 32;

/**
 * Map over items with at most `limit` calls in flight, keeping the order of the results.
 * @param items inputs
 * @param limit calls in flight
 * @param fn the async call
 * @returns the results in input order
 */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/** Counts for the end-of-run summary. */
interface Totals {
  done: number;
  failed: number;
  skipped: number;
  changed: number;
  lowConfidence: number;
  syllables: number;
  bytes: number;
}

/**
 * Repair the inputs of a run and write the outputs: to stdout, one file (-o), a mirrored tree (--out-dir)
 * or back in place (--in-place, with a backup).
 * @param config resolved settings
 * @param io streams
 * @param log stderr writer
 * @param stdoutChalk colours for stdout (--diff)
 * @param signal aborted on Ctrl-C
 * @returns the exit status
 */
export async function runRepair(
  config: RunConfig,
  io: CliIo,
  log: StderrLog,
  stdoutChalk: ChalkInstance,
  signal: AbortSignal,
): Promise<ExitCode> {
  checkCombinations(config);
  const fromStdin = config.paths.length === 0 || (config.paths.length === 1 && config.paths[0] === '-');
  if (config.paths.includes('-') && !fromStdin) throw new UsageError('"-" (stdin) cannot be mixed with file names');
  if (fromStdin && config.inPlace) throw new UsageError('--in-place needs file names, not stdin');

  let exit: ExitCode = ExitCode.Success;
  const jobs: (JobSpec & { relative: string })[] = [];
  if (fromStdin) {
    jobs.push({ index: 0, displayPath: '<stdin>', relative: 'stdin.txt' });
  } else {
    const { files, problems } = await expandInputs(config.paths, {
      cwd: io.cwd,
      extensions: config.extensions.length > 0 ? config.extensions : DEFAULT_EXTENSIONS,
      exclude: config.outDir !== undefined ? [config.outDir] : [],
    });
    for (const problem of problems) log.fileError(problem.displayPath, problem.problem);
    if (problems.length > 0) exit = ExitCode.Error;
    files.forEach((file) => jobs.push({ index: jobs.length, displayPath: file.displayPath, path: file.path, relative: file.relative }));
    if (files.length === 0) {
      if (problems.length === 0) {
        log.error(`no ${config.extensions.join(' or ') || '.txt or .md'} files found under ${config.paths.join(', ')} (name files directly, or set "extensions" in the config)`);
      }
      return ExitCode.Error;
    }
  }
  if (config.format === 'json' && jobs.length > 1 && config.outDir === undefined && !config.inPlace && !config.diff) {
    throw new UsageError('--format json writes one document; for several inputs use --out-dir DIR or --format jsonl');
  }

  const settings: ProcessSettings = {
    format: config.format,
    toneStyle: config.toneStyle,
    minConfidence: config.minConfidence,
    encoding: config.encoding,
  };
  const resourcesOptions = { userDictionaries: config.dictionaries };
  const totals: Totals = { done: 0, failed: 0, skipped: 0, changed: 0, lowConfidence: 0, syllables: 0, bytes: 0 };
  const inputPaths = new Set(jobs.map((job) => job.path).filter((p): p is string => p !== undefined));

  // Where each output goes; problems found here fail the file before any work.
  const outputs = new Map<number, string>();
  const planned = new Set<string>();
  const runnable: typeof jobs = [];
  for (const job of jobs) {
    const problem = planOutput(job, config, outputs, planned, inputPaths);
    if (problem !== undefined) {
      log.fileError(job.displayPath, problem);
      totals.failed++;
      exit = ExitCode.Error;
    } else runnable.push(job);
  }
  if (config.inPlace) {
    for (const job of [...runnable]) {
      const backup = job.path! + config.backupSuffix;
      if (await exists(backup)) {
        log.fileError(job.displayPath, `backup ${path.basename(backup)} already exists; move it away or choose --backup-suffix`);
        runnable.splice(runnable.indexOf(job), 1);
        totals.failed++;
        exit = ExitCode.Error;
      }
    }
  }

  // --incremental: skip inputs whose output is up to date.
  let manifest: IncrementalManifest | undefined;
  let fingerprint = '';
  const inputHashes = new Map<number, string>();
  let todo = runnable;
  if (config.incremental && config.outDir !== undefined) {
    manifest = await IncrementalManifest.load(config.outDir);
    fingerprint = await settingsFingerprint(settings, vnfixVersion(), new Resources().dictionariesDir, config.dictionaries);
    todo = [];
    // Hash many files at once (the work is I/O), then decide in input order so messages stay ordered.
    const checked = await mapConcurrently(runnable, HASH_CONCURRENCY, async (job) => {
      try {
        const hash = await hashFile(job.path!);
        return { job, hash, upToDate: await manifest!.isUpToDate(outputs.get(job.index)!, hash, fingerprint) };
      } catch (error) {
        return { job, problem: describeFsError(error) };
      }
    });
    for (const result of checked) {
      if (result.problem !== undefined) {
        log.fileError(result.job.displayPath, result.problem);
        totals.failed++;
        exit = ExitCode.Error;
        continue;
      }
      inputHashes.set(result.job.index, result.hash!);
      if (result.upToDate) totals.skipped++;
      else todo.push(result.job);
    }
  }

  const shared = sharedTarget(config, io);
  // --diff without an output file or folder shows the changes instead of the output.
  const diffToStdout = config.diff && config.output === undefined && config.outDir === undefined && !config.inPlace;
  let totalBytes = 0;
  if (log.progress !== undefined) {
    for (const job of todo) totalBytes += await stat(job.path!).then((info) => info.size, () => 0);
  }
  const showProgress = (partialBytes = 0, partialSyllables = 0) =>
    log.progress?.update({
      filesDone: totals.done + totals.failed + totals.skipped,
      filesTotal: jobs.length,
      failed: totals.failed,
      syllables: totals.syllables + partialSyllables,
      bytesDone: totals.bytes + partialBytes,
      bytesTotal: totalBytes,
    });
  const onOutcome = async (outcome: FileOutcome, target: OutputTarget) => {
    totals.bytes += outcome.bytes;
    if (outcome.problem === undefined) {
      try {
        if (target !== shared) await target.commit();
      } catch (error) {
        outcome.problem = describeFsError(error);
      }
    } else if (target !== shared) await target.abort();
    if (outcome.problem !== undefined) {
      totals.failed++;
      exit = ExitCode.Error;
      log.fileError(outcome.displayPath, outcome.problem, outcome.stack);
      if (config.format === 'jsonl' && shared !== undefined && !diffToStdout) {
        await shared.write(JSON.stringify({ source: outcome.displayPath, error: outcome.problem }) + '\n');
      }
    } else {
      totals.done++;
      totals.changed += outcome.stats.changed;
      totals.lowConfidence += outcome.stats.lowConfidence;
      totals.syllables += outcome.stats.syllables;
      const job = jobs[outcome.index];
      if (manifest !== undefined) manifest.record(outputs.get(job.index)!, job.path!, inputHashes.get(job.index)!, fingerprint);
      if (config.verbose) for (const message of outcome.messages) log.line(formatMessage(outcome.displayPath, message, log.chalk));
      if (config.diff) {
        // Outputs go to files or are replaced by the diff, so stdout is free for it either way.
        await writeTo(io.stdout, formatDiff(outcome.displayPath, outcome.changes, outcome.droppedChanges, stdoutChalk));
      }
    }
    showProgress();
  };

  let completed = false;
  try {
    completed = await runJobs({
      jobs: todo,
      parallel: config.jobs,
      settings,
      resources: resourcesOptions,
      discardOutput: diffToStdout,
      stdin: io.stdin,
      signal,
      targetFor: (job) => {
        if (diffToStdout) return new DiscardTarget();
        if (shared !== undefined) return shared;
        const file = outputs.get(job.index)!;
        return new AtomicFileTarget(file, config.inPlace ? file + config.backupSuffix : undefined);
      },
      onOutcome,
      onPiece: (bytes, syllables) => showProgress(bytes, syllables),
    });
  } finally {
    await manifest?.save();
    if (shared !== undefined && config.output !== undefined) {
      if (totals.done > 0 && completed) await shared.commit();
      else await shared.abort();
    }
  }
  if (!completed) return ExitCode.Interrupted;
  log.progress?.clear();
  if (!config.quiet && (jobs.length > 1 || config.outDir !== undefined)) log.line(summary(totals, log.chalk));
  return exit;
}

function checkCombinations(config: RunConfig): void {
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

/** The stream or single file that every output goes to, when there is one. */
function sharedTarget(config: RunConfig, io: CliIo): OutputTarget | undefined {
  if (config.outDir !== undefined || config.inPlace) return undefined;
  if (config.output !== undefined) return new AtomicFileTarget(config.output);
  return new StreamTarget(io.stdout);
}

/** Decide an input's output file; returns a problem when the output would be unsafe. */
function planOutput(
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
  } else if (config.output !== undefined) {
    if (inputs.has(config.output)) return `--output ${config.output} would overwrite this input`;
    return undefined;
  } else return undefined;
  if (!config.inPlace && planned.has(file)) return `its output ${file} is also the output of an earlier input; not written`;
  planned.add(file);
  outputs.set(job.index, file);
  return undefined;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

function summary(totals: Totals, chalk: ChalkInstance): string {
  const parts = [`${totals.done} ${plural(totals.done, 'file')} done`];
  if (totals.skipped > 0) parts.push(`${totals.skipped} up to date`);
  parts.push(totals.failed > 0 ? chalk.red(`${totals.failed} failed`) : '0 failed');
  parts.push(`${totals.changed} ${plural(totals.changed, 'word')} changed`);
  parts.push(`${totals.lowConfidence} low-confidence ${plural(totals.lowConfidence, 'repair')}`);
  return `vnfix: ${parts.join(', ')}`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
