import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/tokenize/tokenize.js';
import { contextRole } from '../../src/lm/symbols.js';
import { repair, Resources } from '../../src/index.js';

/** The tokens of `text` that carry a column gap, as `kind:value`. */
const gaps = (text: string): string[] =>
  tokenize(text)
    .filter((t) => t.columnGap)
    .map((t) => `${t.kind}:${JSON.stringify(t.value)}`);

describe('column gaps of a flattened two-column line', () => {
  it('marks a wide run of spaces between words and the line break after that line', () => {
    expect(gaps('UBND XÃ PHÚ THANH        CỘNG HÒA\nPHÒNG KINH TẾ\nSố: 45')).toEqual(['space:"        "', 'newline:"\\n"']);
  });

  it('leaves indentation, spaces before a line end and single or double spaces alone', () => {
    expect(gaps('    - Sở Nội vụ;   \nhai  từ\tmột')).toEqual(['space:"\\t"']);
    expect(gaps('    - Sở Nội vụ;   \nhai  từ')).toEqual([]);
  });

  it('breaks the language-model context there', () => {
    const [gap] = tokenize('PHÒNG KINH TẾ      Độc lập').filter((t) => t.kind === 'space' && t.columnGap);
    expect(contextRole(gap)).toBe('break');
    expect(contextRole(tokenize('Độc lập')[1])).toBe('skip');
  });

  it('restores the left column of an OCR header apart from the right column of the line above', () => {
    const header = [
      'UBND XA PHU THANH        CONG HOA XA HOI CHU NGHIA VIET NAM',
      'PHONG NONG NGHIEP        Déc lap - Tu do - Hanh phiic',
      'S6: 45/TB-PNN            Phi Thanh, ngay 3 thang 5 nim 2023',
    ].join('\n');
    // Read as one sentence, "... VIỆT NAM PHONG" kept the name Phong.
    expect(repair(header, new Resources()).text.split('\n')[1]).toMatch(/^PHÒNG NÔNG NGHIỆP {8}/);
  });
});
