/**
 * The candidate lattice of a document: segments of LM positions between sentence breaks, each
 * position a word token's readings or a fixed symbol (number, comma, bracket, protected token).
 * An edge may span several tokens (fragments joined: `tr ong` → `trong`) or emit two syllables for one
 * token (a lost space), so the decoder walks edges, not tokens.
 */
import type { Token } from '../document/types.js';
import type { Resources } from '../resources.js';
import type { SyllableModel } from '../lm/syllable-model.js';
import { syllableCandidates, type CandidateList, type Trust } from '../candidates/syllable-candidates.js';
import { ocrJoinCandidates } from '../candidates/ocr-candidates.js';
import { ocrReadings } from '../candidates/ocr-readings.js';
import { contextRole, symbolText, UNK } from '../lm/symbols.js';
import type { WordFacts } from './word-facts.js';
import { fold, isValidSyllable } from '../syllable/index.js';

/** One way to read an edge's tokens. */
export interface Reading {
  /** LM ids emitted (one, or two for a split). */
  ids: number[];
  /** Lower-case output, traditional tone placement (syllables joined by a space). */
  text: string;
  /** Channel cost, -log10. */
  cost: number;
  /** True when the reading leaves the tokens as they are. */
  keep: boolean;
  /** Output forms already rendered, by case pattern and tone style (filled by the decoder). */
  rendered?: string[];
}

/** An edge of the lattice from slot `from` to slot `to` (exclusive). */
export interface Edge {
  from: number;
  to: number;
  /** First and end (exclusive) token indices covered. */
  startToken: number;
  endToken: number;
  readings: Reading[];
  /** Index of a reading favoured by a vocabulary phrase, and by how much (log10). */
  bonusReading: number;
  bonus: number;
  /** Whether this edge is a word that may change (false for symbols and protected tokens). */
  word: boolean;
}

/** A run of slots between two sentence breaks; slot i's edges start there. */
export interface Segment {
  /** edges[i]: the edges leaving slot i (the first always goes to i + 1). */
  edges: Edge[][];
}

/** The settings of the lattice for one paragraph. */
export interface LatticeTrust extends Trust {
  /** Read every word through the OCR channel alone, and try joining fragments. */
  ocr: boolean;
  /** The OCR channel could be loaded (damaged words use it even in clean documents). */
  ocrAvailable: boolean;
}

// A vocabulary phrase matched by the folded text favours its reading at each of its syllables by
// this much (log10) times the phrase weight: strong evidence, yet the LM can still overrule it.
// Measured with scripts/eval.ts (1,000 lines a row): 0.5 is as good as 0 on administrative text and
// better on general text; 1 loses on administrative text.
const PHRASE_BONUS = 0.5;

function toReadings(list: CandidateList): Reading[] {
  return list.ids.map((id, i) => ({ ids: [id], text: list.texts[i], cost: list.costs[i], keep: i === list.keep }));
}

/**
 * Build the lattice of a token list one segment at a time (each is handed over and then dropped, so
 * memory stays bounded by the longest sentence).
 * @param tokens the document's tokens
 * @param facts the facts of each word token, by token index
 * @param resources loaded model and lexicon
 * @param trustAt the trust in the marks at a token (per paragraph), and whether to read it as OCR output
 * @param onSegment called with each segment, in document order
 */
export function buildLattice(tokens: Token[], facts: (WordFacts | undefined)[], resources: Resources, trustAt: (token: number) => LatticeTrust, onSegment: (segment: Segment) => void): void {
  const model = resources.model;
  let trust = trustAt(0);
  let trustKey = '';
  const keys = new Map<LatticeTrust, string>();
  const slotTokens: number[] = [];
  let edges: Edge[][] = [];
  let folded: string[] = [];
  let newlines = 0;

  const fixed = (i: number, text: string): void => {
    const id = model.vocabulary.indexOf(text);
    const slot = edges.length;
    slotTokens.push(i);
    edges.push([{ from: slot, to: slot + 1, startToken: i, endToken: i + 1, readings: [{ ids: [id < 0 ? UNK : id], text, cost: 0, keep: true }], bonusReading: -1, bonus: 0, word: false }]);
    folded.push(text);
  };
  // A lone `6`, `16` or `&` between words of an OCR line: kept as the symbol, or read as a syllable
  // (ở, lở) at the channel's cost plus LONE_SYMBOL_COST, so only a strong LM preference changes it.
  const loneSymbol = (i: number, text: string): void => {
    const id = model.vocabulary.indexOf(text);
    const readings: Reading[] = [{ ids: [id < 0 ? UNK : id], text, cost: 0, keep: true }];
    // Two digits (16 for lở) are a number to ocrReadings; here the channel alone reads them.
    const value = tokens[i].value;
    const candidates = value.length === 2
      ? resources.ocrChannel.candidates(value).map((c) => ({ syllables: [c.syllable], channelCost: c.channelCost, keep: false }))
      : ocrReadings(value, resources, () => true);
    candidates.sort((a, b) => a.channelCost - b.channelCost);
    for (const r of candidates) {
      if (r.keep || r.syllables.length !== 1) continue;
      const sid = model.vocabulary.indexOf(r.syllables[0]);
      if (sid >= 0 && readings.length <= LONE_SYMBOL_READINGS) readings.push({ ids: [sid], text: r.syllables[0], cost: r.channelCost + LONE_SYMBOL_COST, keep: false });
    }
    const slot = edges.length;
    slotTokens.push(i);
    edges.push([{ from: slot, to: slot + 1, startToken: i, endToken: i + 1, readings, bonusReading: -1, bonus: 0, word: readings.length > 1 }]);
    folded.push(text);
  };
  const flush = (): void => {
    if (edges.length > 0) {
      if (trustAt(slotTokens[0]).ocr) addJoins(edges, slotTokens, tokens, resources);
      applyPhrases(edges, folded, resources);
      onSegment({ edges });
    }
    edges = [];
    folded = [];
    slotTokens.length = 0;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const role = contextRole(token);
    if (role === 'skip') {
      // A blank line ends the paragraph; a single line break is only hard wrapping.
      if (token.kind === 'newline' && ++newlines >= 2) flush();
      continue;
    }
    newlines = 0;
    if (role === 'break') {
      flush();
      continue;
    }
    if (role === 'symbol') {
      if (trustAt(i).ocr && isLoneMarkSymbol(tokens, facts, i)) loneSymbol(i, symbolText(token));
      else fixed(i, symbolText(token));
      continue;
    }
    const word = facts[i]!;
    const here = trustAt(i);
    if (here !== trust || trustKey === '') {
      trust = here;
      trustKey = keys.get(trust) ?? `${trust.unmarked.toFixed(1)}|${trust.marked.toFixed(1)}|${trust.ocr}`;
      keys.set(trust, trustKey);
    }
    if (word.protected) {
      fixed(i, word.canonical);
      continue;
    }
    if (isDoubledNumbering(tokens, facts, i) || isLineLabel(tokens, i)) {
      fixed(i, token.value);
      continue;
    }
    if (word.readings?.trustKey !== trustKey) {
      // An OCR document is read through the OCR channel alone (its costs cover lost marks too); a damaged
      // word of a clean document gets the channel's readings besides its own.
      let readings = trust.ocr ? [] : toReadings(syllableCandidates(token.value, model, trust));
      if (trust.ocr || (word.garbledInside && trust.ocrAvailable)) readings = withOcrReadings(readings, token.value, word, resources);
      word.readings = { trustKey, readings };
    }
    let readings = word.readings.readings;
    // Capitals among lower-case words are an abbreviation: only abbreviations of the vocabulary
    // (DXD → ĐXD) may replace them, never a syllable (IC is not ÍC). Also in OCR text: letting them
    // change there cost 0.1-0.4 points on the OCR rows of scripts/eval.ts.
    if (readings.length > 1 && isLoneCapitals(tokens, facts, i) && !(trust.ocr && OCR_CAPITAL_SYLLABLE.test(token.value))) readings = readings.filter((r) => r.keep || (r.ids.length === 1 && !isValidSyllable(r.text)));
    // Also in OCR text, where the first letter's case is the one to trust (ocrCasePattern): npm run eval,
    // OCR rows: pagella-scan 97.09% → 97.13%, termes-ink 98.53% → 98.57%, termes-scan 98.80% → 98.84%.
    if (readings.length > 1 && word.casePattern === 'title' && followsWordOnLine(tokens, i)) readings = byCapitals(readings, model);
    const slot = edges.length;
    slotTokens.push(i);
    edges.push([{ from: slot, to: slot + 1, startToken: i, endToken: i + 1, readings, bonusReading: -1, bonus: 0, word: true }]);
    folded.push(word.folded);
  }
  flush();
}

/**
 * Extra cost (log10) of reading a lone number or `&` as a syllable. npm run eval:ocr, with one- and
 * two-digit numbers: 1.5 → 0.5 took pagella-scan 97.13% → 97.25%, termes-ink 98.57% → 98.59%,
 * termes-scan 98.84% → 98.87%, dev unchanged; 13 digit→word changes there, all right.
 */
const LONE_SYMBOL_COST = 0.5;
/** Syllable readings of a lone symbol (lở is the fifth reading of 16). */
const LONE_SYMBOL_READINGS = 8;
/** What an English-model OCR writes for a lone marked syllable: ở → 6, &; lở → 16; là → 14. */
const LONE_MARK_SYMBOLS = /^(?:1?[0-9]|&)$/;
/** Words next to which a digit is a number (units, dates, numbering): the digit stays. */
const NUMBER_NEIGHBOURS = new Set(['ngay', 'thang', 'nam', 'gio', 'phut', 'giay', 'ha', 'km', 'm', 'cm', 'mm', 'kg', 'g', 'tan', 'ta', 'lit', 'l', 'nguoi', 'lan', 'dieu', 'khoan', 'diem', 'so', 'muc', 'chuong', 'phan', 'tap', 'trang', 'lop', 'khoa', 'quy', 'tuan', 'dot', 'tuoi', 'ty', 'trieu', 'nghin', 'ngan', 'tram', 'chuc', 'dong', 'usd', 'vnd', 'ho', 'thon', 'ban', 'to', 'phong', 'cap', 'hang', 'bac', 'con', 'chiec', 'cai', 'buoc', 'tang', 'ky', 'khu', 'doi', 'x']);

/**
 * Whether token i is a lone number below 20 or `&` between two words of one line (single spaces, letters only, no
 * unit, date or numbering word beside it): in OCR text mostly a misread ở, but possibly a number.
 */
function isLoneMarkSymbol(tokens: Token[], facts: (WordFacts | undefined)[], i: number): boolean {
  if (!LONE_MARK_SYMBOLS.test(tokens[i].value) || i < 2 || i + 2 >= tokens.length) return false;
  if (tokens[i - 1].value !== ' ' || tokens[i + 1].value !== ' ') return false;
  for (const k of [i - 2, i + 2]) {
    const t = tokens[k];
    if (t.kind !== 'word' || !/^\p{L}+$/u.test(t.value) || NUMBER_NEIGHBOURS.has(facts[k]!.folded)) return false;
  }
  return true;
}

/**
 * In OCR text a consonant and a vowel in capitals among small letters is mostly a capital syllable whose
 * marks were read as capitals (BO for Bộ, HO for Hồ): it keeps its syllable readings.
 */
const OCR_CAPITAL_SYLLABLE = /^[BCDGHKLMNPRSTVX][AEOUY]$/u;

// A capital inside a sentence marks a name: the readings are weighed by how often each was written
// with one in the corpus (Thanh the name, not thành). Weight 1 measured with scripts/eval.ts (1,000
// lines a row): general text 89.2% → 90.0%, administrative 98.91% → 98.95%; weights 0.5 and 2 do worse.
const CAPITAL_WEIGHT = 1;

/** Whether token i follows a word on the same line (so its capital is not a sentence or line start). */
function followsWordOnLine(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.kind === 'space') continue;
    return t.kind === 'word';
  }
  return false;
}

/** The readings of a capitalised word, each charged by how rarely it is written with a capital. */
function byCapitals(readings: Reading[], model: SyllableModel): Reading[] {
  const capitals = model.capitals;
  if (!capitals) return readings;
  const share = readings.map((r) => (r.ids.length === 1 && r.ids[0] !== UNK ? (capitals[r.ids[0]] + 0.5) / (model.counts[r.ids[0]] + 1) : 0.5));
  const best = Math.max(...share);
  return readings.map((r, k) => ({ ...r, cost: r.cost + CAPITAL_WEIGHT * Math.log10(best / share[k]), rendered: undefined }));
}

/**
 * Whether word token i is in capitals while the words beside it on its line are not: an abbreviation
 * or code (IC, PCB, KCN). A heading in capitals has capitals on both sides.
 */
function isLoneCapitals(tokens: Token[], facts: (WordFacts | undefined)[], i: number): boolean {
  if (facts[i]!.casePattern !== 'upper' || tokens[i].value.length < 2) return false;
  const neighbourUpper = (step: number): boolean => {
    for (let k = i + step; k >= 0 && k < tokens.length; k += step) {
      const t = tokens[k];
      if (t.kind === 'newline') return false;
      if (t.kind === 'word') return facts[k]!.casePattern === 'upper';
    }
    return false;
  };
  return !neighbourUpper(-1) && !neighbourUpper(1);
}

/**
 * A capital read twice, the second small, that numbers a heading in capitals ("Vv. TỔ CHỨC THỰC HIỆN",
 * "Cc. KINH PHÍ" for V., C.): the numbering, which the structure stage reads, not the word các or vừa.
 */
function isDoubledNumbering(tokens: Token[], facts: (WordFacts | undefined)[], i: number): boolean {
  const value = tokens[i].value;
  if (!/^(\p{Lu})\p{Ll}$/u.test(value) || value[1] !== value[0].toLowerCase() || tokens[i + 1]?.value !== '.') return false;
  if (i > 0 && tokens[i - 1].kind !== 'newline' && !(tokens[i - 1].kind === 'space' && (i < 2 || tokens[i - 2].kind === 'newline'))) return false;
  let upper = 0;
  let words = 0;
  for (let k = i + 2; k < tokens.length && tokens[k].kind !== 'newline'; k++) {
    if (tokens[k].kind !== 'word' || [...tokens[k].value].length < 2) continue;
    words++;
    if (facts[k]?.casePattern === 'upper') upper++;
  }
  return words > 0 && upper * 2 > words;
}

/**
 * A lone letter and a closing bracket that open a line, after an opening bracket or a quote at most
 * ("a) Giảm ...", "(S) Trong đó ...", "‘S) Trong đó ..." where OCR read a note's "⁽⁵⁾"): a label the
 * structure stage reads, not a syllable.
 */
function isLineLabel(tokens: Token[], i: number): boolean {
  if ([...tokens[i].value].length !== 1 || tokens[i + 1]?.value !== ')') return false;
  let k = i - 1;
  if (k >= 0 && tokens[k].kind === 'punct' && /^[(‘'`]$/.test(tokens[k].value)) k--;
  if (k >= 0 && tokens[k].kind === 'space') k--;
  return k < 0 || tokens[k].kind === 'newline';
}

/** Readings of a token from the OCR channel, merged with its fold readings (the cheaper cost wins). */
function withOcrReadings(readings: Reading[], value: string, word: WordFacts, resources: Resources): Reading[] {
  const model = resources.model;
  const known = (syllable: string): boolean => model.vocabulary.indexOf(syllable) >= 0;
  const byText = new Map(readings.map((r) => [r.text, r]));
  for (const r of ocrReadings(value, resources, known)) {
    const text = r.syllables.join(' ');
    const existing = byText.get(text);
    if (existing) {
      if (r.channelCost < existing.cost) byText.set(text, { ...existing, cost: r.channelCost });
      continue;
    }
    const ids = r.syllables.map((s) => {
      const id = model.vocabulary.indexOf(s);
      return id < 0 ? UNK : id;
    });
    byText.set(text, { ids, text, cost: r.channelCost, keep: r.keep || text === word.canonical });
  }
  return [...byText.values()].sort((a, b) => a.cost - b.cost);
}

// Fragments that OCR split with a space (`tr ong`, `PHUON G`): one of them at most this long, and at
// most this many joined readings per pair (the OCR engineer's measurements, scripts/lib/ocr-lattice-probe.ts).
const JOIN_MAX_FRAGMENT = 4;
const JOIN_READINGS = 3;

/** Add edges that read two adjacent word tokens, separated by one space, as one syllable. */
function addJoins(edges: Edge[][], slotTokens: number[], tokens: Token[], resources: Resources): void {
  const model = resources.model;
  for (let s = 0; s + 1 < edges.length; s++) {
    if (!edges[s][0].word || !edges[s + 1][0].word) continue;
    const a = slotTokens[s];
    const b = slotTokens[s + 1];
    if (tokens[a].kind !== 'word' || tokens[b].kind !== 'word') continue;
    if (b !== a + 2 || tokens[a + 1].value !== ' ') continue;
    const left = tokens[a].value;
    const right = tokens[b].value;
    if ([...left].length > JOIN_MAX_FRAGMENT && [...right].length > JOIN_MAX_FRAGMENT) continue;
    const readings = ocrJoinCandidates(left, right, resources)
      .slice(0, JOIN_READINGS)
      .map((c) => {
        const id = model.vocabulary.indexOf(c.syllable);
        return { ids: [id < 0 ? UNK : id], text: c.syllable, cost: c.channelCost, keep: false };
      });
    if (readings.length > 0) edges[s].push({ from: s, to: s + 2, startToken: a, endToken: b + 1, readings, bonusReading: -1, bonus: 0, word: true });
  }
}

/** Favour the readings that spell vocabulary phrases found in the folded text. */
function applyPhrases(edges: Edge[][], folded: string[], resources: Resources): void {
  const lexicon = resources.lexicon;
  for (let i = 0; i + 1 < edges.length; i++) {
    // Most slots start no phrase: two Map lookups say so before a full lookup.
    if (!edges[i][0].word || !lexicon.startsPhrase(folded[i], folded[i + 1])) continue;
    const found = lexicon.lookup(folded, i);
    if (found.length === 0) continue;
    const phrase = found[0];
    for (let k = 0; k < phrase.syllables.length; k++) {
      const edge = edges[i + k][0];
      if (edge.bonus > 0) continue;
      const index = edge.readings.findIndex((r) => r.text === phrase.syllables[k]);
      if (index >= 0) {
        edge.bonusReading = index;
        edge.bonus = PHRASE_BONUS * phrase.weight;
      }
    }
  }
}
