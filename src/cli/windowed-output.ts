/**
 * Markdown and JSON of a huge input written window by window: each window of whole paragraphs is
 * given its structure and rendered as soon as it is repaired, and the parts that come after the blocks
 * (footnotes, word changes, messages) are spooled and appended at the end.
 */
import type { Change, RepairStats, VnfixMessage } from '../document/types.js';
import { SCHEMA_VERSION } from '../render/to-json.js';
import { toMarkdown } from '../render/to-markdown.js';
import { WindowedStructure } from '../render/windowed-structure.js';
import type { StructureData } from '../structure/structure-data.js';
import { toMdast } from '../structure/to-mdast.js';
import type { Block, DocumentStructure } from '../structure/types.js';
import { Spool } from './spool.js';

/** One repaired window, its changes and messages already placed in the whole input. */
export interface RepairedWindow {
  text: string;
  lineBase: number;
  offsetBase: number;
  changes: Change[];
  messages: VnfixMessage[];
}

/** Renders a huge document window by window. */
export interface WindowedRenderer {
  /** Render one window (the next one in the input). */
  window(piece: RepairedWindow): Promise<void>;
  /** Write what follows the last window. */
  finish(stats: RepairStats): Promise<void>;
  /** Remove temporary files (also after an error). */
  dispose(): Promise<void>;
}

/** Options of {@link createWindowedRenderer}. */
export interface WindowedOptions {
  format: 'md' | 'json' | 'jsonl';
  data: StructureData;
  /** Name of the input, recorded in JSON. */
  source: string;
  /** Writes a piece of the output. */
  emit: (piece: string) => Promise<void>;
  /** The folder of the spool files, or undefined to keep the spooled parts in memory. */
  spoolFolder: () => Promise<string | undefined>;
}

/**
 * A renderer for `md`, `json` (indented as the whole-document output is) or `jsonl` (one line).
 * @param options format, phrase lists, source name, output and spool folder
 * @returns the renderer
 */
export function createWindowedRenderer(options: WindowedOptions): WindowedRenderer {
  return options.format === 'md' ? new WindowedMarkdown(options) : new WindowedJson(options, options.format === 'json' ? 2 : 0);
}

class WindowedMarkdown implements WindowedRenderer {
  readonly #structure: WindowedStructure;
  #notes?: Spool;
  #written = false;

  constructor(private readonly options: WindowedOptions) {
    this.#structure = new WindowedStructure(options.data);
  }

  async window(piece: RepairedWindow): Promise<void> {
    const structure = this.#structure.next(piece.text, piece.lineBase, piece.offsetBase);
    await this.#write(toMarkdown(toMdast({ ...structure, footnotes: [] })));
    if (structure.footnotes.length > 0) {
      this.#notes ??= new Spool(await this.options.spoolFolder(), 'notes');
      const definitions = toMarkdown(toMdast({ blocks: [], footnotes: structure.footnotes, removed: [], messages: [], zones: [] }));
      await this.#notes.add(this.#notes.count > 0 ? `\n${definitions}` : definitions);
    }
  }

  async finish(): Promise<void> {
    if (this.#notes === undefined) return;
    let first = true;
    for await (const text of this.#notes.read()) {
      await this.#write(text, first);
      first = false;
    }
  }

  async dispose(): Promise<void> {
    await this.#notes?.dispose();
  }

  /** Markdown blocks are separated by a blank line; each rendered part ends with a line end. */
  async #write(markdown: string, separate = true): Promise<void> {
    if (markdown === '') return;
    await this.options.emit(this.#written && separate ? `\n${markdown}` : markdown);
    this.#written = true;
  }
}

/** The members after `blocks`, each an array spooled as the windows come. */
const TAIL = ['footnotes', 'removed', 'changes', 'messages'] as const;

class WindowedJson implements WindowedRenderer {
  readonly #structure: WindowedStructure;
  readonly #spools = new Map<(typeof TAIL)[number], Spool>();
  #blocks = 0;
  #started = false;

  /** @param indent 2 as the whole-document JSON, 0 for one line (jsonl) */
  constructor(
    private readonly options: WindowedOptions,
    private readonly indent: 0 | 2,
  ) {
    this.#structure = new WindowedStructure(options.data);
  }

  async window(piece: RepairedWindow): Promise<void> {
    const structure = this.#structure.next(piece.text, piece.lineBase, piece.offsetBase);
    if (!this.#started) await this.#start(structure);
    const items: string[] = [];
    for (const block of structure.blocks) items.push(this.#item(this.#blocks++, withTextConfidence(block, piece.changes)));
    await this.options.emit(items.join(''));
    const tail = { footnotes: structure.footnotes, removed: structure.removed, changes: piece.changes, messages: [...piece.messages, ...structure.messages] };
    for (const name of TAIL) {
      const values: unknown[] = tail[name];
      if (values.length === 0) continue;
      let spool = this.#spools.get(name);
      if (spool === undefined) this.#spools.set(name, (spool = new Spool(await this.options.spoolFolder(), name)));
      // Appended as one piece per window: a window's changes run to thousands of items.
      const text = values.map((value, i) => this.#item(spool!.count + i, value)).join('');
      await spool.add(text, values.length);
    }
  }

  async finish(stats: RepairStats): Promise<void> {
    if (!this.#started) await this.#start({ blocks: [], footnotes: [], removed: [], messages: [], zones: [] });
    await this.options.emit(this.#close(this.#blocks));
    for (const name of TAIL) {
      const spool = this.#spools.get(name);
      await this.options.emit(`,${this.#newline(1)}"${name}":${this.#space}[`);
      if (spool !== undefined) for await (const text of spool.read()) await this.options.emit(text);
      await this.options.emit(this.#close(spool?.count ?? 0));
    }
    // The counts in the order the whole-document JSON gives them.
    const { changed, ...counts } = stats;
    await this.options.emit(`,${this.#newline(1)}"stats":${this.#space}${this.#value({ ...counts, changed }, 1)}${this.#newline(0)}}\n`);
  }

  async dispose(): Promise<void> {
    for (const spool of this.#spools.values()) await spool.dispose();
  }

  async #start(structure: DocumentStructure): Promise<void> {
    this.#started = true;
    const head: Array<[string, unknown]> = [
      ['schemaVersion', SCHEMA_VERSION],
      ['source', this.options.source],
      ['header', structure.header ?? null],
    ];
    const members = head.map(([key, value]) => `${this.#newline(1)}"${key}":${this.#space}${this.#value(value, 1)},`);
    await this.options.emit(`{${members.join('')}${this.#newline(1)}"blocks":${this.#space}[`);
  }

  /** An array item at the second level, with the comma before it unless it is the first. */
  #item(index: number, value: unknown): string {
    return `${index > 0 ? ',' : ''}${this.#newline(2)}${this.#value(value, 2)}`;
  }

  /** The end of an array of `count` items ("[]" when empty, as JSON.stringify writes it). */
  #close(count: number): string {
    return count > 0 ? `${this.#newline(1)}]` : ']';
  }

  #value(value: unknown, level: number): string {
    if (this.indent === 0) return JSON.stringify(value);
    return JSON.stringify(value, null, this.indent).replace(/\n/g, this.#newline(level));
  }

  #newline(level: number): string {
    return this.indent === 0 ? '' : `\n${' '.repeat(this.indent * level)}`;
  }

  get #space(): string {
    return this.indent === 0 ? '' : ' ';
  }
}

/**
 * A block with the lowest confidence of the word changes on its lines, as the whole-document JSON has
 * it; the changes are in input order, so the block's ones are found by bisection.
 */
function withTextConfidence(block: Block, changes: Change[]): Block & { textConfidence?: number } {
  let lo = 0;
  let hi = changes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (changes[mid].line < block.lines[0]) lo = mid + 1;
    else hi = mid;
  }
  let lowest: number | undefined;
  for (let i = lo; i < changes.length && changes[i].line <= block.lines[1]; i++) {
    lowest = lowest === undefined ? changes[i].confidence : Math.min(lowest, changes[i].confidence);
  }
  return lowest === undefined ? block : { ...block, textConfidence: lowest };
}
