/** Split a vocabulary term into checked lower-case syllables in traditional tone placement. */
import { placeTone } from '../syllable/index.js';

// Between syllables: spaces and the dashes and punctuation of fixed formulas ("Độc lập - Tự do - Hạnh phúc").
const SEPARATORS = /[\s\-\u2010-\u2015,.;:()'\u2019]+/;
// A syllable: Latin letters with their marks (ethnic-minority place names use f, j, w, z too).
// (Explicit ranges: Latin-1, Latin Extended-A/B, combining marks, Latin Extended Additional. Unicode
// property classes would cost a few milliseconds to compile on every start.)
const SYLLABLE = /^[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u1e00-\u1eff]+$/;
const LATIN_OR_MARK = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u1e00-\u1eff]/;
// Tone marks after NFD: a syllable carries at most one.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Split a term into syllables: lower-case, NFC, tone marks moved to the traditional place (hoà → hòa).
 * @param term one NFC term, trimmed and not empty
 * @param seen syllables already checked during this load, to their canonical form (speeds up loading)
 * @returns the syllables, or the problem in words when the term is not made of syllables
 * @example splitTerm('Ủy ban nhân dân', new Map()) // ['ủy', 'ban', 'nhân', 'dân']
 */
export function splitTerm(term: string, seen: Map<string, string>): string[] | string {
  const syllables: string[] = [];
  for (const piece of term.split(SEPARATORS)) {
    if (piece === '') continue;
    const known = seen.get(piece);
    if (known !== undefined) {
      syllables.push(known);
      continue;
    }
    const canonical = canonicalSyllable(piece);
    if (canonical.problem !== undefined) return canonical.problem;
    seen.set(piece, canonical.syllable);
    syllables.push(canonical.syllable);
  }
  if (syllables.length === 0) return 'no syllable';
  return syllables;
}

function canonicalSyllable(piece: string): { syllable: string; problem?: string } {
  const lower = piece.toLowerCase();
  if (ASCII.test(piece)) {
    if (/^[a-z]+$/.test(lower)) return { syllable: lower };
  } else if (SYLLABLE.test(piece)) {
    if ((lower.normalize('NFD').match(TONE_MARKS)?.length ?? 0) > 1) {
      return { syllable: '', problem: `syllable ${JSON.stringify(piece)} has more than one tone mark` };
    }
    return { syllable: placeTone(lower, 'traditional') };
  }
  const bad = [...piece].find((ch) => !LATIN_OR_MARK.test(ch)) ?? piece;
  return {
    syllable: '',
    problem: `unexpected character ${JSON.stringify(bad)} (terms are syllables separated by spaces or dashes; codes go under protected)`,
  };
}
