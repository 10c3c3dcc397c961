import type { Marker } from './types.js';
import type { StructureData } from './structure-data.js';
import { foldText } from './fold.js';
import { startsWithPhrase } from './structure-data.js';
import { distance } from 'fastest-levenshtein';
import { isValidSyllable } from '../syllable/parse-syllable.js';

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/**
 * Value of a Roman numeral written with I, V, X, L, C.
 * @returns the value, or undefined when `text` is not a well-formed numeral
 */
export function romanValue(text: string): number | undefined {
  // Well-formed numerals below 90 only: OCR noise such as "IIX" is not a numbering.
  if (!/^(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(text) || text === '') return undefined;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN_VALUES[text[i]];
    const next = ROMAN_VALUES[text[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 90 ? total : undefined;
}

/** Vietnamese letter items: a) b) c) d) đ) e) g) h) i) k) ... (no f, j, w, z). */
const LETTER_ORDER = 'abcdđeghiklmnopqrstuvxy';

/**
 * Read the numbering or bullet at the start of a line's text.
 * @param text the line without surrounding spaces
 * @param data structure phrase lists (marker words, bullets)
 * @returns the marker, or undefined when the line starts with none
 * @example readMarker('1.1. Mục tiêu', data) // { kind: 'arabic', key: 'arabic2', label: '1.1.', value: 1, ... }
 */
export function readMarker(text: string, data: StructureData): Marker | undefined {
  const marker = readWordMarker(text, data) ?? readNumberMarker(text);
  if (marker) return marker;
  // A speck the scan left before the numbering ("_ 2. Kỷ niệm"): read the numbering after it. (Before
  // a word, "_" is a dash OCR misread: a bullet.)
  // (Or before a marker word as written: "_ Phần thứ nhất.", ". Điều 1.")
  const speck = /^(?:[_~]+\s*|[.,]\s+)(?=[\dIVX]|\p{Lu}\p{Ll})/u.exec(text);
  const rest = speck ? text.slice(speck[0].length) : '';
  const wordAhead = Object.values(data.markerWords).some((word) => foldText(rest).startsWith(`${foldText(word)} `));
  const after = speck ? (/^[\dIVX]/.test(rest) ? readNumberMarker(rest) : wordAhead ? readWordMarker(rest, data) : undefined) : undefined;
  return after ? { ...after, label: after.label, restStart: after.restStart + speck![0].length } : readBullet(text, data);
}

function readWordMarker(text: string, data: StructureData): Marker | undefined {
  const folded = foldText(text);
  for (const kind of ['part', 'chapter', 'section', 'article'] as const) {
    let word = foldText(data.markerWords[kind]);
    // OCR may misread the capital Đ of Điều as p, P, b or O ("piéu 1.", "Piéu 1." for Điều 1.); a garbled capital of
    // another word would make a new word ("Phuong 5" is a ward, not Chương 5).
    const firstGarbled = kind === 'article' && folded.slice(1).startsWith(word.slice(1) + ' ') && /^[pPbBOÐ]/u.test(text);
    // Phần, Chương and Mục start with their capital: "mục thuốc sử dụng ..." at a line's start is a
    // sentence the margin wrapped, not Mục thứ sáu. (An article needs its number and dot, and the
    // repair may set its word in lower case: "điều 1." from "piéu 1.".)
    if (/^\p{Ll}/u.test(text) && kind !== 'article') continue;
    if (!folded.startsWith(word + ' ') && !firstGarbled) {
      // A word OCR garbled ("Chung III" for Chương III) counts only on a line of its own.
      const garbled = kind === 'article' ? garbledArticleWord(text, word) : garbledMarkerWord(text, word, data);
      if (garbled === undefined) continue;
      word = garbled;
    }
    const rest = text.slice(word.length + 1);
    // (Only after the marker word as written, marks and all, may the number word be garbled.)
    const asWritten = text.slice(0, data.markerWords[kind].length + 1).toLowerCase() === `${data.markerWords[kind].toLowerCase()} `;
    const ordinalAt = readOrdinal(rest, data, asWritten);
    if (ordinalAt && kind !== 'article') {
      const { value, length: ordinal } = ordinalAt;
      // (A speck OCR read after it, alone at the line's end, goes with it: "Phan tha tu A" for Phần thứ tư.)
      const speckAfter = /^\s+[^\s\d]$/u.test(rest.slice(ordinal));
      const labelEnd = word.length + 1 + ordinal + (/^\s*[.:]/.test(rest.slice(ordinal)) || speckAfter ? rest.slice(ordinal).indexOf(rest.slice(ordinal).trimStart()[0]) + 1 : 0);
      return { kind, key: kind, label: text.slice(0, labelEnd).trim(), value, restStart: skipSpaces(text, labelEnd) };
    }
    // OCR reads the 1 of "Điều 1." as | or l, and the I of a Roman numeral as l ("Chương Ill").
    // (OCR may read an article's dot as a comma: "Diéu 4, Quyết định này có hiệu lực ...".)
    // (Specks a scan left after a Roman numeral alone on its line go with it: "Chuong IT . .", "Chuong II A".)
    const bare = kind === 'article' ? rest : rest.replace(/(?<=^[IVXLClT]{1,6})(?:\s+(?:[.,:;'‘’]|\p{Lu}(?=\s*$)))+\s*$/u, '');
    const m = /^([0-9]{1,3}|[IVXLClT]{1,6}|[|](?=\s*[.:]|\s*$))(\s*[.:]|\s*[-–]\s|\s*$|\s+(?=\p{Lu}{2})|,(?=\s+\p{Lu}\p{Ll}))/u.exec(bare);
    if (!m || (m[2] === ',' && (kind !== 'article' || !/^\d/.test(m[1])))) continue;
    // And an I after another as T ("Chuong IT" for Chương II), on a line of its own only.
    // (A stop OCR set apart after it changes nothing: "Chuong IT .")
    if (/T/.test(m[1]) && (!/^I/.test(m[1]) || !/^\s*[.:]?$/.test(m[2]) || bare.slice(m[0].length).trim() !== '' || kind === 'article')) continue;
    const value = /^\d/.test(m[1]) ? Number(m[1]) : /^[|l]$/.test(m[1]) ? 1 : romanValue(m[1].replace(/[lT]/g, 'I'));
    if (value === undefined) continue;
    // An article needs its dot or colon: "Điều 5 Luật ..." inside a sentence is a citation.
    if (kind === 'article' && !/[.:,]/.test(m[2])) continue;
    const labelEnd = bare !== rest ? text.length : word.length + 1 + m[1].length + m[2].replace(/\s+$/, '').length;
    const label = text.slice(0, labelEnd).trim();
    return { kind, key: kind, label, value, restStart: skipSpaces(text, labelEnd) };
  }
  return undefined;
}

/**
 * The ordinal after Phần or Chương ("thứ nhất", "THỨ HAI"), with OCR's damage to "thứ" ("thi? nhat",
 * "thit hai"): its "thứ" within two edits, the number word read right (or nearly, see below).
 * @param asWritten the marker word before it is written right, marks and all
 */
function readOrdinal(rest: string, data: StructureData, asWritten = false): { value: number; length: number } | undefined {
  const exact = startsWithPhrase(rest, data.ordinals);
  if (exact > 0) return { value: data.ordinals.findIndex((o) => foldText(o) === foldText(rest.slice(0, exact))) + 1, length: exact };
  const m = /^(\S{1,5})\s+(\S+(?:\s+\S+)?)/u.exec(rest);
  if (!m) return undefined;
  const first = foldText(m[1]).replace(/[^\p{L}]/gu, '');
  for (const [index, ordinal] of data.ordinals.entries()) {
    const [head, ...tail] = foldText(ordinal).split(/\s+/);
    if (tail.length === 0 || first === '' || distance(first, head) > 2 || first[0] !== head[0]) continue;
    // The number word, then a word edge: "thứ hai" must not read "thứ hai mươi". After the marker word
    // as written, OCR may have garbled a longer number word too ("Phần thể nhữ" for Phần thứ nhất):
    // one edit in three letters, two in four.
    const words = m[2].split(/\s+/).slice(0, tail.length);
    const read = foldText(words.join(' ')).replace(/[^\p{L}\s]+$/u, '');
    const wanted = tail.join(' ');
    if (read !== wanted && (!asWritten || tail.length > 1 || wanted.length < 3 || distance(read, wanted) > wanted.length - 2 || read[0] !== wanted[0])) continue;
    const length = m[1].length + (m[0].length - m[1].length - m[2].length) + words.join(' ').length;
    if (/[\p{L}\p{N}]/u.test(rest[length] ?? '')) continue;
    return { value: index + 1, length };
  }
  return undefined;
}

/**
 * A marker word that OCR garbled ("Chung III", "Chuong II" for Chương; "Phén thứ hai" for Phần), on a
 * line that holds nothing else than the word and its number or ordinal: within two edits (one for a
 * short word), same first letter. In running text such a word is another word ("chung", "phân").
 * @returns the folded word as written, or undefined
 */
function garbledMarkerWord(text: string, word: string, data: StructureData): string | undefined {
  const m = /^(\S+)\s+(.+)$/u.exec(text.trim());
  if (!m || m[1].length < 3) return undefined;
  const written = foldText(m[1]);
  if (!/^\p{L}+$/u.test(written) || written[0] !== word[0] || written === word) return undefined;
  if (distance(written, word) > (word.length <= 3 ? 1 : 2)) return undefined;
  const number = /^(?:[0-9]{1,2}|[IVXLCl|]{1,6})\s*[.:]?$/u.test(m[2]);
  const ordinal = readOrdinal(m[2], data);
  const ordinalAlone = ordinal !== undefined && /^\s*[.:]?\s*$/.test(m[2].slice(ordinal.length));
  return number || ordinalAlone ? written : undefined;
}

/**
 * "Điều" with a letter OCR lost or changed ("Diu 3:", "Dieu 3."), one edit off, then its number and
 * dot or colon and a capital: an article's text follows on its line, so no line-alone test here.
 * @returns the folded word as written, or undefined
 */
function garbledArticleWord(text: string, word: string): string | undefined {
  const m = /^(\p{Lu}\p{L}{2,4})\s+\d{1,3}\s*[.:]\s+\p{Lu}/u.exec(text);
  if (!m) return undefined;
  const written = foldText(m[1]);
  return written[0] === word[0] && written !== word && distance(written, word) <= 1 ? written : undefined;
}

function readNumberMarker(text: string): Marker | undefined {
  // A capital OCR read twice, the second small ("Vv.", "Cc." for V., C.), before a line in capitals.
  const doubled = /^(\p{Lu})(\p{Ll})(?=\.\s+\p{Lu}{2})/u.exec(text);
  if (doubled && doubled[2] === doubled[1].toLowerCase() && isCapsLine(text.slice(3))) {
    const single = readNumberMarker(doubled[1] + text.slice(2));
    if (single) return { ...single, label: text.slice(0, single.label.length + 1), restStart: single.restStart + 1 };
  }
  let m = /^([IVXLCl]{1,6}|I[vx])\s?([.\-–)])(?=\s*\S)/.exec(text);
  if (m) {
    // OCR reads the I of a Roman numeral as a lower-case l ("Il.", "Ill."); a lone "l." is a letter.
    // An L after an I is an I too ("IL." for II.: the numeral IL is not well formed), and a V or X read
    // small after an I is still one ("Iv-" for IV-).
    const value = m[1] === 'l' ? undefined : romanValue(m[1].replace(/l/g, 'I').toUpperCase()) ?? (/^I+L$/.test(m[1]) ? romanValue(m[1].replace(/L$/, 'I')) : undefined);
    // A single C or L is more likely a lettered item than a Roman numeral.
    if (value !== undefined && !/^[CL]$/.test(m[1]) && (m[2] !== '-' || /^-\s/.test(text.slice(m[1].length)) || /^[-–]\s*\p{Lu}/u.test(text.slice(m[1].length)))) {
      return make('roman', 'roman', text, m[0].length, value);
    }
  }
  // "I." whose dot OCR lost and whose I it read as L or l: only before a line in capitals.
  m = /^[LlI]\s+(?=\p{Lu}{2,})/u.exec(text);
  if (m && isCapsLine(text)) return make('roman', 'roman', text, m[0].length, 1);
  // Or its space too, glued to a first word that no syllable is but what follows the I is ("LSU CẦN
  // THIẾT" for I. SỰ CẦN THIẾT).
  m = /^[LlI](\p{Lu}+)(?=\s)/u.exec(text);
  if (m && isCapsLine(text) && !isValidSyllable(foldText(m[0]).toLowerCase()) && isValidSyllable(foldText(m[1]).toLowerCase())) return make('roman', 'roman', text, 1, 1);
  // A Roman numeral with an I read as the digit 1 ("l1l-" for III-, "I1." for II.), before capitals.
  m = /^([IVXl1]{2,5})\s?([.\-–])(?=\s*\p{Lu}{2})/u.exec(text);
  if (m && /1/.test(m[1]) && /[IVXl]/.test(m[1]) && isCapsLine(text.slice(m[0].length))) {
    const value = romanValue(m[1].replace(/[l1]/g, 'I'));
    if (value !== undefined) return make('roman', 'roman', text, m[0].length, value);
  }
  // A Roman numeral OCR read in lower case ("v. TỔ CHỨC THỰC HIỆN" after "IV."), before capitals: a
  // lettered item of running text does not go on in capitals.
  m = /^([ivx]{1,4})\.(?=\s+\p{Lu}{2})/u.exec(text);
  if (m && isCapsLine(text.slice(m[0].length))) {
    const value = romanValue(m[1].toUpperCase());
    if (value !== undefined) return make('roman', 'roman', text, m[0].length, value);
  }
  m = /^([A-HK-UY])\.(?=\s+\S)/.exec(text);
  if (m) return make('upperLetter', 'upperLetter', text, m[0].length, m[1].charCodeAt(0) - 64);
  // A capital letter OCR read in lower case ("c. TỔ CHỨC THỰC HIỆN" after "A.", "B."): a lettered item
  // of running text does not go on in capitals.
  m = /^([a-hk-uy])\.(?=\s+\S)/.exec(text);
  if (m && isCapsLine(text.slice(m[0].length))) return make('upperLetter', 'upperLetter', text, m[0].length, m[1].charCodeAt(0) - 96);
  m = /^\((\d{1,2})\)(?=\s+\S)/.exec(text);
  if (m) return make('parenArabic', 'parenArabic', text, m[0].length, Number(m[1]));
  m = /^(\d{1,2})\)(?=\s*\S)/.exec(text);
  if (m) return make('arabicParen', 'arabicParen', text, m[0].length, Number(m[1]));
  // OCR reads the dot of "2." as a comma; only before a capital, so "1, 2 và 3" stays text.
  // So is the last dot of "2.4." ("2.4, Kiểm tra").
  m = /^(\d{1,2}(?:\.\d{1,2}){1,3}),(?=\s+\p{Lu})/u.exec(text);
  if (m) {
    const parts = m[1].split('.');
    return make('arabic', `arabic${parts.length}`, text, m[0].length, Number(parts[parts.length - 1]));
  }
  m = /^([IVX]{1,4}|\d{1,2}),(?=\s+\p{Lu})/u.exec(text);
  if (m) {
    if (/^\d/.test(m[1])) return make('arabic', 'arabic1', text, m[0].length, Number(m[1]));
    const value = romanValue(m[1]);
    if (value !== undefined) return make('roman', 'roman', text, m[0].length, value);
  }
  // 1.  1.1.  1.1  (components after the first have at most two digits, so "2.500 người" is a number)
  // "1- Quy mô đầu tư": a number and a dash, in documents numbered "I-", "1-".
  m = /^(\d{1,2})\s?[-–](?=\s+\p{Lu})/u.exec(text);
  if (m) return make('arabic', 'arabic1', text, m[0].length, Number(m[1]));
  m = /^(\d{1,2}(?:\.\d{1,2}){0,3})(\.?)(?=\s+\S)/.exec(text);
  if (m) {
    const parts = m[1].split('.');
    if (parts.length === 1 && m[2] !== '.') return undefined;
    return make('arabic', `arabic${parts.length}`, text, m[0].length, Number(parts[parts.length - 1]));
  }
  m = /^([a-zđ])\s?([).])(?=\s+\S)/u.exec(text);
  if (m) return make('letter', 'letter', text, m[0].length, LETTER_ORDER.indexOf(m[1]) + 1);
  // "a- Về tổ chức", in documents numbered "I-", "1-": a letter and a dash, before a capital.
  m = /^([a-zđ])\s?-(?=\s+\p{Lu})/u.exec(text);
  if (m) return make('letter', 'letter', text, m[0].length, LETTER_ORDER.indexOf(m[1]) + 1);
  return undefined;
}

function readBullet(text: string, data: StructureData): Marker | undefined {
  for (const bullet of data.bullets) {
    if (!text.startsWith(bullet)) continue;
    const after = text.slice(bullet.length);
    // "-Như trên" is a bullet; "*" and "+" need a space; a bullet never stands alone.
    if (!/\S/.test(after)) return undefined;
    if (!/^\s/.test(after) && (bullet !== '-' && bullet !== '–' || !/^\p{L}/u.test(after))) return undefined;
    const canonical = data.bulletAliases[bullet] ?? bullet;
    return make('bullet', `bullet:${canonical}`, text, bullet.length, undefined);
  }
  return undefined;
}

function make(kind: Marker['kind'], key: string, text: string, length: number, value: number | undefined): Marker {
  return { kind, key, label: text.slice(0, length).trim(), value, restStart: skipSpaces(text, length) };
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at])) at++;
  return at;
}

/** At least nine in ten letters are capitals. */
function isCapsLine(text: string): boolean {
  const letters = [...text].filter((c) => /\p{L}/u.test(c));
  return letters.length >= 4 && letters.filter((c) => c !== c.toLowerCase()).length >= 0.9 * letters.length;
}
