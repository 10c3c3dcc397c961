/** A vocabulary phrase as the index holds it: joined keys, with the syllable arrays made on first use. */
import type { LexiconPhrase } from './lexicon.js';

/**
 * One phrase. Loading keeps only the joined strings (one allocation each instead of an array of
 * syllables): thousands of terms are loaded at every start and only the few that match are read.
 */
export class IndexedPhrase implements LexiconPhrase {
  /** Canonical syllables joined by one space: `ủy ban nhân dân`. */
  readonly key: string;
  /** Folded syllables joined by one space: `uy ban nhan dan`. */
  readonly foldedKey: string;
  weight: number;
  readonly group: string;
  readonly file: string;
  readonly line: number;
  private syllableArray: string[] | undefined;
  private foldedArray: string[] | undefined;

  /**
   * @param key canonical syllables joined by spaces
   * @param foldedKey folded syllables joined by spaces
   * @param weight strength of the evidence
   * @param group group it was first listed in
   * @param file file it was first listed in
   * @param line line it was first listed at
   * @param syllables the syllables, when already split
   * @param folded the folded syllables, when already split
   */
  constructor(key: string, foldedKey: string, weight: number, group: string, file: string, line: number, syllables?: string[], folded?: string[]) {
    this.key = key;
    this.foldedKey = foldedKey;
    this.weight = weight;
    this.group = group;
    this.file = file;
    this.line = line;
    this.syllableArray = syllables;
    this.foldedArray = folded;
  }

  /** Lower-case accented syllables, NFC, traditional tone placement. */
  get syllables(): readonly string[] {
    return (this.syllableArray ??= this.key.split(' '));
  }

  /** fold() of each syllable, lower-case. */
  get folded(): readonly string[] {
    return (this.foldedArray ??= this.foldedKey.split(' '));
  }
}
