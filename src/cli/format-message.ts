import type { ChalkInstance } from 'chalk';
import type { VnfixMessage } from '../index.js';

/**
 * Format a library message the way linters do: `path:line:column  level  reason  ruleId`.
 * @param file name shown for the input
 * @param message the message
 * @param chalk colours for stderr
 * @returns one line, without a newline
 * @example formatMessage('a.txt', msg, chalk) // 'a.txt:3:7  warning  kept "Gy": unsure  restore-uncertain'
 */
export function formatMessage(file: string, message: VnfixMessage, chalk: ChalkInstance): string {
  const place = message.place === undefined ? undefined : 'start' in message.place ? message.place.start : message.place;
  const where = place === undefined ? `${file}:1:1` : `${file}:${place.line}:${place.column}`;
  const level =
    message.fatal === true ? chalk.red('error') : message.fatal === false ? chalk.yellow('warning') : chalk.blue('info');
  return `${where}  ${level}  ${message.reason}  ${chalk.dim(message.ruleId)}`;
}
