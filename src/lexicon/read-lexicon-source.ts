/**
 * Read one vocabulary file (YAML) into checked records with their line numbers. The format is
 * documented in docs/vocabulary.md and in the header of dictionaries/vocabulary.yaml:
 *
 *   terms:            # groups of terms: a list of strings or {term, weight} maps per group
 *   protected:        # groups of tokens kept as they are: strings or {token, case, syllable} maps
 *   roman_numerals:   # {except: [...]}: Roman numerals that are also syllables, left to the decoder
 */
import { LexiconError } from './lexicon-error.js';
import type { LexiconWarning } from './lexicon.js';
import { parseYamlFull } from './parse-yaml-full.js';
import { parseYamlSubset } from './parse-yaml-subset.js';
import { fold } from '../syllable/index.js';
import { splitTerm } from './split-term.js';
import type { YamlMap, YamlNode } from './yaml-node.js';

/** One term of a `terms` group. */
export interface TermRecord {
  group: string;
  /** The term as written (NFC); undefined when read from a compiled file (messages then use the syllables). */
  text: string | undefined;
  /** Lower-case syllables, NFC, traditional tone placement, joined by one space. */
  key: string;
  /** fold() of each syllable, lower-case, joined by one space. */
  foldedKey: string;
  /** The same as arrays, when already split (read from YAML); compiled files keep only the keys. */
  syllables?: string[];
  folded?: string[];
  weight: number;
  line: number;
}

/** One token of a `protected` group. */
export interface TokenRecord {
  group: string;
  token: string;
  /** `any`: protected in every case (email, Email, EMAIL); `exact` (default): only as written. */
  caseMode: 'exact' | 'any';
  /** Also a Vietnamese syllable once folded (TU: tư, tu): protected only inside codes such as 35-BC/TU. */
  syllable: boolean;
  line: number;
}

/** Everything one file contributes. */
export interface LexiconSourceData {
  file: string;
  terms: TermRecord[];
  tokens: TokenRecord[];
  /** Roman numerals that are not protected on their own (VI, XI, LI are also syllables). */
  romanExceptions: string[];
  warnings: LexiconWarning[];
  /** The text of term i as written, for messages, when the records do not carry it (compiled files). */
  termText?: (i: number) => string;
}

const TOP_LEVEL_KEYS = ['version', 'terms', 'protected', 'roman_numerals'];
const TERM_KEYS = ['term', 'weight'];
const TOKEN_KEYS = ['token', 'case', 'syllable'];

/**
 * Parse YAML text into the checked tree: the fast subset reader first, the full YAML library when the
 * file goes beyond that subset.
 * @param file path used in messages
 * @param text the file's content
 * @returns the tree, or null for an empty document
 */
export function parseVocabularyYaml(file: string, text: string): YamlNode | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const fast = parseYamlSubset(body);
  return fast === undefined ? parseYamlFull(file, body) : fast;
}

/**
 * Parse and check one vocabulary file.
 * @param file path used in messages
 * @param text the file's content
 * @returns its terms, protected tokens and warnings
 * @throws LexiconError naming the file and line of the first problem
 */
export function readLexiconSource(file: string, text: string): LexiconSourceData {
  const root = parseVocabularyYaml(file, text);
  const data: LexiconSourceData = { file, terms: [], tokens: [], romanExceptions: [], warnings: [] };
  const syllables = new Map<string, string>();
  const foldedSyllables = new Map<string, string>();
  const foldSyllable = (syllable: string): string => {
    let folded = foldedSyllables.get(syllable);
    if (folded === undefined) {
      folded = fold(syllable);
      foldedSyllables.set(syllable, folded);
    }
    return folded;
  };
  const fail = (line: number | undefined, problem: string): never => {
    throw new LexiconError(file, line === 0 ? undefined : line, problem);
  };
  if (root === null) return data;
  if (root.kind !== 'map') return fail(root.line, 'expected a map with `terms` and/or `protected` at the top level');

  for (const entry of root.entries) {
    const value = entry.value;
    switch (entry.key) {
      case 'version':
        if (value === null || value.kind !== 'scalar' || value.value !== 1) fail(entry.line, 'unsupported version (expected 1)');
        break;
      case 'terms':
        readGroups(value, entry.line, 'terms', readTerm);
        break;
      case 'protected':
        readGroups(value, entry.line, 'protected', readToken);
        break;
      case 'roman_numerals':
        readRoman(value, entry.line);
        break;
      default:
        fail(entry.line, `unknown top-level key ${JSON.stringify(entry.key)} (expected ${TOP_LEVEL_KEYS.join(', ')})`);
    }
  }
  return data;

  function readGroups(value: YamlNode | null, line: number, section: string, readItem: (group: string, item: YamlNode, line: number) => void): void {
    if (value === null) return;
    if (value.kind !== 'map') return fail(value.line || line, `expected a map of groups under ${section} (a group name, then its list)`);
    for (const group of value.entries) {
      const list = group.value;
      if (list === null) continue; // an empty group, e.g. while a list is being written
      if (list.kind !== 'seq') return fail(list.line || group.line, `expected a list of strings under ${section}.${group.key}`);
      for (let i = 0; i < list.items.length; i++) {
        const item = list.items[i];
        const itemLine = list.itemLines[i] || group.line;
        if (item === null) return fail(itemLine, `empty entry under ${section}.${group.key}`);
        readItem(group.key, item, itemLine);
      }
    }
  }

  function readTerm(group: string, item: YamlNode, line: number): void {
    let raw: unknown;
    let weight = 1;
    if (item.kind === 'scalar') {
      raw = item.value;
    } else if (item.kind === 'map') {
      checkKeys(item, TERM_KEYS, `a term of terms.${group}`);
      raw = valueOf(item, 'term');
      const w = valueOf(item, 'weight');
      if (w !== undefined) {
        if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0) fail(line, `weight must be a positive number in terms.${group}`);
        weight = w as number;
      }
      if (raw === undefined) fail(line, `missing \`term\` in a map of terms.${group}`);
    } else {
      return fail(line, `expected a list of strings under terms.${group}`);
    }
    if (typeof raw !== 'string') return fail(line, `expected a string under terms.${group}, found ${JSON.stringify(raw)}`);
    const text = checkNfc(raw.trim(), line);
    if (text === '') return fail(line, `empty term under terms.${group}`);
    const split = splitTerm(text, syllables);
    if (typeof split === 'string') return fail(line, `${split} in term ${JSON.stringify(text)} under terms.${group}`);
    const folded = split.map(foldSyllable);
    data.terms.push({ group, text, key: split.join(' '), foldedKey: folded.join(' '), syllables: split, folded, weight, line });
  }

  function readToken(group: string, item: YamlNode, line: number): void {
    let raw: unknown;
    let caseMode: 'exact' | 'any' = 'exact';
    let syllable = false;
    if (item.kind === 'scalar') {
      raw = item.value;
    } else if (item.kind === 'map') {
      checkKeys(item, TOKEN_KEYS, `a token of protected.${group}`);
      raw = valueOf(item, 'token');
      if (raw === undefined) fail(line, `missing \`token\` in a map of protected.${group}`);
      const c = valueOf(item, 'case');
      if (c !== undefined) {
        if (c !== 'exact' && c !== 'any') fail(line, `case must be "exact" or "any" in protected.${group}`);
        caseMode = c as 'exact' | 'any';
      }
      const s = valueOf(item, 'syllable');
      if (s !== undefined) {
        if (typeof s !== 'boolean') fail(line, `syllable must be true or false in protected.${group}`);
        syllable = s as boolean;
      }
    } else {
      return fail(line, `expected a list of strings under protected.${group}`);
    }
    if (typeof raw === 'number') raw = String(raw);
    if (typeof raw !== 'string') return fail(line, `expected a string under protected.${group}, found ${JSON.stringify(raw)}`);
    const token = checkNfc(raw.trim(), line);
    if (token === '') return fail(line, `empty token under protected.${group}`);
    if (/\s/u.test(token)) return fail(line, `a protected token is one word without spaces, found ${JSON.stringify(token)} under protected.${group}`);
    data.tokens.push({ group, token, caseMode, syllable, line });
  }

  function readRoman(value: YamlNode | null, line: number): void {
    if (value === null) return;
    if (value.kind !== 'map') return fail(value.line || line, 'expected a map with `except` under roman_numerals');
    checkKeys(value, ['except'], 'roman_numerals');
    const list = value.entries[0]?.value ?? null;
    if (list === null) return;
    if (list.kind !== 'seq') return fail(list.line || line, 'expected a list of strings under roman_numerals.except');
    for (const item of list.items) {
      if (item === null || item.kind !== 'scalar' || typeof item.value !== 'string' || !/^[IVXLC]+$/.test(item.value.trim())) {
        return fail(item?.line || list.line, 'expected a list of upper-case Roman numerals under roman_numerals.except');
      }
      data.romanExceptions.push(item.value.trim());
    }
  }

  function checkKeys(map: YamlMap, allowed: string[], where: string): void {
    for (const entry of map.entries) {
      if (!allowed.includes(entry.key)) fail(entry.line, `unknown key ${JSON.stringify(entry.key)} in ${where} (expected ${allowed.join(', ')})`);
    }
  }

  function checkNfc(value: string, line: number): string {
    const nfc = value.normalize('NFC');
    if (nfc !== value) {
      data.warnings.push({ file, line, ruleId: 'not-nfc', reason: `${JSON.stringify(nfc)} is not in Unicode NFC; read as NFC` });
    }
    return nfc;
  }
}

/** The scalar value of `key` in a flow map: undefined when absent, null when empty. */
function valueOf(map: YamlMap, key: string): unknown {
  for (const entry of map.entries) {
    if (entry.key !== key) continue;
    if (entry.value === null) return null;
    return entry.value.kind === 'scalar' ? entry.value.value : entry.value;
  }
  return undefined;
}
