/**
 * The confusion table compiled into flat arrays for the alignment DP: one id per truth letter and per
 * observed character, a dense matrix of single-character costs, and small maps of two-character reads.
 */
import { ANY, DEFAULT_CLASS, EMPTY, SAME_LETTER, SAME_PLAIN, SPACE, type ConfusionRow } from './confusion-table.js';
import { plainLetter, toneBase } from './char-classes.js';

const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const BASE_VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];

/** Every lower-case Vietnamese letter with every tone, plus the Latin letters and đ. */
export function vietnameseLetters(): string[] {
  const out = new Set<string>();
  for (let c = 97; c <= 122; c++) out.add(String.fromCharCode(c));
  out.add('đ');
  for (const v of BASE_VOWELS) for (const t of TONES) out.add((v + t).normalize('NFC'));
  return [...out];
}

/** Compiled costs of the channel. */
export class ChannelCosts {
  /** Truth letter → id (ids from 0). */
  readonly truthIds = new Map<string, number>();
  /** Observed character → id; id 0 is "any character not listed". */
  readonly obsIds = new Map<string, number>();
  readonly obsChars: string[] = [''];
  /** sub[t * obsCount + o]: cost of truth t read as the single character o. */
  readonly sub: Float64Array;
  /** del[t]: cost of losing truth letter t. */
  readonly del: Float64Array;
  /** ins[o]: cost of an inserted character o. */
  readonly ins: Float64Array;
  /** pair[t]: (o1 * obsCount + o2) → cost of truth t read as two characters. */
  readonly pair: Map<number, number>[];
  /** Cost of one lost space between syllables (glued token). */
  readonly gluedSpaceCost: number;
  /** Cost of one space inserted inside a syllable (split fragments). */
  readonly splitSpaceCost: number;
  /** The smallest cost of any read of any letter: a lower bound per unread letter. */
  readonly minLetterCost: number;

  constructor(rows: ConfusionRow[]) {
    const exact = new Map<string, Map<string, number>>();
    const base = new Map<string, Map<string, number>>();
    const def = new Map<string, number>();
    const insRows = new Map<string, number>();
    let glued = 4;
    let split = 4;
    const add = (m: Map<string, Map<string, number>>, k: string, o: string, c: number) => {
      let e = m.get(k);
      if (!e) m.set(k, (e = new Map()));
      e.set(o, c);
    };
    for (const r of rows) {
      if (r.truth === DEFAULT_CLASS) def.set(r.ocr, r.cost);
      else if (r.truth === SPACE && r.ocr === EMPTY) glued = r.cost;
      else if (r.truth === EMPTY && r.ocr === SPACE) split = r.cost;
      else if (r.truth === EMPTY) insRows.set(r.ocr, r.cost);
      else if (r.truth.startsWith('[') && r.truth.endsWith(']')) add(base, r.truth.slice(1, -1), r.ocr, r.cost);
      else add(exact, r.truth, r.ocr, r.cost);
    }
    this.gluedSpaceCost = glued;
    this.splitSpaceCost = split;
    const defSame = def.get(SAME_PLAIN) ?? 1;
    const defDel = def.get(EMPTY) ?? 3;
    const defOther = def.get(ANY) ?? 4;
    const identity = def.get(SAME_LETTER) ?? Infinity;

    const letters = vietnameseLetters();
    for (const t of [...exact.keys()]) if (!letters.includes(t)) letters.push(t);
    letters.forEach((t, i) => this.truthIds.set(t, i));

    const obs = new Set<string>(letters);
    for (let c = 48; c <= 57; c++) obs.add(String.fromCharCode(c));
    for (const m of [exact, base]) for (const e of m.values()) for (const o of e.keys()) if (o !== ANY && o !== EMPTY) for (const ch of o) obs.add(ch);
    for (const o of insRows.keys()) if (o !== ANY) obs.add(o);
    for (const o of obs) {
      this.obsIds.set(o, this.obsChars.length);
      this.obsChars.push(o);
    }
    const O = this.obsChars.length;
    const T = letters.length;
    this.sub = new Float64Array(T * O);
    this.del = new Float64Array(T);
    this.ins = new Float64Array(O);
    this.pair = [];

    const insAny = insRows.get(ANY) ?? 4;
    for (let o = 0; o < O; o++) this.ins[o] = insRows.get(this.obsChars[o]) ?? insAny;

    let minLetter = Infinity;
    for (let t = 0; t < T; t++) {
      const truth = letters[t];
      const ex = exact.get(truth);
      const bs = base.get(toneBase(truth));
      const exBack = ex?.get(ANY) ?? 0;
      const bsBack = bs?.get(ANY) ?? 0;
      const plain = plainLetter(truth);
      const fallback = (o: string): number | undefined => {
        const e = ex?.get(o);
        if (e !== undefined) return e;
        const b = bs?.get(o);
        if (b !== undefined) return exBack + b;
        return undefined;
      };
      const defaultCost = (o: string): number =>
        exBack + bsBack + (o === EMPTY ? defDel : o.length === 1 && plainLetter(o) === plain ? defSame : defOther);
      this.del[t] = fallback(EMPTY) ?? defaultCost(EMPTY);
      minLetter = Math.min(minLetter, this.del[t]);
      for (let o = 0; o < O; o++) {
        const ch = this.obsChars[o];
        let c = o === 0 ? defaultCost('\u0000') : fallback(ch) ?? defaultCost(ch);
        if (ch === truth && identity < c) c = identity;
        this.sub[t * O + o] = c;
        if (c < minLetter) minLetter = c;
      }
      const pairs = new Map<number, number>();
      const addPairs = (m: Map<string, number> | undefined, extra: number) => {
        if (!m) return;
        for (const [o, c] of m) {
          if (o === ANY || o === EMPTY || [...o].length !== 2) continue;
          const [a, b] = [...o];
          const key = this.obsIds.get(a)! * O + this.obsIds.get(b)!;
          if (!pairs.has(key)) pairs.set(key, c + extra);
        }
      };
      addPairs(ex, 0);
      addPairs(bs, exBack);
      this.pair.push(pairs);
    }
    this.minLetterCost = minLetter;
  }

  /** Id of an observed character (0 when unknown). */
  obsId(ch: string): number {
    return this.obsIds.get(ch) ?? 0;
  }

  /** Observed ids of a lower-case string. */
  obsIdsOf(s: string): Int32Array {
    const chars = [...s];
    const out = new Int32Array(chars.length);
    for (let i = 0; i < chars.length; i++) out[i] = this.obsIds.get(chars[i]) ?? 0;
    return out;
  }

  /** Truth ids of a lower-case syllable; -1 for a character outside the truth alphabet. */
  truthIdsOf(s: string): Int32Array {
    const chars = [...s];
    const out = new Int32Array(chars.length);
    for (let i = 0; i < chars.length; i++) out[i] = this.truthIds.get(chars[i]) ?? -1;
    return out;
  }
}
