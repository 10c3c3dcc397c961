import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { distance } from 'fastest-levenshtein';
import { foldText } from './fold.js';

// yaml is loaded when the phrase file is read, not at start-up: plain-text runs never read it.
const requireModule = createRequire(import.meta.url);
const parseYaml = (text: string): unknown => (requireModule('yaml') as typeof import('yaml')).parse(text);

/** Where the shipped phrase lists of the structure stage live. */
export const DEFAULT_STRUCTURE_DATA = fileURLToPath(new URL('../../dictionaries/structure.yaml', import.meta.url));

/** The phrase lists of `dictionaries/structure.yaml`, with folded copies for matching. */
export interface StructureData {
  mottos: string[];
  numberWords: string[];
  dateWords: { day: string; month: string; year: string };
  subjectPrefixes: string[];
  documentTypes: string[];
  bodyOpeners: string[];
  preambleOpeners: string[];
  authorityStarts: string[];
  addresseePrefixes: string[];
  recipientsLabels: string[];
  signaturePrefixes: string[];
  signerTitles: string[];
  signatureNotes: string[];
  /** Vietnamese family names: a signer's name starts with one. Optional in a user's file. */
  surnames: string[];
  appendixWords: string[];
  tableHeaderStarters: string[];
  markerWords: { part: string; chapter: string; section: string; article: string };
  ordinals: string[];
  bullets: string[];
  bulletAliases: Record<string, string>;
  footnoteMarks: string[];
  /** Signs a note may start with but that never count as a mark glued to a word ("|" for ¹, "@"). */
  noteStartMarks: string[];
  footnoteMarkChars: string;
  superscriptDigits: string;
  footnoteRuleChars: string;
  pageNumberWords: string[];
  decorationChars: string;
}

const LIST_KEYS = [
  'mottos', 'numberWords', 'subjectPrefixes', 'documentTypes', 'bodyOpeners', 'preambleOpeners',
  'addresseePrefixes', 'authorityStarts', 'recipientsLabels', 'signaturePrefixes', 'signerTitles', 'signatureNotes',
  'appendixWords', 'tableHeaderStarters', 'ordinals', 'bullets', 'footnoteMarks', 'pageNumberWords',
] as const;

/**
 * Read and check the structure phrase lists.
 * @param file path of a YAML file in the format of `dictionaries/structure.yaml`
 * @returns the lists
 * @throws when the file is missing a list, naming the file and the key
 */
export function loadStructureData(file: string = DEFAULT_STRUCTURE_DATA): StructureData {
  const text = readFileSync(file, 'utf8');
  const raw = (readCompiled(file, text) ?? parseYaml(text)) as Record<string, unknown>;
  for (const key of LIST_KEYS) {
    if (!Array.isArray(raw[key])) {
      throw new Error(`${file}: expected a list under "${key}", found ${typeof raw[key]}; restore it from the shipped dictionaries/structure.yaml`);
    }
  }
  for (const key of ['dateWords', 'markerWords'] as const) {
    if (typeof raw[key] !== 'object' || raw[key] === null) throw new Error(`${file}: expected a mapping under "${key}"`);
  }
  const data = raw as unknown as StructureData;
  return {
    ...data,
    bulletAliases: data.bulletAliases ?? {},
    noteStartMarks: Array.isArray(data.noteStartMarks) ? data.noteStartMarks.map(String) : [],
    surnames: Array.isArray(data.surnames) ? data.surnames.map(String) : [],
    superscriptDigits: String(data.superscriptDigits ?? ''),
    footnoteRuleChars: String(data.footnoteRuleChars ?? ''),
    footnoteMarkChars: String(data.footnoteMarkChars ?? ''),
    decorationChars: String(data.decorationChars ?? ''),
  };
}

/**
 * Whether `text` starts with one of `phrases`, ignoring case and marks, the phrase ending at a word edge.
 * @param text the text to test
 * @param phrases candidate phrases
 * @returns the matched phrase's length in `text`, or 0
 */
export function startsWithPhrase(text: string, phrases: string[]): number {
  const folded = foldText(text);
  let best = 0;
  for (const phrase of phrases) {
    const p = foldText(phrase);
    if (p.length > best && folded.startsWith(p) && isWordEdge(text, p.length, phrase)) best = p.length;
  }
  return best;
}

/**
 * Find the first occurrence of any of `phrases` in `text` (ignoring case and marks) at word edges.
 * @returns start and end of the match, or undefined
 */
export function findPhrase(text: string, phrases: string[]): { start: number; end: number } | undefined {
  const folded = foldText(text);
  let found: { start: number; end: number } | undefined;
  for (const phrase of phrases) {
    const p = foldText(phrase);
    let at = folded.indexOf(p);
    while (at >= 0) {
      const leftOk = at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]);
      if (leftOk && isWordEdge(text, at + p.length, phrase)) {
        if (!found || at < found.start || (at === found.start && at + p.length > found.end)) found = { start: at, end: at + p.length };
        break;
      }
      at = folded.indexOf(p, at + 1);
    }
  }
  return found;
}

function isWordEdge(text: string, end: number, phrase: string): boolean {
  if (end >= text.length) return true;
  // A phrase ending in punctuation ("TM.", "V/v:") needs no edge after it.
  if (!/[\p{L}\p{N}]/u.test(phrase[phrase.length - 1])) return true;
  return !/[\p{L}\p{N}]/u.test(text[end]);
}

/** A phrase found in a text: where, which phrase, and how many edits of the folded text away. */
export interface PhraseMatch {
  start: number;
  end: number;
  /** The phrase as listed. */
  phrase: string;
  /** Edits between the folded text and the folded phrase (0 for a match that ignores only marks and case). */
  cost: number;
  /** The most edits the match allowed. */
  allowed: number;
}

/**
 * Find the first occurrence of any of `phrases` in `text` allowing OCR damage: a run of as many words
 * as the phrase, folded, within a fifth of the phrase's length in edits ("Déc lap - Tu do - Hanh phic"
 * is the national motto).
 * @returns start and end of the match, the phrase and the edits, or undefined
 */
export function findPhraseFuzzy(text: string, phrases: string[]): PhraseMatch | undefined {
  const folded = foldText(text);
  const words = [...folded.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const exact = findPhrase(text, phrases);
  if (exact) {
    const same = phrases.filter((p) => foldText(p) === folded.slice(exact.start, exact.end));
    const phrase = same.find((p) => p === text.slice(exact.start, exact.end)) ?? same[0] ?? phrases[0];
    return { ...exact, phrase, cost: 0, allowed: Math.floor(phrase.length / 5) };
  }
  let best: PhraseMatch | undefined;
  for (const phrase of phrases) {
    const p = foldText(phrase);
    const n = p.split(/\s+/).length;
    const allowed = Math.floor(p.length / 5);
    for (let i = 0; i + n <= words.length; i++) {
      const start = words[i].start;
      const end = words[i + n - 1].end;
      const cost = distance(folded.slice(start, end), p);
      if (cost <= allowed && (!best || start < best.start || (start === best.start && cost < best.cost))) best = { start, end, phrase, cost, allowed };
    }
  }
  return best;
}

/** Signs OCR makes of a letter's marks, after the letter ("Kf&" for KẾ). */
export const GARBLED_MARK_SIGNS = /(?<=\p{L})[&@®©§$¢]+/gu;

/**
 * Like {@link startsWithPhrase}, allowing one edit in six characters of the phrase, for the words OCR
 * damages most ("QUYET BINH" for QUYẾT ĐỊNH, "Noi nhén" for Nơi nhận).
 * @param lettersPerEdit characters of the phrase per edit allowed (fewer where the place says more)
 * @returns the matched length in `text`, or 0
 */
export function startsWithPhraseFuzzy(text: string, phrases: string[], lettersPerEdit = 6): number {
  const exact = startsWithPhrase(text, phrases);
  if (exact) return exact;
  const folded = foldText(text);
  const words = [...folded.matchAll(/\S+/g)];
  // A phrase whose words OCR ran together ("BAGCAO" for BÁO CÁO), read as the line's first word: taken
  // only when no phrase matches word for word.
  const first = words[0]?.index === 0 ? words[0][0].replace(/[^\p{L}\d]+$/u, '') : undefined;
  let glued = 0;
  for (const phrase of phrases) {
    const p = foldText(phrase);
    const joined = p.replace(/\s+/g, '');
    if (!glued && first && joined.length >= 6 && distance(first, joined) <= Math.floor(joined.length / 6)) glued = first.length;
    const n = p.split(/\s+/).length;
    if (words.length < n) continue;
    const end = words[n - 1].index + words[n - 1][0].length;
    // Compare letters only: a colon after the label is not part of it.
    const candidate = folded.slice(0, end).replace(/[^\p{L}\d\s/]+$/u, '');
    // (Nor is a sign OCR made of a mark inside a word: "Kf& HOACH" for KẾ HOẠCH.)
    if (distance(candidate.replace(GARBLED_MARK_SIGNS, ''), p) <= Math.floor(p.length / lettersPerEdit)) return candidate.length;
  }
  if (glued) return glued;
  return 0;
}

/** The compiled form of a structure phrase file: its content as JSON, read faster than the YAML. */
export function compiledStructurePath(file: string): string {
  return `${file}.json`;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The compiled content, when a compiled file exists and was built from this very YAML text. */
function readCompiled(file: string, text: string): unknown {
  const compiled = compiledStructurePath(file);
  if (!existsSync(compiled)) return undefined;
  try {
    const record = JSON.parse(readFileSync(compiled, 'utf8')) as { sourceSha256?: string; data?: unknown };
    return record.sourceSha256 === sha256(text) ? record.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Write the compiled form of a structure phrase file next to it (run by `npm run build`), so start-up
 * reads JSON instead of loading a YAML parser; it is used only while the YAML is unchanged.
 * @param file path of the YAML file
 * @returns the compiled file's path
 */
export function compileStructureData(file: string = DEFAULT_STRUCTURE_DATA): string {
  const text = readFileSync(file, 'utf8');
  const target = compiledStructurePath(file);
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ sourceSha256: sha256(text), data: parseYaml(text) }) + '\n');
  renameSync(temporary, target);
  return target;
}
