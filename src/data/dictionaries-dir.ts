import { fileURLToPath } from 'node:url';

/**
 * Where the shipped compiled data lives. Defined two folders below the package root, like every other
 * module that finds a file from its own location, so the same path holds in dist/ and in the one-file
 * CLI bundle (dist/bundle/).
 */
export const DEFAULT_DICTIONARIES_DIR = fileURLToPath(new URL('../../dictionaries/', import.meta.url));
