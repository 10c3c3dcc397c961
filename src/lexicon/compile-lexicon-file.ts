/**
 * Compile a vocabulary YAML file next to itself (FILE.yaml.bin), as `npm run build` does for the shipped
 * files and `scripts/build-vocabulary.ts --write` for any file.
 */
import { readFileSync } from 'node:fs';
import { writeContainerFile } from '../data/container-file.js';
import { compileLexiconSource, compiledPathOf } from './compiled-source.js';
import { readLexiconSource, type LexiconSourceData } from './read-lexicon-source.js';

/**
 * @param file path of the YAML file; it is read in full, so any error in it stops the compilation
 * @returns what reading the YAML gave (terms, tokens, warnings), the compiled file's path and size
 */
export function compileLexiconFile(file: string): { data: LexiconSourceData; path: string; size: number } {
  const bytes = readFileSync(file);
  const data = readLexiconSource(file, bytes.toString('utf8'));
  const path = compiledPathOf(file);
  return { data, path, size: writeContainerFile(path, compileLexiconSource(data, bytes)) };
}
