import { repair } from '../index.js';
import { Resources, type ResourcesOptions } from '../resources.js';
import { LegacyTables } from '../encoding/legacy-tables.js';
import type { ProcessContext } from './process-file.js';

/** The data could not be loaded: the whole run stops with one message instead of one per file. */
export class SetupError extends Error {
  /**
   * @param message what failed, naming the file when the library does
   * @param stack the original stack, for --debug
   */
  constructor(
    message: string,
    readonly originalStack?: string,
  ) {
    super(message);
    this.name = 'SetupError';
  }
}

/** Repaired once at start so every dictionary and model is loaded (and checked) before the first file. */
const WARM_UP_TEXT = 'Ban Bi thu';

/**
 * Build what a process or worker keeps for its lifetime, loading the data up front.
 * @param options dictionaries folder and user dictionaries
 * @returns resources and encoding tables
 * @throws SetupError when a dictionary or model cannot be loaded
 */
export function prepareContext(options: ResourcesOptions): ProcessContext {
  const resources = new Resources(options);
  try {
    repair(WARM_UP_TEXT, resources);
  } catch (error) {
    throw new SetupError(error instanceof Error ? error.message : String(error), error instanceof Error ? error.stack : undefined);
  }
  return { resources, tables: new LegacyTables() };
}
