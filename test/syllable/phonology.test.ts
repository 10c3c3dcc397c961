import { describe, expect, it } from 'vitest';
import { applyTone, fold, isValidSyllable, parseSyllable, placeTone, stripTone, type Tone } from '../../src/syllable/index.js';
import { ONSETS, RHYMES, STOP_CODAS } from '../../src/syllable/phonology.js';

const TONES: Tone[] = [0, 1, 2, 3, 4, 5];

/** Every onset + rhyme + tone the inventories allow, written in the traditional style, that is valid. */
function everySyllable(): string[] {
  const out: string[] = [];
  for (const onset of ['', ...ONSETS]) {
    for (const rhyme of RHYMES) {
      for (const tone of TONES) {
        const s = applyTone(onset + rhyme, tone, 'traditional');
        if (isValidSyllable(s)) out.push(s);
      }
    }
  }
  return out;
}

describe('the phonology tables', () => {
  const syllables = everySyllable();

  it('generate thousands of valid syllables, among them the common ones', () => {
    expect(syllables.length).toBeGreaterThan(5000);
    for (const s of ['người', 'quốc', 'giữ', 'khuya', 'nghiêng', 'thuở', 'hoặc', 'xoong']) expect(syllables).toContain(s);
  });

  // Each check collects the syllables that break it, so a failure lists them all.
  it('give every generated syllable a parse whose tone is the one applied and whose stop coda has sắc or nặng', () => {
    const broken = syllables.filter((s) => {
      const parsed = parseSyllable(s);
      if (!parsed || parsed.tone !== stripTone(s).tone) return true;
      return STOP_CODAS.has(parsed.coda) && parsed.tone !== 2 && parsed.tone !== 5;
    });
    expect(broken).toEqual([]);
  });

  it('keep every generated syllable valid, with the same folded form, in the modern style', () => {
    const broken = syllables.filter((s) => {
      const modern = placeTone(s, 'modern');
      return !isValidSyllable(modern) || fold(modern) !== fold(s) || placeTone(modern, 'traditional') !== s;
    });
    expect(broken).toEqual([]);
  });

  it('give back each syllable from its base and tone', () => {
    const broken = syllables.filter((s) => {
      const { base, tone } = stripTone(s);
      return applyTone(base, tone) !== s;
    });
    expect(broken).toEqual([]);
  });
});
