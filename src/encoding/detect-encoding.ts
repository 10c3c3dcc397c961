import type { EncodingName } from './encoding-name.js';
import { createByteDecoder, finishText } from './decode-text.js';
import type { LegacyTables } from './legacy-tables.js';
import { fromViqr } from './respell.js';
import { SyllableShapeCheck } from './syllable-shape-check.js';
import { findInvalidUtf8 } from './utf8-validity.js';

/** What {@link detectEncoding} found. */
export type Detection =
  | {
      ok: true;
      encoding: EncodingName;
      /** 0..1: how sure the choice is (1 for a byte-order mark or well-formed UTF-8 with no rival). */
      confidence: number;
      /** The text had a byte-order mark. */
      bom: boolean;
      /** UTF-8 text in decomposed form (NFD), composed on decoding. */
      decomposed: boolean;
    }
  | {
      ok: false;
      /** Plain-words problem, e.g. `binary file (NUL bytes)`. */
      problem: string;
    };

/** Legacy 8-bit encodings tried, in order of preference when two read equally well. */
const LEGACY: readonly EncodingName[] = ['windows-1258', 'tcvn3', 'vni', 'viscii'];

/**
 * Share of NUL bytes at one parity above which a BOM-less file is read as UTF-16: ASCII text in UTF-16
 * has a NUL in every other byte, Vietnamese letters (U+00C0–U+1EF9) have 0x00, 0x01 or 0x1E there.
 */
const UTF16_NUL_SHARE = 0.3;

/** A legacy reading is accepted when at least this share of its non-ASCII words' letters are in syllable-shaped words. */
const MIN_LEGACY_SHARE = 0.5;

/** Below this confidence the legacy readings are too close to call, and the file is rejected. */
const MIN_LEGACY_CONFIDENCE = 0.4;

/** VIQR is chosen when at least this share of words change under the VIQR reading and read as syllables. */
const MIN_VIQR_SHARE = 0.05;

/** Controls other than tab, line feed, vertical tab, form feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/**
 * Detect the encoding of a file from its first bytes.
 * @param sample the file's first bytes (the whole file when small)
 * @param tables legacy spelling tables
 * @param complete true when `sample` is the whole file
 * @returns the encoding with a confidence, or the reason the bytes are not text
 */
export function detectEncoding(sample: Uint8Array, tables: LegacyTables, complete = true): Detection {
  const bom = detectBom(sample);
  if (bom !== undefined) return { ok: true, encoding: bom, confidence: 1, bom: true, decomposed: false };
  const utf16 = detectUtf16(sample);
  if (utf16 !== undefined) {
    // Many binary formats have zero bytes at one parity too; text has few controls.
    const text = new TextDecoder(utf16.encoding).decode(sample);
    if (tooManyControls(text)) return { ok: false, problem: 'binary file (NUL bytes)' };
    return { ok: true, encoding: utf16.encoding, confidence: utf16.confidence, bom: false, decomposed: false };
  }
  if (sample.includes(0)) return { ok: false, problem: 'binary file (NUL bytes)' };
  const invalidAt = findInvalidUtf8(sample, complete);
  if (invalidAt < 0) return detectInUtf8(sample, tables);
  return detectLegacy(sample, tables, invalidAt);
}

/** More than 1% control characters (or replacement characters from bad sequences): not text. */
function tooManyControls(text: string): boolean {
  const controls = (text.match(CONTROL)?.length ?? 0) + (text.match(/\ufffd/g)?.length ?? 0);
  return controls > Math.max(2, text.length / 100);
}

function detectBom(sample: Uint8Array): EncodingName | undefined {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  return undefined;
}

function detectUtf16(sample: Uint8Array): { encoding: EncodingName; confidence: number } | undefined {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const even = evenNul / pairs;
  const odd = oddNul / pairs;
  if (odd >= UTF16_NUL_SHARE && even < odd / 10) return { encoding: 'utf-16le', confidence: Math.min(1, odd * 2) };
  if (even >= UTF16_NUL_SHARE && odd < even / 10) return { encoding: 'utf-16be', confidence: Math.min(1, even * 2) };
  return undefined;
}

function detectInUtf8(sample: Uint8Array, tables: LegacyTables): Detection {
  const text = new TextDecoder('utf-8').decode(sample);
  if (tooManyControls(text)) return { ok: false, problem: 'binary file (control characters)' };
  const decomposed = text !== text.normalize('NFC');
  // VIQR is plain ASCII: look for it only in text with no other letters outside ASCII.
  if (!/[^\u0000-\u007f]/.test(text)) {
    const share = viqrShare(text, tables);
    if (share >= MIN_VIQR_SHARE) {
      return { ok: true, encoding: 'viqr', confidence: Math.min(1, share * 4), bom: false, decomposed: false };
    }
  }
  return { ok: true, encoding: 'utf-8', confidence: 1, bom: false, decomposed };
}

/** Share of words that the VIQR reading changes into syllable-shaped words. */
function viqrShare(text: string, tables: LegacyTables): number {
  const check = new SyllableShapeCheck(tables.shape);
  const words = text.split(/\s+/).filter((w) => /[a-zA-Z]/.test(w));
  if (words.length === 0) return 0;
  let changed = 0;
  for (const word of fromViqr(text, tables.viqr).split(/\s+/)) {
    const letters = word.match(/\p{L}+/gu) ?? [];
    if (letters.some((w) => /[^\u0000-\u007f]/.test(w) && check.test(w))) changed++;
  }
  return changed / words.length;
}

function detectLegacy(sample: Uint8Array, tables: LegacyTables, invalidAt: number): Detection {
  const check = new SyllableShapeCheck(tables.shape);
  const letters = vietnameseLetters(tables);
  const scored = LEGACY.map((encoding) => {
    const decoder = createByteDecoder(encoding);
    const text = finishText(decoder.write(sample) + decoder.end(), encoding, tables);
    return { encoding, share: readingShare(text, check, letters, encoding === 'tcvn3' ? unusedInTcvn3(sample) : 0) };
  }).sort((a, b) => b.share - a.share);
  const [best, second] = scored;
  // Sure when the best reading is good and well ahead of the next one: a lead of a quarter of the words
  // or more counts fully (VISCII and TCVN3 fill most high bytes with letters, so wrong readings still
  // produce many syllable-shaped words).
  const lead = Math.min(1, (best.share - second.share) / 0.25);
  const confidence = best.share * (0.5 + 0.5 * lead);
  if (best.share < MIN_LEGACY_SHARE || confidence < MIN_LEGACY_CONFIDENCE) {
    return {
      ok: false,
      problem: `invalid UTF-8 at byte ${invalidAt}, and not readable as ${LEGACY.join(', ')} either (use --encoding to force one)`,
    };
  }
  return { ok: true, encoding: best.encoding, confidence: Math.round(confidence * 100) / 100, bom: false, decomposed: false };
}

/**
 * Share of the letters of a decoding's non-ASCII words that are in syllable-shaped words, with each stray character (a non-ASCII
 * symbol that is neither a Vietnamese letter nor punctuation, or a control) counted as a failed word.
 */
function readingShare(text: string, check: SyllableShapeCheck, letters: Set<string>, stray: number): number {
  let good = 0;
  let total = stray;
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    if (!/[^\u0000-\u007f]/.test(word)) continue;
    // Weighted by length: a long run of accented letters is a glaring misreading, a short word a small one.
    total += word.length;
    if (check.test(word) && [...word].every((ch) => ch < '\u0080' || letters.has(ch))) good += word.length;
  }
  for (const ch of text) {
    if (ch >= '\u0080' && !letters.has(ch) && !/[\p{P}\p{Zs}\p{Sc}]/u.test(ch)) total++;
  }
  total += text.match(CONTROL)?.length ?? 0;
  return total === 0 ? 0 : good / total;
}

/**
 * Bytes a TCVN3 (ABC) file does not use: 0x80–0x9F, where iconv-lite's wider TCVN 5712 VN1 table puts
 * upper-case letters with tone marks that TCVN3 fonts never had.
 */
function unusedInTcvn3(sample: Uint8Array): number {
  let count = 0;
  for (const byte of sample) if (byte >= 0x80 && byte <= 0x9f) count++;
  return count;
}

/** Every Vietnamese letter outside ASCII, from the VIQR table (it spells all of them). */
function vietnameseLetters(tables: LegacyTables): Set<string> {
  return new Set([...tables.viqr.encode.keys()].filter((ch) => ch >= '\u0080'));
}
