/** The index from folded syllables to vocabulary phrases: hashing only, no scans of the vocabulary. */
import type { IndexedPhrase } from './indexed-phrase.js';

/** The phrases that start with one folded syllable, by folded key. */
interface Bucket {
  /** Distinct phrase lengths (in syllables) under this first syllable, longest first. */
  lengths: number[];
  /** Folded syllables joined by one space → phrases with that fold. */
  byKey: Map<string, IndexedPhrase[]>;
}

const NONE: IndexedPhrase[] = [];
Object.freeze(NONE);

/** Phrases indexed by folded first syllable, then by the whole folded key. */
export class PhraseIndex {
  private readonly buckets = new Map<string, Bucket>();

  /**
   * Index one phrase.
   * @param phrase a phrase whose folded key is lower-case
   */
  add(phrase: IndexedPhrase): void {
    const key = phrase.foldedKey;
    let space = key.indexOf(' ');
    const first = space < 0 ? key : key.slice(0, space);
    let length = 1;
    while (space >= 0) {
      length++;
      space = key.indexOf(' ', space + 1);
    }
    let bucket = this.buckets.get(first);
    if (bucket === undefined) {
      bucket = { lengths: [length], byKey: new Map([[key, [phrase]]]) };
      this.buckets.set(first, bucket);
      return;
    }
    const list = bucket.byKey.get(key);
    if (list) list.push(phrase);
    else bucket.byKey.set(key, [phrase]);
    if (!bucket.lengths.includes(length)) {
      bucket.lengths.push(length);
      bucket.lengths.sort((a, b) => b - a);
    }
  }

  /**
   * The phrases matching folded[start..], longest first.
   * @param folded folded syllables of the text (lower-case expected; upper case is tolerated)
   * @param start index of the first syllable
   * @returns matching phrases (a shared empty array when none)
   */
  lookup(folded: string[], start: number): IndexedPhrase[] {
    if (start < 0 || start >= folded.length) return NONE;
    const bucket = this.buckets.get(folded[start]) ?? this.buckets.get(folded[start].toLowerCase());
    if (!bucket) return NONE;
    let found: IndexedPhrase[] | undefined;
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
