import type { Marker } from './types.js';
import type { StructureData } from './structure-data.js';
import { foldText } from './fold.js';
import { startsWithPhrase } from './structure-data.js';

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
  return readWordMarker(text, data) ?? readNumberMarker(text) ?? readBullet(text, data);
}

function readWordMarker(text: string, data: StructureData): Marker | undefined {
  const folded = foldText(text);
  for (const kind of ['part', 'chapter', 'section', 'article'] as const) {
    const word = foldText(data.markerWords[kind]);
    // OCR may misread the capital Đ of Điều as p, b or O ("piéu 1." for Điều 1.); a garbled capital of
    // another word would make a new word ("Phuong 5" is a ward, not Chương 5).
    const firstGarbled = kind === 'article' && folded.slice(1).startsWith(word.slice(1) + ' ') && /^[pbBOÐ]/u.test(text);
    if (!folded.startsWith(word + ' ') && !firstGarbled) continue;
    const rest = text.slice(word.length + 1);
    const ordinal = startsWithPhrase(rest, data.ordinals);
    if (ordinal > 0 && kind !== 'article') {
      const value = data.ordinals.findIndex((o) => foldText(o) === foldText(rest.slice(0, ordinal))) + 1;
      const labelEnd = word.length + 1 + ordinal + (/^\s*[.:]/.test(rest.slice(ordinal)) ? rest.slice(ordinal).indexOf(rest.slice(ordinal).trimStart()[0]) + 1 : 0);
      return { kind, key: kind, label: text.slice(0, labelEnd).trim(), value, restStart: skipSpaces(text, labelEnd) };
    }
    // OCR reads the 1 of "Điều 1." as | or l.
    const m = /^([0-9]{1,3}|[IVXLC]{1,6}|[|l](?=\s*[.:]|\s*$))(\s*[.:]|\s*[-–]\s|\s*$|\s+(?=\p{Lu}{2}))/u.exec(rest);
    if (!m) continue;
    const value = /^\d/.test(m[1]) ? Number(m[1]) : /^[|l]$/.test(m[1]) ? 1 : romanValue(m[1]);
    if (value === undefined) continue;
    // An article needs its dot or colon: "Điều 5 Luật ..." inside a sentence is a citation.
    if (kind === 'article' && !/[.:]/.test(m[2])) continue;
    const labelEnd = word.length + 1 + m[1].length + m[2].replace(/\s+$/, '').length;
    const label = text.slice(0, labelEnd).trim();
    return { kind, key: kind, label, value, restStart: skipSpaces(text, labelEnd) };
  }
  return undefined;
}

function readNumberMarker(text: string): Marker | undefined {
  let m = /^([IVXLCl]{1,6})\s?([.\-–)])(?=\s*\S)/.exec(text);
  if (m) {
    // OCR reads the I of a Roman numeral as a lower-case l ("Il.", "Ill."); a lone "l." is a letter.
    const value = m[1] === 'l' ? undefined : romanValue(m[1].replace(/l/g, 'I'));
    // A single C or L is more likely a lettered item than a Roman numeral.
    if (value !== undefined && !/^[CL]$/.test(m[1]) && (m[2] !== '-' || /^-\s/.test(text.slice(m[1].length)) || /^[-–]\s*\p{Lu}/u.test(text.slice(m[1].length)))) {
      return make('roman', 'roman', text, m[0].length, value);
    }
  }
  // "I." whose dot OCR lost and whose I it read as L or l: only before a line in capitals.
  m = /^[LlI]\s+(?=\p{Lu}{2,})/u.exec(text);
  if (m && isCapsLine(text)) return make('roman', 'roman', text, m[0].length, 1);
  m = /^([A-HK-UY])\.(?=\s+\S)/.exec(text);
  if (m) return make('upperLetter', 'upperLetter', text, m[0].length, m[1].charCodeAt(0) - 64);
  m = /^\((\d{1,2})\)(?=\s+\S)/.exec(text);
  if (m) return make('parenArabic', 'parenArabic', text, m[0].length, Number(m[1]));
  m = /^(\d{1,2})\)(?=\s*\S)/.exec(text);
  if (m) return make('arabicParen', 'arabicParen', text, m[0].length, Number(m[1]));
  // OCR reads the dot of "2." as a comma; only before a capital, so "1, 2 và 3" stays text.
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
