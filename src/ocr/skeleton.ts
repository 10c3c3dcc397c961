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

const PLAIN_VIETNAMESE = /^[a-eg-ik-vxy]$/u;

/** Maps observed characters to skeleton letters. */
export class SkeletonMap {
  private readonly map = new Map<string, string>();

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
    for (const r of rows) {
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
