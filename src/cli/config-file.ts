import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ToneStyle } from '../index.js';
import type { EncodingName } from '../encoding/encoding-name.js';
import type { ColorMode } from './make-chalk.js';
import { parseValue, type CheckReporterName } from './option-values.js';
import type { CliFormat } from './output-path.js';
import { UsageError } from './usage-error.js';

/** Names searched for, in each folder from the working directory up to the root. */
export const CONFIG_NAMES = ['vnfix.config.yaml', '.vnfixrc.yaml'] as const;

/** What a config file may set; paths are absolute (resolved against the config file's folder). */
export interface ConfigValues {
  format?: CliFormat;
  outDir?: string;
  toneStyle?: ToneStyle;
  minConfidence?: number;
  encoding?: EncodingName;
  dictionaries?: string[];
  jobs?: number;
  incremental?: boolean;
  progress?: boolean;
  color?: ColorMode;
  extensions?: string[];
  check?: {
    reporter?: CheckReporterName;
    maxInvalid?: number;
    maxRepaired?: number;
    maxLowConfidence?: number;
  };
}

/**
 * Find the config file that applies to a folder.
 * @param cwd where to start
 * @returns the first vnfix.config.yaml or .vnfixrc.yaml from `cwd` upwards, or undefined
 */
export async function findConfigFile(cwd: string): Promise<string | undefined> {
  let folder = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(folder, name);
      try {
        if ((await stat(candidate)).isFile()) return candidate;
      } catch {
        // not here
      }
    }
    const parent = path.dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/**
 * Read and check a config file.
 * @param file absolute path
 * @returns its values, with paths made absolute
 * @throws UsageError naming the file and the key at fault
 */
export async function loadConfigFile(file: string): Promise<ConfigValues> {
  let raw: unknown;
  try {
    const text = await readFile(file, 'utf8');
    // The YAML parser is loaded only when there is a config file to read.
    const { parse } = await import('yaml');
    raw = parse(text);
  } catch (error) {
    throw new UsageError(`cannot read config: ${(error as Error).message.split('\n')[0]}`, file);
  }
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new UsageError('config must be a mapping of option names to values', file);
  const folder = path.dirname(file);
  return readSection(raw as Record<string, unknown>, TOP_KEYS, folder, file) as ConfigValues;
}

type KeyReader = (value: unknown, folder: string, file: string) => unknown;

const str = (parse: (v: string) => unknown): KeyReader => (value) => parse(String(value));
const bool: KeyReader = (value) => {
  if (typeof value !== 'boolean') throw new Error(`expected true or false, not ${JSON.stringify(value)}`);
  return value;
};
const pathList: KeyReader = (value, folder) => {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) throw new Error('expected a list of paths');
  return (list as string[]).map((p) => path.resolve(folder, p));
};

const CHECK_KEYS: Record<string, KeyReader> = {
  reporter: str(parseValue.reporter),
  maxInvalid: (v) => parseValue.share(v as string),
  maxRepaired: (v) => parseValue.share(v as string),
  maxLowConfidence: (v) => parseValue.count(v as string),
};

const TOP_KEYS: Record<string, KeyReader> = {
  format: str(parseValue.format),
  outDir: (value, folder) => path.resolve(folder, String(value)),
  toneStyle: str(parseValue.toneStyle),
  minConfidence: (v) => parseValue.confidence(v as string),
  encoding: str(parseValue.encoding),
  dictionaries: pathList,
  jobs: (v) => parseValue.jobs(v as string),
  incremental: bool,
  progress: bool,
  color: str(parseValue.color),
  extensions: (value) => {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new Error('expected a list like [.txt, .md]');
    return (value as string[]).map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase());
  },
  check: (value, folder, file) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected a mapping');
    return readSection(value as Record<string, unknown>, CHECK_KEYS, folder, file, 'check.');
  },
};

/** Keys may be written camelCase (toneStyle) or kebab-case (tone-style). */
function camel(key: string): string {
  return key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function readSection(
  raw: Record<string, unknown>,
  keys: Record<string, KeyReader>,
  folder: string,
  file: string,
  prefix = '',
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const name = camel(key);
    const reader = keys[name];
    if (reader === undefined) {
      throw new UsageError(`unknown key "${prefix}${key}" (known: ${Object.keys(keys).map((k) => prefix + k).join(', ')})`, file);
    }
    try {
      out[name] = reader(value, folder, file);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`${prefix}${key}: ${(error as Error).message}`, file);
    }
  }
  return out;
}
