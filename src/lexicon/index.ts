/**
 * The administrative vocabulary (dictionaries/vocabulary.yaml, user --dict files) and the tokens kept
 * as they are (dictionaries/abbreviations.yaml), indexed by folded syllables for the decoder and the
 * language-model build.
 */
export type { Lexicon, LexiconPhrase, LexiconWarning } from './lexicon.js';
export { LexiconError } from './lexicon-error.js';
export { buildLexicon, loadLexicon, shippedLexiconFiles, SHIPPED_LEXICON_FILES } from './load-lexicon.js';
export type { LexiconSource, LoadLexiconOptions } from './load-lexicon.js';
