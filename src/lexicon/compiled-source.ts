/**
 * The compiled form of one vocabulary file (`vocabulary.yaml.bin` next to `vocabulary.yaml`): the same
 * records as reading the YAML gives, in flat sections of the shared container (src/data), so the
 * shipped files load without parsing YAML or re-checking every syllable at start-up. The header keeps
 * the SHA-256 of the YAML it was built from; a compiled file that does not match its YAML is not used.
 *
 * Sections (one entry per term, in file order, unless noted):
 *   syllables  UTF-8: the term's canonical syllables joined by spaces, one term per line
 *   texts      UTF-8: the term as written, one per line (decoded only for messages)
 *   folded     UTF-8: fold() of the same, same layout
 *   weights    float32
 *   lines      uint32: line of the term in the YAML
 *   groups     uint16: index into facts.groups
 *   tokens     UTF-8: one protected token per line: token TAB group index TAB e|a (case) TAB 0|1 (syllable) TAB line
 *   roman      UTF-8: Roman numeral exceptions, one per line
 */
import { createHash } from 'node:crypto';
import * as crypto from 'node:crypto';
import type { ContainerSpec } from '../data/container.js';
import { Container } from '../data/container.js';
import type { LexiconWarning } from './lexicon.js';
import type { LexiconSourceData, TermRecord, TokenRecord } from './read-lexicon-source.js';

/** Container kind and version of compiled vocabulary files. */
export const COMPILED_KIND = 'LEXS';
export const COMPILED_VERSION = 1;
/** The command that rebuilds the compiled files, named in messages. */
export const REBUILD_COMMAND = 'npx tsx scripts/build-vocabulary.ts --write';

/**
 * Path of the compiled form of a vocabulary file.
 * @param file path of the YAML file
 * @returns the path with `.bin` appended
 */
export function compiledPathOf(file: string): string {
  return `${file}.bin`;
}

/**
 * SHA-256 of a file's bytes, hex.
 * @param bytes the file's content
 * @returns 64 hex digits
 */
export function sourceHash(bytes: Uint8Array): string {
  // crypto.hash (Node >= 20.12) skips the streaming object; the result is the same.
  const oneShot = (crypto as { hash?: (algorithm: string, data: Uint8Array) => string }).hash;
  return oneShot ? oneShot('sha256', bytes) : createHash('sha256').update(bytes).digest('hex');
}

/**
 * Lay out one file's records as container sections.
 * @param data what reading the YAML gave
 * @param bytes the YAML file's bytes (hashed into the header)
 * @returns the container to write
 */
export function compileLexiconSource(data: LexiconSourceData, bytes: Uint8Array): ContainerSpec {
  const groups: string[] = [];
  const groupIndex = (group: string): number => {
    let i = groups.indexOf(group);
    if (i < 0) i = groups.push(group) - 1;
    return i;
  };
  const encoder = new TextEncoder();
  const syllables = data.terms.map((t) => t.key).join('\n');
  const folded = data.terms.map((t) => t.foldedKey).join('\n');
  const weights = Float32Array.from(data.terms, (t) => t.weight);
  const lines = Uint32Array.from(data.terms, (t) => t.line);
  const termGroups = Uint16Array.from(data.terms, (t) => groupIndex(t.group));
  const tokens = data.tokens
    .map((t) => [t.token, groupIndex(t.group), t.caseMode === 'any' ? 'a' : 'e', t.syllable ? 1 : 0, t.line].join('\t'))
    .join('\n');
  if (data.terms.some((t) => Math.fround(t.weight) !== t.weight)) {
    throw new Error(`${data.file}: a weight cannot be stored exactly as float32`);
  }
  return {
    kind: COMPILED_KIND,
    version: COMPILED_VERSION,
    facts: {
      source: data.file.split(/[\\/]/).pop(),
      sourceSha256: sourceHash(bytes),
      script: 'scripts/build-vocabulary.ts',
      terms: data.terms.length,
      tokens: data.tokens.length,
      groups,
      warnings: data.warnings.map((w) => ({ line: w.line, ruleId: w.ruleId, reason: w.reason })),
    },
    sections: {
      syllables: encoder.encode(syllables),
      texts: encoder.encode(data.terms.map((t) => t.text ?? t.key).join('\n')),
      folded: encoder.encode(folded),
      weights,
      lines,
      groups: termGroups,
      tokens: encoder.encode(tokens),
      roman: encoder.encode(data.romanExceptions.join('\n')),
    },
  };
}

/**
 * Read the compiled form of a vocabulary file, if it matches the YAML.
 * @param compiledFile path of the compiled file
 * @param compiledBytes its content
 * @param file path of the YAML file, used in the records and messages
 * @param hash SHA-256 of the YAML file's bytes
 * @returns the records, or the reason the compiled file cannot be used
 */
export function readCompiledLexiconSource(
  compiledFile: string,
  compiledBytes: Uint8Array,
  file: string,
  hash: string,
): { data: LexiconSourceData } | { stale: string } {
  let container: Container;
  try {
    container = new Container(compiledBytes, compiledFile, { kind: COMPILED_KIND, version: COMPILED_VERSION, rebuild: REBUILD_COMMAND });
  } catch (error) {
    return { stale: (error as Error).message };
  }
  const facts = container.facts as { sourceSha256?: string; groups?: string[]; terms?: number; tokens?: number; warnings?: Omit<LexiconWarning, 'file'>[] };
  if (facts.sourceSha256 !== hash) {
    return { stale: `${compiledFile}: built from another version of ${file}; run \`${REBUILD_COMMAND}\` to rebuild it` };
  }
  const decoder = new TextDecoder();
  const groups = facts.groups ?? [];
  const syllableLines = splitLines(decoder.decode(container.u8('syllables')));
  const foldedLines = splitLines(decoder.decode(container.u8('folded')));
  const weights = container.f32('weights');
  const lines = container.u32('lines');
  const termGroups = container.u16('groups');
  const count = facts.terms ?? -1;
  if (syllableLines.length !== count || foldedLines.length !== count || weights.length !== count || lines.length !== count || termGroups.length !== count) {
    return { stale: `${compiledFile}: sections do not hold ${count} terms; run \`${REBUILD_COMMAND}\` to rebuild it` };
  }
  const terms: TermRecord[] = new Array(count);
  for (let i = 0; i < count; i++) {
    terms[i] = {
      group: groups[termGroups[i]],
      text: undefined,
      key: syllableLines[i],
      foldedKey: foldedLines[i],
      weight: weights[i],
      line: lines[i],
    };
  }
  const tokens: TokenRecord[] = [];
  for (const row of splitLines(decoder.decode(container.u8('tokens')))) {
    const [token, group, caseMode, syllable, line] = row.split('\t');
    tokens.push({ token, group: groups[Number(group)], caseMode: caseMode === 'a' ? 'any' : 'exact', syllable: syllable === '1', line: Number(line) });
  }
  const romanExceptions = splitLines(decoder.decode(container.u8('roman')));
  const warnings = (facts.warnings ?? []).map((w) => ({ file, ...w }));
  let texts: string[] | undefined;
  const termText = (i: number): string => {
    texts ??= splitLines(decoder.decode(container.u8('texts')));
    return texts[i] ?? terms[i].key;
  };
  return { data: { file, terms, tokens, romanExceptions, warnings, termText } };
}

function splitLines(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}
