import type { LineFeatures, RemovedLine } from './types.js';
import type { StructureData } from './structure-data.js';
import { foldText } from './fold.js';

/** Fewer lines than this between two bare numbers: they are not page numbers. */
const MIN_PAGE_LINES = 15;

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
  const candidates: Array<{ index: number; value: number; fed: boolean }> = [];
  for (let i = 0; i < features.length; i++) {
    const f = features[i];
    if (f.formFeed && f.blank) {
      removed.set(f.line, { line: f.line, text: f.raw, reason: 'form-feed' });
      breaks.push(f.line);
      continue;
    }
    if (f.formFeed) breaks.push(f.line);
    const value = pageNumberValue(f.text, data);
    // OCR prints a page number where the page's top or foot falls, even between a heading and its
    // text: a bare number alone on its line is a candidate; the checks below keep content.
    const fed = f.formFeed || !!features[i - 1]?.formFeed || !!features[i + 1]?.formFeed;
    if (value !== undefined) {
      // Not inside a run of bare numbers (a flattened table's first column).
      const neighbours = [features[i - 1], features[i + 1]].filter((n) => n && !n.blank);
      if (neighbours.every((n) => !/^\d{1,3}$/.test(n.text))) candidates.push({ index: i, value, fed });
    }
  }
  // Page numbers next to a form feed, or counting up one by one, or small enough for the document's
  // length (a page holds at least 35 lines of text): a bare "15" in a short text is content.
  const maxPages = Math.max(2, Math.ceil(features.length / 35));
  candidates.forEach((c, k) => {
    const inSequence = candidates[k - 1]?.value === c.value - 1 || candidates[k + 1]?.value === c.value + 1;
    if (!c.fed && !inSequence && c.value > maxPages) return;
    // Bare numbers a few lines apart are a table's row numbers, not pages (a page holds more lines).
    const near = [candidates[k - 1], candidates[k + 1]].some((n) => n !== undefined && Math.abs(n.index - c.index) < MIN_PAGE_LINES);
    if (!c.fed && near) return;
    const f = features[c.index];
    removed.set(f.line, { line: f.line, text: f.raw, reason: 'page-number' });
    if (!f.formFeed) breaks.push(f.line);
  });
  removeRunningHeaders(features, removed, breaks);
  breaks.sort((a, b) => a - b);
  return { removed, breaks: [...new Set(breaks)] };
}

/** The number of a page-number line ("2", "- 2 -", "Trang 2", "2/10"), or undefined. */
function pageNumberValue(text: string, data: StructureData): number | undefined {
  let t = text.replace(/^[-–—\s]+|[-–—\s]+$/g, '');
  const folded = foldText(t);
  for (const word of data.pageNumberWords) {
    const w = foldText(word);
    if (folded.startsWith(w + ' ')) t = t.slice(w.length + 1).trim();
  }
  if (!/^\d{1,3}(\s*\/\s*\d{1,3})?$/.test(t)) return undefined;
  const value = Number(t.split('/')[0]);
  return value > 0 ? value : undefined;
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
    // Running headers are short titles; a sentence that happens to start two pages is text.
    if (f.text.length > 90 || f.endsWithStop) continue;
    const key = foldText(f.text).replace(/\d+/g, '#');
    // A page number and the form feed after it are one break: count each line once.
    firstAfter.set(key, [...new Set([...(firstAfter.get(key) ?? []), f.line])]);
  }
  for (const lines of firstAfter.values()) {
    if (lines.length < 2) continue;
    for (const line of lines) removed.set(line, { line, text: features[line - 1].raw, reason: 'page-header' });
  }
}
