import { detectStructure } from '../../src/structure/detect-structure.js';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { applyHeaderRewrites, FIXED_PHRASE_RULE, NUMBERING_RULE, PLACE_NAME_RULE } from '../../src/structure/fixed-phrases.js';
import { loadStructureData } from '../../src/structure/structure-data.js';
import { render } from '../../src/render/index.js';
import { repair, Resources } from '../../src/index.js';
import type { Change } from '../../src/document/types.js';
import { mayHaveHeader } from '../../src/structure/header-likely.js';
import { passThrough, ROOT, textLossProblems } from './helpers.js';

const data = loadStructureData();

const HEADER = [
  'ỦY BAN NHÂN DÂN HUYỆN ĐỨC HÒA      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'PHÒNG TÀI CHÍNH                    Độc lập - Tự đo - Hành phúc',
  'Số: 27/TB-PTC                      Đức Hỏa, ngày 9 tháng 3 năm 2024',
  '',
  'THÔNG BÁO',
  'Lịch tiếp công dân tháng 3 năm 2024',
].join('\n');

describe('header words with a fixed spelling', () => {
  it('writes a misread motto in its fixed words, each a change at its input position', () => {
    const fixed = applyHeaderRewrites(passThrough(HEADER), data);
    expect(fixed.text.split('\n')[1]).toBe('PHÒNG TÀI CHÍNH                    Độc lập - Tự do - Hạnh phúc');
    const motto = fixed.changes.filter((c) => c.ruleId === FIXED_PHRASE_RULE);
    expect(motto.map((c) => [c.line, c.column, c.from, c.to, c.applied])).toEqual([
      [2, 49, 'đo', 'do', true],
      [2, 54, 'Hành', 'Hạnh', true],
    ]);
    for (const c of motto) expect(HEADER.slice(c.offset, c.offset + c.from.length)).toBe(c.from);
    expect(motto[0].confidence).toBeGreaterThan(0.9);
    expect(fixed.stats.changed).toBe(fixed.changes.filter((c) => c.applied).length);
  });

  it('writes the misread label of the header number as "Số", and leaves a right one and a cited number alone', () => {
    const text = 'TỈNH ỦY BÌNH THUẬN      ĐẢNG CỘNG SẢN VIỆT NAM\nSá 58-BC/TU      Bình Thuận, ngày 28 tháng 4 năm 2021\n\nBÁO CÁO';
    const fixed = applyHeaderRewrites(passThrough(text), data);
    expect(fixed.text.split('\n')[1]).toBe('Số 58-BC/TU      Bình Thuận, ngày 28 tháng 4 năm 2021');
    expect(fixed.changes.map((c) => [c.line, c.column, c.from, c.to, c.ruleId])).toEqual([[2, 1, 'Sá', 'Số', FIXED_PHRASE_RULE]]);
    expect(applyHeaderRewrites(passThrough(HEADER), data).text.split('\n')[2]).toBe(HEADER.split('\n')[2]);
    const capitals = 'UBND HUYỆN CÁT TIÊN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSÔ: 12/UBND-VP\n\nCÔNG VĂN';
    expect(applyHeaderRewrites(passThrough(capitals), data).text.split('\n')[1]).toBe('SỐ: 12/UBND-VP');
  });

  it('writes the place as the issuer writes its own locality when OCR misread its letters', () => {
    const text = 'UBND XÃ PHÚ THANH      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 45/TB-UBND      Phí Thanh, ngày 3 tháng 5 năm 2023\n\nTHÔNG BÁO';
    const fixed = applyHeaderRewrites(passThrough(text), data);
    expect(fixed.text.split('\n')[1]).toBe('Số: 45/TB-UBND      Phú Thanh, ngày 3 tháng 5 năm 2023');
    const [place] = fixed.changes.filter((c) => c.ruleId === PLACE_NAME_RULE);
    expect([place.from, place.to, place.applied]).toEqual(['Phí', 'Phú', true]);
    expect(place.confidence).toBeLessThan(0.9);
  });

  it('only proposes the issuer\'s spelling where the place differs in marks alone', () => {
    const fixed = applyHeaderRewrites(passThrough(HEADER), data);
    expect(fixed.text.split('\n')[2]).toContain('Đức Hỏa');
    const [place] = fixed.changes.filter((c) => c.ruleId === PLACE_NAME_RULE);
    expect([place.from, place.to, place.applied]).toEqual(['Hỏa', 'Hòa', false]);
  });

  it('leaves another place, a place of other first letters and a stripped issuer alone', () => {
    for (const [issuer, place] of [
      ['TỈNH ỦY NGHỆ AN', 'Vinh'],
      ['BỘ TÀI CHÍNH', 'Hà Nội'],
      ['UBND TINH BEN TRE', 'Bến Tre'],
    ]) {
      const text = `${issuer}      ĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-TB/TU      ${place}, ngày 2 tháng 5 năm 2024\n\nTHÔNG BÁO`;
      expect(applyHeaderRewrites(passThrough(text), data).changes).toEqual([]);
    }
  });

  it('keeps the capitals of a motto set in capitals where OCR mixed them', () => {
    const text = 'VĂN PHÒNG ỦY BAN NHÂN DÂN      CONG HOA XA HOI CHU NGHIiA VIET NAM\n\nTHÔNG BÁO';
    expect(applyHeaderRewrites(passThrough(text), data).text.split('\n')[0]).toBe('VĂN PHÒNG ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('keeps a motto in the other tone placement style and a motto outside the header', () => {
    const modern = 'SỞ Y TẾ      CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nBÁO CÁO\nKết quả\n\nNhân dân vẫn hát Độc lập - Tự do - Hành phúc trong lễ chào cờ.';
    expect(applyHeaderRewrites(passThrough(modern), data).changes).toEqual([]);
  });

  it("takes the place of the restorer's change of the same word, keeping the input's text", () => {
    const input = 'SỞ Y TẾ      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 4/SYT      Doc lap - Tu do - Hanh phuc';
    const repaired = 'SỞ Y TẾ      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 4/SYT      Độc lập - Tự do - Hành phúc';
    const change = (offset: number, from: string, to: string): Change => ({ line: 2, column: offset - 47 + 1, offset, from, to, confidence: 0.9, ruleId: 'restore-diacritics', applied: true });
    const words = [...input.matchAll(/Doc|lap|Tu|Hanh|phuc/g)];
    const tos = ['Độc', 'lập', 'Tự', 'Hành', 'phúc'];
    const changes = words.map((m, i) => change(m.index, m[0], tos[i]));
    const result = { ...passThrough(repaired, changes), input };
    const fixed = applyHeaderRewrites(result, data);
    expect(fixed.text.endsWith('Độc lập - Tự do - Hạnh phúc')).toBe(true);
    expect(fixed.changes.map((c) => `${c.from}>${c.to}:${c.ruleId}`)).toEqual([
      'Doc>Độc:restore-diacritics',
      'lap>lập:restore-diacritics',
      'Tu>Tự:restore-diacritics',
      `Hanh>Hạnh:${FIXED_PHRASE_RULE}`,
      'phuc>phúc:restore-diacritics',
    ]);
    // Applying it again changes nothing.
    expect(applyHeaderRewrites(fixed, data)).toBe(fixed);
  });

  it("keeps the restorer's change of a word it only proposes to rewrite: the text holds that change", () => {
    const input = 'SỞ Y TẾ      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 4/SYT      Doc lap - Tu do - Hanh phuc';
    const repaired = 'SỞ Y TẾ      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 4/SYT      Doc lap - Tu do - Hành phuc';
    const at = input.indexOf('Hanh');
    const restored: Change = { line: 2, column: at - 47 + 1, offset: at, from: 'Hanh', to: 'Hành', confidence: 0.9, ruleId: 'restore-diacritics', applied: true };
    const fixed = applyHeaderRewrites({ ...passThrough(repaired, [restored]), input }, data, 0.9999);
    expect(fixed.text).toBe(repaired);
    expect(fixed.changes.filter((c) => c.offset === at).map((c) => `${c.to}:${c.ruleId}:${c.applied}`)).toEqual(['Hành:restore-diacritics:true', `Hạnh:${FIXED_PHRASE_RULE}:false`]);
  });

  it('only proposes a rewrite under the confidence threshold', () => {
    const fixed = applyHeaderRewrites(passThrough(HEADER), data, 0.995);
    expect(fixed.text.split('\n')[1]).toContain('Tự đo - Hành phúc');
    expect(fixed.changes.filter((c) => c.ruleId === FIXED_PHRASE_RULE).map((c) => c.applied)).toEqual([false, false]);
  });
});

describe('the README example', () => {
  const input = readFileSync(path.join(ROOT, 'fixtures/cli/report-ocr.txt'), 'utf8');
  const result = repair(input, new Resources());

  it('shows the header in its fixed wording, in Markdown and in text alike', () => {
    const md = render(result, 'md');
    expect(md).toContain('| PHÒNG NÔNG NGHIỆP | Độc lập - Tự do - Hạnh phúc |');
    expect(md).toContain('| Số: 112/BC-PNN | Tân Phú, ngày 15 tháng 9 năm 2022 |');
    expect(render(result, 'text').split('\n')[1]).toBe('PHÒNG NÔNG NGHIỆP                  Độc lập - Tự do - Hạnh phúc');
  });

  it('reports each word it rewrote in JSON, on the header lines, and loses no repaired word', () => {
    const json = JSON.parse(render(result, 'json'));
    const rewritten = json.changes.filter((c: Change) => c.ruleId.startsWith('structure-'));
    for (const c of rewritten) expect(c.line).toBeLessThanOrEqual(3);
    // What the restorer left for the structure stage to write (its own readings may improve).
    const header = json.header.rows.flat().join(' ');
    for (const c of rewritten) expect(header).toContain(c.to);
    expect(textLossProblems(input, json)).toEqual([]);
  });
});

describe('whether a text may open with a header', () => {
  it('needs a line mostly in capitals among its first lines', () => {
    expect(mayHaveHeader(HEADER)).toBe(true);
    expect(mayHaveHeader('Ủy ban nhân dân tỉnh đề nghị các sở thực hiện.')).toBe(false);
    const late = [...Array.from({ length: 12 }, (_, i) => `Dòng thứ ${i + 1} của đoạn văn.`), 'BÁO CÁO'].join('\n');
    expect(mayHaveHeader(late)).toBe(false);
    expect(applyHeaderRewrites(passThrough('Độc lập - Tự do - Hành phúc'), data).changes).toEqual([]);
  });
});

describe('signature titles with a fixed spelling', () => {
  const closing = (...signature: string[]) =>
    [HEADER, '', 'Các phòng, ban thực hiện nghiêm túc thông báo này./.', '', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', ...signature].join('\n');

  it('writes a signer\'s title and signing body OCR damaged in their fixed words, each a change', () => {
    const text = closing('T/M BẢN THƯỜNG VỤ', 'PHO Bị THU', 'Lô Văn Minh');
    const fixed = applyHeaderRewrites(passThrough(text), data);
    expect(fixed.text.split('\n').slice(-3)).toEqual(['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Lô Văn Minh']);
    const changes = fixed.changes.filter((c) => c.ruleId === FIXED_PHRASE_RULE && c.line > 10);
    expect(changes.map((c) => [c.from, c.to, c.applied])).toEqual([['BẢN', 'BAN', true], ['PHO', 'PHÓ', true], ['Bị', 'BÍ', true], ['THU', 'THƯ', true]]);
    expect(applyHeaderRewrites(passThrough(closing('KT. GIAM BOC', 'PHO GIAM BOC', 'Lê Văn An')), data).text.split('\n').slice(-3)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lê Văn An']);
  });

  it('writes a signer\'s family name read without its marks as the one it reads as, and Thị for a middle name read otherwise', () => {
    const last = (name: string) => applyHeaderRewrites(passThrough(closing('KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', name)), data).text.split('\n').at(-1);
    expect(last('Phẩm Quang Vinh')).toBe('Phạm Quang Vinh');
    expect(last('Đảng Thủ Thủ Hà')).toBe('Đặng Thị Thu Hà');
    expect(last('Trình Thứ Hương')).toBe('Trịnh Thị Hương');
    // A family name as read, one that reads as two (Lò, Lô), and a first word that is none stay.
    for (const name of ['Lò Văn Minh', 'Lê Thu Hà', 'Và Thủ Thanh Hà']) expect(last(name)).toBe(name);
    // Not under a title: no signer's name.
    const body = [HEADER, '', 'Nơi nhận:', '- Như trên;', 'Phẩm Quang Vinh'].join('\n');
    expect(applyHeaderRewrites(passThrough(body), data).text.split('\n').at(-1)).toBe('Phẩm Quang Vinh');
  });

  it('leaves a title it does not know, a title two known ones read alike, and a name', () => {
    for (const signature of [['KT. BỘ TRƯỞNG', 'THU TRUONG', 'Trần Văn Hòa'], ['TM. ĐOÀN KIỂM TRA', 'TỔ TRƯỞNG TỔ CÔNG TÁC', 'Vũ Thị Mai'], ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Bi Văn Thu']]) {
      const text = closing(...signature);
      expect(applyHeaderRewrites(passThrough(text), data).text.split('\n').slice(-3)).toEqual(signature);
    }
  });
});

describe('Roman numerals of headings', () => {
  it('writes a heading\'s Roman numeral that OCR misread as the numeral it reads as, each a change', () => {
    const text = [HEADER, '', 'I. KẾT QUẢ', '', 'Nội dung.', '', 'll. TỒN TẠI, HẠN CHẾ', '', 'Nội dung.', '', 'IlI- NHIỆM VỤ', '', 'Ill. KIẾN NGHỊ'].join('\n');
    const fixed = applyHeaderRewrites(passThrough(text), data);
    expect(fixed.text.split('\n').slice(-7).filter((l) => /^[IVXl]/.test(l))).toEqual(['II. TỒN TẠI, HẠN CHẾ', 'III- NHIỆM VỤ', 'III. KIẾN NGHỊ']);
    expect(fixed.changes.filter((c) => c.ruleId === NUMBERING_RULE).map((c) => [c.from, c.to, c.applied])).toEqual([['ll', 'II', true], ['IlI', 'III', true], ['Ill', 'III', true]]);
    // A numeral read right, and a word that only starts like one, stay.
    expect(applyHeaderRewrites(passThrough([HEADER, '', 'II. KẾT QUẢ', '', 'Illinois là một bang.'].join('\n')), data).changes.filter((c) => c.ruleId === NUMBERING_RULE)).toEqual([]);
  });

  it('writes a numeral or a letter OCR read twice ("Vv.", "Cc.") as the one, and leaves a small letter that numbers a heading', () => {
    const text = [HEADER, '', 'A. MỤC TIÊU', '', 'Nội dung.', '', 'B. NHIỆM VỤ', '', 'Nội dung.', '', 'Cc. TỔ CHỨC THỰC HIỆN', '', 'Nội dung.'].join('\n');
    expect(applyHeaderRewrites(passThrough(text), data).changes.filter((c) => c.ruleId === NUMBERING_RULE).map((c) => [c.from, c.to])).toEqual([['Cc', 'C']]);
    const roman = [HEADER, '', 'IV. KINH PHÍ', '', 'Nội dung.', '', 'Vv. TỔ CHỨC THỰC HIỆN', '', 'Nội dung.'].join('\n');
    expect(applyHeaderRewrites(passThrough(roman), data).text).toContain('\nV. TỔ CHỨC THỰC HIỆN\n');
    const small = [HEADER, '', 'A. MỤC TIÊU', '', 'Nội dung.', '', 'b. NHIỆM VỤ', '', 'Nội dung.'].join('\n');
    expect(applyHeaderRewrites(passThrough(small), data).changes.filter((c) => c.ruleId === NUMBERING_RULE)).toEqual([]);
  });
});

describe('the document type of the title', () => {
  it('writes the document type OCR misread at the start of the title ("Kề HOACH" as repaired) in its fixed words', () => {
    const text = ['ỦY BAN NHÂN DÂN', 'XÃ PHÚ AN', 'Số: 36/KH-UBND', '', 'Kề HOACH', 'Phát triển du lịch nông nghiệp năm 2025', '', 'Nội dung.'].join('\n');
    const fixed = applyHeaderRewrites(passThrough(text), data);
    expect(fixed.text.split('\n')[4]).toBe('KẾ HOẠCH');
    // A title read right stays as it is.
    expect(applyHeaderRewrites(passThrough(text.replace('Kề HOACH', 'KẾ HOẠCH')), data).changes).toEqual([]);
    // Nor does a sign OCR made of a mark inside the word ("Kf& HOACH") keep it from being the title.
    const sign = text.replace('Kề HOACH', 'Kf& HOACH');
    expect(applyHeaderRewrites(passThrough(sign), data).text.split('\n')[4]).toBe('KẾ HOẠCH');
    expect(detectStructure(sign).blocks[0]).toMatchObject({ type: 'title', lines: [5, 6] });
  });
});
