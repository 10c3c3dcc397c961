import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { loadOcrChannel } from './ocr/load-ocr-channel.js';
import type { OcrChannel } from './ocr/ocr-channel.js';

/** Where the shipped compiled data lives. */
export const DEFAULT_DICTIONARIES_DIR = fileURLToPath(new URL('../dictionaries/', import.meta.url));

/** Options of a Resources object. */
export interface ResourcesOptions {
  /** Folder holding the compiled dictionaries (default: the shipped `dictionaries/`). */
  dictionariesDir?: string;
  /** User vocabulary files (YAML, same format as dictionaries/vocabulary.yaml). */
  userDictionaries?: string[];
}

/**
 * Lazily loaded data for the pipeline: each file is opened the first time it is needed and kept for the
 * lifetime of this object. The CLI makes one per process or worker; library callers may pass their own.
 */
export class Resources {
  readonly dictionariesDir: string;
  readonly userDictionaries: string[];

  constructor(options: ResourcesOptions = {}) {
    this.dictionariesDir = path.resolve(options.dictionariesDir ?? DEFAULT_DICTIONARIES_DIR);
    this.userDictionaries = options.userDictionaries ?? [];
  }

  #ocrChannel: OcrChannel | undefined;
  /** The OCR confusion channel and its candidate index (dictionaries/confusion.tsv), opened on first use. */
  get ocrChannel(): OcrChannel {
    return (this.#ocrChannel ??= loadOcrChannel(this));
  }
}
