import type { Edit, RepairStats, Token, ToneStyle, VnfixMessage } from '../document/types.js';
import type { Resources } from '../resources.js';

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
 * Choose the best Vietnamese reading of the word tokens. (Placeholder: passes words through.)
 * @returns edits over token ranges, messages and counts
 */
export function restoreTokens(tokens: Token[], _resources: Resources, _options: RestoreOptions): RestoreResult {
  const words = tokens.filter((t) => t.kind === 'word').length;
  return { edits: [], messages: [], stats: { words, invalidWords: 0, lowConfidence: 0, syllables: words } };
}
