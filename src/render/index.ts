import type { RepairResult } from '../index.js';
import type { StructureData } from '../structure/structure-data.js';
import { detectStructure } from '../structure/detect-structure.js';
import { isMarkdownSource, plainFromMarkdown } from '../structure/markdown-source.js';
import { loadStructureData } from '../structure/structure-data.js';
import { applyHeaderRewrites } from '../structure/fixed-phrases.js';
import { toMdast } from '../structure/to-mdast.js';
import { toMarkdown } from './to-markdown.js';
import { toJson } from './to-json.js';

export { toMarkdown } from './to-markdown.js';
export { detectStructure } from '../structure/detect-structure.js';
export { toMdast } from '../structure/to-mdast.js';
export type { DocumentStructure, Block, Footnote, HeaderFields } from '../structure/types.js';
export { toJson, SCHEMA_VERSION } from './to-json.js';
export { applyHeaderRewrites } from '../structure/fixed-phrases.js';

/** Output formats. */
export type OutputFormat = 'text' | 'md' | 'json';

/** Options of {@link render}. */
export interface RenderOptions {
  /** Name of the input, recorded in JSON output (a `.md` name marks a Markdown input). */
  source?: string;
  /** Structure phrase lists (default: the shipped `dictionaries/structure.yaml`). */
  structureData?: StructureData;
  /** Header words rewritten to their fixed spelling with less confidence are only proposed (default 0.5). */
  minConfidence?: number;
}

/**
 * Render a repaired document: `text` is the repaired text line for line, `md` the document's
 * structure as Markdown (GFM tables and footnotes), `json` the structure as a versioned JSON document.
 * A Markdown input (by its name or its markup) is written back as it was with its words repaired.
 * In every format the header's fixed wording (the motto, the issuer's own place name) is restored
 * first ({@link applyHeaderRewrites}), each rewritten word a reported change.
 * @param result what `repair` returned
 * @param format output format
 * @param options source name, phrase lists, confidence threshold
 * @returns the output file's content
 */
export function render(result: RepairResult, format: OutputFormat, options: RenderOptions = {}): string {
  const data = options.structureData ?? loadStructureData();
  const fixed = applyHeaderRewrites(result, data, options.minConfidence);
  if (format === 'text') return fixed.text;
  // A Markdown input keeps its own markup: only its words are repaired.
  const markdown = isMarkdownSource(fixed.text, options.source);
  if (markdown && format === 'md') return fixed.text;
  const structure = detectStructure(markdown ? plainFromMarkdown(fixed.text) : fixed.text, { data });
  if (format === 'md') return toMarkdown(toMdast(structure));
  return JSON.stringify(toJson(structure, fixed, { source: options.source }), null, 2) + '\n';
}
