/**
 * Inputs that are already Markdown (an earlier vnfix output, a transcript kept as `.md`). Their markup is
 * the author's structure: Markdown output keeps it and only the words are repaired, and the structure
 * stage reads them with the markup taken off, line for line.
 */

/** ATX heading: up to three spaces, 1–6 `#`, a space. */
const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+/;
/** A line that is one strong span of words: `**Nơi nhận:**`, `__KẾ HOẠCH__` (not a `______` rule). */
const STRONG_LINE = /^\s*(\*\*|__)(?=[^\s*_])(?=.*[\p{L}\p{N}]).*[^\s*_]\1\s*$/u;
/** A GFM table delimiter row: `| - | :-: |`, `---|---`. */
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/;
/** A GFM footnote definition: `[^1]: ...`. */
const FOOTNOTE_DEFINITION = /^\[\^[^\]\s]+\]:\s/;

/**
 * Whether a document is Markdown rather than plain (OCR) text: its file name says so, or its lines carry
 * Markdown's block markup (ATX headings, whole-line strong spans, table delimiter rows, footnote
 * definitions) at least twice. OCR text practically never starts lines with `## ` or wraps whole lines
 * in `**`.
 * @param text the document
 * @param name its file name, when it has one
 * @returns true for Markdown
 */
export function isMarkdownSource(text: string, name?: string): boolean {
  if (name !== undefined && /\.(md|markdown)$/i.test(name)) return true;
  // Every signal needs one of these characters: most texts are told apart without a regular expression.
  if (!/[#*_|]/.test(text)) return false;
  let signals = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (ATX_HEADING.test(line) || STRONG_LINE.test(line) || TABLE_DELIMITER.test(line) || FOOTNOTE_DEFINITION.test(line)) {
      if (++signals >= 2) return true;
    }
  }
  return false;
}

/**
 * Take Markdown's markup off each line, keeping the lines one for one (so source line numbers stay
 * right) and keeping list markers and numbering, which the structure stage reads as the document's own:
 * heading `#`s, strong and emphasis delimiters, hard-break spaces or backslashes, blockquote `>`,
 * backslash escapes.
 * @param markdown a Markdown document
 * @returns plain text with the same number of lines
 */
export function plainFromMarkdown(markdown: string): string {
  return markdown
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 === 1 ? part : plainLine(part)))
    .join('');
}

function plainLine(line: string): string {
  let text = line.replace(/^ {0,3}(> ?)+/, '');
  const heading = ATX_HEADING.exec(text);
  if (heading) text = text.slice(heading[0].length).replace(/[ \t]+#+[ \t]*$/, '');
  if (TABLE_DELIMITER.test(text)) return '';
  text = text
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\\*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, '$1$2')
    .replace(/(?: {2,}|\\)$/, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
  return text;
}
