import { distance } from 'fastest-levenshtein';
import type { RepairResult } from '../index.js';
import type { Change } from '../document/types.js';
import { LineIndex } from '../document/line-index.js';
import { canonicalWord } from '../lm/symbols.js';
import { isValidSyllable } from '../syllable/index.js';
import type { PhraseMatch, StructureData } from './structure-data.js';
import type { LineFeatures } from './types.js';
import { findPhraseFuzzy, GARBLED_MARK_SIGNS, startsWithPhraseFuzzy } from './structure-data.js';
import { computeLineFeatures } from './line-features.js';
import { findPageDebris } from './page-debris.js';
import { assignZones } from './zones.js';
import { isCaps, isHeaderDecoration, parsePlaceDate, readHeaderLine } from './header-fields.js';
import { foldText } from './fold.js';
import { mayHaveHeader } from './header-likely.js';

/** Rule of a motto word written in its fixed wording. */
export const FIXED_PHRASE_RULE = 'structure-fixed-phrase';
/** Rule of a place name written as the issuing body writes its own locality. */
export const PLACE_NAME_RULE = 'structure-place-name';

/** A word of the repaired text to replace, at offsets of that text. */
export interface HeaderRewrite {
  start: number;
  end: number;
  to: string;
  confidence: number;
  ruleId: string;
}

/** Confidence of a place rewrite where only the marks differ: under the default threshold, so proposed. */
const UNSURE_PLACE = 0.45;

/** Words of a motto: the dashes between "Độc lập", "Tự do" and "Hạnh phúc" are not words. */
const MOTTO_WORD = /[^\s\-–—]+/gu;

/**
 * The header's words that have a fixed spelling but were read otherwise. The national motto and the
 * Party's name are fixed texts: a motto recognised through OCR damage ("Độc lập - Tự do - Hành phúc")
 * is given its canonical words. The place of the place-and-date line is most often the issuing body's
 * own locality: a place within one edit per word of the issuer's last words ("Tén Phi" under "HUYỆN TÂN
 * PHÚ") is written as the issuer writes it. So are the other parts of a document with a fixed spelling:
 * the document type of its title, a heading's Roman numeral, the signer's title and signing body, and
 * the signer's family name.
 * @param text the repaired text
 * @param data structure phrase lists
 * @returns the rewrites, in text order
 */
export function findHeaderRewrites(text: string, data: StructureData): HeaderRewrite[] {
  const features = computeLineFeatures(text, data);
  const debris = findPageDebris(features, data);
  const zones = assignZones(features, new Set(debris.removed.keys()), data);
  const lineIndex = new LineIndex(text);
  const starts = (line: number): number => lineIndex.lineStart(line)!;
  const header = features.filter((f, i) => zones[i] === 'header' && !f.formFeed);
  const rewrites: HeaderRewrite[] = [];
  const found: Array<[number, number]> = [];
  for (const f of header) {
    const at = (k: number): number => starts(f.line) + k;
    let from = 0;
    for (;;) {
      const hit = findPhraseFuzzy(f.raw.slice(from), data.mottos);
      if (!hit) break;
      rewrites.push(...mottoRewrites(f.raw, from + hit.start, from + hit.end, hit, at));
      found.push([at(from + hit.start), at(from + hit.end)]);
      from += hit.end;
    }
  }
  // A motto that the flattened header wrapped onto the next line ("... CHU NGHIA VIET" + "NAM").
  for (let i = 0; i + 1 < header.length; i++) {
    const [a, b] = [header[i], header[i + 1]];
    const joined = `${a.raw} ${b.raw}`;
    const hit = findPhraseFuzzy(joined, data.mottos);
    if (!hit || hit.start >= a.raw.length || hit.end <= a.raw.length + 1) continue;
    const at = (k: number): number => (k <= a.raw.length ? starts(a.line) + k : starts(b.line) + k - a.raw.length - 1);
    if (found.some(([s, e]) => s < at(hit.end) && e > at(hit.start))) continue;
    rewrites.push(...mottoRewrites(joined, hit.start, hit.end, hit, at));
    found.push([at(hit.start), at(hit.end)]);
  }
  const lines = header.filter((f) => !isHeaderDecoration(f.text, data));
  if (lines.length) rewrites.push(...placeRewrites(lines.map((f) => [f.line, f.raw]), data, starts));
  for (const f of lines) rewrites.push(...numberLabelRewrites(f.raw, starts(f.line), data));
  features.forEach((f, i) => {
    if (zones[i] === 'body') rewrites.push(...numberingRewrites(f, starts(f.line)));
    // The document's type that starts its title ("K& HOACH" for KẾ HOẠCH).
    if (zones[i] === 'title' && (i === 0 || zones[i - 1] !== 'title')) {
      const indent = f.raw.length - f.raw.trimStart().length;
      rewrites.push(...phraseAtStartRewrites(f.raw.slice(indent), starts(f.line) + indent, data.documentTypes));
    }
  });
  const closing = features.filter((f, i) => zones[i] === 'closing' && !f.blank);
  closing.forEach((f, k) => {
    rewrites.push(...signatureRewrites(f.raw, starts(f.line), data));
    // The signer's name stands under the title (or under a note such as "(Đã ký)").
    const above = closing[k - 1];
    if (above && (isCaps(above.text) || data.signatureNotes.includes(above.text))) rewrites.push(...signerNameRewrites(f.raw, starts(f.line), data));
  });
  return rewrites.sort((a, b) => a.start - b.start);
}

/**
 * A signature line in capitals that reads as a signer's title or a signing body, after its prefix
 * ("T/M BẢN THƯỜNG VỤ", "PHO Bị THU", "GIẢM BỐC"): its words take the title's fixed spelling. The
 * longest title whose words, folded, are within a fifth of its length in edits of the line's first
 * words wins; a title is a fixed text, so a match that differs in marks only is sure.
 */
function signatureRewrites(raw: string, lineStart: number, data: StructureData): HeaderRewrite[] {
  const prefix = startsWithPhraseFuzzy(raw.trimStart(), data.signaturePrefixes);
  const restAt = raw.length - raw.trimStart().length + prefix;
  return phraseAtStartRewrites(raw.slice(restAt), lineStart + restAt, [...data.signerTitles, ...data.authorityStarts]);
}

/**
 * A line in capitals that starts with one of `phrases` as OCR read it: the phrase's words in their
 * fixed spelling (see {@link signatureRewrites}).
 * @param rest the line from where the phrase would start
 * @param at the offset of `rest` in the text
 */
function phraseAtStartRewrites(rest: string, at: number, phrases: string[]): HeaderRewrite[] {
  if (!isCaps(rest)) return [];
  const words = [...rest.matchAll(/\S+/gu)];
  let best: { phrase: string[]; cost: number; allowed: number } | undefined;
  let tied = false;
  for (const title of phrases) {
    const phrase = title.split(/\s+/);
    if (phrase.length > words.length) continue;
    // (A sign after a letter is a mark OCR misread, "Kf& HOACH" for KẾ HOẠCH: without it, a short
    // word may be one letter off too.)
    const edits = phrase.map((w, k) => {
      const read = foldText(words[k][0]);
      const bare = read.replace(GARBLED_MARK_SIGNS, '');
      const title = foldText(w);
      return bare !== read && bare.length === title.length ? Math.min(2, distance(bare, title)) : wordEdits(read, title);
    });
    if (edits.some((e) => e > 1)) continue;
    const cost = edits.reduce((a, b) => a + b, 0);
    const allowed = Math.floor(foldText(title).length / 5);
    if (cost > allowed) continue;
    // (The same title in the other tone placement style, "UỶ BAN", is no other title.)
    const same = best !== undefined && best.phrase.length === phrase.length && phrase.every((w, k) => canonicalWord(w) === canonicalWord(best!.phrase[k]));
    if (best && phrase.length === best.phrase.length && cost === best.cost && !same) tied = true;
    else if (!best || phrase.length > best.phrase.length || (phrase.length === best.phrase.length && cost < best.cost)) {
      best = { phrase, cost, allowed };
      tied = false;
    }
  }
  // Two titles the line reads as well ("THU TRUONG": thủ or thứ trưởng) leave it as it is.
  if (!best || tied) return [];
  const confidence = 0.99 - (0.4 * best.cost) / (best.allowed + 1);
  const out: HeaderRewrite[] = [];
  best.phrase.forEach((word, k) => {
    const m = words[k];
    const to = word.toUpperCase();
    if (canonicalWord(to) === canonicalWord(m[0])) return;
    const start = at + m.index;
    out.push({ start, end: start + m[0].length, to, confidence, ruleId: FIXED_PHRASE_RULE });
  });
  return out;
}

/**
 * The words of a motto found at [start, end) of `line` that differ from the phrase's.
 * @param at maps an offset of `line` to one of the text
 */
function mottoRewrites(line: string, start: number, end: number, hit: PhraseMatch, at: (k: number) => number): HeaderRewrite[] {
  const written = [...line.slice(start, end).matchAll(MOTTO_WORD)];
  const canonical = [...hit.phrase.matchAll(MOTTO_WORD)].map((m) => m[0]);
  if (written.length !== canonical.length) return [];
  // Closer to the phrase, surer: 0.99 for a match that differs in marks only.
  const confidence = 0.99 - (0.4 * hit.cost) / (hit.allowed + 1);
  // A motto set in capitals keeps them in a word OCR read in mixed case ("NGHIiA").
  const capitals = isCaps(line.slice(start, end));
  const out: HeaderRewrite[] = [];
  written.forEach((m, i) => {
    const to = capitals ? canonical[i].toUpperCase() : withCaseOf(canonical[i], m[0]);
    // The same syllable in the other tone placement style, or in other capitals, is not a misreading.
    if (canonicalWord(to) === canonicalWord(m[0])) return;
    const from = at(start + m.index);
    out.push({ start: from, end: from + m[0].length, to, confidence, ruleId: FIXED_PHRASE_RULE });
  });
  return out;
}

function placeRewrites(lines: Array<[number, string]>, data: StructureData, starts: (line: number) => number): HeaderRewrite[] {
  const pieces = lines.map(([n, raw]) => ({ n, raw, pieces: readHeaderLine(raw.trim(), data) }));
  // Each issuer line on its own: the locality ends a line ("ỦY BAN NHÂN DÂN HUYỆN TÂN PHÚ") or
  // stands inside one ("UBND TỈNH KIÊN GIANG SỞ Y TẾ"), never across two.
  const issuers = pieces.flatMap((l) => l.pieces.filter((p) => p.kind === 'issuer').map((p) => p.text.split(/\s+/)));
  for (const { n, raw, pieces: linePieces } of pieces) {
    const piece = linePieces.find((p) => p.kind === 'placeDate');
    if (!piece) continue;
    const place = parsePlaceDate(piece.text, data).place;
    const words = place ? [...place.matchAll(/\S+/gu)] : [];
    if (words.length === 0 || words.length > 4) return [];
    let best: { locality: string[]; total: number } | undefined;
    for (const issuer of issuers) {
      for (let i = 0; i + words.length <= issuer.length; i++) {
        const locality = issuer.slice(i, i + words.length);
        if (!locality.every((w) => isValidSyllable(w.toLowerCase()))) continue;
        // An issuer whose marks were lost has no better spelling to give ("BEN TRE" for "Bến Tre").
        if (!locality.some((w) => foldText(w) !== w.toLowerCase()) && words.some((m) => foldText(m[0]) !== m[0].toLowerCase())) continue;
        const edits = words.map((m, k) => distance(foldText(m[0]), foldText(locality[k])));
        const total = edits.reduce((a, b) => a + b, 0);
        // The first letters must agree: "Vinh" is not a misreading of "TỈNH".
        const sameStarts = words.every((m, k) => foldText(m[0])[0] === foldText(locality[k])[0]);
        if (sameStarts && edits.every((e) => e <= 1) && total <= 2 && (!best || total < best.total)) best = { locality, total };
      }
    }
    if (!best) return [];
    const { locality, total } = best;
    // Letters OCR misread are evidence; marks that differ only are two readings of one name, the
    // place's as likely as the issuer's: that rewrite is only proposed.
    const confidence = total === 0 ? UNSURE_PLACE : 0.9 - 0.075 * total;
    const placeAt = raw.indexOf(piece.text);
    const out: HeaderRewrite[] = [];
    words.forEach((m, i) => {
      const to = withCaseOf(locality[i], m[0]);
      if (canonicalWord(to) === canonicalWord(m[0])) return;
      const at = starts(n) + placeAt + m.index;
      out.push({ start: at, end: at + m[0].length, to, confidence, ruleId: PLACE_NAME_RULE });
    });
    return out;
  }
  return [];
}

/** Confidence of writing a header number's misread label as "Số": the label is regulated. */
const NUMBER_LABEL_CONFIDENCE = 0.9;

/**
 * The label of the header's number ("Số: 186/BC-UBND") read otherwise (S4, S6, $6, restored to Sá or
 * Sổ) is written "Số", in capitals when it was written in capitals.
 * @param raw a header line
 * @param lineStart offset of the line in the text
 */
function numberLabelRewrites(raw: string, lineStart: number, data: StructureData): HeaderRewrite[] {
  const piece = readHeaderLine(raw.trim(), data).find((p) => p.kind === 'number');
  const label = piece && /^[^\s:]+/u.exec(piece.text)?.[0];
  if (!piece || !label || canonicalWord(label) === 'số') return [];
  const at = lineStart + raw.indexOf(piece.text);
  const to = /^\p{Lu}{2,}$/u.test(label) ? 'SỐ' : 'Số';
  return [{ start: at, end: at + label.length, to, confidence: NUMBER_LABEL_CONFIDENCE, ruleId: FIXED_PHRASE_RULE }];
}

/** Rule of a heading's Roman numeral written as the numeral OCR misread ("ll." → "II."). */
export const NUMBERING_RULE = 'structure-numbering';
/** Confidence of a Roman numeral written from its misreading: the numbering reads it so already. */
const NUMBERING_CONFIDENCE = 0.9;
const ROMAN_DIGITS: Array<[number, string]> = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/**
 * A heading's Roman numeral that OCR misread, which the numbering reads as a numeral all the same
 * ("ll." and "Il." for II., "lll." for III., "IL." for II.), or a capital it read twice ("Vv.", "Cc."
 * for V., C.): written as the numeral or the letter.
 */
function numberingRewrites(f: LineFeatures, lineStart: number): HeaderRewrite[] {
  const marker = f.marker;
  if ((marker?.kind !== 'roman' && marker?.kind !== 'upperLetter') || marker.value === undefined) return [];
  const numeral = /^[^\s.\-–)]+/u.exec(marker.label)?.[0] ?? '';
  let rest = marker.value;
  let canonical = marker.kind === 'upperLetter' ? String.fromCharCode(64 + marker.value) : '';
  for (const [value, digits] of marker.kind === 'roman' ? ROMAN_DIGITS : []) {
    while (rest >= value) {
      canonical += digits;
      rest -= value;
    }
  }
  // (A lower-case letter that numbers a heading in capitals, "c. TỔ CHỨC", is left as written.)
  if (marker.kind === 'upperLetter' && numeral.length === 1) return [];
  if (!numeral || numeral === canonical) return [];
  const start = lineStart + (f.raw.length - f.raw.trimStart().length);
  if (f.raw.slice(start - lineStart, start - lineStart + numeral.length) !== numeral) return [];
  return [{ start, end: start + numeral.length, to: canonical, confidence: NUMBERING_CONFIDENCE, ruleId: NUMBERING_RULE }];
}

/** Confidence of a signer's family name written as the one it reads as without marks. */
const SURNAME_CONFIDENCE = 0.9;
/** Confidence of "Thị" for a middle name read "Thi" or "Thủ" (no one's middle name). */
const MIDDLE_NAME_CONFIDENCE = 0.8;

/**
 * A signer's name ("Phẩm Quang Vinh", "Đảng Thủ Thu Hà"): two to five words each in a capital. A
 * first word that is no family name but reads as exactly one without marks takes it (Phạm, Đặng).
 */
function signerNameRewrites(raw: string, lineStart: number, data: StructureData): HeaderRewrite[] {
  const words = [...raw.matchAll(/\S+/gu)];
  if (words.length < 2 || words.length > 5 || !words.every((m) => /^\p{Lu}\p{Ll}*$/u.test(m[0]))) return [];
  const out: HeaderRewrite[] = [];
  const first = words[0][0];
  if (!data.surnames.some((n) => canonicalWord(n) === canonicalWord(first))) {
    const same = data.surnames.filter((n) => foldText(n) === foldText(first));
    if (same.length !== 1) return [];
    out.push({ start: lineStart + words[0].index, end: lineStart + words[0].index + first.length, to: same[0], confidence: SURNAME_CONFIDENCE, ruleId: FIXED_PHRASE_RULE });
  }
  // The word after the family name read "Thi", "Thủ" or "Thứ" (no one's middle name) is Thị, the
  // commonest; a later one read "Thủ" is Thu ("Thị Thu Hà" read "Thi Thu Ha" and repaired "Thủ Thủ").
  words.slice(1, -1).forEach((m, k) => {
    const folded = foldText(m[0]);
    const to = k === 0 ? (folded === 'thi' || folded === 'thu') && !['Thị', 'Thu', 'Thư'].includes(m[0]) && 'Thị' : m[0] === 'Thủ' && 'Thu';
    if (to) out.push({ start: lineStart + m.index, end: lineStart + m.index + m[0].length, to, confidence: MIDDLE_NAME_CONFIDENCE, ruleId: FIXED_PHRASE_RULE });
  });
  return out;
}

/**
 * Edits between a word as read and a title's word, both folded: one at most ("VỤ TRƯỞNG" is no
 * misreading of THỦ TRƯỞNG), and none in a word of three letters or fewer ("TỔ TRƯỞNG" is no misreading
 * of BỘ TRƯỞNG) but the Đ that OCR reads as B ("GIAM BOC"). More than one is returned as 2.
 */
function wordEdits(read: string, title: string): number {
  if (read === title) return 0;
  if (title.length <= 3) return read.length === title.length && title[0] === 'd' && read === `b${title.slice(1)}` ? 1 : 2;
  return Math.min(2, distance(read, title));
}

/** `word` in the capitals of `model`: all capitals, a capital first, or all small letters. */
function withCaseOf(word: string, model: string): string {
  if (model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  const lower = word.toLowerCase();
  if (/^\p{Lu}/u.test(model)) return lower.charAt(0).toUpperCase() + lower.slice(1);
  return lower;
}

/**
 * Apply the fixed spellings ({@link findHeaderRewrites}) to a repair result: the words are replaced in its text, and
 * each is reported as a change at its input position (a restorer's change of the same word gives way
 * to it, keeping the input's `from`). A rewrite under `minConfidence` is only proposed. Applying it
 * to a result it was already applied to changes nothing.
 * @param result what `repair` returned
 * @param data structure phrase lists
 * @param minConfidence rewrites below this are reported, not made (default 0.5)
 * @returns the result with the rewrites made and reported, or `result` itself when there are none
 */
export function applyHeaderRewrites(result: RepairResult, data: StructureData, minConfidence = 0.5): RepairResult {
  // The command line applies them to the first piece and then renders it: the second call is free.
  if (settled.has(result)) return result;
  // The same test the command line makes before loading this module, so both give the same output.
  if (!mayHaveHeader(result.text)) return result;
  const rewrites = findHeaderRewrites(result.text, data);
  if (rewrites.length === 0) return settle(result);
  const located = locateInInput(result, rewrites);
  const lines = new LineIndex(result.input);
  const replaced = new Set<Change>();
  const added: Change[] = [];
  let text = '';
  let from = 0;
  for (const { rewrite, inputOffset, inputFrom, supersedes } of located) {
    const applied = rewrite.confidence >= minConfidence;
    const point = lines.point(inputOffset);
    // A proposal not made leaves the repair's own change of the word in the list: it is what the text holds.
    if (supersedes && applied) replaced.add(supersedes);
    added.push({
      line: point.line,
      column: point.column,
      offset: inputOffset,
      from: inputFrom,
      to: rewrite.to,
      confidence: rewrite.confidence,
      ruleId: rewrite.ruleId,
      applied,
      alternatives: [result.text.slice(rewrite.start, rewrite.end)],
    });
    text += result.text.slice(from, rewrite.start) + (applied ? rewrite.to : result.text.slice(rewrite.start, rewrite.end));
    from = rewrite.end;
  }
  text += result.text.slice(from);
  const changes = [...result.changes.filter((c) => !replaced.has(c)), ...added].sort((a, b) => a.offset - b.offset);
  const changed = changes.filter((c) => c.applied).length;
  return settle({ ...result, text, changes, stats: { ...result.stats, changed } });
}

/** Results whose header wording is already applied (applying it again would change nothing). */
const settled = new WeakSet<RepairResult>();

function settle(result: RepairResult): RepairResult {
  settled.add(result);
  return result;
}

interface Located {
  rewrite: HeaderRewrite;
  inputOffset: number;
  inputFrom: string;
  supersedes?: Change;
}

/**
 * Where each rewritten word stands in the input: the repaired text differs from the input only by
 * the applied changes, so an offset maps back by their length differences. A word that a change
 * covers exactly takes that change's place; one that a change only overlaps is left alone.
 */
function locateInInput(result: RepairResult, rewrites: HeaderRewrite[]): Located[] {
  // Each change's span in the repaired text, and the shift (repaired minus input offset) after it.
  const spans: Array<{ change: Change; start: number; end: number; after: number }> = [];
  let shift = 0;
  for (const change of [...result.changes].sort((a, b) => a.offset - b.offset)) {
    const start = change.offset + shift;
    if (change.applied) shift += change.to.length - change.from.length;
    spans.push({ change, start, end: start + (change.applied ? change.to : change.from).length, after: shift });
  }
  const out: Located[] = [];
  for (const rewrite of rewrites) {
    const overlapping = spans.filter((s) => s.start < rewrite.end && s.end > rewrite.start);
    if (overlapping.length > 1) continue;
    const [span] = overlapping;
    if (span) {
      if (span.start !== rewrite.start || span.end !== rewrite.end) continue;
      out.push({ rewrite, inputOffset: span.change.offset, inputFrom: span.change.from, supersedes: span.change });
      continue;
    }
    const before = spans.filter((s) => s.end <= rewrite.start);
    const inputOffset = rewrite.start - (before.length ? before[before.length - 1].after : 0);
    out.push({ rewrite, inputOffset, inputFrom: result.input.slice(inputOffset, inputOffset + (rewrite.end - rewrite.start)) });
  }
  return out;
}
