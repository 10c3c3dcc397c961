/**
 * The contract between candidate generation and the decoder. Costs are -log10 probabilities (>= 0),
 * the unit of the language model, so a decoder adds them directly.
 */

/** One reading of an observed token. */
export interface SyllableCandidate {
  /** Lower-case syllable, NFC, traditional tone placement (the decoder re-cases and re-styles). */
  syllable: string;
  /** -log10 P(observed | syllable): what the channel (stripping, OCR) costs to turn syllable into observed. */
  channelCost: number;
}

/** A reading of an observed token that the OCR glued from two syllables ("tổchức" read as one). */
export interface SplitCandidate {
  syllables: [string, string];
  channelCost: number;
}
