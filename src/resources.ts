import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadOcrChannel } from './ocr/load-ocr-channel.js';
import type { OcrChannel } from './ocr/ocr-channel.js';
import { loadLexicon, shippedLexiconFiles, type Lexicon } from './lexicon/index.js';
import { loadSyllableModel, MODEL_FILE, type SyllableModel } from './lm/syllable-model.js';
import { loadStructureData, type StructureData } from './structure/structure-data.js';

import { DEFAULT_DICTIONARIES_DIR } from './data/dictionaries-dir.js';

export { DEFAULT_DICTIONARIES_DIR };

/** Options of a Resources object. */
export interface ResourcesOptions {
  /** Folder holding the compiled dictionaries (default: the shipped `dictionaries/`). */
  dictionariesDir?: string;
  /** User vocabulary files (YAML, same format as dictionaries/vocabulary.yaml). */
  userDictionaries?: string[];
  /**
   * Most entries of each memo table (default 200,000: distinct tokens of thousands of OCR'd pages);
   * a full table is cleared and refilled, which costs a few recomputations, never wrong results.
   */
  memoLimit?: number;
}

/**
 * Lazily loaded data for the pipeline: each file is opened the first time it is needed and kept for the
 * lifetime of this object. The CLI makes one per process or worker; library callers may pass their own.
 */
export class Resources {
  readonly dictionariesDir: string;
  readonly userDictionaries: string[];
  /** Per-object memo tables of the pipeline stages (e.g. candidate lists per token), by stage name. */
  readonly memo = new Map<string, Map<string, unknown>>();
  /** Most entries a memo table holds before it is cleared, so a long batch keeps bounded memory. */
  readonly memoLimit: number;
  private loadedModel?: SyllableModel;
  private loadedLexicon?: Lexicon;

  constructor(options: ResourcesOptions = {}) {
    this.dictionariesDir = path.resolve(options.dictionariesDir ?? DEFAULT_DICTIONARIES_DIR);
    this.userDictionaries = options.userDictionaries ?? [];
    this.memoLimit = options.memoLimit ?? 200_000;
  }

  #ocrChannel: OcrChannel | undefined;
  /** The OCR confusion channel and its candidate index (dictionaries/confusion.tsv), opened on first use. */
  get ocrChannel(): OcrChannel {
    return (this.#ocrChannel ??= loadOcrChannel(this));
  }

  /** The syllable model (dictionaries/model.bin): vocabulary, folded-key index, language model. */
  get model(): SyllableModel {
    return (this.loadedModel ??= loadSyllableModel(path.join(this.dictionariesDir, MODEL_FILE)));
  }

  /** The administrative vocabulary and protected tokens: shipped files, then the user's. */
  get lexicon(): Lexicon {
    if (!this.loadedLexicon) {
      const shipped = shippedLexiconFiles(this.dictionariesDir).filter((file) => existsSync(file));
      this.loadedLexicon = loadLexicon([...shipped, ...this.userDictionaries]);
    }
    return this.loadedLexicon;
  }

  #structureData: StructureData | undefined;
  /**
   * The structure phrase lists (dictionaries/structure.yaml), read on first use; pass them to `render`
   * as `structureData` so the file is not re-read for every document.
   */
  get structureData(): StructureData {
    // A folder of models only (no structure lists of its own) takes the shipped lists.
    const file = path.join(this.dictionariesDir, 'structure.yaml');
    return (this.#structureData ??= existsSync(file) ? loadStructureData(file) : loadStructureData());
  }

  /**
   * The memo table of one stage, created on first use.
   * @param stage a stage name such as `restore-candidates`
   * @returns the table
   */
  memoOf<V>(stage: string): Map<string, V> {
    let table = this.memo.get(stage);
    if (!table) this.memo.set(stage, (table = new BoundedMemo(this.memoLimit)));
    return table as Map<string, V>;
  }
}

/** A Map that empties itself when a new key would take it past its limit. */
class BoundedMemo<V> extends Map<string, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: string, value: V): this {
    if (this.size >= this.limit && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}
