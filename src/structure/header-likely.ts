/** Lines read at the top of a text when looking for a header block. */
const TOP_LINES = 12;

/**
 * Whether a text may open with a header block: one of its first lines is mostly capitals, as the
 * issuing body's name always is. Cheap, so a caller can skip loading the structure stage for text
 * that has no header (a paragraph, a one-line input).
 * @param text the repaired text
 * @returns false when no header can be there
 */
export function mayHaveHeader(text: string): boolean {
  let seen = 0;
  for (const line of text.split(/\r\n|\r|\n/, 200)) {
    const letters = line.match(/\p{L}/gu);
    if (!letters) continue;
    const upper = letters.filter((c) => c !== c.toLowerCase()).length;
    if (letters.length >= 2 && upper / letters.length >= 0.8) return true;
    if (++seen >= TOP_LINES) return false;
  }
  return false;
}
