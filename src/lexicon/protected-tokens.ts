/** Tokens kept as they are: abbreviations, foreign words, Roman numerals, and codes built from them. */
import { fold } from '../syllable/index.js';
import type { TokenRecord } from './read-lexicon-source.js';

// Canonical Roman numerals from 1 to 399, upper case: heading numbers (I., XIV.) and congress numbers
// (Đại hội XIII). D and M are left out: "DI" and "MI" are folded syllables (đi, mì) far more often.
const ROMAN_NUMERAL = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
// Separators inside codes: 35-BC/TU, QĐ-UBND, KT-XH, PCTT&TKCN.
const CODE_SEPARATORS = /[-/.&]/;
const DIGITS = /^[0-9]+$/;
// A listed token with a number glued on, as in law codes: QH14 (14th National Assembly), UBTVQH15.
const NUMBERED = /^(\D+?)[0-9]+$/;

/** Decides whether a token is protected; built once from all loaded files. */
export class ProtectedTokens {
  /** Protected on their own, exactly as written. */
  private readonly exact = new Set<string>();
  /** Protected on their own in any case, keyed lower-case. */
  private readonly anyCase = new Set<string>();
  /** Allowed as parts of codes, exactly as written (includes the syllable-like ones: TU, HU). */
  private readonly codeParts = new Set<string>();
  private readonly codePartsAnyCase = new Set<string>();
  private readonly romanExceptions = new Set<string>();
  /** Folded spelling → listed spellings with marks (HDND → HĐND), for codes; `alone`: not syllable-like. */
  private readonly byFold = new Map<string, { listed: string[]; alone: boolean }>();

  /**
   * Add one token from a `protected` group.
   * @param record the token and how it matches
   */
  add(record: TokenRecord): void {
    const key = record.caseMode === 'any' ? record.token.toLowerCase() : record.token;
    if (record.caseMode === 'any') this.codePartsAnyCase.add(key);
    else this.codeParts.add(key);
    if (!record.syllable) (record.caseMode === 'any' ? this.anyCase : this.exact).add(key);
    if (record.caseMode === 'exact') {
      const folded = fold(record.token);
      if (folded !== record.token) {
        const entry = this.byFold.get(folded);
        if (entry === undefined) this.byFold.set(folded, { listed: [record.token], alone: !record.syllable });
        else if (!entry.listed.includes(record.token)) entry.listed.push(record.token);
      }
    }
  }

  /**
   * Leave a Roman numeral to the decoder (it is also a syllable: VI may be vì, vị).
   * @param numeral upper-case numeral
   */
  addRomanException(numeral: string): void {
    this.romanExceptions.add(numeral);
  }

  /**
   * Whether the token must be kept as it is.
   * @param token one token as in the text
   * @returns true for a protected abbreviation or word, a Roman numeral not listed as a syllable,
   *   or a code whose parts are all protected abbreviations or digits (at least one abbreviation)
   */
  isProtected(token: string): boolean {
    if (token === '') return false;
    if (this.exact.has(token) || this.anyCase.has(token.toLowerCase())) return true;
    if (ROMAN_NUMERAL.test(token)) return !this.romanExceptions.has(token);
    if (!CODE_SEPARATORS.test(token)) return false;
    let abbreviations = 0;
    let parts = 0;
    for (const part of token.split(CODE_SEPARATORS)) {
      if (part === '') continue;
      parts++;
      if (DIGITS.test(part)) continue;
      if (this.isAbbreviationPart(part)) {
        abbreviations++;
        continue;
      }
      return false;
    }
    // "TU." alone is a syllable with a full stop, not a code: a single part must be protected on its own.
    if (parts === 1) return abbreviations === 1 && this.isProtected(token.replace(/[-/.&]/g, ''));
    return abbreviations > 0;
  }

  /** A code part that is a listed abbreviation, alone or followed by a number (`BC`, `QH14`). */
  private isAbbreviationPart(part: string): boolean {
    if (this.isCodePart(part)) return true;
    const numbered = NUMBERED.exec(part);
    return numbered !== null && this.isCodePart(numbered[1]);
  }

  private isCodePart(part: string): boolean {
    return this.codeParts.has(part) || this.codePartsAnyCase.has(part.toLowerCase()) || ROMAN_NUMERAL.test(part);
  }

  /**
   * The listed spelling of a protected token that lost its marks: HDND → HĐND, QD-UBND → QĐ-UBND,
   * 120-CV/BDNTW → 120-CV/BĐNTW. A part is restored only when exactly one listed token folds to it
   * and the part is not itself listed; a syllable-like one (DU → ĐU) or one of two letters (QD → QĐ)
   * only inside a code.
   * @param token one token as in the text
   * @returns the restored token, or undefined when nothing is to be restored
   */
  restore(token: string): string | undefined {
    if (token === '' || this.exact.has(token)) return undefined;
    const pieces = token.split(/([-/.&])/);
    const inCode = pieces.length > 1;
    let changed = false;
    let abbreviations = 0;
    for (let i = 0; i < pieces.length; i += 2) {
      const part = pieces[i];
      if (part === '' || DIGITS.test(part)) continue;
      if (this.isAbbreviationPart(part)) {
        abbreviations++;
        continue;
      }
      const entry = this.byFold.get(part);
      // Alone, two letters are too ambiguous (DT: diện tích or ĐT); inside a code they are not.
      if (entry === undefined || entry.listed.length !== 1 || (!inCode && (!entry.alone || part.length < 3))) return undefined;
      pieces[i] = entry.listed[0];
      changed = true;
      abbreviations++;
    }
    if (!changed || abbreviations === 0) return undefined;
    // A lone part with a full stop ("HDND.") follows the rule for a lone token.
    const parts = pieces.filter((p, i) => i % 2 === 0 && p !== '');
    if (parts.length === 1) {
      const lone = token.replace(/[-/.&]/g, '');
      const entry = this.byFold.get(lone);
      if (entry !== undefined && (!entry.alone || lone.length < 3)) return undefined;
    }
    return pieces.join('');
  }
}
