/**
 * Fold a string for matching phrases of the structure data: lower case, no tone or vowel marks,
 * đ → d. One output character per input character, so an index found in the folded string is an
 * index in the original (NFC input; a lone combining mark folds to itself and simply never matches).
 * @param text any text
 * @returns the folded text, same length as `text`
 * @example foldText('Độc lập') // 'doc lap'
 */
export function foldText(text: string): string {
  let out = '';
  for (const char of text) {
    if (char === 'đ' || char === 'Đ') {
      out += 'd';
      continue;
    }
    const base = char.normalize('NFD');
    const first = base.length > 1 && /\p{M}/u.test(base.slice(1)) ? base[0] : char;
    out += first.length === char.length ? first.toLowerCase() : char.toLowerCase();
  }
  return out;
}
