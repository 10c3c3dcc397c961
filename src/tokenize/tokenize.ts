import type { Token, TokenKind } from '../document/types.js';
import { WORD_FINAL_INNER_SYMBOLS, classOf, widthAt, type CharClass } from './char-class.js';
import { compoundKind, runKind, segmentFacts, type SegmentFacts } from './compound-kind.js';
import { matchLink } from './match-link.js';

// Separators that may join runs into one number or code (04-CT/TW, 1.100, 4,7, 14:30).
const JOINERS = '-/.,:';
// Codes have at most a handful of parts (59/2020/NĐ-CP has 4); the cap bounds the work on long chains.
const MAX_SEGMENTS = 8;

const startsRun = (cls: CharClass): boolean => cls === 'letter' || cls === 'digit' || cls === 'edge';

/** Spaces that separate two columns flattened onto one line, not two words of a sentence. */
const COLUMN_GAP = /[ \u00a0]{3}|\t/;

/**
 * Split text into word, number, code, url, email, space, newline and punct tokens; their values joined give
 * the text back exactly, whatever it holds (lone surrogates, combining marks, \r\n).
 *
 * A word is a maximal run of letters, OCR-confusable digits and symbols that has a letter and is not part of
 * a number or code: "d6i", "M3t", "tf)ng", "b§", "¢ác" are one word each, because the repair stage needs
 * them whole. Symbols such as ) & @ $ belong to a word only after a letter and before a letter or digit, so
 * "(1)", "(z)", "tỉnh,", "1)Thủ" give punctuation around the word; & and @ may also end one (v& = về).
 * A run of digits alone is a number (601, 2021). Runs joined by - / . , : become one number or code when
 * {@link compoundKind} says so (04-CT/TW, 1.100, 06-7-2011); otherwise the separator is punctuation.
 * @param text normalised text
 * @returns tokens in order, with offsets in `text`
 * @example tokenize('Số 04-CT/TW').map((t) => t.kind) // ['word', 'space', 'code']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const push = (kind: TokenKind, start: number, end: number): void => {
    if (end > start) tokens.push({ kind, value: text.slice(start, end), offset: start });
  };
  const classAt = (i: number): CharClass => classOf(text.codePointAt(i) ?? 0);

  // The class of the code point that ends just before `i` (a surrogate pair counts as one).
  const classBefore = (i: number): CharClass => {
    const low = text.charCodeAt(i - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2 && widthAt(text, i - 2) === 2;
    return classAt(pair ? i - 2 : i - 1);
  };

  // A run: letters, digits, edge symbols and marks, with inner symbols only between them.
  const scanRun = (start: number): number => {
    let j = start;
    while (j < text.length) {
      const cls = classAt(j);
      if (startsRun(cls) || cls === 'mark') {
        j += widthAt(text, j);
        continue;
      }
      // An inner symbol follows a letter (tf)ng, D&i), not a digit, so that "1)Thủ tục" keeps its list marker.
      const before = classBefore(j);
      if (cls !== 'inner' || !(before === 'letter' || before === 'mark' || before === 'edge')) break;
      let k = j;
      while (k < text.length && classAt(k) === 'inner') k += widthAt(text, k);
      if (k < text.length && startsRun(classAt(k))) {
        j = k;
        continue;
      }
      // At the end of the run only a word-final symbol stays (v&, not a) or Hay!).
      if (k === j + 1 && WORD_FINAL_INNER_SYMBOLS.includes(text[j])) j = k;
      break;
    }
    return j;
  };

  // One run on its own: a number, a word, or (without a letter) digits and symbols split apart.
  const pushRun = (start: number, end: number): void => {
    const kind = runKind(text.slice(start, end));
    if (kind) return push(kind, start, end);
    for (let j = start; j < end; ) {
      let k = j + widthAt(text, j);
      if (classAt(j) === 'digit') while (k < end && classAt(k) === 'digit') k += widthAt(text, k);
      push(classAt(j) === 'digit' ? 'number' : 'punct', j, k);
      j = k;
    }
  };

  // Facts of each run by its start, so that a run looked at again from a later start is not re-examined.
  const factsByStart = new Map<number, SegmentFacts>();
  const factsAt = (start: number, end: number): SegmentFacts => {
    let facts = factsByStart.get(start);
    if (!facts) factsByStart.set(start, (facts = segmentFacts(text.slice(start, end))));
    return facts;
  };

  // Runs joined by separators: the longest prefix that is a number or code becomes one token. A last run of
  // digits then letters (1.100.000đ) ends the number at its digits; a first run of letters then digits
  // (ngày18-3-2021) gives its letters as a word. Returns where the next token starts.
  const pushCompound = (start: number): number => {
    const bounds: Array<[number, number]> = [[start, scanRun(start)]];
    const joiners: string[] = [];
    for (let end = bounds[0][1]; bounds.length < MAX_SEGMENTS; end = bounds[bounds.length - 1][1]) {
      if (!JOINERS.includes(text[end] ?? '') || end + 1 >= text.length || !startsRun(classAt(end + 1))) break;
      joiners.push(text[end]);
      bounds.push([end + 1, scanRun(end + 1)]);
    }
    if (bounds.length === 1) {
      pushRun(start, bounds[0][1]);
      return bounds[0][1];
    }
    const facts = bounds.map(([s, e]) => factsAt(s, e));
    for (let k = bounds.length; k >= 2; k--) {
      const parts = facts.slice(0, k);
      const seps = joiners.slice(0, k - 1);
      const end = bounds[k - 1][1];
      const kind = compoundKind(parts, seps);
      if (kind) {
        push(kind, start, end);
        return end;
      }
      const last = text.slice(bounds[k - 1][0], end);
      const tail = /^(\p{Nd}+)[\p{L}\p{M}]+$/u.exec(last);
      const tailKind = tail && compoundKind([...parts.slice(0, -1), segmentFacts(tail[1])], seps);
      if (tail && tailKind) {
        const cut = bounds[k - 1][0] + tail[1].length;
        push(tailKind, start, cut);
        push('word', cut, end);
        return end;
      }
      const head = /^([\p{L}\p{M}]+)(\p{Nd}+)$/u.exec(text.slice(start, bounds[0][1]));
      const headKind = head && compoundKind([segmentFacts(head[2]), ...parts.slice(1)], seps);
      if (head && headKind) {
        const cut = start + head[1].length;
        push('word', start, cut);
        push(headKind, cut, end);
        return end;
      }
    }
    pushRun(start, bounds[0][1]);
    return bounds[0][1];
  };

  let i = 0;
  let lineHasGap = false;
  while (i < text.length) {
    const cls = classAt(i);
    if (cls === 'newline') {
      const end = text.startsWith('\r\n', i) ? i + 2 : i + 1;
      push('newline', i, end);
      if (lineHasGap) tokens[tokens.length - 1].columnGap = true;
      lineHasGap = false;
      i = end;
    } else if (cls === 'space') {
      let j = i;
      while (j < text.length && classAt(j) === 'space') j += widthAt(text, j);
      push('space', i, j);
      // Not the indentation of a line, nor spaces before its end.
      const inLine = tokens.length > 1 && tokens[tokens.length - 2].kind !== 'newline' && j < text.length && classAt(j) !== 'newline';
      if (inLine && COLUMN_GAP.test(text.slice(i, j))) {
        tokens[tokens.length - 1].columnGap = true;
        lineHasGap = true;
      }
      i = j;
    } else if (startsRun(cls)) {
      const link = matchLink(text, i);
      if (link) {
        push(link.kind, i, link.end);
        i = link.end;
      } else {
        i = pushCompound(i);
      }
    } else {
      // Punctuation: one character, or a run of the same one (…, ---, ___), with any marks after it.
      const cp = text.codePointAt(i);
      let j = i + widthAt(text, i);
      while (j < text.length && text.codePointAt(j) === cp) j += widthAt(text, j);
      while (j < text.length && classAt(j) === 'mark') j += widthAt(text, j);
      push('punct', i, j);
      i = j;
    }
  }
  return tokens;
}
