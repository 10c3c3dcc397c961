import type { ChalkInstance } from 'chalk';

/** When to colour: `auto` colours only a terminal without NO_COLOR. */
export type ColorMode = 'auto' | 'always' | 'never';

/**
 * Whether a stream gets colours.
 * @param mode the user's choice
 * @param isTTY whether the stream is a terminal
 * @param env environment (NO_COLOR set and non-empty turns colour off, per no-color.org)
 * @returns true to colour
 */
export function colorsOn(mode: ColorMode, isTTY: boolean, env: Record<string, string | undefined>): boolean {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return mode === 'always' || (mode === 'auto' && isTTY && !noColor && env.TERM !== 'dumb');
}

/**
 * chalk at level 0, without loading chalk: every style (and chain of styles) returns its text as chalk
 * would; `visible` text is dropped. Not a thenable, so it can be returned from an async function.
 */
const PLAIN: ChalkInstance = (() => {
  const style = (...strings: unknown[]): string => (strings.length === 1 ? `${strings[0] as string}` : strings.join(' '));
  const empty = (): string => '';
  const property = (name: string | symbol, chained: object): unknown => {
    if (name === 'level') return 0;
    if (name === 'then' || typeof name === 'symbol') return undefined;
    return name === 'visible' ? invisible : chained;
  };
  const invisible: object = new Proxy(empty, { get: (_target, name) => property(name, invisible) });
  const plain: object = new Proxy(style, { get: (_target, name) => property(name, plain) });
  return plain as ChalkInstance;
})();

/**
 * The chalk instance for one stream; chalk itself is loaded only when colours are on.
 * @param mode the user's choice
 * @param isTTY whether the stream is a terminal
 * @param env environment
 * @returns an instance with level 0 or 1
 */
export async function streamChalk(mode: ColorMode, isTTY: boolean, env: Record<string, string | undefined>): Promise<ChalkInstance> {
  if (!colorsOn(mode, isTTY, env)) return PLAIN;
  const { makeChalk } = await import('./make-chalk.js');
  return makeChalk(mode, isTTY, env);
}
