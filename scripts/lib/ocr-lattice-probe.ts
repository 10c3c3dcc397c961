/**
 * A reference wiring of the OCR channel into the decoder, for measurement only (`npm run eval:ocr`
 * reports it as "channel + LM"): the lattice of src/restore is built with the OCR readings of every word
 * token (ocrCandidates), fragment joins (ocrJoinCandidates) and glued-token splits (ocrSplitCandidates),
 * junk kept as it is (isOcrJunk), and decoded with the shipped LM by src/restore/viterbi.ts. It shows
 * what the decoder gains from the channel; the product's decoder lives in src/restore.
 */
import type { Token } from '../../src/document/types.js';
import type { Resources } from '../../src/resources.js';
import { tokenize } from '../../src/tokenize/tokenize.js';
import { normalizeText } from '../../src/normalize/normalize-text.js';
import { contextRole, symbolText, UNK } from '../../src/lm/symbols.js';
import { canonicalWord } from '../../src/lm/train.js';
import { applyCasePattern, casePatternOf, placeTone } from '../../src/syllable/index.js';
import { decodeSegment } from '../../src/restore/viterbi.js';
import type { Edge, Reading, Segment } from '../../src/restore/lattice.js';
import { isOcrJunk, ocrCandidates, ocrJoinCandidates, ocrSplitCandidates } from '../../src/candidates/ocr-candidates.js';

/** Tuning of the probe. */
export interface ProbeOptions {
  /** Cost of keeping a word token that is not a known syllable as it is (lower-case letters only). */
  keepUnknownCost: number;
  /** ... when it is written in capitals (an abbreviation more often than garble: DKDD, CDS). */
  keepCapitalsCost: number;
  /** ... when digits or symbols sit among its letters (d6i, tf)ng): garble, nearly always. */
  keepMixedCost: number;
  /** ... when it is one letter (list markers a) b) c) and initials). */
  keepSingleCost: number;
  /** Readings per join or split edge. */
  joinReadings: number;
  /** Longest fragment (characters) considered for a join. */
  maxFragment: number;
  /** Use join and split edges. */
  fragments: boolean;
}

export const DEFAULT_PROBE: ProbeOptions = { keepUnknownCost: 5, keepCapitalsCost: 2, keepMixedCost: 8, keepSingleCost: 1, joinReadings: 3, maxFragment: 4, fragments: true };

/** Cost of keeping an unknown word token as it is, by its shape. */
function keepCost(value: string, options: ProbeOptions): number {
  if (/[^\p{L}]/u.test(value)) return options.keepMixedCost;
  if ([...value].length === 1) return options.keepSingleCost;
  if ([...value].length >= 2 && value === value.toUpperCase()) return options.keepCapitalsCost;
  return options.keepUnknownCost;
}

/**
 * Repairs a text through the reference lattice.
 * @param text input text
 * @param resources loaded data
 * @param options tuning
 * @returns repaired text (line structure kept)
 */
export function probeRepair(text: string, resources: Resources, options: ProbeOptions = DEFAULT_PROBE): string {
  const model = resources.model;
  const lexicon = resources.lexicon;
  const norm = normalizeText(text).text;
  const tokens = tokenize(norm);
  const id = (s: string) => {
    const i = model.vocabulary.indexOf(s);
    return i < 0 ? UNK : i;
  };
  const wordReadings = (value: string): Reading[] => {
    const canonical = canonicalWord(value);
    if (isOcrJunk(value, resources)) return [{ ids: [id(canonical)], text: canonical, cost: 0, keep: true }];
    const readings: Reading[] = ocrCandidates(value, resources).map((c) => ({ ids: [id(c.syllable)], text: c.syllable, cost: c.channelCost, keep: c.syllable === canonical }));
    if (!readings.some((r) => r.keep)) readings.push({ ids: [id(canonical)], text: canonical, cost: keepCost(value, options), keep: true });
    if (options.fragments && [...value].length >= 4 && id(canonical) === UNK) {
      for (const s of ocrSplitCandidates(value, resources).slice(0, options.joinReadings)) {
        readings.push({ ids: s.syllables.map(id), text: s.syllables.join(' '), cost: s.channelCost, keep: false });
      }
    }
    return readings;
  };

  const replacements: { start: number; end: number; text: string }[] = [];
  let edges: Edge[][] = [];
  let slotToken: number[] = [];
  const flush = () => {
    if (edges.length > 0) {
      addJoins();
      const segment: Segment = { edges };
      const path = decodeSegment(segment, model.lm);
      for (const step of path.steps) {
        const reading = step.edge.readings[step.reading];
        if (!step.edge.word || reading.keep) continue;
        const from = tokens.slice(step.edge.startToken, step.edge.endToken).map((t) => t.value).join('');
        const pattern = casePatternOf(from);
        const out = reading.text.split(' ').map((s) => applyCasePattern(placeTone(s, 'traditional'), pattern)).join(' ');
        replacements.push({ start: tokens[step.edge.startToken].offset, end: tokens[step.edge.endToken - 1].offset + tokens[step.edge.endToken - 1].value.length, text: out });
      }
    }
    edges = [];
    slotToken = [];
  };
  const addJoins = () => {
    if (!options.fragments) return;
    for (let s = 0; s + 1 < edges.length; s++) {
      const a = tokens[slotToken[s]];
      const b = tokens[slotToken[s + 1]];
      if (!edges[s][0].word || !edges[s + 1][0].word) continue;
      // only fragments separated by one space on the same line
      if (slotToken[s + 1] !== slotToken[s] + 2 || tokens[slotToken[s] + 1].value !== ' ') continue;
      if ([...a.value].length > options.maxFragment && [...b.value].length > options.maxFragment) continue;
      const readings = ocrJoinCandidates(a.value, b.value, resources)
        .slice(0, options.joinReadings)
        .map((c) => ({ ids: [id(c.syllable)], text: c.syllable, cost: c.channelCost, keep: false }));
      if (readings.length > 0) edges[s].push({ from: s, to: s + 2, startToken: slotToken[s], endToken: slotToken[s + 1] + 1, readings, bonusReading: -1, bonus: 0, word: true });
    }
  };
  let newlines = 0;
  tokens.forEach((token: Token, i: number) => {
    const role = contextRole(token);
    if (role === 'skip') {
      if (token.kind === 'newline' && ++newlines >= 2) flush();
      return;
    }
    newlines = 0;
    if (role === 'break') return flush();
    const slot = edges.length;
    slotToken.push(i);
    if (role === 'symbol' || lexicon.isProtected(token.value)) {
      const text = role === 'symbol' ? symbolText(token) : canonicalWord(token.value);
      edges.push([{ from: slot, to: slot + 1, startToken: i, endToken: i + 1, readings: [{ ids: [id(text)], text, cost: 0, keep: true }], bonusReading: -1, bonus: 0, word: false }]);
      return;
    }
    edges.push([{ from: slot, to: slot + 1, startToken: i, endToken: i + 1, readings: wordReadings(token.value), bonusReading: -1, bonus: 0, word: true }]);
  });
  flush();
  let out = '';
  let at = 0;
  for (const r of replacements.sort((x, y) => x.start - y.start)) {
    out += norm.slice(at, r.start) + r.text;
    at = r.end;
  }
  return out + norm.slice(at);
}
