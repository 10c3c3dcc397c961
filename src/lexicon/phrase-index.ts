/**
 * The index from folded syllables to vocabulary phrases: a trie of Maps keyed by folded syllable, so a
 * lookup walks the text's own syllable strings (no key is built, nothing is scanned) and stops at the
 * first syllable no phrase continues with. Measured on tvpl_vanban: about a quarter of the slots start
 * a phrase, and most walks end after one or two Map lookups.
 */
import type { IndexedPhrase } from './indexed-phrase.js';

/** The phrases spelled by the folded syllables on the path to this node, and the ways on. */
interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  phrases: IndexedPhrase[] | undefined;
}

const NONE: IndexedPhrase[] = [];
Object.freeze(NONE);

/** Phrases indexed by their folded syllables. */
export class PhraseIndex {
  private readonly root = new Map<string, TrieNode>();
  /** Nodes holding several phrases (one fold, several spellings: hằng năm, hàng năm). */
  private readonly shared: TrieNode[] = [];

  /**
   * Index one phrase.
   * @param phrase a phrase whose folded key is lower-case
   */
  add(phrase: IndexedPhrase): void {
    const key = phrase.foldedKey;
    let level = this.root;
    let node: TrieNode | undefined;
    let from = 0;
    for (;;) {
      const space = key.indexOf(' ', from);
      const syllable = space < 0 ? key.slice(from) : key.slice(from, space);
      node = level.get(syllable);
      if (node === undefined) {
        node = { next: undefined, phrases: undefined };
        level.set(syllable, node);
      }
      if (space < 0) break;
      from = space + 1;
      level = node.next ??= new Map();
    }
    if (node.phrases === undefined) node.phrases = [phrase];
    else {
      if (node.phrases.length === 1) this.shared.push(node);
      node.phrases.push(phrase);
    }
  }

  /**
   * Order the phrases that share a fold by weight, strongest first (stable: file order among equals),
   * once every phrase is added and its weight final.
   */
  finish(): void {
    for (const node of this.shared) node.phrases!.sort((a, b) => b.weight - a.weight);
  }

  /**
   * Whether a phrase of two or more syllables starts with these two folded syllables: most places in a
   * text start none, so the decoder asks this before a full lookup.
   * @param first folded first syllable
   * @param second folded second syllable
   */
  startsWith(first: string, second: string): boolean {
    return this.root.get(first)?.next?.has(second) === true;
  }

  /**
   * The phrases matching folded[start..], longest first; among phrases of one length (one fold, several
   * spellings), the largest weight first.
   * @param folded folded syllables of the text (lower-case expected; upper case is tolerated)
   * @param start index of the first syllable
   * @returns matching phrases; shared arrays that callers must not modify (an empty one when none)
   */
  lookup(folded: string[], start: number): IndexedPhrase[] {
    if (start < 0 || start >= folded.length) return NONE;
    let node = childOf(this.root, folded[start]);
    let longest: IndexedPhrase[] | undefined;
    let shorter: IndexedPhrase[][] | undefined;
    for (let i = start + 1; node !== undefined; i++) {
      if (node.phrases !== undefined) {
        if (longest !== undefined) (shorter ??= []).push(longest);
        longest = node.phrases;
      }
      if (node.next === undefined || i >= folded.length) break;
      node = childOf(node.next, folded[i]);
    }
    if (longest === undefined) return NONE;
    if (shorter === undefined) return longest;
    let all = longest;
    for (let k = shorter.length - 1; k >= 0; k--) all = all.concat(shorter[k]);
    return all;
  }
}

function childOf(level: Map<string, TrieNode>, syllable: string): TrieNode | undefined {
  const node = level.get(syllable);
  if (node !== undefined) return node;
  const lower = syllable.toLowerCase();
  return lower === syllable ? undefined : level.get(lower);
}
