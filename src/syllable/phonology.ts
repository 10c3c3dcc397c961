/**
 * The sound system of Vietnamese as its orthography writes it: onsets, rhymes, and how a written
 * syllable splits into them. These are facts of the language, not data learned from a corpus.
 */

/** Vowel letters (tone-less, lower case). */
export const VOWELS = 'aăâeêioôơuưy';

/** Vowels that carry a quality mark; when a syllable has one, the tone mark goes on it (on ơ in ươ). */
export const QUALITY_VOWELS = 'ăâêôơư';

// Written onsets (phụ âm đầu), longest first so that "ngh" wins over "ng" and "n".
// "p" alone occurs only in loanwords (pin, pa-nô) but is part of modern usage.
// "gi" and "qu" are single onsets (/z/, /kw/); they are split off in splitSpelling.
// Source: Đoàn Thiện Thuật, Ngữ âm tiếng Việt (1977), the 22 initial consonants and their spellings.
export const ONSETS: readonly string[] = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x',
];

/** The letters are a written onset, in lower case ("tr", "ngh", "x"). */
export function isOnset(letters: string): boolean {
  return ONSETS.includes(letters);
}

// Written rhymes (vần) without tone, one row per main vowel; the medial o/u rows come last.
// A stop coda (c ch p t) allows only sắc and nặng: see STOP_CODAS.
// Source: the rhyme inventory of Đoàn Thiện Thuật, Ngữ âm tiếng Việt (1977), checked against the
// tvpl_vanban and phapdien corpora: of their 7,978 distinct lower-cased words, the 4,612 rejected are
// abbreviations (ubnd, nđ), foreign words, words the source glued or cut (tổchức, việ), and loanwords and
// minority place names spelled against the native orthography (gen, ôtô, đắk, lắk, kạn, kon).
const RHYME_ROWS = [
  'a ai ao au ay ac ach am an ang anh ap at',
  'ăc ăm ăn ăng ăp ăt',
  'âu ây âc âm ân âng âp ât',
  'e eo ec em en eng ep et',
  'ê êu êch êm ên ênh êp êt',
  'i ia iu ich im in inh ip it',
  'iêu iêc iêm iên iêng iêp iêt',
  'y yêu yêm yên yêng yêt',
  'o oi oc om on ong op ot ooc oong',
  'ô ôi ôc ôm ôn ông ôp ôt',
  'ơ ơi ơm ơn ơp ơt',
  'u ua ui uc um un ung up ut',
  'uôi uôc uôm uôn uông uôt',
  'ư ưa ưi ưu ưc ưm ưn ưng ưt',
  'ươi ươu ươc ươm ươn ương ươp ươt',
  'oa oai oao oay oac oach oam oan oang oanh oap oat',
  'oăc oăm oăn oăng oăt',
  'oe oeo oen oet',
  'uân uâng uât uây',
  'uê uêch uênh',
  'uơ',
  'uy uya uyu uych uynh uyt uyên uyêt',
];

/** Every written rhyme of Vietnamese (tone-less, lower case). */
export const RHYMES: ReadonlySet<string> = new Set(RHYME_ROWS.join(' ').split(' '));

/** Final consonants after which only sắc (2) and nặng (5) can occur. */
export const STOP_CODAS: ReadonlySet<string> = new Set(['c', 'ch', 'p', 't']);

/** Consonant codas (the semi-vowel finals i y o u are written as vowels). */
export const CONSONANT_CODAS: ReadonlySet<string> = new Set(['c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);

/** A written syllable cut at its vowels. */
export interface Spelling {
  /** Letters before the vowels; "gi" and "qu" when they are the onset. */
  onset: string;
  /** Offset of the first vowel letter that belongs to the rhyme ("gìn": 1, the i is shared). */
  vowelStart: number;
  /** The run of vowel letters of the rhyme. */
  vowels: string;
  /** Letters after the vowels. */
  coda: string;
}

/**
 * Lower-case `s` character by character, keeping any character whose lower case has another length
 * (İ → i̇), so offsets in the result are offsets in `s`.
 */
export function lowerKeepingOffsets(s: string): string {
  // No character's lower case is shorter than the character, so equal lengths mean none grew.
  const whole = s.toLowerCase();
  if (whole.length === s.length) return whole;
  let out = '';
  for (const ch of s) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.includes(ch);

/**
 * Cut a tone-less, lower-case word into consonants, one run of vowels, consonants.
 * "qu" and "gi" before a vowel are onsets ("quý", "giữ"); "gi" before a consonant or at the end
 * shares its i with the rhyme ("gì", "gìn").
 * @param lower tone-less lower-case letters
 * @returns the parts, or null when there is no vowel or more than one vowel run
 */
export function splitSpelling(lower: string): Spelling | null {
  let start = 0;
  while (start < lower.length && !isVowel(lower[start])) start++;
  let end = start;
  while (end < lower.length && isVowel(lower[end])) end++;
  if (start === end) return null;
  for (let i = end; i < lower.length; i++) if (isVowel(lower[i])) return null;
  let onset = lower.slice(0, start);
  let vowelStart = start;
  if ((onset === 'q' && lower[start] === 'u') || (onset === 'g' && lower[start] === 'i')) {
    if (isVowel(lower[start + 1])) {
      onset += lower[start];
      vowelStart = start + 1;
    } else if (onset === 'g') {
      onset = 'gi';
    }
  }
  return { onset, vowelStart, vowels: lower.slice(vowelStart, end), coda: lower.slice(end) };
}
