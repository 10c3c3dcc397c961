/**
 * The restoration stage: choose the best Vietnamese reading of the word tokens with the syllable LM,
 * and report every change with its confidence. Uncertain changes are proposed, not made.
 */
import type { Edit, Point, RepairStats, Token, ToneStyle, VnfixMessage } from '../document/types.js';
import { isOcrJunk } from '../ocr/ocr-junk.js';
import type { Resources } from '../resources.js';
import { applyCasePattern, casePatternOf, fold, isOnset, placeTone, type CasePattern } from '../syllable/index.js';
import { PosteriorScorer } from './confidence.js';
import { trustBlocks, type DocumentTrust } from './document-trust.js';
import { buildLattice, type Edge, type LatticeTrust, type Reading } from './lattice.js';
import { SegmentDecoder } from './viterbi.js';
import { wordFacts } from './word-facts.js';
import { CODE_LETTERS_CONFIDENCE, restoreCodeLetters } from './code-letters.js';
import { ocrCasePattern } from '../candidates/ocr-readings.js';

/** Resolved options of the restoration stage. */
export interface RestoreOptions {
  toneStyle: ToneStyle;
  minConfidence: number;
}

/** What the restoration stage decides. */
export interface RestoreResult {
  edits: Edit[];
  messages: VnfixMessage[];
  stats: Omit<RepairStats, 'changed'>;
}

/**
 * Share of damaged words (digits or symbols inside, marks on invalid syllables) from which a document
 * is read as OCR output: clean and stripped text stay under 0.1% (held-out corpus lines).
 */
const OCR_GARBLE = 0.02;
/** ...and at least this many of them, so one odd word in a short text does not switch the mode. */
const OCR_GARBLED_WORDS = 3;

/** Open the OCR channel, or say once why OCR readings are not used. */
function openOcrChannel(resources: Resources, messages: VnfixMessage[]): boolean {
  try {
    void resources.ocrChannel;
    return true;
  } catch (error) {
    messages.push({ reason: `OCR readings are not used: ${(error as Error).message}`, ruleId: 'restore-ocr-unavailable', source: 'vnfix' });
    return false;
  }
}

/**
 * In OCR blocks, changes are made from this share of the minimum confidence (0.3 at the default 0.5).
 * Measured with npm run eval, OCR rows (stripped rows are not OCR blocks): scale 1 → 0.6: pagella-scan
 * 96.73% → 96.97%, termes-ink 98.38% → 98.42%, termes-scan 98.66% → 98.68%; 0.4 is no better.
 */
const OCR_CONFIDENCE_SCALE = 0.6;

/** Codes are restored only where changing an unmarked word costs at most this (stripped text). */
const CODE_LETTERS_MAX_TRUST = 2.5;

const PATTERNS: readonly CasePattern[] = ['lower', 'title', 'upper', 'mixed'];

/** Alternatives listed with an edit or an uncertain proposal. */
const MAX_ALTERNATIVES = 3;

/**
 * Choose the best Vietnamese reading of the word tokens.
 * @param tokens the document's tokens
 * @param resources the syllable model and the vocabulary
 * @param options output tone style and the confidence below which changes are only proposed
 * @returns edits over token ranges, `restore-uncertain` warnings for proposals, and counts
 * @example restoreTokens(tokenize('Uy ban nhan dan tinh'), resources, opts).edits[0].replacement // 'Ủy'
 */
export function restoreTokens(tokens: Token[], resources: Resources, options: RestoreOptions): RestoreResult {
  const lm = resources.model.lm;
  const facts = tokens.map((t) => (t.kind === 'word' ? wordFacts(t.value, resources) : undefined));
  const words = facts.filter((f) => f !== undefined);
  const messages: VnfixMessage[] = [];
  // Trust is judged per paragraph (blank-line block) when it has enough words, else for the document:
  // a pasted stripped paragraph in accented text, or a garbled page among clean ones, is read as such.
  const blocks = trustBlocks(tokens, facts);
  const isOcr = (t: DocumentTrust): boolean => t.garbleShare >= OCR_GARBLE && t.garbled >= OCR_GARBLED_WORDS;
  // The OCR channel is opened only for documents that need it (it indexes the whole inventory).
  const ocrAvailable = (blocks.trusts.some(isOcr) || words.some((w) => w.garbledInside && !w.protected)) && openOcrChannel(resources, messages);
  const lattices: LatticeTrust[] = blocks.trusts.map((t) => ({ ...t, ocr: ocrAvailable && isOcr(t), ocrAvailable }));
  const trustAt = (token: number): LatticeTrust => lattices[blocks.blockOf[token]];
  const styleIndex = options.toneStyle === 'traditional' ? 0 : 1;
  const render = (reading: Reading, pattern: CasePattern, from: string): string => {
    if (reading.ids.length > 1) return renderReading(reading, pattern, options.toneStyle, from);
    const key = PATTERNS.indexOf(pattern) * 2 + styleIndex;
    const rendered = (reading.rendered ??= []);
    return (rendered[key] ??= renderReading(reading, pattern, options.toneStyle, from));
  };
  // Whether the line of a token is set in capitals (most of its words of 2+ letters): one pass over the
  // document on first use, then a look-up. Columns that OCR put on one line are judged apart
  // ("- Phòng Nội vụ huyện;      PHÓ CHỦ TỊCH": the signer's title is in capitals).
  let upperLines: Uint8Array | undefined;
  const upperLine = (token: number): boolean => {
    if (!upperLines) {
      upperLines = new Uint8Array(tokens.length);
      for (let start = 0; start < tokens.length; ) {
        let end = start;
        let upper = 0;
        let total = 0;
        for (; end < tokens.length && tokens[end].kind !== 'newline' && !(tokens[end].kind === 'space' && tokens[end].columnGap); end++) {
          const f = facts[end];
          // A lone capital ("SỞ Y TẾ") votes for capitals; other one-letter words do not vote.
          if (f && /^\p{Lu}$/u.test(tokens[end].value)) {
            total++;
            upper++;
            continue;
          }
          if (!f || [...tokens[end].value].length < 2) continue;
          total++;
          if (f.casePattern === 'upper' || (f.casePattern === 'mixed' && mostlyCapitals(tokens[end].value))) upper++;
        }
        if (upper * 2 > total) upperLines.fill(1, start, end);
        start = end + 1;
      }
    }
    return upperLines[token] === 1;
  };
  // In an OCR block most words as read are wrong (the raw OCR scores 11-15%): keeping a word is no safer
  // than changing it, so changes there are made at a lower confidence.
  const threshold = (edge: Edge): number => (trustAt(edge.startToken).ocr ? options.minConfidence * OCR_CONFIDENCE_SCALE : options.minConfidence);
  const edits: Edit[] = [];
  const uncertain: { edit: Edit; from: string }[] = [];
  let syllables = 0;
  const decoder = new SegmentDecoder(lm);
  const scorer = new PosteriorScorer(lm);
  buildLattice(tokens, facts, resources, trustAt, (segment) => {
    syllables += segment.edges.length;
    const path = decoder.decode(segment);
    const steps = path.steps;
    for (let s = 0; s < steps.length; s++) {
      const step = steps[s];
      const edge = step.edge;
      const reading = edge.readings[step.reading];
      if (!edge.word || reading.keep) continue;
      const posteriors = scorer.posteriors(steps, s, path.scores);
      const from = edge.endToken - edge.startToken === 1 ? tokens[edge.startToken].value : tokens.slice(edge.startToken, edge.endToken).map((t) => t.value).join('');
      let pattern = edge.endToken - edge.startToken === 1 ? (facts[edge.startToken]?.casePattern ?? 'lower') : casePatternOf(from);
      // OCR capitals are unreliable where marks were misread (Idi → lợi, BO → Bộ): see ocrCasePattern.
      if (pattern !== 'mixed' && pattern !== 'lower' && reading.ids.length === 1 && edge.endToken - edge.startToken === 1 && (trustAt(edge.startToken).ocr || facts[edge.startToken]?.garbledInside === true)) {
        pattern = ocrCasePattern(from, reading.text, upperLine(edge.startToken), mayStartSentence(tokens, edge.startToken));
      }
      // A word in capitals whose marked vowel OCR read as a small letter ("CHi THI" for CHỈ THỊ), or whose
      // first letter it read small ("xA PHU AN" for XÃ PHÚ AN).
      else if (pattern === 'mixed' && (mostlyCapitals(from) || /^\p{Ll}\p{Lu}+$/u.test(from)) && upperLine(edge.startToken)) pattern = 'upper';
      // A garbled word on a line in capitals ("s6 Y TE" for SỞ Y TẾ): OCR's small letters there are misreads.
      // So is the first word of such a line ("sé CONG THUONG" for SỞ CÔNG THƯƠNG).
      else if (pattern === 'lower' && (/\d/.test(from) || startsLine(tokens, edge.startToken)) && trustAt(edge.startToken).ocr && upperLine(edge.startToken)) pattern = 'upper';
      const confidence = posteriors[step.reading];
      const alternatives = topAlternatives(posteriors, edge.readings.length, step.reading).map((i) => render(edge.readings[i], pattern, from));
      const edit: Edit = {
        startToken: edge.startToken,
        endToken: edge.endToken,
        replacement: render(reading, pattern, from),
        confidence,
        ruleId: ruleOf(edge, reading),
        applied: confidence >= threshold(edge),
        alternatives,
      };
      edits.push(edit);
      // Unsure changes are reported whether or not they were made (OCR blocks make some below the threshold).
      if (confidence < options.minConfidence) uncertain.push({ edit, from });
    }
  });
  // OCR splits the horn of ư or ơ off as a quote ("cu’ trú", "gitt’ nguyên" for cư, giữ): a word
  // restored with a horn at its end takes the quote glued after it along. (A footnote mark read as a
  // quote was set apart as a mark before the repair.)
  for (const edit of edits) {
    const quote = tokens[edit.endToken];
    const after = tokens[edit.endToken + 1];
    if (quote?.kind !== 'punct' || !/^['’`]$/.test(quote.value) || (after !== undefined && after.kind === 'word')) continue;
    if (/\u031B/.test(edit.replacement.slice(-1).normalize('NFD'))) edit.endToken++;
  }
  // And a vowel with its marks as a question or exclamation mark ("st? dụng", "tht? hai" for sử, thứ):
  // a word OCR read with no vowel, restored, takes the sign glued after it along where the sentence
  // goes on in lower case.
  // (A sign that is no punctuation after the consonants a syllable starts with, "x{," and "tr¢." for
  // xã, trợ, is taken wherever it stands; after other consonants it is a footnote mark, "hd}." for hộ⁽¹⁾.)
  for (const edit of edits) {
    const sign = tokens[edit.endToken];
    const [space, next] = [tokens[edit.endToken + 1], tokens[edit.endToken + 2]];
    const read = tokens.slice(edit.startToken, edit.endToken).map((t) => t.value).join('');
    const goesOn = space?.kind === 'space' && next?.kind === 'word' && /^\p{Ll}/u.test(next.value);
    const vowelless = /^\p{L}+$/u.test(read) && !/[aeiouyvw]/i.test(fold(read));
    // (Not m: "m°" is a unit's exponent.)
    const onset = isOnset(fold(read).toLowerCase()) && fold(read).toLowerCase() !== 'm';
    if (sign?.kind === 'punct' && vowelless && ((/^[?!]$/.test(sign.value) && goesOn) || (/^[{}¢©®@°§|~<>^]$/u.test(sign.value) && onset))) edit.endToken++;
  }
  // Codes are not scored by the LM; in stripped text (where unmarked words are not trusted) the Đ of
  // their abbreviations is put back. In accented text a D in a code is meant.
  const lexicon = resources.lexicon;
  tokens.forEach((token, i) => {
    if (token.kind !== 'code' || trustAt(i).unmarked > CODE_LETTERS_MAX_TRUST) return;
    const restored = restoreCodeLetters(token.value, lexicon);
    if (restored !== null) {
      const edit: Edit = { startToken: i, endToken: i + 1, replacement: restored, confidence: CODE_LETTERS_CONFIDENCE, ruleId: 'restore-diacritics', applied: CODE_LETTERS_CONFIDENCE >= options.minConfidence, alternatives: [] };
      edits.push(edit);
      if (!edit.applied) uncertain.push({ edit, from: token.value });
    }
  });
  // Debris in OCR blocks (stamps, signatures, marks such as ® or (z)) is kept as read; say so.
  const debris = ocrAvailable ? tokens.flatMap((token, i) => (trustAt(i).ocr && isDebris(token, resources) ? [i] : [])) : [];
  const points = tokenPoints(tokens);
  messages.push(...uncertainMessages(points, uncertain));
  messages.push(
    ...debris.map((i) => ({
      reason: `"${tokens[i].value}" looks like stamp, signature or footnote-mark debris; left as it is`,
      place: points[i],
      ruleId: 'restore-ocr-debris',
      source: 'vnfix' as const,
      fatal: false,
      actual: tokens[i].value,
    })),
  );
  return {
    edits,
    messages,
    stats: {
      words: words.length,
      invalidWords: words.filter((w) => !w.valid && !w.protected).length,
      lowConfidence: uncertain.length,
      syllables,
    },
  };
}

/** The output text of a reading, in the case pattern of what it replaces and the requested tone style. */
function renderReading(reading: Reading, pattern: CasePattern, style: ToneStyle, from: string): string {
  // Mixed case is mostly OCR misreading case (CHiNH, tHanh): follow the majority of the letters.
  if (pattern === 'mixed') pattern = majorityCase(from);
  const syllables = reading.text.split(' ');
  if (syllables.length === 1) return applyCasePattern(placeTone(reading.text, style), pattern);
  // A split ("vốnđầu" → "vốn đầu", "Namlà" → "Nam là"): each syllable takes the case of its own letters.
  const letters = [...from.replace(/\s+/g, '')];
  const lengths = syllables.map((x) => [...x].length);
  const aligned = letters.length === lengths.reduce((a, b) => a + b, 0);
  let at = 0;
  return syllables
    .map((syllable, k) => {
      const own = aligned ? casePatternOf(letters.slice(at, (at += lengths[k])).join('')) : k === 0 || pattern === 'upper' ? pattern : 'lower';
      return applyCasePattern(placeTone(syllable, style), own);
    })
    .join(' ');
}

/**
 * The case of a mixed-case word (OCR misreads case too): mostly capitals after the first letter → upper
 * (CHiNH), else title or lower by the first letter (D&i → Đối, sO → sở). Measured on the OCR rows of
 * scripts/eval.ts, where such words are mostly title or lower case in the gold.
 */
function majorityCase(word: string): CasePattern {
  const letters = [...word].filter((c) => c.toLowerCase() !== c.toUpperCase());
  if (letters.length === 0) return 'lower';
  const rest = letters.slice(1);
  const upper = rest.filter((c) => c !== c.toLowerCase()).length;
  if (rest.length >= 2 && upper * 2 > rest.length) return 'upper';
  return letters[0] !== letters[0].toLowerCase() ? 'title' : 'lower';
}

/** Indices of the most probable readings other than the chosen one, best first. */
function topAlternatives(posteriors: ArrayLike<number>, count: number, chosen: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < count; i++) {
    if (i === chosen) continue;
    let at = top.length;
    while (at > 0 && posteriors[top[at - 1]] < posteriors[i]) at--;
    if (at < MAX_ALTERNATIVES) {
      top.splice(at, 0, i);
      if (top.length > MAX_ALTERNATIVES) top.pop();
    }
  }
  return top;
}

function ruleOf(edge: Edge, reading: Reading): string {
  if (edge.endToken - edge.startToken > 1) return 'join-fragments';
  if (reading.ids.length > 1) return 'split-token';
  return 'restore-diacritics';
}

/** Marks that never stand for a letter, read by OCR from stamps or footnote marks. */
const DEBRIS_MARKS = /[®©™]/u;

/** Whether a token of an OCR block is debris rather than a misread word. */
function isDebris(token: Token, resources: Resources): boolean {
  if (token.kind === 'punct') return DEBRIS_MARKS.test(token.value);
  return token.kind === 'word' && isOcrJunk(token.value, resources);
}

/** The line and column (of the normalised text) of every token. */
function tokenPoints(tokens: Token[]): Point[] {
  const points: Point[] = [];
  let line = 1;
  let lineStart = 0;
  for (const token of tokens) {
    points.push({ line, column: token.offset - lineStart + 1, offset: token.offset });
    if (token.kind === 'newline') {
      line++;
      lineStart = token.offset + token.value.length;
    }
  }
  return points;
}

/** Warnings for proposed changes, placed by line and column of the (normalised) text. */
function uncertainMessages(points: Point[], uncertain: { edit: Edit; from: string }[]): VnfixMessage[] {
  return uncertain.map(({ edit, from }) => ({
    reason: `uncertain reading of "${from}": "${edit.replacement}" (confidence ${edit.confidence.toFixed(2)}), or ${(edit.alternatives ?? []).map((a) => `"${a}"`).join(', ')}; ${edit.applied ? 'changed all the same (most words of this OCR block are misread)' : 'left unchanged'}`,
    place: points[edit.startToken],
    ruleId: 'restore-uncertain',
    source: 'vnfix',
    fatal: false,
    actual: from,
    expected: [edit.replacement, ...(edit.alternatives ?? [])],
    confidence: edit.confidence,
  }));
}

/** Capital first, and more capitals than small letters: "CHi", "NGHi". */
function mostlyCapitals(word: string): boolean {
  const letters = [...word].filter((c) => c.toLowerCase() !== c.toUpperCase());
  const capitals = letters.filter((c) => c !== c.toLowerCase()).length;
  return letters.length > 0 && letters[0] !== letters[0].toLowerCase() && capitals >= 2 && capitals * 2 > letters.length;
}

/**
 * Whether the word at token `at` may start a sentence: the text's first word, or the first after a
 * full stop, a question or exclamation mark, a blank line, or a line whose text ended with one of them
 * (or with a colon: a list item may start with a capital).
 */
/** The token at `at` is the first of its line (spaces aside). */
function startsLine(tokens: Token[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    if (tokens[i].kind === 'newline') return true;
    if (tokens[i].kind !== 'space') return false;
  }
  return true;
}

function mayStartSentence(tokens: Token[], at: number): boolean {
  let newlines = 0;
  for (let i = at - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.kind === 'space') continue;
    if (t.kind === 'newline') {
      if (++newlines === 2) return true;
      continue;
    }
    if (t.kind === 'punct' || t.kind === 'mark') {
      if (/[.!?]/.test(t.value) || (newlines > 0 && /[:;]/.test(t.value))) return true;
      if (/^[-–•+*"“(]+$/.test(t.value)) continue;
      return false;
    }
    // A word, number or code before it: inside a sentence, unless a line ended between them and
    // what follows is an item of a list.
    return false;
  }
  return true;
}
