import type { ToneStyle } from '../index.js';
import { ENCODING_NAMES, parseEncodingName, type EncodingName } from '../encoding/encoding-name.js';
import type { ColorMode } from './make-chalk.js';
import type { CliFormat } from './output-path.js';

/** Values accepted by the options that take a word. */
export const FORMATS: readonly CliFormat[] = ['text', 'md', 'json', 'jsonl'];
export const TONE_STYLES: readonly ToneStyle[] = ['traditional', 'modern'];
export const COLOR_MODES: readonly ColorMode[] = ['auto', 'always', 'never'];
export const REPORTERS = ['text', 'json', 'github'] as const;

/** How `vnfix check` reports. */
export type CheckReporterName = (typeof REPORTERS)[number];

/** Parsers shared by the flags and the config file: each returns the value or throws a message. */
export const parseValue = {
  format(value: string): CliFormat {
    return oneOf(value, FORMATS, 'format');
  },
  toneStyle(value: string): ToneStyle {
    return oneOf(value, TONE_STYLES, 'tone style');
  },
  color(value: string): ColorMode {
    return oneOf(value, COLOR_MODES, 'colour mode');
  },
  reporter(value: string): CheckReporterName {
    return oneOf(value, REPORTERS, 'reporter');
  },
  encoding(value: string): EncodingName {
    const name = parseEncodingName(value);
    if (name === undefined) throw new Error(`unknown encoding "${value}" (known: ${ENCODING_NAMES.join(', ')})`);
    return name;
  },
  jobs(value: string | number): number {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`jobs must be a whole number of at least 1, not "${value}"`);
    return n;
  },
  confidence(value: string | number): number {
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0 || n > 1) throw new Error(`confidence must be between 0 and 1, not "${value}"`);
    return n;
  },
  /** A share of words: `0.05` or `5%`. */
  share(value: string | number): number {
    const text = String(value).trim();
    const n = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
    if (!Number.isFinite(n) || n < 0 || n > 1) throw new Error(`a share must be between 0 and 1 (or 0% and 100%), not "${value}"`);
    return n;
  },
  count(value: string | number): number {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new Error(`a count must be a whole number of at least 0, not "${value}"`);
    return n;
  },
};

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`unknown ${what} "${value}" (choose ${allowed.join(', ')})`);
}
