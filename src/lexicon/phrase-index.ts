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
  /**
   * Phrases not yet in the trie, by folded first syllable: a branch is built the first time its first
   * syllable is looked up, so a start-up indexes only what the text asks for.
   */
  private readonly pending = new Map<string, IndexedPhrase[]>();

  /**
   * Index one phrase.
   * @param phrase a phrase whose folded key is lower-case
   */
  add(phrase: IndexedPhrase): void {
    const key = phrase.foldedKey;
    const space = key.indexOf(' ');
    const first = space < 0 ? key : key.slice(0, space);
    const list = this.pending.get(first);
    if (list === undefined) this.pending.set(first, [phrase]);
    else list.push(phrase);
  }

  /** Nothing to do until a lookup: branches are ordered as they are built (weights are final by then). */
  finish(): void {}

  /** The trie node of a folded first syllable, its branch built on first use. */
  private first(syllable: string): TrieNode | undefined {
    const phrases = this.pending.get(syllable);
    if (phrases !== undefined) {
      this.pending.delete(syllable);
      const shared: TrieNode[] = [];
      for (const phrase of phrases) insert(this.root, phrase, shared);
      // Several spellings of one fold (hằng năm, hàng năm): the strongest first, file order among equals.
      for (const node of shared) node.phrases!.sort((a, b) => b.weight - a.weight);
    }
    return this.root.get(syllable);
  }

  private rootChild(syllable: string): TrieNode | undefined {
    const node = this.first(syllable);
    if (node !== undefined) return node;
    const lower = syllable.toLowerCase();
    return lower === syllable ? undefined : this.first(lower);
  }

  /**
   * Whether a phrase of two or more syllables starts with these two folded syllables: most places in a
   * text start none, so the decoder asks this before a full lookup.
   * @param first folded first syllable
   * @param second folded second syllable
   */
  startsWith(first: string, second: string): boolean {
    return this.first(first)?.next?.has(second) === true;
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
    let node = this.rootChild(folded[start]);
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

/** Put a phrase on its path of folded syllables; a node that comes to hold a second phrase joins `shared`. */
function insert(root: Map<string, TrieNode>, phrase: IndexedPhrase, shared: TrieNode[]): void {
  const key = phrase.foldedKey;
  let level = root;
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
    if (node.phrases.length === 1) shared.push(node);
    node.phrases.push(phrase);
  }
}
