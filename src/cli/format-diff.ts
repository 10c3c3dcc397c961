import type { ChalkInstance } from 'chalk';
import type { Change } from '../index.js';

/**
 * Format one file's changes for review, word by word: a header naming the file, then one line per change
 * `  line:column  from → to  confidence`, with proposals that were not applied marked `(not applied)`.
 * @param file name shown for the input
 * @param changes the file's changes in input order
 * @param dropped changes counted but not kept (very large inputs)
 * @param chalk colours for stdout
 * @returns the block of lines, ending with a newline ('' when there is no change)
 */
export function formatDiff(file: string, changes: readonly Change[], dropped: number, chalk: ChalkInstance): string {
  if (changes.length === 0) return '';
  let out = `${chalk.bold(file)}\n`;
  for (const change of changes) {
    const where = chalk.dim(`${change.line}:${change.column}`);
    const to = change.applied ? chalk.green(change.to) : chalk.yellow(change.to);
    const note = change.applied ? '' : ` ${chalk.yellow('(not applied)')}`;
    out += `  ${where}  ${chalk.red(change.from)} → ${to}  ${change.confidence.toFixed(2)}${note}\n`;
  }
  if (dropped > 0) out += `  … and ${dropped} more changes not listed\n`;
  return out;
}
