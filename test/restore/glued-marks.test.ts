import { describe, expect, it } from 'vitest';
import { repair, Resources } from '../../src/index.js';
import { keepNoteMarks, splitGluedMarks } from '../../src/restore/glued-marks.js';
import { tokenize } from '../../src/tokenize/tokenize.js';
import { render } from '../../src/render/index.js';

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

describe('note marks the structure stage links', () => {
  // An OCR'd page whose marks are glued to words the repair would read with them: the 1 of "déng1" as
  // a stray character, the 2 after "s6" as garble of the word, the § as noise.
  const body = 'Céng tac chi dao, diéu hanh cia Uy ban nhan dan huyén duoc thyc hién kip thdi, bam sat\n';
  const page = [
    body.repeat(4) + 'Kinh phi thyc hién: tong kinh phi dv kién 186 ty déng1, tir ngan sach nha nuéc va',
    'huy déng x4 hdi héa; d4y manh ting dung nén tang s62; phat trién cac dich vu céng;',
    'hé tro cac doanh nghiép xtic tién thuidng mai§, theo huéng don gian héa thu tuc.',
    body.repeat(3) + 'nhiém vu dé ra.',
    '',
    '1 Trong dé vén ngan sach tinh 62 ty déng.',
    '2 Thudc Chuong trinh chuyén déi s6 quéc gia.',
    '3 Theo Quyét dinh s6 12/QD-UBND cia Uy ban nhan dan tinh.',
    '',
  ].join('\n');

  it('stay apart from the word, which is repaired alone, and are linked after the repair', () => {
    const result = repair(page, resources);
    const lines = result.text.split('\n');
    expect(lines[4]).toContain('186 tỷ đồng1, từ ngân sách');
    expect(lines[5]).toContain('nền tảng số2; phát triển');
    expect(lines[6]).toContain('thương mại§, theo hướng');
    const json = JSON.parse(render(result, 'json')) as { footnotes: Array<{ refLine: number; lines: number[] }> };
    expect(json.footnotes.map((n) => [n.refLine, n.lines[0]])).toEqual([[5, 13], [6, 14], [7, 15]]);
  });

  it('are split off the tokens that hold them, whatever the word', () => {
    const tokens = keepNoteMarks(tokenize('ty déng4, va s65;'), [[7, 8], [15, 16]]);
    expect(tokens.map((t) => `${t.kind}:${t.value}`)).toEqual(['word:ty', 'space: ', 'word:déng', 'mark:4', 'punct:,', 'space: ', 'word:va', 'space: ', 'word:s6', 'mark:5', 'punct:;']);
    // A mark that is a whole token; spans that touch no word leave the tokens as they are.
    expect(keepNoteMarks(tokenize('dân(z),'), [[3, 6]]).map((t) => t.kind)).toEqual(['word', 'punct', 'mark', 'punct', 'punct']);
    expect(keepNoteMarks(tokenize('mai, 2025'), [[3, 4]]).map((t) => t.kind)).toEqual(['word', 'punct', 'space', 'number']);
    // The bracket before a mark glued to it stays punctuation, not a letter of the word to repair.
    expect(keepNoteMarks(tokenize('xuyén)¢ dé'), [[6, 7]]).map((t) => `${t.kind}:${t.value}`)).toEqual(['word:xuyén', 'punct:)', 'mark:¢', 'space: ', 'word:dé']);
  });

  it('keep a note\'s number glued to its first word apart from it ("4S6 xudt" for "⁴ Số xuất"), so the repair leaves the number', () => {
    expect(keepNoteMarks(tokenize('4S6 xudt'), [[0, 1]]).map((t) => `${t.kind}:${t.value}`)).toEqual(['mark:4', 'word:S6', 'space: ', 'word:xudt']);
    const notes = [
      body.repeat(4) + 'Phong Diéu dudng gidm sat vé sinh tay; ty 1é tuan thi dat 81,3%3, thap hon chi tiéu.',
      '',
      '3 Chi tiéu nam 2025 1a 90%.',
      '2',
      '\f',
      body.repeat(2) + 'Phong Tai chinh déi chiéu cac khoan bi xuat toan va nguyén nhan‘, bao cao truéc ngay 15.',
      'Phong Ké hoach chuan bi hé so dé nghi phé duyét danh muc ky thuat mdi, loc mau lién tuc5; cac',
      'khoa lam sang ctr nhan luc tham gia dao tao tai bénh vién tuyén trén theo ké hoach da duge phé',
      'duyét, déng thdi',
      '',
      '4S6 xudt toan quy II 1a 286 triéu déng.',
      '',
      '5 Hai ky thuat da dugc chuyén giao.',
    ];
    const result = repair(notes.join('\n'), resources);
    expect(result.text).toContain('\n4Số xuất');
    const json = JSON.parse(render(result, 'json')) as { footnotes: Array<{ noteMark: string; refLine: number }> };
    expect(json.footnotes.map((n) => [n.noteMark, n.refLine])).toEqual([['3', 5], ['4', 12], ['5', 13]]);
  });

  it('repairs "gid" (giờ) above the notes of a page whole: its d is no note mark to keep apart', () => {
    // The page as OCR read it: the list above the notes, then notes (4) and (5).
    const page = `III. HIEU QUA DU KIEN
- Bao dam ché 6 dat chuan cho 73,8% hoc sinh ctia 04 truéng ngay sau khi
hoan thanh giai doan 1 va 100% hoc sinh sau nam 2028.

- Bao dam bita An mot ca, dung gid, an toan thuc pham cho toan b6 hoc sinh.
- Gop phan dé 04 truéng dude cong nhan dat chuan quoc gia mttc do 1 truéc
nam 2030).

(4) Ty 1é von déi ting cla ngan sach tinh thuc hién theo Nghi quyét so
08/2022/NQ-HDND ngay 15/7/2022 cia H6i dong nhan dan tinh vé nguyen
tAc, tiéu chi phan b6 von cac chuong trinh muc tiéu quoc gia trén dia ban tinh.

(5) Hién méi cé Trugng PIDTNT Long He dat chuan quéc gia muc do 1
(ndm 2021) nhung da hét thdi han cong nhan; ba trudng con lai chua dat tieu
chuan vé co sé vat chat va thiét bi.
IV. KIEN NGHI`;
    const result = repair(page, resources);
    expect(result.text).toContain('đúng giờ, an toàn');
    const json = JSON.parse(render(result, 'json')) as { footnotes: Array<{ refMark: string }> };
    expect(json.footnotes.map((n) => n.refMark)).not.toContain('d');
  });
});
