import { describe, expect, it } from 'vitest';
import { repair, Resources } from '../../src/index.js';
import { splitGluedMarks } from '../../src/restore/glued-marks.js';
import { tokenize } from '../../src/tokenize/tokenize.js';

const resources = new Resources();
const pieces = (text: string): string[] => splitGluedMarks(tokenize(text), resources.model).map((t) => `${t.kind}:${t.value}`);

describe('note marks glued to a word', () => {
  it('are split off a known syllable spelling, and nothing else is', () => {
    expect(pieces('chỉ tiêu2.')).toEqual(['word:chỉ', 'space: ', 'word:tiêu', 'mark:2', 'punct:.']);
    expect(pieces('Dao tao14,')).toEqual(['word:Dao', 'space: ', 'word:tao', 'mark:14', 'punct:,']);
    // OCR'd syllables whose vowel became a digit, codes in capitals, three digits: unchanged.
    for (const text of ['x4', 'gi4', 'd6i', 'QH13', 'tieu123', 'TT15']) expect(pieces(text)).toEqual([`word:${text}`]);
  });

  it('keep their mark through the repair of the word, in correct, stripped and OCR text', () => {
    const correct = 'Năm 2023, tỉnh đã hoàn thành các chỉ tiêu2. Công tác đào tạo4, bồi dưỡng được quan tâm.\n';
    expect(repair(correct, resources).text).toBe(correct);
    const stripped = repair('Cong tac dao tao4, boi duong can bo duoc quan tam; hoan thanh chi tieu2.\n', resources).text;
    expect(stripped).toContain('đào tạo4, bồi dưỡng');
    expect(stripped).toContain('chỉ tiêu2.');
    const page = 'Thyc hién Céng vin s6 845/UBND-NN ngay 02-8-2022 cla Uy ban nhan dan huyén.\n'.repeat(3);
    const ocr = repair(page + 'Nim 2023, tinh da hoan thanh cac chi tiéu2. Céng tac dao tao4, béi dudng can b6.\n', resources).text.split('\n')[3];
    expect(ocr).toContain('chỉ tiêu2.');
    expect(ocr).toContain('đào tạo4, bồi dưỡng');
  });
});
