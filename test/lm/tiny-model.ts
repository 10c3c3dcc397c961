/** A tiny syllable model built in milliseconds from the fixture corpus, for unit tests. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeContainerFile } from '../../src/data/container-file.js';
import { MODEL_FILE, MODEL_KIND, MODEL_VERSION } from '../../src/lm/syllable-model.js';
import { trainModel } from '../../src/lm/train.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The fixture lines: short administrative sentences written for the tests. */
export function fixtureLines(): string[] {
  return readFileSync(path.join(HERE, 'fixtures/admin-lines.txt'), 'utf8').split('\n').filter((l) => l.length > 0);
}

/**
 * Build a trigram model of the fixture lines into a fresh dictionaries folder (with the shipped
 * abbreviation list, so protected tokens behave as in the product).
 * @returns the folder
 */
export function tinyDictionaries(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vnfix-tiny-'));
  const trained = trainModel(fixtureLines(), { order: 3, minCounts: [1, 1, 1], minWordCount: 1 });
  writeContainerFile(path.join(dir, MODEL_FILE), { kind: MODEL_KIND, version: MODEL_VERSION, facts: trained.facts, sections: trained.sections });
  const abbreviations = path.join(HERE, '../../dictionaries/abbreviations.yaml');
  if (existsSync(abbreviations)) copyFileSync(abbreviations, path.join(dir, 'abbreviations.yaml'));
  return dir;
}
