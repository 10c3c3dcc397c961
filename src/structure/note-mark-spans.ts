/**
 * Where the text's footnote references are, before its words are repaired. A mark OCR glued to a word
 * ("déng4", "mai§", "s64" for số⁴) would otherwise be read as part of the word and vanish with the
 * repair (đồng, mại, số); the restorer keeps these spans apart, so the structure stage finds the marks
 * again in the repaired text.
 */
import { LineIndex } from '../document/line-index.js';
import { computeLineFeatures } from './line-features.js';
import { findPageDebris } from './page-debris.js';
import { assignZones } from './zones.js';
import { findFootnotes } from './footnotes.js';
import { readNoteMark } from './footnote-marks.js';
import type { StructureData } from './structure-data.js';

/**
 * Lines looked at before and after a line that may start a note: a page and a note block. Only these
 * windows are searched (the whole structure stage on a long text costs more than its repair), and a
 * text with no note-like line costs one pass of a regular expression per line.
 */
const LINES_BEFORE = 60;
const LINES_AFTER = 8;

/**
 * The spans of the footnote marks that the structure stage links to a note in this text, in the body
 * and at the notes.
 * @param text the document's text (normalised, not yet repaired)
 * @param data structure phrase lists
 * @returns [start, end) offsets in `text`, in order
 */
export function noteMarkSpans(text: string, data: StructureData): Array<[number, number]> {
  const lines = new LineIndex(text);
  const lineText = (n: number) => text.slice(lines.lineStart(n), lines.lineStart(n + 1) ?? text.length);
  // Windows of lines [from, to), from 1.
  const windows: Array<[number, number]> = [];
  for (let n = 2; n <= lines.lineCount; n++) {
    if (!readNoteMark(lineText(n).replace(/\f/g, '').trim(), data)) continue;
    const from = Math.max(1, n - LINES_BEFORE);
    const to = Math.min(lines.lineCount + 1, n + 1 + LINES_AFTER);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  const spans: Array<[number, number]> = [];
  for (const [from, to] of windows) {
    const base = lines.lineStart(from) ?? 0;
    const slice = text.slice(base, lines.lineStart(to) ?? text.length);
    for (const [a, b] of spansIn(slice, data, from === 1)) spans.push([base + a, base + b]);
  }
  return spans;
}

function spansIn(text: string, data: StructureData, atStart: boolean): Array<[number, number]> {
  const features = computeLineFeatures(text, data);
  const debris = findPageDebris(features, data);
  const zones = assignZones(features, new Set(debris.removed.keys()), data, atStart ? 'header' : 'body');
  const notes = findFootnotes(features, zones, debris.breaks, data);
  if (notes.refs.size === 0) return [];
  const lines = new LineIndex(text);
  // Where a line's text (LineFeatures.text: no form feeds or surrounding spaces) starts in `text`.
  const textStart = (line: number): number | undefined => {
    const f = features[line - 1];
    const lineStart = lines.lineStart(line);
    const at = f.raw.indexOf(f.text);
    return lineStart === undefined || at < 0 ? undefined : lineStart + at;
  };
  const spans: Array<[number, number]> = [];
  for (const [line, refs] of notes.refs) {
    const start = textStart(line);
    // (A reference placed where OCR lost its mark has no text to keep apart.)
    if (start !== undefined) for (const ref of refs) if (ref.length > 0) spans.push([start + ref.offset, start + ref.offset + ref.length]);
  }
  // And the marks the linked notes start with: one glued to the note's first word ("4S6 xuất" for
  // "⁴ Số xuất") would go with the word's repair.
  for (const note of notes.footnotes) {
    const start = textStart(note.lines[0]);
    if (start !== undefined && features[note.lines[0] - 1].text.startsWith(note.noteMark)) spans.push([start, start + note.noteMark.length]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}
