/** The encodings vnfix reads. Everything is decoded to NFC text. */
export type EncodingName =
  | 'utf-8'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1258'
  | 'tcvn3'
  | 'vni'
  | 'viscii'
  | 'viqr';

/** Every encoding name, in the order `--help` lists them. */
export const ENCODING_NAMES: readonly EncodingName[] = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1258',
  'tcvn3',
  'vni',
  'viscii',
  'viqr',
];

/** Spellings users type for each encoding (lower case, without spaces, dashes or underscores). */
const ALIASES: Record<string, EncodingName> = {
  utf8: 'utf-8',
  utf16: 'utf-16le',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  windows1258: 'windows-1258',
  cp1258: 'windows-1258',
  tcvn: 'tcvn3',
  tcvn3: 'tcvn3',
  tcvn5712: 'tcvn3',
  abc: 'tcvn3',
  vni: 'vni',
  vniwindows: 'vni',
  viscii: 'viscii',
  viqr: 'viqr',
};

/**
 * Resolve a user-typed encoding name.
 * @param name e.g. `UTF-8`, `cp1258`, `TCVN3`, `vni-windows`
 * @returns the canonical name, or undefined when unknown
 * @example parseEncodingName('CP1258') // 'windows-1258'
 */
export function parseEncodingName(name: string): EncodingName | undefined {
  return ALIASES[name.toLowerCase().replace(/[\s_-]/g, '')];
}
