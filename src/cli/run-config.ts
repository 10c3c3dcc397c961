import type { ToneStyle } from '../index.js';
import type { EncodingName } from '../encoding/encoding-name.js';
import type { ColorMode } from './make-chalk.js';
import type { CheckReporterName } from './option-values.js';
import type { CliFormat } from './output-path.js';

/** Every setting of a run, resolved once from flags, the config file and defaults, then passed down. */
export interface RunConfig {
  /** Paths, folders and globs as typed; empty or `-` for stdin. */
  paths: string[];
  format: CliFormat;
  /** Absolute paths. */
  output?: string;
  outDir?: string;
  toneStyle: ToneStyle;
  minConfidence: number;
  encoding?: EncodingName;
  /** Absolute paths of user dictionaries. */
  dictionaries: string[];
  jobs: number;
  incremental: boolean;
  inPlace: boolean;
  backupSuffix: string;
  diff: boolean;
  progress: boolean;
  quiet: boolean;
  verbose: boolean;
  debug: boolean;
  color: ColorMode;
  /** Extensions picked inside folders. */
  extensions: string[];
  check: CheckConfig;
  /** The config file used, if any. */
  configFile?: string;
}

/** Thresholds and reporter of `vnfix check`. */
export interface CheckConfig {
  reporter: CheckReporterName;
  /** Largest share of words that are not valid Vietnamese (0..1). */
  maxInvalid: number;
  /** Largest share of words that needed repair (0..1). */
  maxRepaired: number;
  /** Largest number of low-confidence repairs. */
  maxLowConfidence: number;
}

/** Thresholds of `vnfix check` when neither flags nor config set them (README, "vnfix check"). */
export const DEFAULT_CHECK: CheckConfig = {
  reporter: 'text',
  maxInvalid: 0.05,
  maxRepaired: 0.05,
  maxLowConfidence: 10,
};
