/** Loading the OCR channel for a Resources object. */
import path from 'node:path';
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
export function createOcrChannel(dictionariesDir: string, inventory: Iterable<string>, options: Partial<OcrSearchOptions> = {}): OcrChannel {
  return new OcrChannel(readConfusionTsv(path.join(dictionariesDir, CONFUSION_FILE)), inventory, options);
}

/**
 * The OCR channel of a Resources object: its confusion table over its syllable inventory.
 * @param resources the owner (its dictionaries folder and model)
 * @returns the channel
 */
export function loadOcrChannel(resources: Resources): OcrChannel {
  return createOcrChannel(resources.dictionariesDir, phonotacticInventory());
}
