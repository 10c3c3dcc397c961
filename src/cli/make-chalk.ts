import { Chalk, type ChalkInstance } from 'chalk';

/** When to colour: `auto` colours only a terminal without NO_COLOR. */
export type ColorMode = 'auto' | 'always' | 'never';

/**
 * Make the chalk instance for one stream, never touching chalk's global level.
 * @param mode the user's choice
 * @param isTTY whether the stream is a terminal
 * @param env environment (NO_COLOR set and non-empty turns colour off, per no-color.org)
 * @returns a chalk instance with level 0 or 1
 */
export function makeChalk(mode: ColorMode, isTTY: boolean, env: Record<string, string | undefined>): ChalkInstance {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const on = mode === 'always' || (mode === 'auto' && isTTY && !noColor && env.TERM !== 'dumb');
  return new Chalk({ level: on ? 1 : 0 });
}
