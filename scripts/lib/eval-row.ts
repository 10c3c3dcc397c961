/**
 * Rows of `npm run eval`: each row is a set of (input, reference) texts, scored by the one syllable
 * metric (scripts/lib/syllable-metric.ts): syllable accuracy before and after, whole-sentence accuracy
 * and the share of input syllables that were already right and stayed so.
 * Other modules add rows by exporting more EvalRow values (see scripts/eval.ts).
 */
import { Resources } from '../../src/index.js';
import { repair } from '../../src/index.js';
import { applyCasePattern, casePatternOf, fold, placeTone } from '../../src/syllable/index.js';
import { tokenize } from '../../src/tokenize/tokenize.js';
import { addCounts, scoreText, zeroCounts } from './syllable-metric.js';

/** One test line. */
export interface EvalPair {
  input: string;
  reference: string;
}

/** One row of the table. */
export interface EvalRow {
  name: string;
  /** What the lines are and where they come from. */
  source: string;
  pairs(): EvalPair[];
}

/** What a system turns an input line into. */
export type System = (input: string) => string;

/** Scores of a system on a row. */
export interface EvalScores {
  lines: number;
  syllables: number;
  /** restored syllable equals the reference (tone placement style ignored) */
  syllableAccuracy: number;
  /** sentences (split at . ! ? ; : of the reference) whose every syllable is right */
  sentenceAccuracy: number;
  sentences: number;
  /** of the input syllables that already equal the reference, the share still equal after repair */
  kept: number;
  /** the input itself scored against the reference ("before") */
  inputAccuracy: number;
  seconds: number;
}

const same = (a: string, b: string): boolean => a === b || placeTone(a, 'traditional') === placeTone(b, 'traditional');

/**
 * Score a system on pairs.
 * @param pairs inputs and references
 * @param system the system
 * @returns scores
 */
export function scoreSystem(pairs: EvalPair[], system: System): EvalScores {
  const total = zeroCounts();
  const before = zeroCounts();
  const started = performance.now();
  for (const { input, reference } of pairs) {
    addCounts(total, scoreText(reference, system(input), input));
    addCounts(before, scoreText(reference, input));
  }
  return {
    lines: pairs.length,
    syllables: total.syllables,
    syllableAccuracy: total.correct / Math.max(1, total.syllables),
    sentenceAccuracy: total.sentencesRight / Math.max(1, total.sentences),
    sentences: total.sentences,
    kept: total.keepable === 0 ? NaN : total.kept / total.keepable,
    inputAccuracy: before.correct / Math.max(1, before.syllables),
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * Remove every Vietnamese mark, keeping case: the diacritic-stripped input.
 * @param line accented text
 * @returns stripped text
 */
export function stripMarks(line: string): string {
  return fold(line);
}

/**
 * vnfix's restoration as a system.
 * @param resources loaded data
 * @param minConfidence changes less sure than this are left unmade (the library default is 0.5)
 * @returns the system
 */
export function vnfixSystem(resources: Resources, minConfidence = 0.5): System {
  return (input) => repair(input, resources, { minConfidence }).text;
}

/**
 * The baseline: each word becomes the most frequent accented form of its fold, no context.
 * @param resources loaded data
 * @returns the system
 */
export function baselineSystem(resources: Resources): System {
  const model = resources.model;
  const memo = new Map<string, string>();
  return (input) =>
    tokenize(input)
      .map((t) => {
        if (t.kind !== 'word') return t.value;
        let out = memo.get(t.value);
        if (out === undefined) {
          const ids = model.foldIndex.lookup(fold(t.value.toLowerCase()));
          out = ids.length === 0 ? t.value : applyCasePattern(model.vocabulary.text(ids[0]), casePatternOf(t.value));
          memo.set(t.value, out);
        }
        return out;
      })
      .join('');
}

/** Precision of the changes in one confidence band. */
export interface CalibrationBand {
  from: number;
  to: number;
  changes: number;
  correct: number;
}

/**
 * How often a change is right, by its confidence (all changes made, whatever the threshold): the
 * confidence is meant as the probability that the change is right.
 * @param pairs stripped inputs and references
 * @param resources loaded data
 * @returns bands of confidence with their precision
 */
export function calibration(pairs: EvalPair[], resources: Resources): CalibrationBand[] {
  const edges = [0, 0.5, 0.7, 0.9, 0.99, 1.0001];
  const bands = edges.slice(0, -1).map((from, i) => ({ from, to: Math.min(edges[i + 1], 1), changes: 0, correct: 0 }));
  for (const { input, reference } of pairs) {
    // Stripping keeps every character's place, so a change's span reads the same span of the reference.
    if (input.length !== reference.length) continue;
    for (const change of repair(input, resources, { minConfidence: 0 }).changes) {
      const band = bands.find((b, i) => change.confidence < edges[i + 1]) ?? bands[bands.length - 1];
      band.changes++;
      if (same(reference.slice(change.offset, change.offset + change.from.length), change.to)) band.correct++;
    }
  }
  return bands;
}
