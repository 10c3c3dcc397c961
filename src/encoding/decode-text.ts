import { createRequire } from 'node:module';
import type Iconv from 'iconv-lite';
import type { EncodingName } from './encoding-name.js';
import type { LegacyTables } from './legacy-tables.js';
import { fromViqr, fromVni } from './respell.js';
import { findInvalidUtf8 } from './utf8-validity.js';

// iconv-lite is loaded on first use: UTF-8 input, the common case, never needs it (start-up time).
const requireModule = createRequire(import.meta.url);
let iconvModule: typeof Iconv | undefined;
const iconv = (): typeof Iconv => (iconvModule ??= requireModule('iconv-lite') as typeof Iconv);

/** Raised when bytes are not valid in the encoding they are decoded with. */
export class DecodeError extends Error {
  /** @param message what is wrong, e.g. `invalid UTF-8 at byte 120` */
  constructor(message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

/** A stateful bytes → string decoder: sequences cut between two writes are carried over. */
export interface ByteDecoder {
  write(bytes: Uint8Array): string;
  end(): string;
}

/** The iconv-lite codec that reads each encoding's bytes (VNI is read as Windows-1252, then respelled). */
const ICONV_CODEC: Partial<Record<EncodingName, string>> = {
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
  'windows-1258': 'windows1258',
  // iconv-lite's TCVN 5712 table (VN1) is a superset of TCVN3 (ABC): same lower-case and ĂÂÊÔƠƯĐ slots.
  tcvn3: 'tcvn',
  viscii: 'viscii',
  vni: 'windows1252',
};

/**
 * Make a streaming decoder for the raw reading of an encoding's bytes. The result still needs
 * {@link finishText} (VNI/VIQR spellings, NFC), which is safe to apply per paragraph.
 * @param encoding the encoding to read
 * @returns a decoder
 * @throws DecodeError from `write`/`end` on invalid UTF-8
 */
export function createByteDecoder(encoding: EncodingName): ByteDecoder {
  if (encoding === 'utf-8' || encoding === 'viqr') return utf8Decoder();
  const codec = ICONV_CODEC[encoding];
  if (codec === undefined) throw new DecodeError(`no decoder for ${encoding}`);
  const decoder = iconv().getDecoder(codec);
  return {
    write: (bytes) => decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)),
    end: () => decoder.end() ?? '',
  };
}

function utf8Decoder(): ByteDecoder {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let consumed = 0;
  const fail = (bytes: Uint8Array, complete: boolean): never => {
    const at = findInvalidUtf8(bytes, complete);
    throw new DecodeError(`invalid UTF-8 at byte ${consumed + Math.max(at, 0)}`);
  };
  return {
    write(bytes) {
      try {
        const text = decoder.decode(bytes, { stream: true });
        consumed += bytes.byteLength;
        return text;
      } catch {
        return fail(bytes, false);
      }
    },
    end() {
      try {
        return decoder.decode();
      } catch {
        throw new DecodeError(`invalid UTF-8 at byte ${consumed} (a sequence cut by the end of the file)`);
      }
    },
  };
}

/**
 * Finish decoded text: replace VNI/VIQR spellings by letters, compose decomposed marks (Windows-1258, NFD)
 * and return NFC. Works on any piece of text that does not cut a letter, such as a paragraph.
 * @param raw output of a {@link ByteDecoder}
 * @param encoding the encoding it was read with
 * @param tables legacy spelling tables
 * @returns NFC text
 */
export function finishText(raw: string, encoding: EncodingName, tables: LegacyTables): string {
  let text = raw;
  if (encoding === 'vni') text = fromVni(text, tables.vni);
  else if (encoding === 'viqr') text = fromViqr(text, tables.viqr);
  return text.normalize('NFC');
}

/**
 * Decode a whole file's bytes to NFC text.
 * @param bytes the file's content
 * @param encoding the encoding to read it with
 * @param tables legacy spelling tables
 * @returns NFC text
 * @throws DecodeError on invalid UTF-8
 * @example decodeBytes(bytes, 'tcvn3', new LegacyTables())
 */
export function decodeBytes(bytes: Uint8Array, encoding: EncodingName, tables: LegacyTables): string {
  const decoder = createByteDecoder(encoding);
  return finishText(decoder.write(bytes) + decoder.end(), encoding, tables);
}
