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
import type { StructureData } from './structure-data.js';

/**
 * The spans of the footnote marks that the structure stage links to a note in this text, in the body
 * and at the notes.
 * @param text the document's text (normalised, not yet repaired)
 * @param data structure phrase lists
 * @returns [start, end) offsets in `text`, in order
 */
export function noteMarkSpans(text: string, data: StructureData): Array<[number, number]> {
  const features = computeLineFeatures(text, data);
  const debris = findPageDebris(features, data);
  const zones = assignZones(features, new Set(debris.removed.keys()), data, 'header');
  const notes = findFootnotes(features, zones, debris.breaks, data);
  if (notes.refs.size === 0) return [];
  const lines = new LineIndex(text);
  const spans: Array<[number, number]> = [];
  for (const [line, refs] of notes.refs) {
    const f = features[line - 1];
    const lineStart = lines.lineStart(line);
    const at = f.raw.indexOf(f.text);
    if (lineStart === undefined || at < 0) continue;
    for (const ref of refs) spans.push([lineStart + at + ref.offset, lineStart + at + ref.offset + ref.length]);
  }
  // And the marks the linked notes start with: one glued to the note's first word ("4S6 xuất" for
  // "⁴ Số xuất") would go with the word's repair.
  for (const note of notes.footnotes) {
    const f = features[note.lines[0] - 1];
    const lineStart = lines.lineStart(note.lines[0]);
    const at = f.raw.indexOf(f.text);
    if (lineStart === undefined || at < 0 || !f.text.startsWith(note.noteMark)) continue;
    spans.push([lineStart + at, lineStart + at + note.noteMark.length]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}
