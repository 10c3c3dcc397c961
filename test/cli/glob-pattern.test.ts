import { describe, expect, it } from 'vitest';
import { globToRegExp, hasGlobMagic, splitGlob } from '../../src/cli/glob-pattern.js';

describe('globs', () => {
  it('splits the folder to walk from the pattern', () => {
    expect(splitGlob('kho/2021/**/*.txt')).toEqual({ base: 'kho/2021', rest: '**/*.txt' });
    expect(splitGlob('*.txt')).toEqual({ base: '.', rest: '*.txt' });
    expect(splitGlob('/data/scan-??.txt')).toEqual({ base: '/data', rest: 'scan-??.txt' });
  });

  it('matches * within one folder and ** across folders', () => {
    expect(globToRegExp('*.txt').test('bao-cao.txt')).toBe(true);
    expect(globToRegExp('*.txt').test('2021/bao-cao.txt')).toBe(false);
    expect(globToRegExp('**/*.txt').test('bao-cao.txt')).toBe(true);
    expect(globToRegExp('**/*.txt').test('2021/quy-1/bao-cao.txt')).toBe(true);
    expect(globToRegExp('2021/**').test('2021/quy-1/bao-cao.txt')).toBe(true);
  });

  it('matches ? and character classes', () => {
    expect(globToRegExp('scan-0?.txt').test('scan-07.txt')).toBe(true);
    expect(globToRegExp('scan-[0-4].txt').test('scan-3.txt')).toBe(true);
    expect(globToRegExp('scan-[!0-4].txt').test('scan-3.txt')).toBe(false);
  });

  it('does not let * match hidden files or regex characters mean anything', () => {
    expect(globToRegExp('*.txt').test('.an.txt')).toBe(false);
    expect(globToRegExp('a+b (1).txt').test('a+b (1).txt')).toBe(true);
    expect(globToRegExp('a.txt').test('abtxt')).toBe(false);
  });

  it('tells patterns from plain paths', () => {
    expect(hasGlobMagic('kho/*.txt')).toBe(true);
    expect(hasGlobMagic('kho/bao-cao.txt')).toBe(false);
  });
});
