/** Unicode normalisation with a map back to the input's offsets. */

/** The normalised text and the way back to input offsets. */
export interface NormalizedText {
  text: string;
  /** Offset in the input of the character at `offset` of the normalised text (or of its end). */
  toInput(offset: number): number;
}

// Look-alike letters that OCR and old fonts produce for Vietnamese đ/Đ: U+00D0/U+00F0 are Icelandic eth,
// U+0189/U+0256 African D.
const LOOKALIKES: Readonly<Record<string, string>> = {
  '\u00d0': '\u0110',
  '\u00f0': '\u0111',
  '\u0189': '\u0110',
  '\u0256': '\u0111',
};
const LOOKALIKE = /[\u00d0\u00f0\u0189\u0256]/gu;

// A base character with its combining marks, or a lone run of marks.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

// Circumflex and breve share combining class 230 with the tone marks, so NFC keeps them in the order typed:
// "e" + acute + circumflex stays "é" + circumflex instead of "ế". Vietnamese keyboards and Windows-1258
// conversions do produce the tone first. Only a, e, o take these marks in Vietnamese, so other scripts' stacked
// marks keep their order. (The horn, class 216, and the dot below, 220, are reordered by NFC itself.)
const TONE_BEFORE_QUALITY = /([aeoAEO]\u0323?)([\u0300\u0301\u0303\u0309])([\u0302\u0306])/gu;

// Before any of these, no text can change under NFC (Latin-1 and below never compose with what precedes
// them), so the check for composition across clusters (Hangul jamo) is skipped.
const FIRST_COMPOSING_CODE_UNIT = 0x300;

// Input that NFC leaves alone may still hold look-alikes or a tone mark typed before a quality mark.
const NEEDS_WORK = /[\u00d0\u00f0\u0189\u0256\u0302\u0306]/u;

/** Normalise one chunk: quality marks before tone marks, NFC, look-alikes replaced. */
function normalizeChunk(chunk: string): string {
  return chunk
    .normalize('NFD')
    .replace(TONE_BEFORE_QUALITY, '$1$3$2')
    .normalize('NFC')
    .replace(LOOKALIKE, (ch) => LOOKALIKES[ch]);
}

/**
 * NFC-normalise `input` cluster by cluster, so every output offset maps back to an input offset.
 * Clusters that compose with the one before them (Hangul jamo) are normalised together. Besides NFC it puts
 * a quality mark typed after a tone mark first (e + ́ + ̂ → ế) and maps look-alikes of Đ/đ to Đ/đ.
 * Line breaks and all other characters that need no change are kept as they are.
 * @param input decoded text
 * @returns normalised text and an offset map
 * @example normalizeText('Vie\u0302\u0323t').text // 'Việt'
 */
export function normalizeText(input: string): NormalizedText {
  if (input.normalize('NFC') === input && !NEEDS_WORK.test(input)) {
    return { text: input, toInput: (offset) => offset };
  }
  // Chunks: [inputStart, inputEnd) with their normalised text. A cluster joins the chunk before it when
  // normalising them apart would differ from normalising them together.
  const chunks: Array<{ start: number; end: number; raw: string; norm: string }> = [];
  for (const match of input.matchAll(CLUSTER)) {
    const raw = match[0];
    const last = chunks[chunks.length - 1];
    if (last && raw.charCodeAt(0) >= FIRST_COMPOSING_CODE_UNIT) {
      const joined = normalizeChunk(last.raw + raw);
      if (joined !== last.norm + normalizeChunk(raw)) {
        last.raw += raw;
        last.end += raw.length;
        last.norm = joined;
        continue;
      }
    }
    chunks.push({ start: match.index, end: match.index + raw.length, raw, norm: normalizeChunk(raw) });
  }
  // Boundaries of changed chunks, in pairs: even entries are chunk starts, odd entries chunk ends.
  const outStarts: number[] = [];
  const inStarts: number[] = [];
  let text = '';
  for (const chunk of chunks) {
    const changed = chunk.norm !== chunk.raw;
    if (changed) {
      outStarts.push(text.length);
      inStarts.push(chunk.start);
    }
    text += chunk.norm;
    if (changed) {
      outStarts.push(text.length);
      inStarts.push(chunk.end);
    }
  }
  return {
    text,
    toInput(offset: number): number {
      // The last boundary at or before offset: inside a changed chunk (even) map to its start; after its end
      // (odd) input and output advance together.
      if (outStarts.length === 0 || offset < outStarts[0]) return offset;
      let lo = 0;
      let hi = outStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (outStarts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo % 2 === 0 ? inStarts[lo] : inStarts[lo] + (offset - outStarts[lo]);
    },
  };
}
