import type { SpellingTable } from './legacy-tables.js';

/**
 * Turn VNI-Windows text (its bytes read through Windows-1252) into Vietnamese letters, longest spelling first.
 * @param text the Windows-1252 reading of the bytes
 * @param table the VNI table
 * @returns the text with every VNI spelling replaced by its letter
 * @example fromVni('Vieät Nam', tables.vni) // 'Việt Nam'
 */
export function fromVni(text: string, table: SpellingTable): string {
  let out = '';
  let i = 0;
  outer: while (i < text.length) {
    for (let length = Math.min(table.maxLength, text.length - i); length > 0; length--) {
      const letter = table.decode.get(text.slice(i, i + length));
      if (letter !== undefined) {
        out += letter;
        i += length;
        continue outer;
      }
    }
    out += text[i++];
  }
  return out;
}

/** Tone characters of VIQR that are also sentence punctuation. */
const AMBIGUOUS_TONES = new Set(['.', '?']);
const LETTER = /\p{L}/u;

/**
 * Turn VIQR (RFC 1456) text into Vietnamese letters. `dd` becomes đ only at the start of a word; a `.`
 * or `?` after a vowel is a tone unless it ends a sentence (see {@link continuesAfter}); `\` escapes the
 * next character.
 * @param text VIQR text
 * @param table the VIQR table
 * @returns the text with letters
 * @example fromViqr('Vie^.t Nam', tables.viqr) // 'Việt Nam'
 */
export function fromViqr(text: string, table: SpellingTable): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length && !LETTER.test(text[i + 1])) {
      out += text[i + 1];
      i += 2;
      continue;
    }
    const atWordStart = i === 0 || !LETTER.test(text[i - 1]);
    let matched = false;
    for (let length = Math.min(table.maxLength, text.length - i); length > 1; length--) {
      const spelling = text.slice(i, i + length);
      const letter = table.decode.get(spelling);
      if (letter === undefined) continue;
      if ((letter === 'đ' || letter === 'Đ') && !atWordStart) continue;
      const last = spelling[spelling.length - 1];
      if (AMBIGUOUS_TONES.has(last) && !continuesAfter(text, i + length) && !inUpperCaseWord(text, i, spelling)) {
        // Take the letter without its tone when the shorter spelling exists (a^. at a sentence end → â.).
        continue;
      }
      out += letter;
      i += length;
      matched = true;
      break;
    }
    if (!matched) out += text[i++];
  }
  return out;
}

/**
 * True when a `.` or `?` ending at `end` is followed by more of its sentence: more of the line, or a next
 * line that starts in lower case. RFC 1456 reads such a mark after a vowel as a tone and asks writers to
 * escape punctuation (`\.`); real files rarely do, so a mark that ends a sentence is taken as punctuation.
 */
function continuesAfter(text: string, end: number): boolean {
  let i = end;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (i >= text.length) return false;
  if (text[i] !== '\n' && text[i] !== '\r') return true;
  i += text.startsWith('\r\n', i) ? 2 : 1;
  while (text[i] === ' ' || text[i] === '\t') i++;
  const next = text[i];
  return next !== undefined && LETTER.test(next) && next !== next.toUpperCase();
}

/** True when the spelling at `start` ends an upper-case word of two letters or more (a heading: no full stop). */
function inUpperCaseWord(text: string, start: number, spelling: string): boolean {
  const before = text[start - 1];
  const upper = (ch: string) => LETTER.test(ch) && ch === ch.toUpperCase() && ch !== ch.toLowerCase();
  return before !== undefined && upper(before) && upper(spelling[0]);
}

/**
 * Spell NFC text with a character-level table (VNI or VIQR); letters without a spelling are kept.
 * @param text NFC text
 * @param table the target table
 * @returns the legacy spelling
 */
export function respell(text: string, table: SpellingTable): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += table.encode.get(ch) ?? ch;
  return out;
}
