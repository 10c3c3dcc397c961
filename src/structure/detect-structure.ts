import type { Block, DocumentStructure, LineFeatures, RemovedLine, Zone } from './types.js';
import type { StructureData } from './structure-data.js';
import { loadStructureData, startsWithPhraseFuzzy } from './structure-data.js';
import { computeLineFeatures } from './line-features.js';
import { findPageDebris } from './page-debris.js';
import { assignZones } from './zones.js';
import { isHeaderDecoration, readHeaderFields } from './header-fields.js';
import { findFootnotes } from './footnotes.js';
import type { InlineText } from './line-content.js';
import { cutMarks, dropStart, joinInline } from './line-content.js';
import type { BodyItem } from './body-blocks.js';
import { buildBodyBlocks } from './body-blocks.js';
import { readClosing } from './closing.js';
import { LineIndex } from '../document/line-index.js';
import { makeMessage } from '../document/message.js';
import type { Point } from '../document/types.js';

/** Options of {@link detectStructure}. */
export interface DetectStructureOptions {
  /** Phrase lists (default: read from the shipped `dictionaries/structure.yaml`). */
  data?: StructureData;
  /** The text goes on a document whose head came earlier (a later window of a huge input), in its body or its closing: no header block. */
  continued?: 'body' | 'closing';
}

/**
 * Recover the structure of a repaired administrative document: line features, then zones, then the
 * header fields, title, body blocks (reflowed paragraphs, headings, list items, tables), footnotes
 * and closing block.
 * @param text the repaired text (same lines as the input)
 * @param options phrase lists
 * @returns the document's structure, with the lines removed as page debris and any flags
 * @example detectStructure('BÁO CÁO\nKết quả công tác\n\nI. TÌNH HÌNH\n...').blocks[0] // { type: 'title', ... }
 */
export function detectStructure(text: string, options: DetectStructureOptions = {}): DocumentStructure {
  const data = options.data ?? loadStructureData();
  const features = computeLineFeatures(text, data);
  const debris = findPageDebris(features, data);
  const zones = assignZones(features, new Set(debris.removed.keys()), data, options.continued ?? 'header');
  const notes = findFootnotes(features, zones, debris.breaks, data);
  const lineIndex = new LineIndex(text);
  const pointAt = (line: number): Point => lineIndex.point(lineIndex.lineStart(line) ?? text.length);
  const messages = [
    ...notes.unmatched.map((line) =>
      makeMessage('A note at the foot of the page has no matching mark in the text; it was left in place', 'structure-footnote-unmatched', { fatal: false, place: pointAt(line) }),
    ),
    // A reference placed where OCR lost its mark is a guess the reader should check.
    ...notes.footnotes.flatMap((n) =>
      n.confidence === undefined
        ? []
        : [makeMessage(`The mark of footnote ${n.label} was lost in the text; its reference was placed at the end of the sentence that repeats the note's words`, 'structure-footnote-placed', { fatal: false, place: pointAt(n.refLine), confidence: n.confidence })],
    ),
  ];

  const removed: RemovedLine[] = [...debris.removed.values(), ...notes.rules];
  const ruleLines = new Set(notes.rules.map((r) => r.line));
  for (const [i, f] of features.entries()) {
    if (zones[i] === 'header' && isHeaderDecoration(f.text, data)) removed.push({ line: f.line, text: f.raw, reason: 'decoration' });
    if (notes.noteLines.has(f.line)) zones[i] = 'footnote';
    if (ruleLines.has(f.line)) zones[i] = 'removed';
  }
  removed.sort((a, b) => a.line - b.line);

  const headerLines = features.filter((f, i) => zones[i] === 'header' && !isHeaderDecoration(f.text, data));
  const header = headerLines.length ? readHeaderFields(headerLines.map((f) => [f.line, f.text]), data) : undefined;
  const content = (f: LineFeatures): InlineText => cutMarks(f.text, notes.refs.get(f.line) ?? []);

  // A decision often carries the regulation it issues after its signature: each title starts a
  // document of its own, whose headings take levels afresh.
  const blocks: Block[] = [];
  const titles = readTitles(features, zones, content, data);
  blocks.push(...titles);
  const unmatchedNotes = new Set(notes.unmatched);
  const segments: BodyItem[][] = [[]];
  const closing: LineFeatures[][] = [];
  let lastZone: Zone | undefined;
  for (const [i, f] of features.entries()) {
    const zone = zones[i];
    if (zone === 'title' && lastZone !== 'title' && titles.length > 1 && f.line > titles[0].lines[1]) segments.push([]);
    const body = segments[segments.length - 1];
    // (A note left in place is a paragraph: its number, "(5)", numbers no heading or item. A bullet
    // taken for a garbled mark stays a bullet.)
    const line = unmatchedNotes.has(f.line) && f.marker?.kind !== 'bullet' ? { ...f, marker: undefined } : f;
    if (zone === 'body' || zone === 'table') body.push({ kind: 'line', f: line, content: content(f), zone });
    else if (zone === 'blank') body.push({ kind: 'gap' });
    else if (zone === 'removed' || zone === 'footnote') body.push({ kind: 'skip' });
    else body.push({ kind: 'end' });
    if (zone === 'closing') {
      if (lastZone !== 'closing') closing.push([]);
      closing[closing.length - 1].push(f);
    }
    if (zone !== 'blank' && zone !== 'removed') lastZone = zone;
  }
  segments.forEach((segment, k) => {
    const titled = titles.length > 0 && (k > 0 || segmentHasTitleBefore(segment, titles[0].lines[0]));
    blocks.push(...buildBodyBlocks(segment, data, titled ? 2 : 1, messages, pointAt));
  });
  for (const run of closing) blocks.push(...readClosing(run, data));
  blocks.sort((a, b) => a.lines[0] - b.lines[0]);
  return { ...(header ? { header } : {}), blocks, footnotes: notes.footnotes, removed, messages, zones };
}

/** The first segment is titled when the title comes before its body (it always does but in a letter). */
function segmentHasTitleBefore(segment: BodyItem[], titleLine: number): boolean {
  const first = segment.find((item) => item.kind === 'line');
  return first === undefined || (first.kind === 'line' && first.f.line > titleLine);
}

/** The titles: each run of title lines, the document type in capitals and the subject under it. */
function readTitles(features: LineFeatures[], zones: Zone[], content: (f: LineFeatures) => InlineText, data: StructureData): Block[] {
  const runs: LineFeatures[][] = [];
  let previous: Zone | undefined;
  for (const [i, f] of features.entries()) {
    if (zones[i] === 'title') {
      if (previous !== 'title') runs.push([]);
      runs[runs.length - 1].push(f);
    }
    if (zones[i] !== 'blank') previous = zones[i];
  }
  return runs.map((lines) => {
    const first = lines[0];
    const typeLength = startsWithPhraseFuzzy(first.text, data.documentTypes);
    let subject: InlineText = dropStart(content(first), typeLength);
    for (const f of lines.slice(1)) subject = joinInline(subject, content(f));
    return {
      type: 'title' as const,
      text: first.text.slice(0, typeLength),
      ...(subject.text ? { subject: subject.text } : {}),
      lines: [first.line, lines[lines.length - 1].line] as [number, number],
      confidence: 0.9,
      ...(subject.refs.length ? { refs: subject.refs } : {}),
    };
  });
}
