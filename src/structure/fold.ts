/**
 * Fold a string for matching phrases of the structure data: lower case, no tone or vowel marks,
 * đ → d. One output character per input character, so an index found in the folded string is an
 * index in the original (NFC input; a lone combining mark folds to itself and simply never matches).
 * @param text any text
 * @returns the folded text, same length as `text`
 * @example foldText('Độc lập') // 'doc lap'
 */
export function foldText(text: string): string {
  // The phrase lists are folded again for every line they are tried on: short strings are remembered.
  const short = text.length <= SHORT;
  if (short) {
    const seen = folds.get(text);
    if (seen !== undefined) return seen;
  }
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      out += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : char;
      continue;
    }
    let folded = charFolds.get(char);
    if (folded === undefined) {
      folded = foldChar(char);
      charFolds.set(char, folded);
    }
    out += folded;
  }
  if (short) {
    if (folds.size >= MAX_FOLDS) folds.clear();
    folds.set(text, out);
  }
  return out;
}

/** Strings up to this length are remembered, up to MAX_FOLDS of them (then the table starts afresh). */
const SHORT = 64;
const MAX_FOLDS = 20_000;
const folds = new Map<string, string>();
const charFolds = new Map<string, string>();

function foldChar(char: string): string {
  if (char === 'đ' || char === 'Đ') return 'd';
  const base = char.normalize('NFD');
  const first = base.length > 1 && /\p{M}/u.test(base.slice(1)) ? base[0] : char;
  return first.length === char.length ? first.toLowerCase() : char.toLowerCase();
}
