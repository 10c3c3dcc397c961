import type { ChalkInstance } from 'chalk';
import type { CliIo } from './cli-io.js';
import { makeCheckReporter, type CheckTotals } from './check-reporter.js';
import { judgeFile } from './check-verdict.js';
import { DiscardTarget } from './discard-target.js';
import { ExitCode, mergeExitCodes } from './exit-code.js';
import { DEFAULT_EXTENSIONS, describeNoFiles, expandInputs } from './expand-inputs.js';
import { formatMessage } from './format-message.js';
import { writeTo } from './output-target.js';
import type { RunConfig } from './run-config.js';
import { runJobs, type JobSpec } from './run-jobs.js';
import type { StderrLog } from './stderr-log.js';
import { UsageError } from './usage-error.js';

/**
 * `vnfix check`: measure each input against the thresholds and report; nothing is written.
 * @param config resolved settings (thresholds in `config.check`)
 * @param io streams
 * @param log stderr writer
 * @param stdoutChalk colours for the text reporter
 * @param signal aborted on Ctrl-C
 * @returns 0 when every file passes, 1 when any fails, 2 on any error
 */
export async function runCheck(
  config: RunConfig,
  io: CliIo,
  log: StderrLog,
  stdoutChalk: ChalkInstance,
  signal: AbortSignal,
): Promise<ExitCode> {
  if (config.paths.length === 0) throw new UsageError('check needs paths: vnfix check FILES|FOLDERS|GLOBS (use - for stdin)');
  const reporter = makeCheckReporter(config.check.reporter, config.check, stdoutChalk);
  const totals: CheckTotals = { checked: 0, passed: 0, failed: 0, errors: 0 };
  const jobs: JobSpec[] = [];
  let syllables = 0;
  if (config.paths.length === 1 && config.paths[0] === '-') {
    jobs.push({ index: 0, displayPath: '<stdin>' });
  } else {
    const { files, problems } = await expandInputs(config.paths, {
      cwd: io.cwd,
      extensions: config.extensions.length > 0 ? config.extensions : DEFAULT_EXTENSIONS,
      exclude: [],
    });
    for (const problem of problems) {
      log.fileError(problem.displayPath, problem.problem);
      totals.errors++;
      await writeTo(io.stdout, reporter.error(problem.displayPath, problem.problem));
    }
    files.forEach((file) => jobs.push({ index: jobs.length, displayPath: file.displayPath, path: file.path }));
    if (files.length === 0 && problems.length === 0) {
      log.error(describeNoFiles(config.paths, config.extensions));
      return ExitCode.Error;
    }
  }
  const completed = await runJobs({
    jobs,
    parallel: config.jobs,
    settings: { format: 'text', toneStyle: config.toneStyle, minConfidence: config.minConfidence, encoding: config.encoding },
    resources: { userDictionaries: config.dictionaries },
    discardOutput: true,
    stdin: io.stdin,
    signal,
    targetFor: () => new DiscardTarget(),
    onOutcome: async (outcome) => {
      if (outcome.problem !== undefined) {
        totals.errors++;
        log.fileError(outcome.displayPath, outcome.problem, outcome.stack);
        await writeTo(io.stdout, reporter.error(outcome.displayPath, outcome.problem));
        return;
      }
      totals.checked++;
      const verdict = judgeFile(outcome, config.check);
      if (verdict.pass) totals.passed++;
      else totals.failed++;
      if (config.verbose) for (const message of outcome.messages) log.line(formatMessage(outcome.displayPath, message, log.chalk));
      const low = outcome.changes.filter((change) => !change.applied || change.confidence < config.minConfidence);
      await writeTo(io.stdout, reporter.file(verdict, low));
      syllables += outcome.stats.syllables;
      log.progress?.update({
        filesDone: totals.checked + totals.errors,
        filesTotal: jobs.length,
        failed: totals.errors,
        syllables,
        bytesDone: 0,
        bytesTotal: 0,
      });
    },
  });
  if (!completed) return ExitCode.Interrupted;
  log.progress?.clear();
  if (!config.quiet || config.check.reporter === 'json') await writeTo(io.stdout, reporter.end(totals));
  return mergeExitCodes([
    totals.errors > 0 ? ExitCode.Error : ExitCode.Success,
    totals.failed > 0 ? ExitCode.Findings : ExitCode.Success,
  ]);
}
