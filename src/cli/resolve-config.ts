import os from 'node:os';
import path from 'node:path';
import { access } from 'node:fs/promises';
import type { Command } from 'commander';
import { findConfigFile, loadConfigFile, type ConfigValues } from './config-file.js';
import { DEFAULT_CHECK, type RunConfig } from './run-config.js';
import { UsageError } from './usage-error.js';

/** Options as commander parsed them (undefined when not given). */
interface ParsedOptions {
  format?: RunConfig['format'];
  output?: string;
  outDir?: string;
  incremental?: boolean;
  inPlace?: boolean;
  backupSuffix?: string;
  diff?: boolean;
  toneStyle?: RunConfig['toneStyle'];
  dict?: string[];
  minConfidence?: number;
  encoding?: RunConfig['encoding'];
  jobs?: number;
  progress?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  color?: RunConfig['color'];
  config?: string | false;
  debug?: boolean;
  reporter?: RunConfig['check']['reporter'];
  maxInvalid?: number;
  maxRepaired?: number;
  maxLowConfidence?: number;
}

/**
 * Resolve the settings of a run once: flags override the config file, which overrides the defaults.
 * Paths in flags are relative to the working directory, paths in the config to the config's folder;
 * `--dict` adds to the config's dictionaries.
 * @param command the command commander ran (root or `check`)
 * @param paths the paths argument
 * @param cwd working directory
 * @returns the run's settings
 * @throws UsageError for a bad config file or a missing dictionary
 */
export async function resolveConfig(command: Command, paths: string[], cwd: string): Promise<RunConfig> {
  const opts = command.opts<ParsedOptions>();
  const fromCli = (key: keyof ParsedOptions) => command.getOptionValueSource(key) === 'cli';
  let configFile: string | undefined;
  if (typeof opts.config === 'string') configFile = path.resolve(cwd, opts.config);
  else if (opts.config !== false) configFile = await findConfigFile(cwd);
  if (typeof opts.config === 'string') {
    try {
      await access(configFile!);
    } catch {
      throw new UsageError(`--config ${opts.config}: no such file`);
    }
  }
  const file: ConfigValues = configFile !== undefined ? await loadConfigFile(configFile) : {};
  const abs = (p: string | undefined) => (p === undefined ? undefined : path.resolve(cwd, p));
  const dictionaries = [...(file.dictionaries ?? []), ...(opts.dict ?? []).map((d) => path.resolve(cwd, d))];
  for (const dictionary of dictionaries) {
    try {
      await access(dictionary);
    } catch {
      throw new UsageError(`dictionary ${dictionary}: no such file`);
    }
  }
  const check = file.check ?? {};
  return {
    paths,
    format: opts.format ?? file.format ?? (opts.inPlace === true ? 'text' : 'md'),
    output: abs(opts.output),
    outDir: abs(opts.outDir) ?? file.outDir,
    toneStyle: opts.toneStyle ?? file.toneStyle ?? 'traditional',
    minConfidence: opts.minConfidence ?? file.minConfidence ?? 0.5,
    encoding: opts.encoding ?? file.encoding,
    dictionaries,
    jobs: opts.jobs ?? file.jobs ?? os.availableParallelism(),
    incremental: opts.incremental ?? file.incremental ?? false,
    inPlace: opts.inPlace ?? false,
    backupSuffix: opts.backupSuffix ?? '.bak',
    diff: opts.diff ?? false,
    progress: fromCli('progress') ? opts.progress !== false : (file.progress ?? true),
    quiet: opts.quiet ?? false,
    verbose: opts.verbose ?? false,
    debug: opts.debug ?? false,
    color: opts.color ?? file.color ?? 'auto',
    extensions: file.extensions ?? [],
    check: {
      reporter: opts.reporter ?? check.reporter ?? DEFAULT_CHECK.reporter,
      maxInvalid: opts.maxInvalid ?? check.maxInvalid ?? DEFAULT_CHECK.maxInvalid,
      maxRepaired: opts.maxRepaired ?? check.maxRepaired ?? DEFAULT_CHECK.maxRepaired,
      maxLowConfidence: opts.maxLowConfidence ?? check.maxLowConfidence ?? DEFAULT_CHECK.maxLowConfidence,
    },
    configFile,
  };
}
