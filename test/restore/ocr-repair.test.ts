import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repair, Resources } from '../../src/index.js';
import { ocrReadings } from '../../src/candidates/ocr-readings.js';

// OCR-mode repairs with the shipped dictionaries: a page of English-model OCR garble around the lines tested.
const resources = new Resources();
const PAGE = 'Ban Thuong vu Tinh ty d& chi dao cdc cp Gy, t6 chifc dang trién khai thuc hién nghiém tic Chi thi.\n'.repeat(3);
const ocrLines = (lines: string[]): string[] => repair(PAGE + lines.join('\n'), resources).text.split('\n').slice(3);

describe('OCR repair', () => {
  it('reads a lone 6 or & between words as ở when the language model strongly prefers it', () => {
    expect(ocrLines(['Cac dong chi cong tac & dia ban kho khan.'])[0]).toContain('ở địa bàn');
  });

  it('reads a lone 16 between words as lở when the language model strongly prefers it', () => {
    expect(ocrLines(['Xac nhan bang van ban vé tinh trang sat 16 dat tu nhién.'])[0]).toContain('sạt lở đất');
  });

  it('never turns a number below 20 into a word where a count reads well', () => {
    const lines = [
      'Toan huyén c6 16 xa, thi tran va 18 don vi sy nghiép truc thudc.',
      'Ban chi dao gdm 14 thanh vién, do déng chi Chi tich lam Trudng ban.',
      'Tham gia c6 10 doan vién va 8 hdi vién Hdi Nong dan xa.',
      'Kiém tra 18 co sé san xuat, phat hién 6 co sé vi pham.',
      'Xay dung 16 cong trinh, sira chira 14 phong hoc cho hoc sinh.',
    ];
    const numbers = (line: string): string[] => line.split(/[ ,.]+/).filter((w) => /^\d+$/.test(w));
    ocrLines(lines).forEach((line, k) => expect(numbers(line)).toEqual(numbers(lines[k])));
  });

  it('never turns a number into a word', () => {
    const lines = ['Tinh c6 6 huyén va 6 thanh ph6 truc thudc tinh.', 'Hoan thanh 6 chi tiéu va dat 6 muc tiéu dé ra.', 'Trong dé c6 6 x4 dat chuan néng thén mdi.', 'Tiép nhan 6 hd so va giai quyét 6 hd so dung han.', 'ngay 6 thang 6 nam 2021'];
    const sixes = (line: string): number => line.split(' ').filter((w) => w === '6').length;
    ocrLines(lines).forEach((line, k) => expect(sixes(line)).toBe(sixes(lines[k])));
  });

  it('renders a changed reading with the OCR case pattern: a capital I read for l is small', () => {
    expect(ocrLines(['vi Idi ich cua nhan dan'])[0]).toContain('lợi ích');
  });

  it('keeps list items and codes that carry digits (a2, 12C), and still reads t6 as a syllable', () => {
    const known = () => true;
    expect(ocrReadings('a2', resources, known).map((r) => r.syllables.join(' '))).toEqual(['a2']);
    expect(ocrReadings('12C', resources, known).map((r) => r.syllables.join(' '))).toEqual(['12c']);
    expect(ocrReadings('t6', resources, known)[0].syllables).toEqual(['tổ']);
    expect(ocrReadings('x4', resources, known)[0].syllables).toEqual(['xã']);
    // A Roman numeral whose I OCR read as l is a numbering: it stays (Il. is II., not I.).
    for (const numeral of ['Il', 'Ill', 'IIl', 'Xl']) expect(ocrReadings(numeral, resources, known).map((r) => r.syllables.join(' '))).toEqual([numeral.toLowerCase()]);
  });
});

describe('OCR capitals', () => {
  it('keeps a signer title in capitals beside a lower-case recipient column on the same line', () => {
    const [first, second] = ocrLines(['- Uy ban nhan dan huyén;                    KT. CHU TICH', '- Phong N6i vu huyén;                       PHO CHU TICH']);
    expect(first).toMatch(/KT\. CHỦ TỊCH$/);
    expect(second).toMatch(/PHÓ CHỦ TỊCH$/);
    expect(first).toContain('Ủy ban nhân dân huyện;');
  });


  it('reads a consonant and a vowel in capitals among small letters as a capital syllable (BO → Bộ)', () => {
    expect(ocrLines(['phdi hgp vdi BO Néng nghiép va Phat trién néng thén'])[0]).toContain('Bộ Nông nghiệp');
  });

  it('writes a header line set in capitals in capitals where OCR read some letters small (Uy BAN, s6 Y TE)', () => {
    const [body, office] = ocrLines(['Uy BAN NHAN DAN', 's6 Y TE']);
    expect(body).toBe('ỦY BAN NHÂN DÂN');
    expect(office).toBe('SỞ Y TẾ');
  });

  it('writes in small letters a capital OCR made of a small vowel inside a sentence (Tinh Gy → Tỉnh ủy)', () => {
    const [line, next] = ocrLines(['Ban Thudng vu Tinh Gy Kién Giang bdo cdo két qua thuc hién nhu sau:', 'Gy ban nhan dan tinh chi dao cac s, ban, nganh.']);
    expect(line).toContain('Ban Thường vụ Tỉnh ủy Kiên Giang');
    // After the colon that ends the line before, the word may start a sentence: its capital stays.
    expect(next).toMatch(/^Ủy ban nhân dân tỉnh/);
  });

  it('drops the quote OCR made of the horn of a restored ư or ơ ("cu’ tru" → cư trú), and reports it in the change', () => {
    const [line] = ocrLines(['Cac hé gia dinh cu’ tru trén dia ban xa, gitt’ nguyén hién trang nha 6 theo quy dinh cua phap luat.']);
    expect(line).toContain('cư trú');
    expect(line).toContain('giữ nguyên');
    expect(line).not.toMatch(/[’']/);
    const result = repair(PAGE + 'Cac hé gia dinh cu’ tru trén dia ban xa.', resources);
    expect(result.changes.filter((c) => c.from === 'cu’').map((c) => c.to)).toEqual(['cư']);
  });

  it('writes a word in capitals whose marked vowel OCR read as a small letter in capitals (CHi → CHỈ)', () => {
    const [title, province] = ocrLines(['CHi THI', 'TiNH DAK NONG', 'Thyc hién Chi thi s6 15-CT/TU cia Ban Thudng vu Tinh Gy.']);
    expect(title).toMatch(/^CHỈ /);
    expect(province).toMatch(/^TỈNH /);
    // A word whose first letter OCR read small, on a line in capitals.
    const [, commune] = ocrLines(['UY BAN NHAN DAN', 'xA PHU AN', 'Thyc hién Ké hoach s6 15-KH/UBND cia Uy ban nhan dan huyén.']);
    expect(commune).toBe('XÃ PHÚ AN');
    // And the first word of such a line read all small ("sé" for SỞ).
    const [, department] = ocrLines(['UBND TINH NAM SON', 'sé CONG THUONG', 'Thyc hién Ké hoach s6 15-KH/UBND cia Uy ban nhan dan tinh.']);
    expect(department).toBe('SỞ CÔNG THƯƠNG');
  });

  it('keeps a note mark glued to a garbled word apart when its note starts with a document\'s number ("phudng1," and "1 186/QD-UBND")', () => {
    const lines = ocrLines(['thuéc cap dia phudng1, Sé Y té kinh trinh Uy ban nhan dan tinh.', '', '1 186/QD-UBND 1a quyét dinh thay thé Quyét dinh s6 2317/QD-UBND.', '', '2', '\f', 'Tiép tuc.']);
    expect(lines[0]).toContain('phương1,');
  });

  it('keeps an exclamation mark glued to a garbled word apart when a note confirms it ("chi bd! va" for chi bộ¹ và)', () => {
    const lines = ocrLines(['Thuc hién Chi thi s6 10-CT/TW cua Ban Bi thu vé nang cao chat luong', 'sinh hoat chi bd! va Ké hoach céng tac nam 2025 cia Ban Thuong vu Huyén uy.', '', '1 Va Huéng dan s6 09-HD/BTCTW cua Ban T6 chic Trung wong.', '', '2', '\f', 'Tiép tuc.']);
    expect(lines[1]).toContain('chi bộ! và');
  });

  it('takes a question mark OCR made of a vowel into the word it restores ("st? dung", "tht? hai"), not one after a vowel read as v (a mark)', () => {
    const [line] = ocrLines(['Quyén st? dung dat cua hé gia dinh dugc hop tht? hai mui ba théng qua; Chinh phv? vé phat trién nganh ca phé.']);
    expect(line).toContain('sử dụng');
    expect(line).toContain('thứ hai');
    expect(line).toMatch(/ph\S*\? về/u);
  });

  it('takes a sign OCR made of a vowel after a syllable\'s first consonants into the word ("x{," for xã,), not one after other consonants (a mark)', () => {
    const [line] = ocrLines(['Kinh giti: Uy ban nhan dan cdc x{, thi tran.']);
    expect(line).toBe('Kính gửi: Ủy ban nhân dân các xã, thị trấn.');
    const [mark] = ocrLines(['Toan x4 c6 312 hd}. Dén nay ty 1é hd dan stv dung nudc sach dat 96%.']);
    expect(mark).toContain('hộ}.');
  });

  it('keeps a heading\'s numbering OCR read as a capital twice ("Vv. TO CHUC" for V.), which is no word', () => {
    const [, heading, , letter] = ocrLines(['Thyc hién Ké hoach s6 15-KH/UBND cia Uy ban nhan dan huyén.', 'Vv. TO CHUC THUC HIEN', 'Cac don vi thuc hién.', 'Cc. KINH PHI THUC HIEN']);
    expect(heading).toBe('Vv. TỔ CHỨC THỰC HIỆN');
    expect(letter).toBe('Cc. KINH PHÍ THỰC HIỆN');
  });

  it('keeps a lone letter and a bracket that open a line, a label or a note\'s garbled mark ("‘S)" for ⁽⁵⁾), which is no word', () => {
    const [note, , item] = ocrLines(['‘S) Trong do 11 co quan cé may loc nuéc ding chung.', '', 'a) Giam ty 1é suy dinh dudng']);
    expect(note).toBe('‘S) Trong đó 11 cơ quan có máy lọc nước dùng chung.');
    expect(item).toBe('a) Giảm tỷ lệ suy dinh dưỡng');
  });
});

describe('unsure changes in OCR text', () => {
  it('reports every change under the confidence threshold, including those made in an OCR block', () => {
    const page = readFileSync(new URL('../../fixtures/cli/report-ocr.txt', import.meta.url), 'utf8');
    const minConfidence = 0.99;
    const result = repair(page, resources, { minConfidence });
    const unsure = result.changes.filter((c) => c.confidence < minConfidence);
    // The page is OCR garble, so some changes under the threshold are still made.
    expect(unsure.some((c) => c.applied)).toBe(true);
    const warned = result.messages.filter((m) => m.ruleId === 'restore-uncertain');
    expect(result.stats.lowConfidence).toBe(unsure.length);
    expect(warned.length).toBe(unsure.length);
    for (const change of unsure) {
      expect(warned.some((m) => m.actual === change.from && m.confidence === change.confidence)).toBe(true);
    }
  });
});

describe('OCR debris', () => {
  it('keeps stamp and footnote-mark debris as read and flags each piece with its place', () => {
    const page = readFileSync(new URL('../../fixtures/cli/report-ocr.txt', import.meta.url), 'utf8');
    const input = `${page.trimEnd()}\n® \\\\ |=|\n`;
    const result = repair(input, resources);
    const lines = result.text.split('\n');
    expect(lines[lines.length - 2]).toBe('® \\\\ |=|');
    const debris = result.messages.filter((m) => m.ruleId === 'restore-ocr-debris');
    expect(debris.map((m) => m.actual)).toContain('®');
    const last = input.split('\n').length - 1;
    for (const message of debris) expect(message.place).toMatchObject({ line: last });
  });

  it('flags nothing in correct text', () => {
    const result = repair('Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện năm 2024 ®.', resources);
    expect(result.messages.filter((m) => m.ruleId === 'restore-ocr-debris')).toEqual([]);
  });
});
