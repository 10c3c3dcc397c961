import type { ChalkInstance } from 'chalk';
import type { Change } from '../index.js';
import { percent, type CheckVerdict } from './check-verdict.js';
import type { CheckReporterName } from './option-values.js';
import type { CheckConfig } from './run-config.js';

/** Totals of a check run. */
export interface CheckTotals {
  checked: number;
  passed: number;
  failed: number;
  errors: number;
}

/** Turns verdicts into the text `vnfix check` prints on stdout, file by file in input order. */
export interface CheckReporter {
  file(verdict: CheckVerdict, lowConfidenceChanges: readonly Change[]): string;
  error(file: string, problem: string): string;
  end(totals: CheckTotals): string;
}

/** Annotations per file at most, so a garbled corpus does not flood a workflow run. */
const MAX_ANNOTATIONS_PER_FILE = 20;

/**
 * Make a reporter.
 * @param name `text` (people), `json` (programs), `github` (workflow annotations)
 * @param thresholds the limits, recorded in JSON output
 * @param chalk colours for stdout
 * @returns the reporter
 */
export function makeCheckReporter(name: CheckReporterName, thresholds: CheckConfig, chalk: ChalkInstance): CheckReporter {
  switch (name) {
    case 'text':
      return textReporter(chalk);
    case 'json':
      return jsonReporter(thresholds);
    case 'github':
      return githubReporter();
  }
}

function textReporter(chalk: ChalkInstance): CheckReporter {
  return {
    file(verdict) {
      const measures = `${percent(verdict.invalidShare)} invalid, ${percent(verdict.repairedShare)} repaired, ${verdict.lowConfidence} low-confidence`;
      if (verdict.pass) return `${chalk.green('pass')}  ${verdict.file}  ${chalk.dim(measures)}\n`;
      return `${chalk.red('fail')}  ${verdict.file}  ${verdict.failures.join('; ')}\n`;
    },
    error() {
      // The error itself is on stderr already (one line per file).
      return '';
    },
    end(totals) {
      return `${totals.checked} checked: ${totals.passed} passed, ${totals.failed} failed, ${totals.errors} ${totals.errors === 1 ? 'error' : 'errors'}\n`;
    },
  };
}

function jsonReporter(thresholds: CheckConfig): CheckReporter {
  const files: unknown[] = [];
  return {
    file(verdict) {
      files.push(verdict);
      return '';
    },
    error(file, problem) {
      files.push({ file, error: problem });
      return '';
    },
    end(totals) {
      const { reporter: _reporter, ...limits } = thresholds;
      return JSON.stringify({ thresholds: limits, totals, files }, null, 2) + '\n';
    },
  };
}

/**
 * GitHub workflow commands (docs.github.com, workflow commands): a file over a threshold fails the job, so
 * it is an `::error`; each low-confidence repair is a `::warning` at its line and column.
 */
function githubReporter(): CheckReporter {
  return {
    file(verdict, lowConfidence) {
      if (verdict.pass) return '';
      let out = `::error file=${property(verdict.file)},line=${verdict.firstLine},title=vnfix check::${data(verdict.failures.join('; '))}\n`;
      for (const change of lowConfidence.slice(0, MAX_ANNOTATIONS_PER_FILE)) {
        const text = `low-confidence repair: "${change.from}" → "${change.to}" (${change.confidence.toFixed(2)})`;
        out += `::warning file=${property(verdict.file)},line=${change.line},col=${change.column},title=vnfix check::${data(text)}\n`;
      }
      return out;
    },
    error(file, problem) {
      return `::error file=${property(file)},title=vnfix check::${data(problem)}\n`;
    },
    end(totals) {
      return `vnfix check: ${totals.checked} checked, ${totals.passed} passed, ${totals.failed} failed, ${totals.errors} errors\n`;
    },
  };
}

/** Escape a workflow command's message. */
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a workflow command's property value. */
function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
