import { shiftMessage } from '../document/shift-place.js';
import { detectStructure } from '../structure/detect-structure.js';
import { readMarker } from '../structure/markers.js';
import { structuralRank } from '../structure/body-blocks.js';
import type { StructureData } from '../structure/structure-data.js';
import type { Block, DocumentStructure, Footnote, InlineRef, RemovedLine, Zone } from '../structure/types.js';

/** Deepest Markdown heading. */
const MAX_DEPTH = 6;
/** Rank of a numbering that is a word of the legal hierarchy (Phần, Chương, Mục, Điều); others rank after. */
const AFTER_STRUCTURAL = structuralRank('');

/** Blocks of the body: a title after one of them does not head the part they begin. */
const BODY = new Set<Block['type']>(['paragraph', 'heading', 'listItem', 'table']);

/** A heading still open: later headings of a lower rank go under it. */
interface OpenHeading {
  key: string;
  depth: number;
}

/**
 * The structure of a huge document recovered one window of whole paragraphs at a time, so that memory
 * holds one window, not the document. The first window is read as a document's head (header block,
 * title); later ones go on its body. Positions are made those of the whole input, footnote labels are
 * numbered through the document (each note is linked within its window), and headings take their levels
 * as the block builder gives them in a whole document: each numbering ranked by first use (the legal
 * hierarchy first), one level under the nearest open heading of a higher rank, and afresh after each
 * title (a regulation issued after a decision's signature).
 */
export class WindowedStructure {
  #windows = 0;
  #notes = 0;
  /** The zone the next window goes on: the body, or the closing (signature, recipients) under way. */
  #zone: 'body' | 'closing' = 'body';
  /** Heading numberings (marker keys) of the part under way, by rank. */
  #order: string[] = [];
  /** Headings still open at the end of the last window. */
  #open: OpenHeading[] = [];
  /** The top level of the part under way: 2 once a title came before it, else 1. */
  #base = 1;
  /** Titles met so far. */
  #titles = 0;

  constructor(private readonly data: StructureData) {}

  /**
   * Recover the structure of the next window.
   * @param text the window's repaired text, whole paragraphs
   * @param lineBase lines of the input before the window
   * @param offsetBase characters of the input before the window
   * @returns the window's structure, with positions, labels and levels of the whole document
   */
  next(text: string, lineBase: number, offsetBase: number): DocumentStructure {
    const first = this.#windows++ === 0;
    const structure = detectStructure(text, { data: this.data, ...(first ? {} : { continued: this.#zone }) });
    this.#zone = lastZone(structure.zones) === 'closing' ? 'closing' : 'body';
    const labels = new Map<string, string>();
    for (const note of structure.footnotes) labels.set(note.label, String(++this.#notes));
    const relabel = (refs: InlineRef[] | undefined) => refs?.map((r) => ({ ...r, label: labels.get(r.label) ?? r.label }));
    const line = (n: number) => n + lineBase;
    const lines = (range: [number, number]): [number, number] => [line(range[0]), line(range[1])];
    const shifted: Block[] = structure.blocks.map((block) => ({
      ...block,
      lines: lines(block.lines),
      ...(block.refs ? { refs: relabel(block.refs) } : {}),
    }));
    const blocks = this.#levels(shifted, first);
    const footnotes: Footnote[] = structure.footnotes.map((note) => ({
      ...note,
      label: labels.get(note.label)!,
      refLine: line(note.refLine),
      lines: lines(note.lines),
    }));
    const removed: RemovedLine[] = structure.removed.map((r) => ({ ...r, line: line(r.line) }));
    return {
      ...(structure.header ? { header: structure.header } : {}),
      blocks,
      footnotes,
      removed,
      messages: structure.messages.map((m) => shiftMessage(m, lineBase, offsetBase)),
      zones: structure.zones,
    };
  }

  /**
   * Give the headings of a later window the levels they have in a whole document: the window alone
   * would rank its numberings from what it meets first, and start its first part at the top level.
   * Levels go on from the part under way and start afresh at each title, with the numberings ranked as
   * far as the window shows them. The first window's levels are right as they are: they are only
   * recorded for the next window.
   */
  #levels(blocks: Block[], first: boolean): Block[] {
    if (first) {
      const types = blocks.map((b) => b.type);
      this.#titles = types.filter((type) => type === 'title').length;
      // With one title, the body is one part, under the title if the title came first (as it does but
      // in a letter); each further title starts a part.
      const title = this.#titles > 1 ? types.lastIndexOf('title') : -1;
      if (title >= 0) this.#startPart();
      else if (this.#titles === 1 && !types.slice(0, types.indexOf('title')).some((type) => BODY.has(type))) this.#base = 2;
      const part = blocks.slice(title + 1);
      this.#rankPart(part);
      for (const block of part) {
        if (block.type !== 'heading' || block.marker === undefined) continue;
        const key = this.#keyOf(block.text, block.marker);
        this.#close(key).push({ key, depth: block.depth });
      }
      return blocks;
    }
    this.#rankPart(blocks);
    return blocks.map((block, i) => {
      if (block.type === 'title' && this.#titles++ > 0) {
        this.#startPart();
        this.#rankPart(blocks.slice(i + 1));
      }
      if (block.type !== 'heading') return block;
      // A heading in capitals without numbering stands at the top level, as the block builder puts it.
      const depth = block.marker === undefined ? this.#base : this.#depthOf(this.#keyOf(block.text, block.marker));
      return depth === block.depth ? block : { ...block, depth };
    });
  }

  /** A title starts a part of its own (the regulation a decision issues), whose levels start afresh under it. */
  #startPart(): void {
    this.#order = [];
    this.#open = [];
    this.#base = 2;
  }

  /** Rank the numberings of the headings up to the next title that starts a part, as the block builder ranks a part's. */
  #rankPart(blocks: Block[]): void {
    let titles = this.#titles;
    for (const block of blocks) {
      if (block.type === 'title' && titles++ > 0) return;
      if (block.type === 'heading' && block.marker !== undefined) this.#rank(this.#keyOf(block.text, block.marker));
    }
  }

  /** The level of a heading of numbering `key` in the part under way, as the block builder gives it. */
  #depthOf(key: string): number {
    const open = this.#close(key);
    const depth = Math.min(MAX_DEPTH, open.length && structuralRank(key) === AFTER_STRUCTURAL ? open[open.length - 1].depth + 1 : this.#base + this.#order.indexOf(key));
    open.push({ key, depth });
    return depth;
  }

  /** Rank `key` and close the open headings of its rank and lower; returns the open headings. */
  #close(key: string): OpenHeading[] {
    this.#rank(key);
    const rank = this.#order.indexOf(key);
    const open = this.#open;
    while (open.length && this.#order.indexOf(open[open.length - 1].key) >= rank) open.pop();
    return open;
  }

  /** Rank a numbering on its first use: the legal hierarchy in its order, then the others as they come. */
  #rank(key: string): void {
    if (this.#order.includes(key)) return;
    const rank = structuralRank(key);
    const at = this.#order.findIndex((k) => structuralRank(k) > rank);
    this.#order.splice(at < 0 ? this.#order.length : at, 0, key);
  }

  /** The numbering of a heading ("1.1. Mục tiêu" → arabic2), as the block builder keys levels. */
  #keyOf(text: string, marker: string): string {
    return (readMarker(text, this.data) ?? readMarker(marker, this.data))?.key ?? marker;
  }
}

/** The zone of the last line of the flow (not blank, removed, or a note moved out of it). */
function lastZone(zones: Zone[]): Zone | undefined {
  for (let i = zones.length - 1; i >= 0; i--) if (zones[i] !== 'blank' && zones[i] !== 'removed' && zones[i] !== 'footnote') return zones[i];
  return undefined;
}
