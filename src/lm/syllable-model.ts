/**
 * The compiled syllable model (dictionaries/model.bin): vocabulary with frequencies, folded-key index
 * and n-gram language model, in one container file.
 */
import type { Container } from '../data/container.js';
import { readContainerFile } from '../data/container-file.js';
import { FoldIndex } from '../candidates/fold-index.js';
import { NgramModel } from './ngram-model.js';
import { StringTable } from './string-table.js';

/** Kind, version and file name of the syllable model. */
export const MODEL_KIND = 'SYLM';
export const MODEL_VERSION = 2;
export const MODEL_FILE = 'model.bin';
export const MODEL_REBUILD = 'npm run build:model';

/** The loaded model. */
export class SyllableModel {
  readonly file: string;
  readonly facts: Record<string, unknown>;
  /** id → string (syllables, symbols, reserved ids 0..3) */
  readonly vocabulary: StringTable;
  /** id → training frequency */
  readonly counts: Uint32Array;
  /** id → times written with a capital inside a sentence (names), when the file has it */
  readonly capitals: Uint32Array | null;
  readonly foldIndex: FoldIndex;
  readonly lm: NgramModel;

  /**
   * Open the model's sections.
   * @param container a checked container of kind SYLM
   */
  constructor(container: Container) {
    this.file = container.file;
    this.facts = container.facts;
    this.vocabulary = new StringTable({ blob: container.u8('vocab.blob'), offsets: container.u32('vocab.offsets'), table: container.u32('vocab.table') });
    this.counts = container.u32('vocab.count');
    this.capitals = container.has('vocab.capital') ? container.u32('vocab.capital') : null;
    this.foldIndex = new FoldIndex(container);
    this.lm = new NgramModel(container, Number(container.facts.order));
  }
}

/**
 * Read the syllable model.
 * @param file path of model.bin
 * @returns the model
 */
export function loadSyllableModel(file: string): SyllableModel {
  return new SyllableModel(readContainerFile(file, { kind: MODEL_KIND, version: MODEL_VERSION, rebuild: MODEL_REBUILD }));
}
