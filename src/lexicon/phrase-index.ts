/** The index from folded syllables to vocabulary phrases: hashing only, no scans of the vocabulary. */
import type { LexiconPhrase } from './lexicon.js';

/** The phrases that start with one folded syllable, by folded key. */
interface Bucket {
  /** Distinct phrase lengths (in syllables) under this first syllable, longest first. */
  lengths: number[];
  /** Folded syllables joined by one space → phrases with that fold. */
  byKey: Map<string, LexiconPhrase[]>;
}

const NONE: LexiconPhrase[] = [];
Object.freeze(NONE);

/** Phrases indexed by folded first syllable, then by the whole folded key. */
export class PhraseIndex {
  private readonly buckets = new Map<string, Bucket>();

  /**
   * Index one phrase.
   * @param phrase a phrase whose `folded` is lower-case
   * @param foldedKey its folded syllables joined by spaces, when already at hand
   */
  add(phrase: LexiconPhrase, foldedKey?: string): void {
    const first = phrase.folded[0];
    let bucket = this.buckets.get(first);
    if (!bucket) {
      bucket = { lengths: [], byKey: new Map() };
      this.buckets.set(first, bucket);
    }
    const key = foldedKey ?? phrase.folded.join(' ');
    const list = bucket.byKey.get(key);
    if (list) list.push(phrase);
    else bucket.byKey.set(key, [phrase]);
    const n = phrase.folded.length;
    if (!bucket.lengths.includes(n)) {
      bucket.lengths.push(n);
      bucket.lengths.sort((a, b) => b - a);
    }
  }

  /**
   * The phrases matching folded[start..], longest first.
   * @param folded folded syllables of the text (lower-case expected; upper case is tolerated)
   * @param start index of the first syllable
   * @returns matching phrases (a shared empty array when none)
   */
  lookup(folded: string[], start: number): LexiconPhrase[] {
    if (start < 0 || start >= folded.length) return NONE;
    const bucket = this.buckets.get(folded[start]) ?? this.buckets.get(folded[start].toLowerCase());
    if (!bucket) return NONE;
    let found: LexiconPhrase[] | undefined;
    for (const n of bucket.lengths) {
      if (start + n > folded.length) continue;
      let key = folded[start];
      for (let i = 1; i < n; i++) key += ' ' + folded[start + i];
      const hits = bucket.byKey.get(key) ?? bucket.byKey.get(key.toLowerCase());
      if (hits) found = found ? found.concat(hits) : hits.slice();
    }
    return found ?? NONE;
  }
}
