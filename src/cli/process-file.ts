import path from 'node:path';
import { tmpdir } from 'node:os';
import { repair, type Change, type RepairResult, type Resources, type ToneStyle, type VnfixMessage } from '../index.js';
import { makeMessage } from '../document/message.js';
import { shiftChange, shiftMessage } from '../document/shift-place.js';
import { createByteDecoder, DecodeError, finishText, type ByteDecoder } from '../encoding/decode-text.js';
import { detectEncoding } from '../encoding/detect-encoding.js';
import type { EncodingName } from '../encoding/encoding-name.js';
import type { LegacyTables } from '../encoding/legacy-tables.js';
import { describeFsError } from './expand-inputs.js';
import { emptyOutcome, MAX_KEPT_CHANGES, type FileOutcome } from './file-outcome.js';
import type { CliFormat } from './output-path.js';
import type { OutputTarget } from './output-target.js';
import { AtomicFileTarget, ClosedPipeError } from './output-target.js';
import { countLineBreaks, cutPiece, cutWindow, PIECE_CHARS } from './paragraph-chunks.js';
import type { WindowedRenderer } from './windowed-output.js';
import { mayHaveHeader } from '../structure/header-likely.js';
import { isMarkdownSource } from '../structure/markdown-source.js';

/** Per-run settings of the pipeline, resolved once from flags and config. */
export interface ProcessSettings {
  format: CliFormat;
  toneStyle: ToneStyle;
  minConfidence: number;
  /** Forced encoding (`--encoding`); detected when absent. */
  encoding?: EncodingName;
  /** Characters per streamed piece (text format), and per window of a huge Markdown or JSON document. */
  pieceChars?: number;
  /** Largest input (characters) that Markdown and JSON structure as one document; a larger one goes in windows. */
  wholeChars?: number;
}

/**
 * Characters of the largest input whose Markdown or JSON is built from the whole document at once, as
 * 14 reports of 60 pages would be. A whole document costs about 200 bytes of memory per character
 * (measured: a 5.6 MB input peaks at 1.1 GB), so beyond this its structure is recovered and written
 * one window of whole paragraphs at a time.
 */
export const WHOLE_DOCUMENT_CHARS = 1 << 21;

/** Sets both the whole-document limit and the window size, to try windowed output on small inputs. */
const WINDOW_CHARS_VARIABLE = 'VNFIX_WINDOW_CHARS';

/** What a process or worker loads once and reuses for every file. */
export interface ProcessContext {
  resources: Resources;
  tables: LegacyTables;
}

/** One input to process. */
export interface FileJob {
  index: number;
  displayPath: string;
}

/** The structure and Markdown stack, loaded the first time a format needs it (never for `text`). */
let renderModule: Promise<typeof import('../render/index.js')> | undefined;
let fixedPhrasesModule: Promise<typeof import('../structure/fixed-phrases.js')> | undefined;
/** The window-by-window renderer, loaded for huge inputs only. */
let windowedModule: Promise<typeof import('./windowed-output.js')> | undefined;

/** Bytes read before choosing an encoding: enough words to tell the legacy encodings apart. */
const SAMPLE_BYTES = 64 * 1024;

/** A problem with the input itself: reported as `vnfix: <file>: <problem>`. */
class InputProblem extends Error {}

/**
 * Read, decode, repair and render one input. Text output is produced paragraph-piece by piece so memory
 * stays flat on huge inputs; Markdown and JSON are built from the whole document up to
 * {@link WHOLE_DOCUMENT_CHARS}, and window by window beyond.
 * @param job index and name of the input
 * @param source the input's bytes (a file stream or stdin)
 * @param context resources and encoding tables, loaded once per process or worker
 * @param settings format, tone style, confidence threshold, encoding
 * @param target where output goes; when absent it is collected into `outcome.output`
 * @param onPiece told the bytes read and syllables scored after each piece, for a progress bar
 * @returns counts, changes, messages, and the problem if the file failed
 */
export async function processFile(
  job: FileJob,
  source: AsyncIterable<Uint8Array>,
  context: ProcessContext,
  settings: ProcessSettings,
  target?: OutputTarget,
  onPiece?: (bytes: number, syllables: number) => void,
): Promise<FileOutcome> {
  const outcome = emptyOutcome(job.index, job.displayPath);
  const run = new PieceRunner(outcome, context, settings, target, onPiece);
  try {
    await run.consume(source);
  } catch (error) {
    if (error instanceof ClosedPipeError) throw error;
    if (error instanceof InputProblem || error instanceof DecodeError) outcome.problem = error.message;
    else if ((error as NodeJS.ErrnoException).code !== undefined) outcome.problem = describeFsError(error);
    else {
      outcome.problem = `internal error: ${error instanceof Error ? error.message : String(error)}`;
      outcome.stack = error instanceof Error ? error.stack : undefined;
    }
    outcome.output = undefined;
  } finally {
    await run.dispose();
  }
  return outcome;
}

/** The state of one file's run: sample, decoder, pending text, and the position of the next piece. */
class PieceRunner {
  #decoder?: ByteDecoder;
  #encoding: EncodingName = 'utf-8';
  #pending = '';
  #pieces = 0;
  #lineBase = 0;
  #offsetBase = 0;
  #checkNul = true;
  #windowed?: WindowedRenderer;
  /** The input is Markdown and the output Markdown: only its words are repaired (decided on its start). */
  #markdownInput?: boolean;

  constructor(
    private readonly outcome: FileOutcome,
    private readonly context: ProcessContext,
    private readonly settings: ProcessSettings,
    private readonly target: OutputTarget | undefined,
    private readonly onPiece: ((bytes: number, syllables: number) => void) | undefined,
  ) {}

  async consume(source: AsyncIterable<Uint8Array>): Promise<void> {
    const sample: Uint8Array[] = [];
    let sampled = 0;
    for await (const chunk of source) {
      const bytes = chunk instanceof Uint8Array ? chunk : Buffer.from(chunk as string);
      if (this.#decoder === undefined) {
        sample.push(bytes);
        sampled += bytes.byteLength;
        if (sampled < SAMPLE_BYTES) continue;
        const head = Buffer.concat(sample);
        this.#start(head, false);
        await this.#feed(head, 0);
      } else {
        await this.#feed(bytes, this.outcome.bytes);
      }
    }
    if (this.#decoder === undefined) {
      const all = Buffer.concat(sample);
      this.#start(all, true);
      await this.#feed(all, 0);
    }
    this.#pending += this.#decoder!.end();
    await this.#drain(true);
  }

  #start(sample: Uint8Array, complete: boolean): void {
    const forced = this.settings.encoding;
    if (forced !== undefined) {
      this.#encoding = forced;
      this.outcome.encoding = { name: forced, confidence: 1, bom: false, decomposed: false };
    } else {
      const detection = detectEncoding(sample, this.context.tables, complete);
      if (!detection.ok) throw new InputProblem(detection.problem);
      this.#encoding = detection.encoding;
      this.outcome.encoding = {
        name: detection.encoding,
        confidence: detection.confidence,
        bom: detection.bom,
        decomposed: detection.decomposed,
      };
    }
    this.#checkNul = !this.#encoding.startsWith('utf-16');
    this.#decoder = createByteDecoder(this.#encoding);
  }

  async #feed(bytes: Uint8Array, before: number): Promise<void> {
    if (this.#checkNul) {
      const nul = bytes.indexOf(0);
      if (nul >= 0) throw new InputProblem(`binary file (NUL byte at ${before + nul})`);
    }
    this.outcome.bytes += bytes.byteLength;
    this.#pending += this.#decoder!.write(bytes);
    await this.#drain(false);
  }

  /** Remove the temporary files of a windowed output. */
  async dispose(): Promise<void> {
    await this.#windowed?.dispose();
  }

  async #drain(final: boolean): Promise<void> {
    const format = this.settings.format;
    const sizes = windowSizes(this.settings);
    // Markdown written back as Markdown is a text repair: it streams by paragraph like -f text. Whether
    // the input is Markdown is decided on its first SAMPLE_BYTES characters.
    if (this.#markdownInput === undefined) {
      if (format !== 'md') this.#markdownInput = false;
      else if (final || this.#pending.length >= SAMPLE_BYTES) this.#markdownInput = isMarkdownSource(this.#pending.slice(0, SAMPLE_BYTES), this.outcome.displayPath);
      else return;
    }
    if (format !== 'text' && !this.#markdownInput && this.#windowed === undefined) {
      if (this.#pending.length <= sizes.whole) {
        if (final) await this.#repairPiece(this.#pending);
        return;
      }
      const { createWindowedRenderer } = await (windowedModule ??= import('./windowed-output.js'));
      this.#windowed = createWindowedRenderer({
        format,
        data: this.context.resources.structureData,
        source: this.outcome.displayPath,
        emit: (piece) => this.#emit(piece),
        spoolFolder: () => this.#spoolFolder(),
      });
    }
    const cut = format === 'text' || this.#markdownInput ? cutPiece : cutWindow;
    for (;;) {
      const [piece, rest] = cut(this.#pending, final, sizes.piece);
      this.#pending = rest;
      if (piece === '' && !(final && this.#pieces === 0)) break;
      await this.#repairPiece(piece);
      if (rest === '') break;
    }
    if (final) await this.#windowed?.finish(this.outcome.stats);
  }

  /** Spool files go next to the output file (on its disk, cleaned up with it), else to the system temporary folder. */
  async #spoolFolder(): Promise<string | undefined> {
    if (this.target === undefined) return undefined;
    if (this.target instanceof AtomicFileTarget) {
      await this.target.write('');
      if (this.target.tempPath !== undefined) return path.dirname(this.target.tempPath);
    }
    return tmpdir();
  }

  async #repairPiece(raw: string): Promise<void> {
    const text = finishText(raw, this.#encoding, this.context.tables);
    let result = repair(text, this.context.resources, {
      toneStyle: this.settings.toneStyle,
      minConfidence: this.settings.minConfidence,
    });
    // The header's fixed wording, in every format (the header is at the start of the first piece).
    if (this.#pieces === 0 && mayHaveHeader(result.text)) {
      const { applyHeaderRewrites } = await (fixedPhrasesModule ??= import('../structure/fixed-phrases.js'));
      result = applyHeaderRewrites(result, this.context.resources.structureData, this.settings.minConfidence);
    }
    if (this.#pieces === 0) {
      const note = this.#encodingMessage();
      if (note !== undefined) result.messages.unshift(note);
    }
    const changes = result.changes.map((change) => shiftChange(change, this.#lineBase, this.#offsetBase));
    const messages = result.messages.map((message) => shiftMessage(message, this.#lineBase, this.#offsetBase));
    for (const change of changes) this.#keepChange(change);
    for (const message of messages) {
      if (this.outcome.messages.length < MAX_KEPT_CHANGES) this.outcome.messages.push(message);
    }
    const stats = this.outcome.stats;
    stats.words += result.stats.words;
    stats.invalidWords += result.stats.invalidWords;
    stats.changed += result.stats.changed;
    stats.lowConfidence += result.stats.lowConfidence;
    stats.syllables += result.stats.syllables;
    if (this.#windowed !== undefined) {
      await this.#windowed.window({ text: result.text, lineBase: this.#lineBase, offsetBase: this.#offsetBase, changes, messages });
    } else await this.#emit(await this.#render(result));
    this.onPiece?.(this.outcome.bytes, stats.syllables);
    this.#pieces++;
    this.#lineBase += countLineBreaks(text);
    this.#offsetBase += text.length;
  }

  async #render(result: RepairResult): Promise<string> {
    if (this.settings.format === 'text' || this.#markdownInput) return result.text;
    const { render } = await (renderModule ??= import('../render/index.js'));
    const options = { source: this.outcome.displayPath, structureData: this.context.resources.structureData, minConfidence: this.settings.minConfidence };
    if (this.settings.format === 'jsonl') {
      return JSON.stringify(JSON.parse(render(result, 'json', options))) + '\n';
    }
    return render(result, this.settings.format, options);
  }

  async #emit(piece: string): Promise<void> {
    if (this.target !== undefined) await this.target.write(piece);
    else this.outcome.output = (this.outcome.output ?? '') + piece;
  }

  #keepChange(change: Change): void {
    if (this.outcome.changes.length < MAX_KEPT_CHANGES) this.outcome.changes.push(change);
    else this.outcome.droppedChanges++;
  }

  #encodingMessage(): VnfixMessage | undefined {
    const encoding = this.outcome.encoding;
    if (encoding === undefined) return undefined;
    const place = { line: 1, column: 1, offset: 0 };
    if (this.settings.encoding !== undefined) {
      return makeMessage(`read as ${encoding.name} (--encoding)`, 'encoding-forced', { place });
    }
    if (encoding.name === 'utf-8' && !encoding.bom && !encoding.decomposed) return undefined;
    const legacy = !['utf-8', 'utf-16le', 'utf-16be'].includes(encoding.name);
    const what = encoding.decomposed ? 'utf-8 in decomposed form (NFD), composed to NFC' : encoding.name;
    return makeMessage(
      `detected ${what}${encoding.bom ? ' with a byte-order mark' : ''} (confidence ${encoding.confidence.toFixed(2)})`,
      legacy ? 'encoding-legacy' : 'encoding-detected',
      { place, confidence: encoding.confidence },
    );
  }
}

/** The whole-document limit and the piece size, from the settings or the environment variable. */
function windowSizes(settings: ProcessSettings): { whole: number; piece: number } {
  const forced = Number(process.env[WINDOW_CHARS_VARIABLE]);
  if (settings.format !== 'text' && Number.isInteger(forced) && forced > 0) return { whole: forced, piece: forced };
  return { whole: settings.wholeChars ?? WHOLE_DOCUMENT_CHARS, piece: settings.pieceChars ?? PIECE_CHARS };
}
