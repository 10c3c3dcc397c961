/**
 * A reference wiring of the OCR channel into the decoder, for measurement only (`npm run eval:ocr`
 * reports it as "channel + LM"): the lattice of src/restore is built with the OCR readings of every word
 * token (ocrReadings: candidates, keep, glued-token splits, junk kept as it is), fragment joins
 * (ocrJoinCandidates), and decoded with the shipped LM by src/restore/viterbi.ts. It shows
 * what the decoder gains from the channel; the product's decoder lives in src/restore.
 */
import type { Token } from '../../src/document/types.js';
import type { Resources } from '../../src/resources.js';
import { tokenize } from '../../src/tokenize/tokenize.js';
import { normalizeText } from '../../src/normalize/normalize-text.js';
import { contextRole, symbolText, UNK } from '../../src/lm/symbols.js';
import { canonicalWord } from '../../src/lm/train.js';
import { applyCasePattern, placeTone } from '../../src/syllable/index.js';
import { decodeSegment } from '../../src/restore/viterbi.js';
import type { Edge, Reading, Segment } from '../../src/restore/lattice.js';
import { ocrJoinCandidates } from '../../src/candidates/ocr-candidates.js';
import { ocrCasePattern, ocrReadings } from '../../src/candidates/ocr-readings.js';

/** Tuning of the probe. */
export interface ProbeOptions {
  /** Readings per join edge. */
  joinReadings: number;
  /** Longest fragment (characters) considered for a join, unless the other fragment is shorter. */
  maxFragment: number;
  /** Use join edges. */
  fragments: boolean;
}

export const DEFAULT_PROBE: ProbeOptions = { joinReadings: 3, maxFragment: 4, fragments: true };

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
  const known = (syllable: string) => model.vocabulary.indexOf(syllable) >= 0;
  const wordReadings = (value: string): Reading[] =>
    ocrReadings(value, resources, known).map((r) => ({ ids: r.syllables.map(id), text: r.syllables.join(' '), cost: r.channelCost, keep: r.keep }));

  // whether the line around a token is set in capitals (more than half of its cased letters)
  const upperLine = (tokenIndex: number): boolean => {
    let a = tokenIndex;
    while (a > 0 && tokens[a - 1].kind !== 'newline') a--;
    let b = tokenIndex;
    while (b < tokens.length && tokens[b].kind !== 'newline') b++;
    let upper = 0;
    let cased = 0;
    for (const ch of tokens.slice(a, b).map((t) => t.value).join('')) {
      if (ch === ch.toLowerCase() && ch === ch.toUpperCase()) continue;
      cased++;
      if (ch !== ch.toLowerCase()) upper++;
    }
    return upper * 2 > cased;
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
        const pattern = ocrCasePattern(from, reading.text, upperLine(step.edge.startToken));
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
