import type { RepairResult } from '../index.js';

/** Output formats. */
export type OutputFormat = 'text' | 'md' | 'json';

/** Options of {@link render}. */
export interface RenderOptions {
  /** Name of the input, recorded in JSON output. */
  source?: string;
}

/**
 * Render a repaired document. (Placeholder: text for every format until structure lands.)
 * @returns the output file's content
 */
export function render(result: RepairResult, format: OutputFormat, options: RenderOptions = {}): string {
  void options;
  if (format === 'json') return JSON.stringify({ text: result.text, changes: result.changes }, null, 2) + '\n';
  return result.text;
}
