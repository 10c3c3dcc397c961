import type { HeaderFields } from './types.js';
import type { StructureData } from './structure-data.js';
import { findPhrase, findPhraseFuzzy, startsWithPhrase } from './structure-data.js';
import { foldText } from './fold.js';

/** What a piece of a header line is. */
export type HeaderPieceKind = 'issuer' | 'motto' | 'number' | 'placeDate' | 'subject' | 'other';

/** One piece of a header line: OCR flattens the two columns of the header onto one line. */
export interface HeaderPiece {
  kind: HeaderPieceKind;
  text: string;
}

/**
 * Split one header line into its pieces: motto phrases, the number, the place-and-date, the
 * "V/v" subject, and the issuing body (what is left, in capitals).
 * @param text a header line without surrounding spaces
 * @param data structure phrase lists
 * @returns the pieces in reading order
 * @example readHeaderLine('TỈNH ỦY KIÊN GIANG ĐẢNG CỘNG SẢN VIỆT NAM', data)
 *   // [{kind:'issuer', text:'TỈNH ỦY KIÊN GIANG'}, {kind:'motto', text:'ĐẢNG CỘNG SẢN VIỆT NAM'}]
 */
export function readHeaderLine(text: string, data: StructureData): HeaderPiece[] {
  const stripped = stripDecoration(text, data);
  let pieces: HeaderPiece[] = stripped ? [{ kind: 'other', text: stripped }] : [];
  pieces = carve(pieces, (t) => findPhraseFuzzy(t, data.mottos), 'motto');
  pieces = carve(pieces, (t) => findPlaceDate(t, data), 'placeDate');
  pieces = carve(pieces, (t) => findNumber(t, data), 'number');
  pieces = carve(pieces, (t) => findSubject(t, data), 'subject');
  return pieces.map((p) => (p.kind === 'other' && isCaps(p.text) ? { ...p, kind: 'issuer' } : p));
}

/**
 * Remove the decorations of a header line: the star under a Party issuer, rules of dashes.
 * @returns the line without them ('' when the line is only decoration)
 */
export function stripDecoration(text: string, data: StructureData): string {
  let start = 0;
  while (start < text.length && (data.decorationChars.includes(text[start]) || text[start] === ' ')) start++;
  let end = text.length;
  // Trailing dots and dashes stay: "Độc lập - Tự do - Hạnh phúc" ends in a letter, a number may end with '.'.
  while (end > start && /[\s_=~*]/.test(text[end - 1])) end--;
  // A rule of dashes after the issuer ("TỈNH KIÊN GIANG -------"), not the dash of a code.
  return text.slice(start, end).replace(/\s*[-–—]{2,}$/, '').trim();
}

/**
 * A line of the header that only decorates it: a rule, or the star under a Party committee's name with
 * a speck OCR read beside it ("*K", "* .").
 */
export function isDecorationLine(text: string, data: StructureData): boolean {
  if (stripDecoration(text, data) === '') return true;
  const marks = text.replace(/\s/g, '');
  return marks.length <= 3 && [...marks].some((c) => c !== '.' && data.decorationChars.includes(c));
}

/**
 * A line of the header block that is its decoration: a rule or the Party's star, or a speck of one to
 * three signs or small letters that OCR made of the star ("Ba", "x"), which no header line is.
 */
export function isHeaderDecoration(text: string, data: StructureData): boolean {
  return isDecorationLine(text, data) || isHeaderSpeck(text) || isSpeckRow(text) || isSpeckScraps(text);
}

/** Two or three signs or letters apart, no digit among them ("A x": what OCR made of the rule under a header). */
export function isSpeckRow(text: string): boolean {
  return /^[^\s\d](?:\s+[^\s\d]){1,2}$/u.test(text.trim());
}

/** One to three signs or letters, not in capitals and with no digit, or a lone digit (the star read as "7"), or a digit and a sign ("2%"). */
export function isHeaderSpeck(text: string): boolean {
  const t = text.trim();
  return /^\S{1,3}$/u.test(t) && (!/\d/.test(t) || /^\d[^\p{L}\d]?$/u.test(t)) && !isCaps(t);
}

/** Two to four scraps of one or two characters, no word among them ("2 2. A A"): the scan's specks in a row. */
export function isSpeckScraps(text: string): boolean {
  return /^\S{1,2}(?:\s+\S{1,2}){1,3}$/u.test(text.trim()) && !/\p{L}{2}/u.test(text);
}

/**
 * Gather the header lines' pieces into the header fields.
 * @param lines header lines as [line number, text]
 * @param data structure phrase lists
 * @returns issuer, motto, number, place, date (ISO), subject and the two-column rows
 */
export function readHeaderFields(lines: Array<[number, string]>, data: StructureData): HeaderFields {
  const left: string[] = [];
  const right: string[] = [];
  const issuer: string[] = [];
  const motto: string[] = [];
  const fields: HeaderFields = { rows: [], lines: [lines[0]?.[0] ?? 1, lines[lines.length - 1]?.[0] ?? 1] };
  let lastKind: HeaderPieceKind | undefined;
  for (const text of rejoinWrappedMottos(lines.map(([, t]) => t), data)) {
    for (const piece of readHeaderLine(text, data)) {
      switch (piece.kind) {
        case 'motto':
          motto.push(piece.text);
          right.push(piece.text);
          break;
        case 'placeDate': {
          const parsed = parsePlaceDate(piece.text, data);
          fields.place = parsed.place;
          fields.dateText = parsed.dateText;
          if (parsed.date) fields.date = parsed.date;
          right.push(piece.text);
          break;
        }
        case 'number':
          fields.number = numberValue(piece.text, data);
          left.push(piece.text);
          break;
        case 'subject':
          fields.subject = piece.text;
          left.push(piece.text);
          break;
        case 'issuer':
          issuer.push(piece.text);
          left.push(piece.text);
          break;
        default:
          // A lower-case run after the subject continues it (the V/v line wraps in its column).
          if (lastKind === 'subject' && fields.subject !== undefined) {
            fields.subject += ' ' + piece.text;
            left[left.length - 1] += ' ' + piece.text;
            continue;
          }
          left.push(piece.text);
      }
      lastKind = piece.kind;
    }
  }
  if (issuer.length) fields.issuer = issuer.join(' ');
  if (motto.length) fields.motto = motto;
  for (let i = 0; i < Math.max(left.length, right.length); i++) fields.rows.push([left[i] ?? '', right[i] ?? '']);
  return fields;
}

/**
 * A motto that a flattened header line wrapped onto the next line ("... CHỦ NGHĨA VIỆT" + "NAM"):
 * move its tail back so each line holds whole pieces.
 * @returns the header lines, mottos made whole
 */
function rejoinWrappedMottos(texts: string[], data: StructureData): string[] {
  const out = [...texts];
  for (let i = 0; i + 1 < out.length; i++) {
    const joined = `${out[i]} ${out[i + 1]}`;
    const hit = findPhraseFuzzy(joined, data.mottos);
    if (!hit || hit.start >= out[i].length || hit.end <= out[i].length + 1) continue;
    if (findPhraseFuzzy(out[i], data.mottos)?.start === hit.start) continue;
    const tail = joined.slice(out[i].length + 1, hit.end);
    out[i] = `${out[i]} ${tail}`;
    out[i + 1] = out[i + 1].slice(tail.length).trim();
  }
  return out.filter((t) => t !== '');
}

/**
 * Read "<place>, ngày 28 tháng 4 năm 2021".
 * @returns place, the date as written, and the ISO date when it is complete and valid
 */
export function parsePlaceDate(text: string, data: StructureData): { place?: string; dateText: string; date?: string } {
  const folded = foldText(text);
  const day = dateWordPattern(data.dateWords.day);
  const month = dateWordPattern(data.dateWords.month);
  // The day word is the one a number (or the dots of a blank) and the month word follow, not "Ngãi".
  const at = folded.search(new RegExp(`(^|[\\s,])${day}[\\s.…]*(\\d|${month})`));
  const dayAt = at < 0 ? 0 : at + (/[\s,]/.test(folded[at]) ? 1 : 0);
  const place = text.slice(0, dayAt).replace(/[\s,]+$/, '').trim() || undefined;
  const dateText = text.slice(dayAt).trim();
  const numbers = dateNumbers(foldText(dateText), data);
  let date: string | undefined;
  if (numbers) {
    const [d, m, y] = numbers;
    const probe = new Date(Date.UTC(y, m - 1, d));
    if (probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d) {
      date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
  }
  return { place, dateText, date };
}

function dateNumbers(folded: string, data: StructureData): [number, number, number] | undefined {
  const [d, m, y] = [data.dateWords.day, data.dateWords.month, data.dateWords.year].map(dateWordPattern);
  const re = new RegExp(`${d}\\s+(\\d{1,2})\\s+${m}\\s+(\\d{1,2})\\s+${y}\\s+(\\d{4})`);
  const match = re.exec(folded);
  if (match) return [Number(match[1]), Number(match[2]), Number(match[3])];
  // "ngày 14-10-2011" and "ngày 14/10/2011"
  const short = new RegExp(`${d}\\s+(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{4})`).exec(folded);
  return short ? [Number(short[1]), Number(short[2]), Number(short[3])] : undefined;
}

/**
 * A date word as a pattern over folded text whose vowels may be anything OCR made of them
 * ("ngdy" for ngày, "thing" for tháng, "ném" or "naém" for năm: a vowel may come out as two letters).
 */
function dateWordPattern(word: string): string {
  return foldText(word).replace(/[aeiouy]/g, '[^\\s\\d]{1,2}');
}

/** Place-and-date: the capitalised words before ", ngày <d> tháng <m> năm <y>" (blanks allowed). */
function findPlaceDate(text: string, data: StructureData): { start: number; end: number } | undefined {
  const folded = foldText(text);
  const [d, m, y] = [data.dateWords.day, data.dateWords.month, data.dateWords.year].map(dateWordPattern);
  const re = new RegExp(`,?\\s*${d}\\b[\\s.…]*\\d{0,2}[\\s.…]*${m}\\b[\\s.…]*\\d{0,2}[\\s.…]*${y}\\b\\s*\\d{0,4}`);
  const match = re.exec(folded);
  if (!match) return undefined;
  // Walk back over the place: capitalised words (Kiên Giang, TP. Hồ Chí Minh, Hà Nội).
  const words = text.slice(0, match.index).split(/(\s+)/);
  let start = match.index;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (w === '' || /^\s+$/.test(w)) {
      start -= w.length;
      continue;
    }
    // A place may end in a number ("Phường 5", "Quận 1").
    if ((!/^\p{Lu}/u.test(w) && !(/^\d{1,2}$/.test(w) && start === match.index)) || /[;:]$/.test(w)) break;
    // An issuer in capitals flattened onto the same line is not part of the place ("TP." is).
    if (isCaps(w) && !/^\p{Lu}{1,3}\.$/u.test(w) && start < match.index && !isCaps(text.slice(start, match.index))) break;
    start -= w.length;
  }
  while (/\s/.test(text[start] ?? '')) start++;
  return { start, end: match.index + match[0].length };
}

/** "Số: 186/BC-UBND", "Số 58-BC/TU": the word, then a code holding a digit and a slash or dash. */
/**
 * The label of a header number that OCR and restoration misread beyond the listed forms (S4 restored
 * to Sá, Sổ, Sô): a capital S or $ and at most one more letter or digit, then the number.
 */
const NUMBER_LABEL_GARBLE = /(?<![\p{L}\p{N}])[S$][\p{L}\p{N}]?(?=\s*:?\s*\d)/u;

function findNumber(text: string, data: StructureData): { start: number; end: number } | undefined {
  let found = findPhrase(text, data.numberWords);
  if (!found) {
    const garble = NUMBER_LABEL_GARBLE.exec(text);
    if (garble) found = { start: garble.index, end: garble.index + garble[0].length };
  }
  // "Số" of the header is capitalised; "số 12/KH-UBND" inside a sentence is a citation.
  if (!found || !/[\p{Lu}$]/u.test(text[found.start])) return undefined;
  // Spaces around the slash survive in typed numbers ("Số: 88 /KH-UBND"); an unfilled number is dots.
  const after = /^\s*:?\s*([\p{L}\d]*\d[\p{L}\d]*(?:\s?[-/.]\s?[\p{L}\d]+)+|[.…\s]*\/[\p{L}\d/-]+)/u.exec(text.slice(found.end));
  if (!after) return undefined;
  return { start: found.start, end: found.end + after[0].length };
}

function findSubject(text: string, data: StructureData): { start: number; end: number } | undefined {
  const found = findPhrase(text, data.subjectPrefixes);
  return found ? { start: found.start, end: text.length } : undefined;
}

function numberValue(piece: string, data: StructureData): string {
  const word = startsWithPhrase(piece, data.numberWords);
  return piece.slice(word).replace(/^\s*:?\s*/, '').trim();
}

function carve(
  pieces: HeaderPiece[],
  find: (text: string) => { start: number; end: number } | undefined,
  kind: HeaderPieceKind,
): HeaderPiece[] {
  const out: HeaderPiece[] = [];
  for (const piece of pieces) {
    if (piece.kind !== 'other') {
      out.push(piece);
      continue;
    }
    let rest = piece.text;
    for (;;) {
      const hit = find(rest);
      if (!hit) break;
      const before = rest.slice(0, hit.start).trim();
      if (before) out.push({ kind: 'other', text: before });
      out.push({ kind, text: rest.slice(hit.start, hit.end).trim() });
      rest = rest.slice(hit.end).trim();
      if (kind === 'subject') break;
    }
    if (rest) out.push({ kind: 'other', text: rest });
  }
  return out;
}

/** Mostly capitals: an issuing body's name. */
export function isCaps(text: string): boolean {
  // Called on every paragraph: one pass without regular expressions, ending once too many small
  // letters were seen for the share to be reached (letters never outnumber characters).
  let letters = 0;
  let upper = 0;
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) upper++;
      else if (!(code >= 0x61 && code <= 0x7a)) continue;
      letters++;
    } else if (/\p{L}/u.test(c)) {
      letters++;
      if (c !== c.toLowerCase()) upper++;
    } else continue;
    if ((letters - upper) > 0.2 * text.length) return false;
  }
  return letters >= 2 && upper / letters >= 0.8;
}
