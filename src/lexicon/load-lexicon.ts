/** Load the vocabulary files (shipped and user) into one indexed Lexicon. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LexiconError } from './lexicon-error.js';
import type { Lexicon, LexiconPhrase, LexiconWarning } from './lexicon.js';
import { PhraseIndex } from './phrase-index.js';
import { ProtectedTokens } from './protected-tokens.js';
import { readLexiconSource } from './read-lexicon-source.js';
import type { LexiconSourceData } from './read-lexicon-source.js';
import { fold } from '../syllable/index.js';

/** The text of one vocabulary file, for {@link buildLexicon}. */
export interface LexiconSource {
  /** Path or name used in messages. */
  file: string;
  text: string;
}

/** The vocabulary files vnfix ships, in load order. */
export const SHIPPED_LEXICON_FILES = ['vocabulary.yaml', 'abbreviations.yaml'] as const;

/**
 * Paths of the shipped vocabulary files in a dictionaries folder.
 * @param dictionariesDir folder holding vocabulary.yaml and abbreviations.yaml
 * @returns their paths, in load order
 */
export function shippedLexiconFiles(dictionariesDir: string): string[] {
  return SHIPPED_LEXICON_FILES.map((name) => path.join(dictionariesDir, name));
}

/**
 * Read and index vocabulary files: the shipped vocabulary and abbreviations, then user `--dict` files.
 * @param files paths of YAML files in the vocabulary format (docs/vocabulary.md)
 * @returns the merged lexicon, with warnings for duplicates and non-NFC text
 * @throws LexiconError naming the file and line of the first problem
 * @example loadLexicon(shippedLexiconFiles(dir)).lookup(['uy', 'ban', 'nhan', 'dan', 'tinh'], 0)[0].syllables
 *   // ['ủy', 'ban', 'nhân', 'dân']
 */
export function loadLexicon(files: string[]): Lexicon {
  const sources: LexiconSource[] = files.map((file) => {
    try {
      return { file, text: readFileSync(file, 'utf8') };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new LexiconError(file, undefined, code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? String(error)})`);
    }
  });
  return buildLexicon(sources);
}

/**
 * Index vocabulary texts already in memory (what {@link loadLexicon} does after reading the files).
 * Later sources add to earlier ones; a term listed twice in the same group is reported as a warning,
 * and a phrase listed in several groups is indexed once with the largest weight.
 * @param sources file names and texts, in load order
 * @returns the merged lexicon
 * @throws LexiconError naming the file and line of the first problem
 */
export function buildLexicon(sources: LexiconSource[]): Lexicon {
  const data: LexiconSourceData[] = sources.map((source) => readLexiconSource(source.file, source.text));
  const warnings: LexiconWarning[] = [];
  const index = new PhraseIndex();
  const protectedTokens = new ProtectedTokens();
  // accented key → phrase (one per accented form), and group + key → first place, for duplicates.
  const phrasesByKey = new Map<string, { phrase: LexiconPhrase & { weight: number } }>();
  const firstSeen = new Map<string, string>();
  const tokensSeen = new Map<string, string>();
  const foldedSyllables = new Map<string, string>();
  const foldSyllable = (syllable: string): string => {
    let folded = foldedSyllables.get(syllable);
    if (folded === undefined) {
      folded = fold(syllable);
      foldedSyllables.set(syllable, folded);
    }
    return folded;
  };

  for (const source of data) {
    warnings.push(...source.warnings);
    for (const term of source.terms) {
      const key = term.syllables.join(' ');
      const groupKey = `${term.group}\u0000${key}`;
      const seen = firstSeen.get(groupKey);
      if (seen !== undefined) {
        warnings.push({ file: source.file, line: term.line, ruleId: 'duplicate-term', reason: `${JSON.stringify(term.text)} is already listed under terms.${term.group} at ${seen}` });
      } else {
        firstSeen.set(groupKey, `${source.file}:${term.line}`);
      }
      const existing = phrasesByKey.get(key);
      if (existing) {
        if (term.weight > existing.phrase.weight) existing.phrase.weight = term.weight;
        continue;
      }
      const phrase = {
        syllables: term.syllables,
        folded: term.syllables.map(foldSyllable),
        weight: term.weight,
        group: term.group,
        file: source.file,
        line: term.line,
      };
      phrasesByKey.set(key, { phrase });
      index.add(phrase);
    }
    for (const token of source.tokens) {
      const key = token.caseMode === 'any' ? token.token.toLowerCase() : token.token;
      const seen = tokensSeen.get(key);
      if (seen !== undefined) {
        warnings.push({ file: source.file, line: token.line, ruleId: 'duplicate-token', reason: `${JSON.stringify(token.token)} is already protected at ${seen}` });
      } else {
        tokensSeen.set(key, `${source.file}:${token.line}`);
      }
      protectedTokens.add(token);
    }
    for (const numeral of source.romanExceptions) protectedTokens.addRomanException(numeral);
  }

  const phrases: string[][] = [];
  for (const { phrase } of phrasesByKey.values()) {
    Object.freeze(phrase.syllables);
    Object.freeze(phrase.folded);
    phrases.push(phrase.syllables as string[]);
  }
  for (const { phrase } of phrasesByKey.values()) Object.freeze(phrase);
  return {
    phrases,
    lookup: (folded, start) => index.lookup(folded, start),
    isProtected: (token) => protectedTokens.isProtected(token),
    warnings,
  };
}
