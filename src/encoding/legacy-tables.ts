import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Where the encoding tables ship. */
export const ENCODING_TABLES_DIR = fileURLToPath(new URL('../../dictionaries/encodings/', import.meta.url));

/** Shape of a Vietnamese syllable (dictionaries/encodings/syllable-shape.json). */
export interface SyllableShape {
  onsets: string[];
  codas: string[];
  vowels: string;
  maxVowels: number;
}

/** A two-way table between NFC letters and their spelling in a character-level legacy scheme. */
export interface SpellingTable {
  /** letter → spelling */
  encode: Map<string, string>;
  /** spelling → letter */
  decode: Map<string, string>;
  /** length of the longest spelling */
  maxLength: number;
}

/**
 * The data files behind the legacy encodings iconv-lite lacks (VNI-Windows, VIQR) and the syllable shape
 * used by detection. Each file is read the first time it is needed and kept for this object's lifetime;
 * the CLI makes one per process or worker.
 */
export class LegacyTables {
  readonly dir: string;
  #vni?: SpellingTable;
  #viqr?: SpellingTable;
  #shape?: SyllableShape;

  /** @param dir folder holding `vni-windows.tsv`, `viqr.tsv` and `syllable-shape.json` */
  constructor(dir: string = ENCODING_TABLES_DIR) {
    this.dir = dir;
  }

  /** @returns the VNI-Windows table (spellings as the bytes read through Windows-1252) */
  get vni(): SpellingTable {
    return (this.#vni ??= this.#readTable('vni-windows.tsv'));
  }

  /** @returns the VIQR (RFC 1456) table */
  get viqr(): SpellingTable {
    return (this.#viqr ??= this.#readTable('viqr.tsv'));
  }

  /** @returns the syllable shape */
  get shape(): SyllableShape {
    return (this.#shape ??= JSON.parse(readFileSync(path.join(this.dir, 'syllable-shape.json'), 'utf8')) as SyllableShape);
  }

  #readTable(name: string): SpellingTable {
    const file = path.join(this.dir, name);
    const table: SpellingTable = { encode: new Map(), decode: new Map(), maxLength: 0 };
    const text = readFileSync(file, 'utf8');
    let lineNumber = 0;
    for (const line of text.split('\n')) {
      lineNumber++;
      if (line === '' || line.startsWith('#')) continue;
      const tab = line.indexOf('\t');
      if (tab <= 0 || tab === line.length - 1) {
        throw new Error(`${file}:${lineNumber}: expected "letter<TAB>spelling", found ${JSON.stringify(line)}`);
      }
      const letter = line.slice(0, tab);
      const spelling = line.slice(tab + 1);
      table.encode.set(letter, spelling);
      table.decode.set(spelling, letter);
      table.maxLength = Math.max(table.maxLength, spelling.length);
    }
    return table;
  }
}
