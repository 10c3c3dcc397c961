/**
 * The one syllable metric of vnfix's evaluation (npm run eval, npm run eval:ocr), as
 * ../shared/dev/README.md defines it:
 *  - a text is scored LINE BY LINE: line N of the output against line N of the reference (vnfix keeps
 *    the line structure in text output; an OCR page is repaired as one document, then split at its lines);
 *  - the scored tokens of a line are its whitespace tokens that hold a letter, edge punctuation
 *    trimmed, tone placement canonicalised (traditional) on both sides;
 *  - within a line, output tokens are aligned with reference tokens by a longest common subsequence,
 *    so a joined or split fragment costs only the tokens it breaks;
 *  - accuracy = matched reference tokens / reference tokens.
 * Sentences (for whole-sentence accuracy) end at a reference token ending in . ! ? ; : … and at a
 * blank line.
 *
 * Why one module: scripts/eval.ts used to score with the tokenizer's word tokens over a whole page and,
 * when the output had as many words as the reference, compared them position by position without
 * aligning; one dropped word plus one added debris token on a page then shifted every later word
 * (pagella page 1: 53% instead of 98%), so the same output scored 92.31% there and 96.39% in eval:ocr.
 */
import { placeTone } from '../../src/syllable/index.js';

/** A scored token of a reference or output line. */
export interface ScoredToken {
  /** trimmed, tone-canonical text */
  text: string;
  /** the whitespace token ends a sentence (. ! ? ; : … after the letters) */
  endsSentence: boolean;
}

const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * The scored tokens of one line.
 * @param line one line of text
 * @returns whitespace tokens with a letter, edge punctuation trimmed, tone placement canonicalised
 */
export function lineTokens(line: string): ScoredToken[] {
  const out: ScoredToken[] = [];
  for (const raw of line.split(/\s+/u)) {
    if (!/\p{L}/u.test(raw)) continue;
    out.push({ text: placeTone(raw.replace(EDGE, ''), 'traditional'), endsSentence: /[.!?;:…][^\p{L}\p{N}]*$/u.test(raw) });
  }
  return out;
}

/**
 * The scored token texts of one line.
 * @param line one line of text
 * @returns their texts
 */
export function scoredTokens(line: string): string[] {
  return lineTokens(line).map((t) => t.text);
}

/**
 * For each reference token, whether a longest common subsequence with `other` matches it.
 * @param ref reference tokens
 * @param other output (or input) tokens
 * @returns one flag per reference token
 */
export function alignMatches(ref: string[], other: string[]): boolean[] {
  const n = ref.length;
  const m = other.length;
  if (n === m && ref.every((w, i) => w === other[i])) return ref.map(() => true);
  const w = m + 1;
  const table = new Int32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] = ref[i] === other[j] ? table[(i + 1) * w + j + 1] + 1 : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
    }
  }
  const matched = ref.map(() => false);
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (ref[i] === other[j]) {
      matched[i] = true;
      i++;
      j++;
    } else if (table[(i + 1) * w + j] >= table[i * w + j + 1]) i++;
    else j++;
  }
  return matched;
}

/** Counts of one text or many. */
export interface SyllableCounts {
  /** reference tokens */
  syllables: number;
  /** of those, matched in the output */
  correct: number;
  /** reference tokens already matched in the input */
  keepable: number;
  /** of those, still matched in the output */
  kept: number;
  sentences: number;
  /** sentences whose every reference token is matched in the output */
  sentencesRight: number;
}

/** Counts with every field 0. */
export const zeroCounts = (): SyllableCounts => ({ syllables: 0, correct: 0, keepable: 0, kept: 0, sentences: 0, sentencesRight: 0 });

/**
 * Adds `b` into `a`.
 * @param a running total (changed)
 * @param b counts to add
 * @returns a
 */
export function addCounts(a: SyllableCounts, b: SyllableCounts): SyllableCounts {
  a.syllables += b.syllables;
  a.correct += b.correct;
  a.keepable += b.keepable;
  a.kept += b.kept;
  a.sentences += b.sentences;
  a.sentencesRight += b.sentencesRight;
  return a;
}

/**
 * Scores an output text against its reference, line by line.
 * @param reference the gold text (lines separated by \n)
 * @param output the system's text, line for line
 * @param input the system's input, line for line (for "kept"); omitted: kept is not counted
 * @returns counts
 */
export function scoreText(reference: string, output: string, input?: string): SyllableCounts {
  const refLines = reference.split('\n');
  const outLines = output.split('\n');
  const inLines = input?.split('\n');
  const c = zeroCounts();
  let sentenceOpen = false;
  let sentenceOk = true;
  const closeSentence = () => {
    if (!sentenceOpen) return;
    c.sentences++;
    if (sentenceOk) c.sentencesRight++;
    sentenceOpen = false;
    sentenceOk = true;
  };
  for (let i = 0; i < refLines.length; i++) {
    const ref = lineTokens(refLines[i]);
    if (ref.length === 0 && refLines[i].trim() === '') closeSentence();
    const texts = ref.map((t) => t.text);
    const outOk = alignMatches(texts, scoredTokens(outLines[i] ?? ''));
    const inOk = inLines ? alignMatches(texts, scoredTokens(inLines[i] ?? '')) : undefined;
    for (let k = 0; k < ref.length; k++) {
      c.syllables++;
      sentenceOpen = true;
      if (outOk[k]) c.correct++;
      else sentenceOk = false;
      if (inOk?.[k]) {
        c.keepable++;
        if (outOk[k]) c.kept++;
      }
      if (ref[k].endsSentence) closeSentence();
    }
  }
  closeSentence();
  return c;
}

/**
 * Syllable accuracy of output lines against reference lines (one text).
 * @param gold reference lines
 * @param out output lines
 * @returns reference tokens and matched ones
 */
export function syllableAccuracy(gold: string[], out: string[]): { syllables: number; correct: number } {
  const c = scoreText(gold.join('\n'), out.join('\n'));
  return { syllables: c.syllables, correct: c.correct };
}
