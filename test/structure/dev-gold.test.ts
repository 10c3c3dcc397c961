import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from '../../src/render/index.js';
import { ROOT, passThrough, schemaErrors, textLossProblems } from './helpers.js';

/** The dev excerpt lives beside the repository (../shared/dev), as in CI. */
const GOLD = path.join(ROOT, '../shared/dev/report-2021-ocr-excerpt.gold.txt');
const OCR = path.join(ROOT, '../shared/dev/report-2021-ocr-excerpt.txt');
const present = existsSync(GOLD);
if (!present) console.warn(`skipping the dev-gold structure test: ${GOLD} not found (it sits beside the repository in CI)`);

describe.skipIf(!present)('structure of the dev excerpt (gold transcript)', () => {
  const input = present ? readFileSync(GOLD, 'utf8') : '';
  const json = present ? JSON.parse(render(passThrough(input), 'json')) : { blocks: [] };

  it('reads the header fields of a Party report', () => {
    expect(json.header).toMatchObject({ issuer: 'TỈNH ỦY KIÊN GIANG', motto: ['ĐẢNG CỘNG SẢN VIỆT NAM'], number: '58-BC/TU', place: 'Kiên Giang', date: '2021-04-28' });
  });

  it('finds the title, the Roman and the Arabic headings at consistent levels', () => {
    const headings = json.blocks
      .filter((b: { type: string }) => b.type === 'heading' || b.type === 'title')
      .map((b: { type: string; depth?: number; lines: number[]; text: string }) => [b.lines[0], b.type === 'title' ? 1 : b.depth, b.text]);
    expect(headings).toEqual([
      [6, 1, 'BÁO CÁO'],
      [17, 2, 'I- KẾT QUẢ TRIỂN KHAI, TỔ CHỨC THỰC HIỆN'],
      [19, 3, '1. Các biện pháp và kết quả tổ chức phổ biến, quán triệt Chỉ thị số 04-CT/TW'],
      [37, 3, '2. Cơ chế, biện pháp chỉ đạo, quản lý, phối hợp, hướng dẫn, kiểm tra hoạt động đối ngoại'],
    ]);
  });

  it('joins "ngày 14-" and "10-2011" without a space and starts a paragraph at an indented line', () => {
    const texts = json.blocks.map((b: { text: string }) => b.text);
    expect(texts.some((t: string) => t.includes('ngày 14-10-2011'))).toBe(true);
    expect(texts.some((t: string) => t.startsWith('Đã chỉ đạo tăng cường'))).toBe(true);
  });

  it('loses no text and writes valid JSON', () => {
    expect(textLossProblems(input, json)).toEqual([]);
    expect(schemaErrors(json)).toBe('');
  });

  it('finds the same headings in the raw OCR text', () => {
    const raw = JSON.parse(render(passThrough(readFileSync(OCR, 'utf8')), 'json'));
    const lines = raw.blocks
      .filter((b: { type: string }) => b.type === 'heading' || b.type === 'title')
      .map((b: { type: string; depth?: number; lines: number[] }) => [b.lines[0], b.type === 'title' ? 1 : b.depth]);
    expect(lines).toEqual([[6, 1], [17, 2], [19, 3], [37, 3]]);
    expect(textLossProblems(readFileSync(OCR, 'utf8'), raw)).toEqual([]);
  });
});
