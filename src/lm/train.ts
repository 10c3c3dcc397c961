/**
 * Turn corpus lines into the syllable model's sections: the vocabulary (sorted, with frequencies), the
 * folded-key index and the n-gram language model. Shared by `npm run build:model` and the tests' tiny models.
 */
import type { SectionData } from '../data/container.js';
import { encodeFoldIndex } from '../candidates/fold-index.js';
import { fold, isValidSyllable } from '../syllable/index.js';
import { tokenize } from '../tokenize/tokenize.js';
import { buildNgramModel } from './build-ngram.js';
import { encodeNgramSections } from './encode-ngram.js';
import { encodeStringTable } from './string-table.js';
import { BOS, canonicalWord, contextRole, EOS, RESERVED, symbolText, UNK } from './symbols.js';

export { canonicalWord } from './symbols.js';

/** Options of {@link trainModel}. */
export interface TrainOptions {
  /** n-gram order, 2..4 */
  order: number;
  /** minimum raw count per order (index 0 = unigrams), non-decreasing */
  minCounts: number[];
  /** words seen fewer times than this become <unk> */
  minWordCount: number;
  /** extra sentences (vocabulary terms as syllable arrays), each added `phraseRepeat` times */
  phrases?: readonly (readonly string[])[];
  phraseRepeat?: number;
}

/** The sections of a syllable model and what went into it. */
export interface TrainedModel {
  sections: Record<string, SectionData>;
  facts: Record<string, unknown>;
}

const LETTERS = /^\p{L}+$/u;

/**
 * The LM strings of one line: sentences of lower-case, traditionally toned words and symbols.
 * @param line a corpus line or document text
 * @returns sentences (breaks at . ! ? ; : …)
 */
export function lineSentences(line: string): string[][] {
  return casedSentences(line).map((s) => s.words);
}

/** Sentences with, for each word, whether it was written with a capital inside its sentence (a name). */
function casedSentences(line: string): { words: string[]; capital: boolean[] }[] {
  const sentences: { words: string[]; capital: boolean[] }[] = [];
  let current: string[] = [];
  let capital: boolean[] = [];
  for (const token of tokenize(line)) {
    const role = contextRole(token);
    if (role === 'skip') continue;
    if (role === 'break') {
      if (current.length > 0) sentences.push({ words: current, capital });
      current = [];
      capital = [];
    } else if (role === 'word') {
      capital.push(current.length > 0 && isTitle(token.value));
      current.push(canonicalWord(token.value));
    } else {
      capital.push(false);
      current.push(symbolText(token));
    }
  }
  if (current.length > 0) sentences.push({ words: current, capital });
  return sentences;
}

/**
 * Whether a word is written in title case (first letter a capital, the others not).
 * @param word a word
 * @returns true for "Thanh", false for "thanh" and "THANH"
 */
export function isTitle(word: string): boolean {
  const first = word[0];
  return first !== first.toLowerCase() && word.slice(1) === word.slice(1).toLowerCase() && word.length > 1;
}

/**
 * Build a syllable model from lines of correctly accented text.
 * @param lines training lines (one paragraph each)
 * @param options order, pruning and extra phrases
 * @returns sections and facts for the model file
 */
export function trainModel(lines: Iterable<string>, options: TrainOptions): TrainedModel {
  // Pass 1: intern strings to temporary ids, keeping the stream.
  const temp = new Map<string, number>();
  const tempStrings: string[] = [];
  const tempCounts: number[] = [];
  const tempCapitals: number[] = [];
  let stream = new Uint32Array(1 << 20);
  let length = 0;
  const push = (v: number): void => {
    if (length === stream.length) {
      const next = new Uint32Array(stream.length * 2);
      next.set(stream);
      stream = next;
    }
    stream[length++] = v;
  };
  const intern = (s: string): number => {
    let id = temp.get(s);
    if (id === undefined) {
      id = tempStrings.length;
      temp.set(s, id);
      tempStrings.push(s);
      tempCounts.push(0);
      tempCapitals.push(0);
    }
    tempCounts[id]++;
    return id;
  };
  // Stream markers use values past any temporary id: remapped below.
  const MARK_BOS = 0xfffffffe;
  const MARK_EOS = 0xffffffff;
  const addSentence = (words: readonly string[]): void => {
    push(MARK_BOS);
    for (const w of words) push(intern(w));
    push(MARK_EOS);
  };
  let lineCount = 0;
  for (const line of lines) {
    lineCount++;
    for (const sentence of casedSentences(line)) {
      addSentence(sentence.words);
      // The intern call just counted each word: the temporary ids are the last ones pushed.
      for (let k = 0; k < sentence.words.length; k++) if (sentence.capital[k]) tempCapitals[stream[length - 1 - sentence.words.length + k]]++;
    }
  }
  const repeat = options.phraseRepeat ?? 3;
  const phraseSet = new Set<string>();
  for (const phrase of options.phrases ?? []) {
    const words = phrase.map(canonicalWord);
    words.forEach((w) => phraseSet.add(w));
    for (let r = 0; r < repeat; r++) addSentence(words);
  }

  // Vocabulary: reserved ids, then every string seen often enough (or from the vocabulary), sorted.
  // Valid Vietnamese syllables are kept even when rare (names: Diệm, Khải), so they can be candidates.
  const kept = tempStrings.filter((s, i) => tempCounts[i] >= options.minWordCount || phraseSet.has(s) || !LETTERS.test(s) || isValidSyllable(s));
  kept.sort();
  const strings = [...RESERVED, ...kept];
  const idOf = new Map<string, number>();
  strings.forEach((s, i) => idOf.set(s, i));
  const remap = new Uint32Array(tempStrings.length);
  const counts = new Uint32Array(strings.length);
  const capitals = new Uint32Array(strings.length);
  tempStrings.forEach((s, i) => {
    const id = idOf.get(s) ?? UNK;
    remap[i] = id;
    counts[id] += tempCounts[i];
    capitals[id] += tempCapitals[i];
  });
  const ids = new Uint32Array(length);
  for (let i = 0; i < length; i++) {
    const v = stream[i];
    ids[i] = v === MARK_BOS ? BOS : v === MARK_EOS ? EOS : remap[v];
  }
  stream = new Uint32Array(0);

  const tables = buildNgramModel(ids, { order: options.order, vocabularySize: strings.length, minCounts: options.minCounts });
  const lm = encodeNgramSections(tables);
  const vocab = encodeStringTable(strings);
  const words = strings.map((s, i) => (i >= RESERVED.length && LETTERS.test(s) ? s : null));
  const sections: Record<string, SectionData> = {
    'vocab.blob': vocab.blob,
    'vocab.offsets': vocab.offsets,
    'vocab.table': vocab.table,
    'vocab.count': counts,
    'vocab.capital': capitals,
    ...encodeFoldIndex(words, counts, (s) => fold(s)),
    ...lm.sections,
  };
  return {
    sections,
    facts: {
      ...lm.facts,
      lines: lineCount,
      tokens: length,
      vocabulary: strings.length,
      minCounts: options.minCounts,
      minWordCount: options.minWordCount,
      phrases: options.phrases?.length ?? 0,
      phraseRepeat: repeat,
    },
  };
}
