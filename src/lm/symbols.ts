/**
 * What the language model sees of a token. The model build and the decoder share this mapping, so
 * a context learned from the corpus is the context met in a document.
 */
import type { Token } from '../document/types.js';
import { placeTone } from '../syllable/index.js';

/** Reserved id: "no word" (empty context slot); never scored. */
export const NONE = 0;
/** Unknown word. */
export const UNK = 1;
/** Sentence start. */
export const BOS = 2;
/** Sentence end. */
export const EOS = 3;
/** The reserved strings of ids 0..3, in id order. */
export const RESERVED = ['', '<unk>', '<s>', '</s>'] as const;
/** Numbers and codes ("2024", "15/3/2024", "04-CT/TW") all read as this one symbol. */
export const NUMBER_SYMBOL = '<num>';

/** How a token takes part in the LM context. */
export type ContextRole =
  /** a word: a syllable (or foreign word) to score */
  | 'word'
  /** a symbol scored like a word (<num>, comma, bracket, quote, dash) */
  | 'symbol'
  /** ends the sentence: . ! ? ; :, a blank line, a gap between columns flattened onto one line */
  | 'break'
  /** invisible to the model: spaces and single line breaks (OCR text is hard-wrapped) */
  | 'skip';

// Sentence-final punctuation, measured as context breaks (see dictionaries/README.md).
const SENTENCE_END = /[.!?;:…]/;
const DIGIT = /\p{N}/u;

/**
 * The role of a token in the LM context.
 * @param token a token of the document or of a corpus line
 * @returns its role
 */
export function contextRole(token: Token): ContextRole {
  // Two columns flattened onto one line are not one sentence (the right column's last words before
  // the left column's next line would be read as context).
  if (token.columnGap) return 'break';
  switch (token.kind) {
    case 'word':
      return 'word';
    case 'space':
    case 'newline':
    case 'mark':
      return 'skip';
    case 'number':
    case 'code':
    case 'url':
    case 'email':
      return 'symbol';
    default: {
      if (DIGIT.test(token.value)) return 'symbol';
      if (SENTENCE_END.test(token.value)) return 'break';
      return /\S/.test(token.value) ? 'symbol' : 'skip';
    }
  }
}

/**
 * The LM string of a non-word symbol token ('symbol' role).
 * @param token the token
 * @returns `<num>`, `,`, `(`, `)`, `"`, `-`, `/` or `<p>` for other punctuation
 */
export function symbolText(token: Token): string {
  const v = token.value;
  if (token.kind === 'number' || token.kind === 'code' || DIGIT.test(v)) return NUMBER_SYMBOL;
  if (token.kind === 'url' || token.kind === 'email') return NUMBER_SYMBOL;
  if (v.includes(',')) return ',';
  if (/[([{]/.test(v)) return '(';
  if (/[)\]}]/.test(v)) return ')';
  if (/["“”'‘’«»]/.test(v)) return '"';
  if (/[-–—]/.test(v)) return '-';
  if (v.includes('/')) return '/';
  return '<p>';
}

/**
 * A word as the model stores it: lower case, tone mark placed in the traditional style.
 * @param word a word token's text
 * @returns its canonical form
 * @example canonicalWord('Hoà') // 'hòa'
 */
export function canonicalWord(word: string): string {
  return placeTone(word.toLowerCase(), 'traditional');
}
