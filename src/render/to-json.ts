import type { RepairResult } from '../index.js';
import type { Block, DocumentStructure } from '../structure/types.js';
import type { Change } from '../document/types.js';

/** Version of the JSON output; see schema/vnfix-document.schema.json. Bump the major on breaking changes. */
export const SCHEMA_VERSION = '1.1.0';

/** Options of {@link toJson}. */
export interface ToJsonOptions {
  /** Name of the input. */
  source?: string;
}

/**
 * The JSON document of a repaired file: header fields, blocks, footnotes, removed page debris, word
 * changes and messages, in the shape of `schema/vnfix-document.schema.json`.
 * @param structure the document's structure
 * @param result the repair result (changes, messages, stats)
 * @param options source name
 * @returns a plain object ready for JSON.stringify
 */
export function toJson(structure: DocumentStructure, result: RepairResult, options: ToJsonOptions = {}): Record<string, unknown> {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: options.source ?? null,
    header: structure.header ?? null,
    blocks: structure.blocks.map((block) => withTextConfidence(block, result.changes)),
    footnotes: structure.footnotes,
    removed: structure.removed,
    changes: result.changes,
    messages: [...result.messages, ...structure.messages],
    stats: result.stats,
  };
}

/**
 * Add the lowest confidence of the word changes made or proposed on a block's lines, so a reader can
 * find the blocks whose words are least sure; blocks without changes get none.
 */
function withTextConfidence(block: Block, changes: Change[]): Block & { textConfidence?: number } {
  let lowest: number | undefined;
  for (const change of changes) {
    if (change.line < block.lines[0] || change.line > block.lines[1]) continue;
    lowest = lowest === undefined ? change.confidence : Math.min(lowest, change.confidence);
  }
  return lowest === undefined ? block : { ...block, textConfidence: lowest };
}
