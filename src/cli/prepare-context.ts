import { repair } from '../index.js';
import { Resources, type ResourcesOptions } from '../resources.js';
import { LegacyTables } from '../encoding/legacy-tables.js';
import type { ProcessContext } from './process-file.js';
import { SetupError } from './setup-error.js';

// Kept here too for importers of this module (the class lives apart so `main` can test for it without
// loading the pipeline).
export { SetupError } from './setup-error.js';

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
