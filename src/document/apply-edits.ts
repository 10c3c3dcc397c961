import type { NormalizedText } from '../normalize/normalize-text.js';
import { LineIndex } from './line-index.js';
import type { Change, Edit, Token } from './types.js';

/**
 * Apply the restoration stage's edits to the normalised token list and describe each as a Change
 * positioned in the original input.
 * @param input the text as decoded
 * @param normalized the normalised text with its offset map
 * @param tokens the tokens of the normalised text
 * @param edits non-overlapping edits, in any order
 * @returns the output text and the changes in input order
 */
export function applyEdits(
  input: string,
  normalized: NormalizedText,
  tokens: Token[],
  edits: Edit[],
): { text: string; changes: Change[] } {
  const sorted = [...edits].sort((a, b) => a.startToken - b.startToken);
  const lines = new LineIndex(input);
  const changes: Change[] = [];
  let out = '';
  let next = 0;
  for (const edit of sorted) {
    for (; next < edit.startToken; next++) out += tokens[next].value;
    const from = tokens.slice(edit.startToken, edit.endToken).map((t) => t.value).join('');
    const start = tokens[edit.startToken].offset;
    const inputOffset = normalized.toInput(start);
    const point = lines.point(inputOffset);
    if (from !== edit.replacement) {
      changes.push({
        line: point.line,
        column: point.column,
        offset: inputOffset,
        from,
        to: edit.replacement,
        confidence: edit.confidence,
        ruleId: edit.ruleId,
        applied: edit.applied,
        ...(edit.alternatives ? { alternatives: edit.alternatives } : {}),
      });
    }
    out += edit.applied ? edit.replacement : from;
    next = edit.endToken;
  }
  for (; next < tokens.length; next++) out += tokens[next].value;
  return { text: out, changes };
}
