import { shiftMessage } from '../document/shift-place.js';
import { detectStructure } from '../structure/detect-structure.js';
import { readMarker } from '../structure/markers.js';
import type { StructureData } from '../structure/structure-data.js';
import type { Block, DocumentStructure, Footnote, InlineRef, RemovedLine } from '../structure/types.js';

/** Deepest Markdown heading. */
const MAX_DEPTH = 6;

/**
 * The structure of a huge document recovered one window of whole paragraphs at a time, so that memory
 * holds one window, not the document. The first window is read as a document's head (header block,
 * title); later ones go on its body. Positions are made those of the whole input, footnote labels are
 * numbered through the document (each note is linked within its window), and headings keep the levels
 * the earlier windows gave their numbering.
 */
export class WindowedStructure {
  #windows = 0;
  #notes = 0;
  /** The level of each heading numbering (marker key) as the document first used it. */
  readonly #depths = new Map<string, number>();
  /** The level of headings without numbering (a line in capitals). */
  #plainDepth?: number;
  /** The top level of the body: 2 under a title, else 1. */
  #base = 1;

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
    const structure = detectStructure(text, { data: this.data, continued: !first });
    if (first) this.#base = structure.blocks.some((b) => b.type === 'title') ? 2 : 1;
    const labels = new Map<string, string>();
    for (const note of structure.footnotes) labels.set(note.label, String(++this.#notes));
    const relabel = (refs: InlineRef[] | undefined) => refs?.map((r) => ({ ...r, label: labels.get(r.label) ?? r.label }));
    const line = (n: number) => n + lineBase;
    const lines = (range: [number, number]): [number, number] => [line(range[0]), line(range[1])];
    let blocks: Block[] = structure.blocks.map((block) => ({
      ...block,
      lines: lines(block.lines),
      ...(block.refs ? { refs: relabel(block.refs) } : {}),
    }));
    if (!first) blocks = this.#carryLevels(blocks);
    this.#learnLevels(blocks);
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
   * Give a later window's headings the document's levels. A window that starts inside a section
   * ranks its numberings afresh, in the order it meets them: a numbering the document already used
   * takes its level; a new one keeps its place relative to the first known numbering of the window.
   */
  #carryLevels(blocks: Block[]): Block[] {
    let shift: number | undefined;
    for (const block of blocks) {
      if (block.type !== 'heading' || block.marker === undefined) continue;
      const known = this.#depths.get(this.#keyOf(block.marker));
      if (known !== undefined) {
        shift = known - block.depth;
        break;
      }
    }
    // A later window's top level is 1; the document's is its base.
    shift ??= this.#base - 1;
    return blocks.map((block) => {
      if (block.type !== 'heading') return block;
      const depth =
        block.marker === undefined
          ? (this.#plainDepth ?? this.#base)
          : (this.#depths.get(this.#keyOf(block.marker)) ?? Math.max(this.#base, Math.min(MAX_DEPTH, block.depth + shift!)));
      return depth === block.depth ? block : { ...block, depth };
    });
  }

  #learnLevels(blocks: Block[]): void {
    for (const block of blocks) {
      if (block.type !== 'heading') continue;
      if (block.marker === undefined) this.#plainDepth ??= block.depth;
      else {
        const key = this.#keyOf(block.marker);
        if (!this.#depths.has(key)) this.#depths.set(key, block.depth);
      }
    }
  }

  /** The numbering kind of a heading's marker ("1.1." → arabic2), as the block builder keys levels. */
  #keyOf(marker: string): string {
    return readMarker(`${marker} x`, this.data)?.key ?? marker;
  }
}
