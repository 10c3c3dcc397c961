import { describe, expect, it } from 'vitest';
import { isDecorationLine, parsePlaceDate, readHeaderFields, readHeaderLine } from '../../src/structure/header-fields.js';
import { detectStructure } from '../../src/structure/detect-structure.js';
import { loadStructureData } from '../../src/structure/structure-data.js';

const data = loadStructureData();

describe('readHeaderLine', () => {
  it('splits an issuer from a Party motto flattened onto one line', () => {
    expect(readHeaderLine('TỈNH ỦY KIÊN GIANG ĐẢNG CỘNG SẢN VIỆT NAM', data)).toEqual([
      { kind: 'issuer', text: 'TỈNH ỦY KIÊN GIANG' },
      { kind: 'motto', text: 'ĐẢNG CỘNG SẢN VIỆT NAM' },
    ]);
  });

  it('splits the number from the place and date', () => {
    expect(readHeaderLine('Số: 186/BC-UBND Kiên Giang, ngày 28 tháng 4 năm 2021', data)).toEqual([
      { kind: 'number', text: 'Số: 186/BC-UBND' },
      { kind: 'placeDate', text: 'Kiên Giang, ngày 28 tháng 4 năm 2021' },
    ]);
  });

  it('reads a place that ends in a number', () => {
    expect(readHeaderLine('Số: 88/TB-UBND Phường 5, ngày 20 tháng 5 năm 2024', data)).toEqual([
      { kind: 'number', text: 'Số: 88/TB-UBND' },
      { kind: 'placeDate', text: 'Phường 5, ngày 20 tháng 5 năm 2024' },
    ]);
  });

  it('keeps a capitalised issuer out of the place', () => {
    expect(readHeaderLine('TỈNH KIÊN GIANG Kiên Giang, ngày 5 tháng 3 năm 2024', data)[0]).toEqual({ kind: 'issuer', text: 'TỈNH KIÊN GIANG' });
  });

  it('matches mottos whatever the tone marks', () => {
    expect(readHeaderLine('HUYỆN A Doc lap - Tu do - Hanh phuc', data)[1]).toEqual({ kind: 'motto', text: 'Doc lap - Tu do - Hanh phuc' });
  });

  it('strips the star under a Party issuer', () => {
    expect(readHeaderLine('* Kiên Giang, ngày 28 tháng 4 năm 2021', data)).toEqual([{ kind: 'placeDate', text: 'Kiên Giang, ngày 28 tháng 4 năm 2021' }]);
  });
});

describe('the star under a Party issuer', () => {
  it('is a decoration, alone or with a speck OCR read beside it, in the header of a document', () => {
    for (const text of ['*', '*K', '* .', '-*-', '+']) expect(isDecorationLine(text, data)).toBe(true);
    for (const text of ['K', 'Số 86-TB/HU', 'I.', '1.']) expect(isDecorationLine(text, data)).toBe(false);
    const header = ['ĐẢNG BỘ TỈNH BẮC QUANG', 'HUYỆN ỦY KỲ SƠN', '', '*K', '', 'Số 86-TB/HU', '', 'ĐẢNG CỘNG SẢN VIỆT NAM', '', 'Kỳ Sơn, ngày 26 tháng 9 năm 2024', '', 'THÔNG BÁO', 'Kết luận của Ban Thường vụ', '', 'Nội dung.'];
    const s = detectStructure(header.join('\n'));
    expect(s.header?.number).toBe('86-TB/HU');
    expect(s.removed.map((r) => [r.line, r.reason])).toEqual([[4, 'decoration']]);
    expect(s.blocks.filter((b) => b.type === 'title')).toHaveLength(1);
    // The star read as a plus sign.
    const plus = detectStructure(header.map((l) => (l === '*K' ? '+' : l)).join('\n'));
    expect(plus.header?.number).toBe('86-TB/HU');
    expect(plus.blocks.filter((b) => b.type === 'heading')).toEqual([]);
    // The star read as letters ("Ba") between the issuer and the number.
    const letters = detectStructure(header.map((l) => (l === '*K' ? 'Ba' : l)).join('\n'));
    expect(letters.header?.number).toBe('86-TB/HU');
    expect(letters.removed.map((r) => [r.line, r.reason])).toEqual([[4, 'decoration']]);
    expect(letters.blocks.filter((b) => b.type === 'title' || b.type === 'heading').map((b) => b.text)).toEqual(['THÔNG BÁO']);
  });
});

describe('a speck before a header line', () => {
  it('leaves the line in the header ("_ TỈNH QUẢNG ĐIỀN")', () => {
    const lines = ['ỦY BAN NHÂN DÂN', '_ TỈNH QUẢNG ĐIỀN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', 'Số: 96/KH-UBND', '', 'Quảng Điền, ngày 14 tháng 3 năm 2025', '', 'KẾ HOẠCH', 'Phát triển dịch vụ logistics giai đoạn 2026 - 2030', '', 'I. MỤC ĐÍCH, YÊU CẦU', '', 'Phát huy lợi thế của tỉnh.'];
    const s = detectStructure(lines.join('\n'));
    expect(s.header).toMatchObject({ issuer: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG ĐIỀN', number: '96/KH-UBND', date: '2025-03-14' });
    expect(s.blocks.filter((b) => b.type === 'title' || b.type === 'heading').map((b) => [b.type, b.text])).toEqual([['title', 'KẾ HOẠCH'], ['heading', 'I. MỤC ĐÍCH, YÊU CẦU']]);
  });
});

describe('a police issuer', () => {
  it('is no document type one letter off ("CÔNG AN" is no CÔNG VĂN)', () => {
    const lines = ['CÔNG AN HUYỆN ĐỨC HẬU', 'CÔNG AN XÃ TÂN PHÚ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', 'Số: 12/TB-CAX', '', 'Tân Phú, ngày 04 tháng 11 năm 2024', '', 'THÔNG BÁO', 'Về việc tìm chủ sở hữu xe mô tô bị bỏ quên', '', '1. Đặc điểm xe', '', 'Xe mô tô hiệu Honda Wave, màu đỏ đen.'];
    const s = detectStructure(lines.join('\n'));
    expect(s.header).toMatchObject({ issuer: 'CÔNG AN HUYỆN ĐỨC HẬU CÔNG AN XÃ TÂN PHÚ', number: '12/TB-CAX' });
    expect(s.blocks.filter((b) => b.type === 'title').map((b) => b.text)).toEqual(['THÔNG BÁO']);
  });
});

describe('readHeaderLine, drafts and rules', () => {
  it('reads an unfilled number and drops a rule after the issuer', () => {
    expect(readHeaderLine('Số: /QĐ-UBND', data)).toEqual([{ kind: 'number', text: 'Số: /QĐ-UBND' }]);
    expect(readHeaderLine('TỈNH KIÊN GIANG -------', data)).toEqual([{ kind: 'issuer', text: 'TỈNH KIÊN GIANG' }]);
  });
});

describe('parsePlaceDate', () => {
  it('gives an ISO date', () => {
    expect(parsePlaceDate('Kiên Giang, ngày 28 tháng 4 năm 2021', data)).toEqual({ place: 'Kiên Giang', dateText: 'ngày 28 tháng 4 năm 2021', date: '2021-04-28' });
  });

  it('reads date words that OCR garbled, and a place that looks like one ("Ngãi")', () => {
    expect(parsePlaceDate('Tan Phuc, ngay 15 thang 10 ném 2023', data)).toMatchObject({ place: 'Tan Phuc', date: '2023-10-15' });
    expect(parsePlaceDate('Quảng Ngãi, ngày 21 tháng 11 năm 2024', data)).toMatchObject({ place: 'Quảng Ngãi', date: '2024-11-21' });
  });

  it('leaves the ISO date out when the day is blank or impossible', () => {
    expect(parsePlaceDate('Hà Nội, ngày    tháng 5 năm 2024', data).date).toBeUndefined();
    expect(parsePlaceDate('Hà Nội, ngày 31 tháng 2 năm 2024', data).date).toBeUndefined();
  });
});

describe('readHeaderFields', () => {
  it('gathers issuer lines, number, date and a wrapped V/v subject', () => {
    const fields = readHeaderFields(
      [
        [1, 'UBND TỈNH AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        [2, 'SỞ XÂY DỰNG Độc lập - Tự do - Hạnh phúc'],
        [3, 'Số: 712/SXD-QLN An Giang, ngày 09 tháng 8 năm 2024'],
        [4, 'V/v góp ý dự thảo quy định'],
        [5, 'về quản lý chung cư'],
      ],
      data,
    );
    expect(fields).toMatchObject({
      issuer: 'UBND TỈNH AN GIANG SỞ XÂY DỰNG',
      number: '712/SXD-QLN',
      place: 'An Giang',
      date: '2024-08-09',
      subject: 'V/v góp ý dự thảo quy định về quản lý chung cư',
      lines: [1, 5],
    });
    expect(fields.rows[0]).toEqual(['UBND TỈNH AN GIANG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  });
});
