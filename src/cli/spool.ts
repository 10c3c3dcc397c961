import { createReadStream, unlinkSync } from 'node:fs';
import { open, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** Text held in memory before it is written to the spool file. */
const FLUSH_CHARS = 1 << 20;

/** Spool files not yet removed: deleted on exit, so Ctrl-C (which ends the process at once) leaves none. */
const live = new Set<string>();
let exitHookInstalled = false;

function removeLiveSpools(): void {
  for (const file of live) {
    try {
      unlinkSync(file);
    } catch {
      // Already gone.
    }
  }
  live.clear();
}

/**
 * A part of an output that is produced alongside another part but written after it (the word changes
 * of a huge JSON document come after its blocks): appended to a temporary file, or kept in memory when
 * no folder is given, then read back once.
 */
export class Spool {
  readonly #folder?: string;
  readonly #name: string;
  #file?: string;
  #handle?: FileHandle;
  #buffer: string[] = [];
  #buffered = 0;
  #count = 0;

  /**
   * @param folder where the temporary file goes (the output's folder); undefined keeps the text in memory
   * @param name a word naming the part, in the temporary file's name
   */
  constructor(folder: string | undefined, name: string) {
    this.#folder = folder;
    this.#name = name;
  }

  /** Items added so far (a piece of text may hold several). */
  get count(): number {
    return this.#count;
  }

  /** The temporary file, once created. */
  get file(): string | undefined {
    return this.#file;
  }

  /**
   * Append items' text.
   * @param text the items, each with whatever separates it from the one before
   * @param items how many items the text holds
   */
  async add(text: string, items = 1): Promise<void> {
    this.#count += items;
    this.#buffer.push(text);
    this.#buffered += text.length;
    if (this.#folder === undefined) return;
    if (this.#handle === undefined) await this.#open();
    if (this.#buffered >= FLUSH_CHARS) await this.#flush();
  }

  /**
   * Read everything back, in pieces of bounded size.
   * @returns the spooled text in order
   */
  async *read(): AsyncGenerator<string> {
    if (this.#handle === undefined) {
      yield* this.#buffer;
      return;
    }
    await this.#flush();
    await this.#handle.close();
    this.#handle = undefined;
    for await (const piece of createReadStream(this.#file!, { encoding: 'utf8', highWaterMark: FLUSH_CHARS })) yield piece as string;
  }

  /** Remove the temporary file (after reading it, or on an error). */
  async dispose(): Promise<void> {
    this.#buffer = [];
    this.#buffered = 0;
    await this.#handle?.close().catch(() => undefined);
    this.#handle = undefined;
    if (this.#file !== undefined) {
      await unlink(this.#file).catch(() => undefined);
      live.delete(this.#file);
      this.#file = undefined;
    }
  }

  async #open(): Promise<void> {
    const file = path.join(this.#folder!, `.vnfix-${process.pid}-${randomBytes(4).toString('hex')}.${this.#name}.tmp`);
    if (!exitHookInstalled) {
      process.on('exit', removeLiveSpools);
      exitHookInstalled = true;
    }
    live.add(file);
    this.#file = file;
    this.#handle = await open(file, 'wx');
  }

  async #flush(): Promise<void> {
    if (this.#buffered === 0) return;
    const text = this.#buffer.join('');
    this.#buffer = [];
    this.#buffered = 0;
    await this.#handle!.appendFile(text);
  }
}
