import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyCasePattern, casePatternOf, type CasePattern } from '../../src/syllable/index.js';
import { SAMPLE_SYLLABLES } from './sample-syllables.js';

describe('casePatternOf', () => {
  it.each([
    ['đổi', 'lower'],
    ['Đổi', 'title'],
    ['ĐỔI', 'upper'],
    ['đỔi', 'mixed'],
    ['ĐỔi', 'mixed'],
    ['Ở', 'title'],
    ['M3t', 'title'],
    ['D&i', 'title'],
    ['601', 'lower'],
  ])('reads %s as %s', (word, pattern) => {
    expect(casePatternOf(word)).toBe(pattern);
  });
});

describe('applyCasePattern', () => {
  it('re-cases a repaired word like the word it replaces', () => {
    expect(applyCasePattern('mặt', casePatternOf('M3t'))).toBe('Mặt');
    expect(applyCasePattern('đối', casePatternOf('D&I'))).toBe('ĐỐI');
    expect(applyCasePattern('ủy', 'title')).toBe('Ủy');
    expect(applyCasePattern('Ủy', 'lower')).toBe('ủy');
  });

  it('leaves the word as it is for mixed', () => {
    expect(applyCasePattern('iPhone', 'mixed')).toBe('iPhone');
  });

  it('gives a word of two or more letters the pattern it was asked for, and lower case gives it back', () => {
    const multi = SAMPLE_SYLLABLES.map((s) => s.toLowerCase()).filter((s) => [...s].length > 1);
    fc.assert(
      fc.property(fc.constantFrom(...multi), fc.constantFrom<CasePattern>('lower', 'title', 'upper'), (s, pattern) => {
        const cased = applyCasePattern(s, pattern);
        expect(casePatternOf(cased)).toBe(pattern);
        expect(applyCasePattern(cased, 'lower')).toBe(s);
        expect(applyCasePattern(s, casePatternOf(cased))).toBe(cased);
      }),
    );
  });
});
