import type { LineFeatures, RemovedLine } from './types.js';
import type { StructureData } from './structure-data.js';
import { foldText } from './fold.js';

/** Page-break debris found in a document. */
export interface PageDebris {
  /** Removed lines by line number. */
  removed: Map<number, RemovedLine>;
  /** Line numbers where a page ends (the first debris line of each break). */
  breaks: number[];
}

/**
 * Find the lines a page break leaves in OCR text: form feeds, page numbers alone on a line, and
 * running headers repeated at the top of pages.
 * @param features line features
 * @param data structure phrase lists (page-number words)
 * @returns removed lines and page-break positions
 */
export function findPageDebris(features: LineFeatures[], data: StructureData): PageDebris {
  const removed = new Map<number, RemovedLine>();
  const breaks: number[] = [];
  const blankAt = (i: number): boolean => i < 0 || i >= features.length || features[i].blank;
  for (let i = 0; i < features.length; i++) {
    const f = features[i];
    if (f.formFeed && f.blank) {
      removed.set(f.line, { line: f.line, text: f.raw, reason: 'form-feed' });
      breaks.push(f.line);
      continue;
    }
    if (f.formFeed) breaks.push(f.line);
    const pageNumber = isPageNumber(f.text, data);
    // A page number stands apart: a blank line or a page edge on at least one side, and it is not
    // inside a run of bare numbers (a flattened table's first column).
    if (pageNumber && (blankAt(i - 1) || blankAt(i + 1) || f.formFeed || features[i - 1]?.formFeed || features[i + 1]?.formFeed)) {
      const neighbours = [features[i - 1], features[i + 1]].filter((n) => n && !n.blank);
      if (neighbours.every((n) => !/^\d{1,3}$/.test(n.text))) {
        removed.set(f.line, { line: f.line, text: f.raw, reason: 'page-number' });
        if (!f.formFeed) breaks.push(f.line);
      }
    }
  }
  removeRunningHeaders(features, removed, breaks);
  breaks.sort((a, b) => a - b);
  return { removed, breaks: [...new Set(breaks)] };
}

function isPageNumber(text: string, data: StructureData): boolean {
  let t = text.replace(/^[-–—\s]+|[-–—\s]+$/g, '');
  const folded = foldText(t);
  for (const word of data.pageNumberWords) {
    const w = foldText(word);
    if (folded.startsWith(w + ' ')) t = t.slice(w.length + 1).trim();
  }
  return /^\d{1,3}(\s*\/\s*\d{1,3})?$/.test(t) && Number(t.split('/')[0]) > 0;
}

/** A line that opens two or more pages with the same text is a running header. */
function removeRunningHeaders(features: LineFeatures[], removed: Map<number, RemovedLine>, breaks: number[]): void {
  const firstAfter = new Map<string, number[]>();
  for (const lineNumber of breaks) {
    let i = lineNumber; // features index of the line after the break line
    if (features[lineNumber - 1]?.formFeed && !features[lineNumber - 1].blank) i = lineNumber - 1;
    while (i < features.length && (features[i].blank || removed.has(features[i].line))) i++;
    if (i >= features.length) continue;
    const f = features[i];
    if (f.text.length > 90) continue;
    const key = foldText(f.text).replace(/\d+/g, '#');
    // A page number and the form feed after it are one break: count each line once.
    firstAfter.set(key, [...new Set([...(firstAfter.get(key) ?? []), f.line])]);
  }
  for (const lines of firstAfter.values()) {
    if (lines.length < 2) continue;
    for (const line of lines) removed.set(line, { line, text: features[line - 1].raw, reason: 'page-header' });
  }
}
