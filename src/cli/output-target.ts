import { createWriteStream, type WriteStream } from 'node:fs';
import { copyFile, mkdir, realpath, rename, unlink, constants } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { randomBytes } from 'node:crypto';

/** Where one file's output goes: written piece by piece, then committed whole or abandoned. */
export interface OutputTarget {
  write(piece: string): Promise<void>;
  /** Make the output visible (rename into place); nothing partial is ever visible under the final name. */
  commit(): Promise<void>;
  /** Drop what was written. */
  abort(): Promise<void>;
}

/** Raised when the reader of stdout went away (EPIPE): the run ends quietly. */
export class ClosedPipeError extends Error {
  constructor() {
    super('output pipe closed');
    this.name = 'ClosedPipeError';
  }
}

/** An output that would land somewhere unsafe; carries a code so it is reported like a file-system error. */
export class UnsafeOutputError extends Error {
  readonly code = 'EUNSAFE';
}

/**
 * Write to a stream with back-pressure.
 * @param stream destination
 * @param piece text
 * @returns when the stream can take more
 */
export function writeTo(stream: Writable, piece: string): Promise<void> {
  if (piece === '') return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (stream.destroyed || stream.writableEnded) {
      reject(new ClosedPipeError());
      return;
    }
    // The callback runs once the piece is handed to the system, which bounds what is buffered. The
    // stream's 'error' event is handled by whoever owns the stream (main for stdout).
    stream.write(piece, (error) => {
      if (!error) resolve();
      else reject((error as NodeJS.ErrnoException).code === 'EPIPE' ? new ClosedPipeError() : error);
    });
  });
}

/** An output into a shared stream (stdout): pieces appear as they come, commit and abort do nothing. */
export class StreamTarget implements OutputTarget {
  constructor(private readonly stream: Writable) {}
  write(piece: string): Promise<void> {
    return writeTo(this.stream, piece);
  }
  async commit(): Promise<void> {}
  async abort(): Promise<void> {}
}

/**
 * An output file written atomically: pieces go to a temporary file in the same folder, renamed over the
 * final name on commit, so readers see either the old file or the whole new one.
 */
export class AtomicFileTarget implements OutputTarget {
  readonly #file: string;
  readonly #backup?: string;
  #temp?: string;
  #stream?: WriteStream;
  #opening?: Promise<WriteStream>;

  readonly #within?: string;

  /**
   * @param file final path
   * @param backup when set, the current file is first copied there (it must not exist yet)
   * @param within when set, the file's folder must resolve (through symbolic links) inside this folder
   */
  constructor(file: string, backup?: string, within?: string) {
    this.#file = file;
    this.#backup = backup;
    this.#within = within;
  }

  /** The temporary file's name while writing, for cleanup after an interruption. */
  get tempPath(): string | undefined {
    return this.#temp;
  }

  async write(piece: string): Promise<void> {
    const stream = await this.#open();
    await writeTo(stream, piece);
  }

  async commit(): Promise<void> {
    const stream = await this.#open();
    await new Promise<void>((resolve, reject) => {
      stream.once('error', reject);
      stream.end(() => resolve());
    });
    if (this.#backup !== undefined) await copyFile(this.#file, this.#backup, constants.COPYFILE_EXCL);
    await rename(this.#temp!, this.#file);
    this.#temp = undefined;
  }

  async abort(): Promise<void> {
    const stream = this.#stream ?? (this.#opening ? await this.#opening.catch(() => undefined) : undefined);
    if (stream && !stream.closed) {
      await new Promise<void>((resolve) => {
        stream.once('close', () => resolve());
        stream.destroy();
      });
    }
    if (this.#temp !== undefined) await unlink(this.#temp).catch(() => undefined);
    this.#temp = undefined;
  }

  #open(): Promise<WriteStream> {
    this.#opening ??= (async () => {
      const folder = path.dirname(this.#file);
      await mkdir(folder, { recursive: true });
      if (this.#within !== undefined) {
        const [real, root] = await Promise.all([realpath(folder), realpath(this.#within)]);
        const inside = path.relative(root, real);
        if (inside.startsWith('..') || path.isAbsolute(inside)) {
          throw new UnsafeOutputError(`${folder} leads outside ${this.#within} (a symbolic link); not written`);
        }
      }
      this.#temp = path.join(folder, `.${path.basename(this.#file)}.vnfix-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
      const stream = createWriteStream(this.#temp, { flags: 'wx' });
      await new Promise<void>((resolve, reject) => {
        stream.once('open', () => resolve());
        stream.once('error', reject);
      });
      this.#stream = stream;
      return stream;
    })();
    return this.#opening;
  }
}
