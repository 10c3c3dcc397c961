/** Load the vocabulary files (shipped and user) into one indexed Lexicon. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compiledPathOf, readCompiledLexiconSource, sourceHash } from './compiled-source.js';
import { LexiconError } from './lexicon-error.js';
import { IndexedPhrase } from './indexed-phrase.js';
import type { Lexicon, LexiconWarning } from './lexicon.js';
import { PhraseIndex } from './phrase-index.js';
import { ProtectedTokens } from './protected-tokens.js';
import { readLexiconSource } from './read-lexicon-source.js';
import type { LexiconSourceData } from './read-lexicon-source.js';

/** The text of one vocabulary file, for {@link buildLexicon}. */
export interface LexiconSource {
  /** Path or name used in messages. */
  file: string;
  text: string;
}

/** Options of {@link loadLexicon}. */
export interface LoadLexiconOptions {
  /**
   * Use a file's compiled form (`FILE.yaml.bin`, built by scripts/build-vocabulary.ts --write) when it
   * matches the YAML (default true). The result is the same either way; only the load time differs.
   */
  compiled?: boolean;
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
 * A file's compiled form is used when it exists and was built from the file as it is now; a compiled
 * form that is out of date is skipped with a warning (`compiled-stale`) and the YAML is read instead.
 * @param files paths of YAML files in the vocabulary format (docs/vocabulary.md)
 * @param options whether compiled forms may be used
 * @returns the merged lexicon, with warnings for duplicates, non-NFC text and stale compiled files
 * @throws LexiconError naming the file and line of the first problem
 * @example loadLexicon(shippedLexiconFiles(dir)).lookup(['uy', 'ban', 'nhan', 'dan', 'tinh'], 0)[0].syllables
 *   // ['ủy', 'ban', 'nhân', 'dân', 'tỉnh']
 */
export function loadLexicon(files: string[], options: LoadLexiconOptions = {}): Lexicon {
  const useCompiled = options.compiled ?? true;
  const warnings: LexiconWarning[] = [];
  const data = files.map((file) => {
    const bytes = readBytes(file);
    if (useCompiled) {
      const compiledFile = compiledPathOf(file);
      const compiled = readOptional(compiledFile);
      if (compiled instanceof Error) {
        warnings.push({ file, line: 0, ruleId: 'compiled-stale', reason: `${compiledFile}: cannot read it (${compiled.message}); read ${path.basename(file)} instead` });
      } else if (compiled) {
        const result = readCompiledLexiconSource(compiledFile, compiled, file, sourceHash(bytes));
        if ('data' in result) return result.data;
        warnings.push({ file, line: 0, ruleId: 'compiled-stale', reason: `${result.stale} (read ${path.basename(file)} instead)` });
      }
    }
    return readLexiconSource(file, new TextDecoder().decode(bytes));
  });
  return indexSources(data, warnings);
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
  return indexSources(sources.map((source) => readLexiconSource(source.file, source.text)), []);
}

function indexSources(data: LexiconSourceData[], warnings: LexiconWarning[]): Lexicon {
  const index = new PhraseIndex();
  const protectedTokens = new ProtectedTokens();
  // accented key → phrase (one per accented form), and group + key → first place, for duplicates.
  // Accented key → the phrase (one per accented form; it remembers the group and place it was first
  // listed in). A term listed again in its first group is a duplicate; other groups are tracked apart.
  const phrasesByKey = new Map<string, IndexedPhrase>();
  const otherGroups = new Map<string, string>();
  const tokensSeen = new Map<string, string>();

  for (const source of data) {
    for (const warning of source.warnings) warnings.push(warning);
    for (let i = 0; i < source.terms.length; i++) {
      const term = source.terms[i];
      const key = term.key;
      const existing = phrasesByKey.get(key);
      if (existing === undefined) {
        const phrase = new IndexedPhrase(key, term.foldedKey, term.weight, term.group, source.file, term.line, term.syllables, term.folded);
        phrasesByKey.set(key, phrase);
        index.add(phrase);
        continue;
      }
      if (term.weight > existing.weight) existing.weight = term.weight;
      let seen: string | undefined;
      if (existing.group === term.group) {
        seen = `${existing.file}:${existing.line}`;
      } else {
        const groupKey = `${term.group}\u0000${key}`;
        seen = otherGroups.get(groupKey);
        if (seen === undefined) otherGroups.set(groupKey, `${source.file}:${term.line}`);
      }
      if (seen !== undefined) {
        const text = term.text ?? source.termText?.(i) ?? key;
        warnings.push({ file: source.file, line: term.line, ruleId: 'duplicate-term', reason: `${JSON.stringify(text)} is already listed under terms.${term.group} at ${seen}` });
      }
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

  index.finish();
  let phrases: string[][] | undefined;
  return {
    // Made on first use: the decoder needs only lookup(); the model build reads every phrase.
    get phrases(): string[][] {
      return (phrases ??= Array.from(phrasesByKey.values(), (phrase) => phrase.syllables as string[]));
    },
    lookup: (folded, start) => index.lookup(folded, start),
    startsPhrase: (first, second) => index.startsWith(first, second),
    isProtected: (token) => protectedTokens.isProtected(token),
    restoreProtected: (token) => protectedTokens.restore(token),
    warnings,
  };
}

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new LexiconError(file, undefined, code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? String(error)})`);
  }
}

/** A file's bytes, undefined when it does not exist, or the error that stopped reading it. */
function readOptional(file: string): Buffer | undefined | Error {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? undefined : new Error(code ?? String(error));
  }
}
