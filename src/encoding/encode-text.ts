import iconv from 'iconv-lite';
import type { EncodingName } from './encoding-name.js';
import type { LegacyTables } from './legacy-tables.js';
import { respell } from './respell.js';

/** Tone marks that Windows-1258 writes as combining characters after the base letter. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;

/**
 * Encode NFC text in one of the encodings vnfix reads (for writing fixtures and legacy outputs).
 * Windows-1258 gets the decomposed form its fonts expect: base letter (with its shape mark) + tone mark.
 * @param text NFC text
 * @param encoding target encoding
 * @param tables legacy spelling tables
 * @returns the bytes
 * @example encodeText('Việt Nam', 'vni', tables) // bytes of 'Vieät Nam' in Windows-1252
 */
export function encodeText(text: string, encoding: EncodingName, tables: LegacyTables): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'viqr':
      return Buffer.from(respell(text, tables.viqr), 'utf8');
    case 'vni':
      return iconv.encode(respell(text, tables.vni), 'windows1252');
    case 'windows-1258':
      return iconv.encode(decomposeTones(text), 'windows1258');
    case 'tcvn3':
      return iconv.encode(text, 'tcvn');
    case 'viscii':
      return iconv.encode(text, 'viscii');
    case 'utf-16le':
      return iconv.encode(text, 'utf16le');
    case 'utf-16be':
      return iconv.encode(text, 'utf16be');
  }
}

/** Split each letter into its base (with shape marks, composed) and a separate combining tone mark. */
function decomposeTones(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const parts = ch.normalize('NFD');
    const tone = [...parts].find((c) => TONE_MARKS.test(c));
    if (tone === undefined) {
      out += ch;
      continue;
    }
    // Windows-1258 has precomposed À Á È É Í Ó Ú Ý and lower case; keep the decomposed form throughout
    // as Vietnamese keyboards for it do.
    out += parts.replace(tone, '').normalize('NFC') + tone;
  }
  return out;
}
