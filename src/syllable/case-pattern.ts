/** How a word is capitalised, so a rewritten word can keep it. */
export type CasePattern = 'lower' | 'title' | 'upper' | 'mixed';

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase();
const isLower = (ch: string): boolean => ch !== ch.toUpperCase();

/**
 * The capitalisation of a word, judged on its cased letters only (digits and symbols do not count).
 * One capital letter alone counts as `title` ("Ở" at the start of a sentence); no cased letter counts as `lower`.
 * @param s a word
 * @returns `lower` (đổi), `title` (Đổi), `upper` (ĐỔI) or `mixed` (đỔi, iPhone)
 */
export function casePatternOf(s: string): CasePattern {
  const cased = [...s].filter((ch) => isUpper(ch) || isLower(ch));
  const uppers = cased.filter(isUpper).length;
  if (uppers === 0) return 'lower';
  if (isUpper(cased[0]) && uppers === 1) return 'title';
  if (uppers === cased.length) return 'upper';
  return 'mixed';
}

/**
 * Give `s` the capitalisation `pattern`; `mixed` leaves `s` as it is.
 * @param s a word
 * @param pattern the capitalisation to apply
 * @returns the re-cased word
 * @example applyCasePattern('ủy', 'title') // 'Ủy'
 */
export function applyCasePattern(s: string, pattern: CasePattern): string {
  switch (pattern) {
    case 'lower':
      return s.toLowerCase();
    case 'upper':
      return s.toUpperCase();
    case 'title': {
      const lower = s.toLowerCase();
      const first = [...lower].findIndex((ch) => isLower(ch));
      if (first < 0) return lower;
      const chars = [...lower];
      chars[first] = chars[first].toUpperCase();
      return chars.join('');
    }
    case 'mixed':
      return s;
  }
}
