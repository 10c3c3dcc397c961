import { Chalk, type ChalkInstance } from 'chalk';
import { colorsOn, type ColorMode } from './stream-chalk.js';

export type { ColorMode } from './stream-chalk.js';

/**
 * Make the chalk instance for one stream, never touching chalk's global level.
 * @param mode the user's choice
 * @param isTTY whether the stream is a terminal
 * @param env environment (NO_COLOR set and non-empty turns colour off, per no-color.org)
 * @returns a chalk instance with level 0 or 1
 */
export function makeChalk(mode: ColorMode, isTTY: boolean, env: Record<string, string | undefined>): ChalkInstance {
  return new Chalk({ level: colorsOn(mode, isTTY, env) ? 1 : 0 });
}
