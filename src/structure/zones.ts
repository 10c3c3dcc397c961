import type { LineFeatures, Zone } from './types.js';
import type { StructureData } from './structure-data.js';
import { startsWithPhrase, startsWithPhraseFuzzy } from './structure-data.js';
import { isCaps, isDecorationLine, isHeaderSpeck, isSpeckRow, isSpeckScraps, readHeaderLine } from './header-fields.js';
import { foldText } from './fold.js';
import { distance } from 'fastest-levenshtein';
import { gapCells } from './tables.js';
import { isPersonName } from './closing.js';

type State = 'header' | 'subject' | 'body' | 'table' | 'closing';

/** A subject longer than this many lines is running text, not a title. */
const MAX_SUBJECT_LINES = 5;

/**
 * Assign each line to a zone of the administrative document by a small state machine:
 * header (issuer, motto, number, place and date) → title and subject → body (with tables) →
 * closing (recipients, signature) → body again for appendices.
 * @param features line features
 * @param removed line numbers removed as page debris
 * @param data structure phrase lists
 * @param start where the lines begin: at the document's head, or inside its body or closing (a later window of a huge input)
 * @returns the zone of every line
 */
export function assignZones(features: LineFeatures[], removed: Set<number>, data: StructureData, start: 'header' | 'body' | 'closing' = 'header'): Zone[] {
  const zones: Zone[] = [];
  let state: State = start;
  let subjectLines = 0;
  let blankSinceTitle = 0;
  let previous: LineFeatures | undefined;
  let afterSubject = false;
  // The header's place and date are read: the title comes next.
  let dated = false;
  // The closing block holds the signer's name: what follows it may be no part of the signature.
  let signed = false;
  // Lines in capitals under the signer's name: the header of the document the signed one issues.
  let issued = false;
  // The body after a signed closing block: notes, or the document the signed one issues.
  let afterSignature = false;
  for (const f of features) {
    if (removed.has(f.line)) {
      zones.push('removed');
      continue;
    }
    if (f.blank) {
      zones.push('blank');
      if (state === 'subject') blankSinceTitle++;
      // OCR may put a blank line between the cells of a flattened table: it goes on while the next
      // line is another short cell.
      if (state === 'table' && !nextIsCell(features, f.line, removed)) state = 'body';
      continue;
    }
    let zone: Zone | undefined;
    while (zone === undefined) {
      switch (state) {
        case 'header':
          if ((isTitleLine(f, data, dated) || (dated && garbledTitle(features, f, data))) && !issuerLikeTitle(features, f.line, data)) {
            zone = 'title';
            state = 'subject';
            subjectLines = 0;
            blankSinceTitle = 0;
          } else if (opensBody(f, data)) state = 'body';
          else if (afterSubject && f.startsLower) zone = 'header';
          // The star OCR read as a speck ("Ba") between header lines.
          else if ((isHeaderSpeck(f.text) || isSpeckScraps(f.text)) && nextIsHeaderLine(features, f.line, data)) zone = 'header';
          // So is a row of specks between the header's date and the title ("A x").
          // (Or a lone letter there, "A".)
          else if (dated && (isSpeckRow(f.text) || /^\S$/u.test(f.text.trim())) && nextIsTitleLine(features, f.line, data)) zone = 'header';
          // An issuer's line OCR read in mixed case ("TinH Uy PHU LINH"): every word capitalised, above a
          // line of the header.
          else if (isHeaderLine(f, data) || (isCapitalisedWords(f.text) && nextIsHeaderLine(features, f.line, data))) {
            zone = 'header';
            const pieces = readHeaderLine(f.text, data);
            afterSubject = pieces.some((p) => p.kind === 'subject');
            if (pieces.some((p) => p.kind === 'placeDate')) dated = true;
          }
          else state = 'body';
          break;
        case 'subject':
          // A subject wrapped with a blank line between its lines goes on in lower case or in brackets.
          if (blankSinceTitle > 0 && subjectLines > 0 && subjectLines < MAX_SUBJECT_LINES && previous && !previous.endsWithStop && (f.startsLower || f.text.startsWith('('))) {
            zone = 'title';
            subjectLines++;
            blankSinceTitle = 0;
            break;
          }
          if (
            (blankSinceTitle > 0 && subjectLines > 0) ||
            blankSinceTitle > 1 ||
            subjectLines >= MAX_SUBJECT_LINES ||
            f.marker !== undefined ||
            // "Thực hiện công tác ... năm 2024" can be a plan's subject: a body opener ends the title
            // only when it reads as running text (a full line, or a finished clause).
            (opensBody(f, data) && (subjectLines > 0 || f.endsWithStop || f.lengthRatio >= 0.85)) ||
            (previous !== undefined && subjectLines > 0 && isCaps(f.text) !== isCaps(previous.text))
          ) {
            state = 'body';
          } else {
            zone = 'title';
            subjectLines++;
            blankSinceTitle = 0;
          }
          break;
        case 'body':
        case 'table':
          // The document the signed one issues, after its own header lines in capitals, begins with
          // its title ("ỦY BAN NHÂN DÂN", "CỘNG HÒA ...", "QUY ĐỊNH").
          // So does one after the notes under the signature, with no header of its own.
          if ((issued || afterSignature) && isTitleLine(f, data) && f.lengthRatio < 0.6) {
            afterSignature = false;
            zone = 'title';
            state = 'subject';
            subjectLines = 0;
            blankSinceTitle = 0;
            issued = false;
            break;
          }
          if (issued && !isCaps(f.text) && !readHeaderLine(f.text, data).some((p) => p.kind === 'motto')) issued = false;
          if (opensClosing(f, data)) {
            state = 'closing';
            signed = false;
          }
          else if (isTableStart(f, features, data)) {
            state = 'table';
            zone = 'table';
          } else if (state === 'table' && !isCellLine(f)) state = 'body';
          else zone = state;
          break;
        case 'closing':
          if (startsWithPhrase(f.text, data.appendixWords) > 0 && isCaps(f.text)) state = 'body';
          else if (isTitleLine(f, data) && f.lengthRatio < 0.6 && !startsWithPhrase(f.text, data.signaturePrefixes)) {
            // The document the signed one issues ("QUY CHẾ" under a decision) begins with its title.
            zone = 'title';
            state = 'subject';
            subjectLines = 0;
            blankSinceTitle = 0;
          } else if (signed && endsSignature(f, data)) {
            state = 'body';
            issued = isCaps(f.text);
            afterSignature = true;
          } else {
            zone = 'closing';
            if (isPersonName(f.text)) signed = true;
          }
          break;
      }
    }
    zones.push(zone);
    previous = f;
  }
  return zones;
}

/** Words of running text: a line under the signer's name with this many is no signature line. */
const SENTENCE_WORDS = 5;

/**
 * A line under the signer's name that goes on with no signature: running text (a note whose mark OCR
 * lost, "Dự thảo đã được lấy ý kiến ..."), or a line in capitals that neither starts another signature
 * nor names a signer's title (the header of the document the signed one issues, "ỦY BAN NHÂN DÂN").
 * Recipients that the flattened columns set after the name start with their bullet.
 */
function endsSignature(f: LineFeatures, data: StructureData): boolean {
  // (A line that starts with a sign or a number may be a note, "© Luật số ...", "(3) Việc ...": the
  // footnote stage reads those in the closing block.)
  if (!/^\p{L}/u.test(f.text) || isPersonName(f.text) || isDecorationLine(f.text, data)) return false;
  if (isCaps(f.text)) return startsWithPhrase(f.text, data.signaturePrefixes) === 0 && startsWithPhraseFuzzy(f.text, data.signerTitles) === 0;
  return f.text.split(/\s+/).length >= SENTENCE_WORDS;
}

/**
 * A title line: a document type in capitals, alone or followed by its subject.
 * @param underHeader the line comes right after the header's place and date, where the title stands
 * @returns true for "BÁO CÁO", "QUYẾT ĐỊNH VỀ VIỆC ..."
 */
export function isTitleLine(f: LineFeatures, data: StructureData, underHeader = false): boolean {
  // (Right under the header's date, where the title stands, a type read two edits off is still one:
  // "BẢO GAG" for BÁO CÁO.)
  const length = startsWithPhraseFuzzy(f.text, data.documentTypes, underHeader ? 3 : 6);
  if (length === 0) return false;
  // (There, OCR may have read the type's second word in small letters: "BAO ko ." for BÁO CÁO.)
  const first = /^\S+/.exec(f.text)![0];
  if (!isCaps(f.text.slice(0, length)) && !(underHeader && first.length >= 2 && first.length < length && isCaps(first))) return false;
  // A body's name read right beats a document type read one edit off ("HOI DONG NHAN DAN" is the
  // council, not HỢP ĐỒNG).
  if (startsWithPhrase(f.text, data.documentTypes) === 0 && startsWithPhrase(f.text, data.authorityStarts) > 0) return false;
  // "QUYẾT ĐỊNH:" opens a decision's articles; right under the header, a colon after OCR's scraps
  // ends a title ("BẢO GAG tế :" for BÁO CÁO).
  if (/:$/.test(f.text) && !(underHeader && !/^\s*:$/.test(f.text.slice(length)))) return false;
  return readHeaderLine(f.text, data).every((p) => p.kind !== 'motto' && p.kind !== 'number' && p.kind !== 'placeDate');
}

/**
 * Line `line` (1-based) reads one edit off a document type, above a line of the header or above
 * another such line (the issuer's two lines): "HỘI ĐỒNG BỒI THƯỜNG ..." over the motto is a council,
 * not HỢP ĐỒNG.
 */
function issuerLikeTitle(features: LineFeatures[], line: number, data: StructureData, depth = 2): boolean {
  if (startsWithPhrase(features[line - 1].text, data.documentTypes) > 0) return false;
  const next = nextTextLine(features, line);
  // (Not above a subject, "Về việc ...", which a title has under it.)
  if (nextIsHeaderLine(features, line, data)) return !readHeaderLine(next!.text, data).some((p) => p.kind === 'subject');
  return depth > 1 && next !== undefined && isTitleLine(next, data) && issuerLikeTitle(features, next.line, data, depth - 1);
}

/**
 * Right under the header's date, one to three words in capitals above a subject in small letters are
 * the title, its type garbled past reading ("NGHIQ" for NGHỊ QUYẾT, then "về phát triển ...").
 */
function garbledTitle(features: LineFeatures[], f: LineFeatures, data: StructureData): boolean {
  if (!/^\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}$/u.test(f.text.trim()) || namesHeaderField(f.text, data)) return false;
  const next = nextTextLine(features, f.line);
  return next !== undefined && next.startsLower && !isHeaderLine(next, data);
}

/** The next line with text after line `line` (1-based) is a title line (right under the header's date). */
function nextIsTitleLine(features: LineFeatures[], line: number, data: StructureData): boolean {
  const next = nextTextLine(features, line);
  return next !== undefined && (isTitleLine(next, data, true) || garbledTitle(features, next, data));
}

/** The next line with text after line `line` (1-based) is a header line. */
function nextIsHeaderLine(features: LineFeatures[], line: number, data: StructureData): boolean {
  const next = nextTextLine(features, line);
  return next !== undefined && isHeaderLine(next, data) && !isTitleLine(next, data);
}

/** The first line with text after line `line` (1-based). */
function nextTextLine(features: LineFeatures[], line: number): LineFeatures | undefined {
  return features.slice(line).find((g) => !g.blank);
}

/** The line holds a header field other than the issuer: the motto, the number, the place and date, a subject. */
function namesHeaderField(text: string, data: StructureData): boolean {
  return readHeaderLine(text, data).some((p) => p.kind !== 'issuer' && p.kind !== 'other');
}

function isHeaderLine(f: LineFeatures, data: StructureData): boolean {
  if (isDecorationLine(f.text, data)) return true;
  if (namesHeaderField(f.text, data)) return true;
  // (A speck the scan left before it is read as a dash: "_ TỈNH QUẢNG ĐIỀN".)
  const speck = f.marker?.kind === 'bullet' && /^[_~]$/.test(f.marker.label);
  return (f.marker === undefined || speck) && isCaps(speck ? f.text.slice(f.marker!.restStart) : f.text) && !opensClosing(f, data);
}

/** A short line of two to eight words, each starting with a capital, and no stop. */
function isCapitalisedWords(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 8 && words.every((w) => /^\p{Lu}/u.test(w)) && !/[.;:,]$/.test(text.trim());
}

/** A sentence-case line beginning with a body opener ("Căn cứ", "Thực hiện", "Kính gửi"). */
function opensBody(f: LineFeatures, data: StructureData): boolean {
  // (After a speck the scan left before it too: ", Thực hiện chế độ báo cáo ...".)
  const text = f.text.replace(/^[,.;:'‘’_~]{1,2}\s+/u, '');
  return /^\p{Lu}\p{Ll}/u.test(text) && (startsWithPhrase(text, data.bodyOpeners) > 0 || isAddressee(text, data));
}

/**
 * The addressee label of a letter or submission, which OCR garbles more than one edit in six allows
 * ("Kinh giti:" for Kính gửi:): a label of as many words as the phrase, then a colon, within two edits.
 */
function isAddressee(text: string, data: StructureData): boolean {
  if (startsWithPhraseFuzzy(text, data.addresseePrefixes) > 0 && /^\S+\s+\S+\s*:/u.test(text)) return true;
  const folded = foldText(text);
  return data.addresseePrefixes.some((phrase) => {
    const p = foldText(phrase);
    const words = p.split(/\s+/).length;
    const label = new RegExp(`^(\\S+(?:\\s+\\S+){${words - 1}})\\s*:`).exec(folded)?.[1];
    return label !== undefined && distance(label, p) <= Math.max(1, Math.floor(p.length / 4));
  });
}

function opensClosing(f: LineFeatures, data: StructureData): boolean {
  if (startsWithPhraseFuzzy(f.text, data.recipientsLabels) > 0 && /^\S+\s+\S+\s*:/u.test(f.text)) return true;
  if (startsWithPhrase(f.text, data.recipientsLabels) > 0) return true;
  const prefix = startsWithPhrase(f.text, data.signaturePrefixes);
  return prefix > 0 && isCaps(f.text.slice(prefix));
}

/** The next non-blank line after `line` reads like a table cell or row. */
function nextIsCell(features: LineFeatures[], line: number, removed: Set<number>): boolean {
  for (let i = line; i < features.length; i++) {
    const f = features[i];
    if (f.blank || removed.has(f.line)) continue;
    return isCellLine(f);
  }
  return false;
}

/** Longest line, in characters, that reads as one table cell in a table flattened one cell per line. */
const MAX_CELL_LENGTH = 60;

/**
 * A line of a flattened table: a row whose cells OCR kept apart, or one short cell (no numbering of
 * a heading, no finished sentence).
 */
function isCellLine(f: LineFeatures): boolean {
  // A row that OCR ran together with single spaces still starts with its bare number.
  if (gapCells(f.text).length >= 2 || /^\d{1,3}\s/.test(f.text)) return true;
  const short = f.lengthRatio < 0.6 || f.text.length <= MAX_CELL_LENGTH;
  // A bare row number is a cell; "2. Kinh phí" after the table is a heading.
  const rowNumber = /^\d{1,3}[.)]?$/.test(f.text);
  return short && (f.marker === undefined || f.marker.kind === 'bullet' || rowNumber) && !f.endsWithStop;
}

/**
 * The first line of a flattened table: its first cell is a header starter ("STT"), alone on the line,
 * before other cells kept apart by spaces or rules, or before header words in capitals with rows
 * numbered from 1 under them (a row that OCR ran together with single spaces).
 */
function isTableStart(f: LineFeatures, features: LineFeatures[], data: StructureData): boolean {
  const starts = (text: string): boolean => data.tableHeaderStarters.some((s) => foldText(s) === foldText(text).replace(/[.:]$/, ''));
  if (starts(f.text)) return true;
  const cells = gapCells(f.text);
  if (cells.length >= 3 && starts(cells[0])) return true;
  const words = f.text.split(/\s+/);
  if (!starts(words[0]) || f.endsWithStop) return false;
  if (words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 >= words.length) return features.slice(f.line, f.line + 4).some((n) => /^1[.)]?\s/.test(n.text));
  // (Header cells of several words, "TT Tên gói thầu Giá gói thầu (đồng) ...": rows 1 and 2 under it.)
  const rows = features.slice(f.line, f.line + 6).filter((n) => !n.blank);
  return /^1[.)]?\s+\p{Lu}/u.test(rows[0]?.text ?? '') && /^2[.)]?\s+\p{Lu}/u.test(rows[1]?.text ?? '');
}
