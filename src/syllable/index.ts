/** The Vietnamese syllable core: marks, tones, phonotactics and case. */
export type { ToneStyle } from '../document/types.js';
export type { Tone } from './marks.js';
export { fold } from './fold.js';
export { stripTone } from './strip-tone.js';
export { applyTone, placeTone } from './place-tone.js';
export { parseSyllable, isValidSyllable, type ParsedSyllable } from './parse-syllable.js';
export { isOnset } from './phonology.js';
export { casePatternOf, applyCasePattern, type CasePattern } from './case-pattern.js';
