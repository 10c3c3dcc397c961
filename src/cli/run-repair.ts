import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { stat } from 'node:fs/promises';
import { Resources } from '../resources.js';
import type { CliIo } from './cli-io.js';
import { ExitCode } from './exit-code.js';
import { DEFAULT_EXTENSIONS, describeNoFiles, expandInputs, describeFsError } from './expand-inputs.js';
import type { FileOutcome } from './file-outcome.js';
import { formatDiff } from './format-diff.js';
import { formatMessage } from './format-message.js';
import { IncrementalManifest, settingsFingerprint } from './incremental-manifest.js';
import { sortUpToDate } from './sort-up-to-date.js';
import { AtomicFileTarget, writeTo, type OutputTarget } from './output-target.js';
import { DiscardTarget } from './discard-target.js';
import type { ProcessSettings } from './process-file.js';
import type { RunConfig } from './run-config.js';
import { runJobs, type JobSpec } from './run-jobs.js';
import type { StderrLog } from './stderr-log.js';
import { UsageError } from './usage-error.js';
import { checkCombinations, exists, planOutput, sharedTarget } from './plan-outputs.js';
import { vnfixVersion } from './vnfix-version.js';

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
    if (io.stdinIsTTY && config.paths.length === 0) {
      log.line('vnfix: reading text typed here until Ctrl-D; to repair files, name them (vnfix --help for examples)');
    }
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
        log.error(describeNoFiles(config.paths, config.extensions));
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
  if (config.output !== undefined && inputPaths.has(config.output)) {
    throw new UsageError(`--output ${config.output} is also an input; choose a file outside the inputs`);
  }

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
    const sorted = await sortUpToDate(runnable, (job) => outputs.get(job.index)!, manifest, fingerprint);
    for (const { job, problem } of sorted.problems) {
      log.fileError(job.displayPath, problem);
      totals.failed++;
      exit = ExitCode.Error;
    }
    totals.skipped = sorted.upToDate;
    todo = sorted.todo;
    for (const [index, hash] of sorted.hashes) inputHashes.set(index, hash);
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
        return new AtomicFileTarget(file, config.inPlace ? file + config.backupSuffix : undefined, config.outDir);
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
