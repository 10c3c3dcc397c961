import { analyzeTone, type Tone } from './marks.js';
import { ONSETS, RHYMES, STOP_CODAS, splitSpelling } from './phonology.js';
import { toneVowelIndex } from './place-tone.js';

/**
 * A Vietnamese syllable cut into its parts, lower case and without tone marks.
 * "qu" and "gi" are onsets (quý → qu + y, giữ → gi + ư); in "gì", "gìn" the i is both the end of the
 * onset and the nucleus. The semi-vowel finals i y o u are codas (người → ng + ươ + i).
 */
export interface ParsedSyllable {
  onset: string;
  /** The rounding glide: "o" before a ă e (hoa, hoặc, khoe), "u" before â ê y ơ (tuân, huế, thủy, thuở). */
  medial: string;
  nucleus: string;
  coda: string;
  tone: Tone;
}

const ONSET_SET: ReadonlySet<string> = new Set(ONSETS);

// Nuclei written with two letters (diphthongs and the long oo), tried before single vowels.
const LONG_NUCLEI = ['iê', 'yê', 'ia', 'ya', 'uô', 'ua', 'ươ', 'ưa', 'oo'];

const FRONT_VOWELS = 'eêiy';

/** Whether `rhyme` can follow `onset`, including the rhymes that "qu" and "gi" absorb a letter of. */
function rhymeFits(onset: string, rhyme: string, sharedI: boolean): boolean {
  // "qu" already holds the medial u: quân = qu + ân (uân), quỳnh = qu + ynh (uynh), quốc = qu + ôc.
  if (onset === 'qu') return RHYMES.has('u' + rhyme) || (RHYMES.has(rhyme) && !/^[uưo]/u.test(rhyme));
  // "gi" swallows the i of iê: giếng = gi + êng (iêng); in gì, gìn the i is shared.
  if (onset === 'gi' && !sharedI) return !/^[iy]/u.test(rhyme) && (RHYMES.has(rhyme) || RHYMES.has('i' + rhyme));
  if (!RHYMES.has(rhyme)) return false;
  // iê is written yê when nothing precedes it (yên, yêu), iê after a consonant (tiên, kiểm).
  if (rhyme.startsWith('yê')) return onset === '';
  if (rhyme.startsWith('iê')) return onset !== '';
  return true;
}

/** Spelling rules of the velar onsets: k/gh/ngh before e ê i (y), c/g/ng elsewhere; c never before a glide (qu). */
function onsetSpellingFits(onset: string, rhyme: string, medial: string): boolean {
  const front = FRONT_VOWELS.includes(rhyme[0]);
  switch (onset) {
    case 'c':
      return !front && medial === '';
    case 'k':
      return front;
    case 'gh':
    case 'ngh':
      return front && rhyme[0] !== 'y';
    case 'g':
    case 'ng':
      return !front;
    default:
      return true;
  }
}

/**
 * Split a syllable into onset, medial, nucleus, coda and tone, checking Vietnamese phonotactics.
 * A syllable is valid when its onset and rhyme are in the inventories of the language, the velar onsets
 * are spelled right (ca/ke/qua, ga/ghe, nga/nghe), a stop coda (c ch p t) carries sắc or nặng, and its one
 * tone mark sits where the traditional or the modern style puts it.
 * @param s a syllable, any case (NFC)
 * @returns the parts, or null when `s` is not a Vietnamese syllable
 * @example parseSyllable('Người') // { onset: 'ng', medial: '', nucleus: 'ươ', coda: 'i', tone: 1 }
 */
export function parseSyllable(s: string): ParsedSyllable | null {
  const { base, tone, count, index } = analyzeTone(s);
  if (count > 1) return null;
  const lower = base.toLowerCase();
  if (!/^[a-zđăâêôơư]+$/u.test(lower)) return null;
  const spelling = splitSpelling(lower);
  if (!spelling) return null;
  const { onset } = spelling;
  if (onset !== '' && !ONSET_SET.has(onset)) return null;
  const sharedI = spelling.vowelStart < onset.length;
  const rhyme = spelling.vowels + spelling.coda;
  if (!rhymeFits(onset, rhyme, sharedI)) return null;
  const medial = onset === 'qu' || sharedI ? '' : /^o[aăe]/u.test(rhyme) ? 'o' : /^u[âêyơ]/u.test(rhyme) ? 'u' : '';
  if (!onsetSpellingFits(onset, rhyme, medial)) return null;
  const rest = rhyme.slice(medial.length);
  const nucleus = LONG_NUCLEI.find((n) => rest.startsWith(n)) ?? rest[0];
  const coda = rest.slice(nucleus.length);
  if (STOP_CODAS.has(coda) && tone !== 2 && tone !== 5) return null;
  if (tone !== 0) {
    const closed = spelling.coda !== '';
    const traditional = spelling.vowelStart + toneVowelIndex(spelling.vowels, closed, 'traditional');
    const modern = spelling.vowelStart + toneVowelIndex(spelling.vowels, closed, 'modern');
    if (index !== traditional && index !== modern) return null;
  }
  return { onset, medial, nucleus, coda, tone };
}

/**
 * Whether `s` is one Vietnamese syllable by the phonotactics of the language (see {@link parseSyllable}).
 * Many short English words are valid Vietnamese forms ("an", "to", "me"); "the", "email", "ciia", "d6i" are not.
 * @param s a word, any case (NFC)
 * @returns true for a valid syllable
 */
export function isValidSyllable(s: string): boolean {
  return parseSyllable(s) !== null;
}
