/**
 * vnfix library API: repair Vietnamese OCR text. The stages run in order: normalise → tokenise →
 * restore → apply edits. Structure and output formats live in `vnfix/render` (`render(result, format)`),
 * kept apart so that text-only use never loads the Markdown stack.
 */
import { normalizeText } from './normalize/normalize-text.js';
import { tokenize } from './tokenize/tokenize.js';
import { restoreTokens } from './restore/restore-tokens.js';
import { keepNoteMarks, splitGluedMarks } from './restore/glued-marks.js';
import { noteMarkSpans } from './structure/note-mark-spans.js';
import { applyEdits } from './document/apply-edits.js';
import type { Change, RepairStats, ToneStyle, VnfixMessage } from './document/types.js';
import { Resources } from './resources.js';

export type { Change, Edit, Point, Position, RepairStats, Token, ToneStyle, VnfixMessage } from './document/types.js';
export { Resources } from './resources.js';

/** Options of {@link repair}. */
export interface RepairOptions {
  /** Tone-mark placement of the output (default `traditional`: hòa, thủy, Ủy ban). */
  toneStyle?: ToneStyle;
  /** Changes whose confidence is below this are only proposed, not made (default 0.5). */
  minConfidence?: number;
}

/** What {@link repair} returns. */
export interface RepairResult {
  /** The input as decoded (before normalisation). */
  input: string;
  /** The repaired text: same number of lines as the input. */
  text: string;
  /** Every word-level change, applied or proposed, in input order. */
  changes: Change[];
  messages: VnfixMessage[];
  stats: RepairStats;
}

/**
 * Repair one document's text.
 * @param input decoded text
 * @param resources loaded dictionaries and models
 * @param options tone style and confidence threshold
 * @returns repaired text, changes, messages and counts
 * @example repair('ciia Ban Bi thw', new Resources()).text // 'của Ban Bí thư'
 */
export function repair(input: string, resources: Resources = new Resources(), options: RepairOptions = {}): RepairResult {
  const resolved = { toneStyle: options.toneStyle ?? 'traditional', minConfidence: options.minConfidence ?? 0.5 } as const;
  const normalized = normalizeText(input);
  const tokens = keepNoteMarks(splitGluedMarks(tokenize(normalized.text), resources.model), noteMarkSpans(normalized.text, resources.structureData));
  const restored = restoreTokens(tokens, resources, resolved);
  const applied = applyEdits(input, normalized, tokens, restored.edits);
  return {
    input,
    text: applied.text,
    changes: applied.changes,
    messages: restored.messages,
    stats: { ...restored.stats, changed: applied.changes.filter((c) => c.applied).length },
  };
}
