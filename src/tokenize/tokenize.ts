import type { Token } from '../document/types.js';

/**
 * Split text into tokens whose values join back into the text. (Placeholder: words and other runs.)
 * @param text normalised text
 * @returns tokens in order
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /(\r\n|\n|\r)|([ \t\f\v]+)|(\p{L}+)|([^\p{L}\s]+|\s)/gu;
  for (const m of text.matchAll(re)) {
    const kind = m[1] ? 'newline' : m[2] ? 'space' : m[3] ? 'word' : 'punct';
    tokens.push({ kind, value: m[0], offset: m.index });
  }
  return tokens;
}
