/** Unicode normalisation with a map back to the input's offsets. */

/** The normalised text and the way back to input offsets. */
export interface NormalizedText {
  text: string;
  /** Offset in the input of the character at `offset` of the normalised text (or of its end). */
  toInput(offset: number): number;
}

// Look-alike letters that OCR and old fonts produce for Vietnamese đ/Đ (U+00D0/U+00F0 are Icelandic eth).
const LOOKALIKES: Record<string, string> = { '\u00d0': '\u0110', '\u00f0': '\u0111', '\u0189': '\u0110' };

// A base character with its combining marks, or a lone run of marks.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

/**
 * NFC-normalise `input` cluster by cluster, so every output offset maps back to an input offset.
 * Line breaks and all other characters outside letter clusters are kept as they are.
 * @param input decoded text
 * @returns normalised text and an offset map
 */
export function normalizeText(input: string): NormalizedText {
  // Fast path: already NFC and no look-alikes.
  if (input.normalize('NFC') === input && !/[\u00d0\u00f0\u0189]/.test(input)) {
    return { text: input, toInput: (offset) => offset };
  }
  const outStarts: number[] = [];
  const inStarts: number[] = [];
  let text = '';
  for (const match of input.matchAll(CLUSTER)) {
    const cluster = match[0];
    let norm = cluster.normalize('NFC');
    const first = norm[0];
    if (first in LOOKALIKES) norm = LOOKALIKES[first] + norm.slice(1);
    if (norm !== cluster) {
      outStarts.push(text.length);
      inStarts.push(match.index);
    }
    text += norm;
    if (norm !== cluster) {
      outStarts.push(text.length);
      inStarts.push(match.index + cluster.length);
    }
  }
  return {
    text,
    toInput(offset: number): number {
      // Find the last recorded boundary at or before offset; offsets between boundaries shift equally.
      let lo = 0;
      let hi = outStarts.length - 1;
      if (hi < 0 || offset < outStarts[0]) return offset;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (outStarts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return inStarts[lo] + Math.min(offset - outStarts[lo], lo % 2 === 0 ? 0 : Infinity);
    },
  };
}
