import { describe, expect, it } from 'vitest';
import { splitTerm } from '../../src/lexicon/split-term.js';

const split = (term: string) => splitTerm(term, new Map());

describe('splitTerm', () => {
  it('splits on spaces and dashes and lower-cases', () => {
    expect(split('Độc lập - Tự do - Hạnh phúc')).toEqual(['độc', 'lập', 'tự', 'do', 'hạnh', 'phúc']);
    expect(split('Sở Văn hóa, Thể thao và Du lịch')).toEqual(['sở', 'văn', 'hóa', 'thể', 'thao', 'và', 'du', 'lịch']);
    expect(split('Ô-xtrây-li-a')).toEqual(['ô', 'xtrây', 'li', 'a']);
  });

  it('moves modern tone placement to the traditional place', () => {
    expect(split('Uỷ ban')).toEqual(['ủy', 'ban']);
    expect(split('hoà bình')).toEqual(['hòa', 'bình']);
    expect(split('Khánh Hoà')).toEqual(['khánh', 'hòa']);
    expect(split('thuỷ lợi')).toEqual(['thủy', 'lợi']);
    expect(split('Thanh Hoá')).toEqual(['thanh', 'hóa']);
    expect(split('khoẻ')).toEqual(['khỏe']);
  });

  it('leaves traditional and unambiguous placements as they are', () => {
    for (const term of ['hoàn thành', 'quý', 'giữ gìn', 'người', 'thuở', 'khuỷu', 'tuyển', 'ngoái', 'quốc', 'gì']) {
      expect((split(term) as string[]).join(' ')).toBe(term);
    }
  });

  it('rejects digits, other scripts and two tone marks', () => {
    expect(split('Quân khu 9')).toMatch(/unexpected character "9"/);
    expect(split('Hội hữu nghị 中')).toMatch(/unexpected character "中"/);
    expect(split('hóà')).toMatch(/more than one tone mark/);
  });
});
