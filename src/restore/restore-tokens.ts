/**
 * The restoration stage: choose the best Vietnamese reading of the word tokens with the syllable LM,
 * and report every change with its confidence. Uncertain changes are proposed, not made.
 */
import type { Edit, Point, RepairStats, Token, ToneStyle, VnfixMessage } from '../document/types.js';
import type { Resources } from '../resources.js';
import { applyCasePattern, casePatternOf, isValidSyllable, placeTone } from '../syllable/index.js';
import { readingPosteriors, pathScores } from './confidence.js';
import { estimateTrust } from './document-trust.js';
import { buildLattice, type Edge, type Reading } from './lattice.js';
import { decodeSegment } from './viterbi.js';

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
  const lexicon = resources.lexicon;
  const lm = resources.model.lm;
  const words = tokens.filter((t) => t.kind === 'word').map((t) => t.value);
  const trust = estimateTrust(words.filter((w) => !lexicon.isProtected(w)));
  const { segments } = buildLattice(tokens, resources, trust);
  const edits: Edit[] = [];
  const uncertain: { edit: Edit; from: string }[] = [];
  let syllables = 0;
  for (const segment of segments) {
    syllables += segment.edges.length;
    const path = decodeSegment(segment, lm);
    let scores: ReturnType<typeof pathScores> | null = null;
    path.steps.forEach((step, s) => {
      const edge = step.edge;
      const reading = edge.readings[step.reading];
      if (!edge.word || reading.keep) return;
      scores ??= pathScores(path.steps, lm);
      const posteriors = readingPosteriors(path.steps, s, scores, lm);
      const from = tokens.slice(edge.startToken, edge.endToken).map((t) => t.value).join('');
      const confidence = posteriors[step.reading];
      const alternatives = edge.readings
        .map((r, i) => ({ r, p: posteriors[i], i }))
        .filter((x) => x.i !== step.reading)
        .sort((a, b) => b.p - a.p)
        .slice(0, MAX_ALTERNATIVES)
        .map((x) => render(x.r, from, options.toneStyle));
      const edit: Edit = {
        startToken: edge.startToken,
        endToken: edge.endToken,
        replacement: render(reading, from, options.toneStyle),
        confidence,
        ruleId: ruleOf(edge, reading),
        applied: confidence >= options.minConfidence,
        alternatives,
      };
      edits.push(edit);
      if (!edit.applied) uncertain.push({ edit, from });
    });
  }
  const messages = uncertainMessages(tokens, uncertain);
  return {
    edits,
    messages,
    stats: {
      words: words.length,
      invalidWords: words.filter((w) => !isValidSyllable(w) && !lexicon.isProtected(w)).length,
      lowConfidence: uncertain.length,
      syllables,
    },
  };
}

/** The output text of a reading, in the case pattern of what it replaces and the requested tone style. */
function render(reading: Reading, from: string, style: ToneStyle): string {
  const pattern = casePatternOf(from);
  return reading.text
    .split(' ')
    .map((syllable) => applyCasePattern(placeTone(syllable, style), pattern))
    .join(' ');
}

function ruleOf(edge: Edge, reading: Reading): string {
  if (edge.endToken - edge.startToken > 1) return 'join-fragments';
  if (reading.ids.length > 1) return 'split-token';
  return 'restore-diacritics';
}

/** Warnings for proposed changes, placed by line and column of the (normalised) text. */
function uncertainMessages(tokens: Token[], uncertain: { edit: Edit; from: string }[]): VnfixMessage[] {
  if (uncertain.length === 0) return [];
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
  return uncertain.map(({ edit, from }) => ({
    reason: `uncertain reading of "${from}": "${edit.replacement}" (confidence ${edit.confidence.toFixed(2)}), or ${(edit.alternatives ?? []).map((a) => `"${a}"`).join(', ')}; left unchanged`,
    place: points[edit.startToken],
    ruleId: 'restore-uncertain',
    source: 'vnfix',
    fatal: false,
    actual: from,
    expected: [edit.replacement, ...(edit.alternatives ?? [])],
    confidence: edit.confidence,
  }));
}
