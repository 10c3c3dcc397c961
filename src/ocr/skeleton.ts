/**
 * The "skeleton" key of the candidate index: a syllable folded to plain Latin letters, and an observed
 * OCR token mapped the same way, with OCR look-alikes (digits, symbols, letters Vietnamese does not
 * use) replaced by the letter they most often stand for in the learned table, or dropped when the
 * table mostly sees them inserted. Misreads then become few edits between skeletons.
 */
import { ANY, EMPTY, type ConfusionRow } from './confusion-table.js';
import { foldPlain, plainLetter } from './char-classes.js';

/** Reads a look-alike must have been seen as, at least, to be mapped (fewer are noise). */
const MIN_LOOKALIKE_COUNT = 3;
/** Two-character reads of one letter (ư → it, tt, ir) seen at least this often give skeleton variants. */
const MIN_PAIR_COUNT = 20;
/** Most skeleton variants of one token. */
const MAX_VARIANTS = 4;

const PLAIN_VIETNAMESE = /^[a-eg-ik-vxy]$/u;

/** Maps observed characters to skeleton letters. */
export class SkeletonMap {
  private readonly map = new Map<string, string>();
  /** two-character read → the plain letter it most often stands for */
  private readonly pairs = new Map<string, string>();

  /**
   * Learns the look-alike map from the pooled rows (`[ô]`, tones together) of the confusion table.
   * @param rows confusion table rows
   */
  constructor(rows: ConfusionRow[]) {
    const votes = new Map<string, Map<string, number>>();
    const vote = (o: string, letter: string, n: number) => {
      let v = votes.get(o);
      if (!v) votes.set(o, (v = new Map()));
      v.set(letter, (v.get(letter) ?? 0) + n);
    };
    const pairVotes = new Map<string, { letter: string; n: number }>();
    for (const r of rows) {
      if (r.truth.startsWith('[') && r.truth.endsWith(']') && [...r.ocr].length === 2 && r.count >= MIN_PAIR_COUNT) {
        const letter = plainLetter(r.truth.slice(1, -1));
        const best = pairVotes.get(r.ocr);
        if (PLAIN_VIETNAMESE.test(letter) && (!best || r.count > best.n)) pairVotes.set(r.ocr, { letter, n: r.count });
      }
      if (r.ocr === ANY || r.ocr === EMPTY || [...r.ocr].length !== 1 || PLAIN_VIETNAMESE.test(r.ocr)) continue;
      if (r.truth === EMPTY) vote(r.ocr, '', r.count);
      else if (r.truth.startsWith('[') && r.truth.endsWith(']') && PLAIN_VIETNAMESE.test(plainLetter(r.truth.slice(1, -1)))) {
        vote(r.ocr, plainLetter(r.truth.slice(1, -1)), r.count);
      }
    }
    for (const [o, v] of votes) {
      let best = '';
      let bestN = -1;
      let total = 0;
      for (const [letter, n] of v) {
        total += n;
        if (n > bestN) (best = letter), (bestN = n);
      }
      if (total >= MIN_LOOKALIKE_COUNT) this.map.set(o, best);
    }
    for (const [o, v] of pairVotes) this.pairs.set(o, v.letter);
  }

  /**
   * Other skeletons of an observed token: one learned two-character read (ư → `it`, `tt`; u → `ii`)
   * put back as the letter it stands for, so `sit` (sử) is also looked up as `su`; a capital I read as l.
   * @param observed token as read
   * @returns distinct skeletons other than {@link observed}'s, at most a few
   */
  variants(observed: string): string[] {
    const chars = [...observed.toLowerCase()];
    if (chars.length !== observed.length) return [];
    const base = this.observed(observed);
    const out: string[] = [];
    // A capital I inside a word that is not all capitals is an l misread (Idi → lợi): the two glyphs are
    // one vertical stroke in most serif fonts.
    const capitalI = observed.indexOf('I');
    if (capitalI >= 0 && observed !== observed.toUpperCase()) {
      out.push(this.observed(observed.slice(0, capitalI) + 'l' + observed.slice(capitalI + 1)));
    }
    for (let i = 0; i + 1 < chars.length && out.length < MAX_VARIANTS; i++) {
      const letter = this.pairs.get(chars[i] + chars[i + 1]);
      if (letter === undefined) continue;
      const v = this.observed(chars.slice(0, i).join('') + letter + chars.slice(i + 2).join(''));
      if (v !== base && !out.includes(v)) out.push(v);
    }
    return out;
  }

  /**
   * Skeleton of an observed token (lower-cased first).
   * @param observed token as read
   * @returns skeleton
   */
  observed(observed: string): string {
    let out = '';
    for (const ch of observed.toLowerCase()) {
      if (PLAIN_VIETNAMESE.test(ch)) out += ch;
      else {
        const m = this.map.get(ch);
        if (m !== undefined) out += m;
        else {
          const f = foldPlain(ch);
          out += f.length === 1 ? f : ch;
        }
      }
    }
    return out;
  }

  /**
   * Skeleton of a syllable: plain letters.
   * @param syllable lower-case syllable
   * @returns skeleton
   */
  syllable(syllable: string): string {
    return foldPlain(syllable);
  }

  /**
   * Whether the table has seen this non-letter character stand for a letter (`6` for ổ, `&` for ơ).
   * @param ch one character
   */
  isLookalike(ch: string): boolean {
    return (this.map.get(ch.toLowerCase()) ?? '') !== '';
  }

  /** The learned look-alike map, for reports. */
  entries(): [string, string][] {
    return [...this.map].sort();
  }
}
