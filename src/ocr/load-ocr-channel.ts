/** Loading the OCR channel for a Resources object. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isValidSyllable } from '../syllable/index.js';
import { MODEL_FILE } from '../lm/syllable-model.js';
import { readConfusionTsv } from './confusion-table.js';
import { OcrChannel, type OcrSearchOptions } from './ocr-channel.js';
import { phonotacticInventory } from './ocr-inventory.js';
import type { Resources } from '../resources.js';

/** File name of the learned table in a dictionaries folder. */
export const CONFUSION_FILE = 'confusion.tsv';

/**
 * Reads `confusion.tsv` from a dictionaries folder and indexes a syllable inventory.
 * @param dictionariesDir folder holding confusion.tsv
 * @param inventory lower-case syllables (NFC, traditional tone placement)
 * @param options search tuning
 * @returns the channel
 * @throws Error naming the file when it is missing or malformed
 */
export function createOcrChannel(
  dictionariesDir: string,
  inventory: Iterable<string>,
  options: Partial<OcrSearchOptions> = {},
  counts?: ReadonlyMap<string, number>,
): OcrChannel {
  return new OcrChannel(readConfusionTsv(path.join(dictionariesDir, CONFUSION_FILE)), inventory, options, counts);
}

/**
 * The OCR channel of a Resources object: its confusion table over the syllables of the language model
 * (with their training counts), or over every valid syllable when the folder has no model.
 * @param resources the owner (its dictionaries folder and model)
 * @returns the channel
 */
export function loadOcrChannel(resources: Resources): OcrChannel {
  if (!existsSync(path.join(resources.dictionariesDir, MODEL_FILE))) return createOcrChannel(resources.dictionariesDir, phonotacticInventory());
  const model = resources.model;
  const counts = new Map<string, number>();
  for (let id = 0; id < model.vocabulary.size; id++) {
    const s = model.vocabulary.text(id);
    if (s === s.toLowerCase() && isValidSyllable(s)) counts.set(s, model.counts[id]);
  }
  return createOcrChannel(resources.dictionariesDir, counts.keys(), {}, counts);
}
