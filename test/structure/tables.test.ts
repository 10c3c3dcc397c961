import { describe, expect, it } from 'vitest';
import { gapCells } from '../../src/structure/tables.js';
import { detectStructure } from '../../src/structure/detect-structure.js';
import type { TableBlock } from '../../src/structure/types.js';

const tables = (text: string): TableBlock[] => detectStructure(text).blocks.filter((b): b is TableBlock => b.type === 'table');

const ROWS = [
  'Phụ lục',
  'KẾT QUẢ TIÊM CHỦNG MỞ RỘNG QUÝ I',
  'STT       Đơn vị          Trẻ em       Đã tiêm     Tỷ lệ',
  '1         Xã Phú Mỹ       412          398         96,6',
  '2      |  Xã Tân Lập  |   275     |    270         98,2',
  '3 Thị trấn Bến Cầu        530          501         94,5',
];

describe('tables whose rows OCR put on one line', () => {
  it('splits cells at runs of spaces and at rules read as "|"', () => {
    expect(gapCells('2      |  Xã Tân Lập  |   275     |    270         98,2')).toEqual(['2', 'Xã Tân Lập', '275', '270', '98,2']);
    expect(gapCells('[3 |Biên bản họp   | x |')).toEqual(['3', 'Biên bản họp', 'x']);
    expect(gapCells('Các cơ quan, đơn vị thực hiện')).toEqual(['Các cơ quan, đơn vị thực hiện']);
  });

  it('rebuilds the table when every row has the header cells, a row number glued with one space split off', () => {
    const [table] = tables(ROWS.join('\n'));
    expect(table.recovered).toBe(true);
    expect(table.rows).toEqual([
      ['STT', 'Đơn vị', 'Trẻ em', 'Đã tiêm', 'Tỷ lệ'],
      ['1', 'Xã Phú Mỹ', '412', '398', '96,6'],
      ['2', 'Xã Tân Lập', '275', '270', '98,2'],
      ['3', 'Thị trấn Bến Cầu', '530', '501', '94,5'],
    ]);
  });

  it('joins a wrapped cell in small letters to the row', () => {
    const text = [...ROWS.slice(0, 4), 'và xã Phú Lợi', ...ROWS.slice(4)].join('\n');
    expect(tables(text)[0].rows[1]).toEqual(['1', 'Xã Phú Mỹ và xã Phú Lợi', '412', '398', '96,6']);
  });

  it('keeps a table whose header wrapped onto a second line as a list, flagged', () => {
    const text = [...ROWS.slice(0, 3), 'em            tiêm', ...ROWS.slice(3)].join('\n');
    const structure = detectStructure(text);
    const [table] = structure.blocks.filter((b): b is TableBlock => b.type === 'table');
    expect(table.recovered).toBe(false);
    expect(table.rows).toHaveLength(5);
    expect(structure.messages.map((m) => m.ruleId)).toContain('structure-table-unrecovered');
  });

  it('ends the table at running text after it', () => {
    const text = [...ROWS, 'Ghi chú: số liệu do Trạm Y tế các xã báo cáo đến hết ngày 31 tháng 3 năm 2024.'].join('\n');
    const structure = detectStructure(text);
    expect(tables(text)[0].lines).toEqual([3, 6]);
    expect(structure.blocks[structure.blocks.length - 1].type).toBe('paragraph');
  });
});

describe('the end of a table flattened one cell per line', () => {
  it('ends at a numbered heading after a blank line, however short', () => {
    const text = ['1. Danh mục công trình', 'STT', 'Nội dung', 'Kinh phí', '1', 'Sửa chữa trường học', '120', '2', 'Làm đường giao thông', '300', '', '2. Nguồn vốn', 'Ngân sách xã và vốn huy động từ nhân dân trên địa bàn theo quy định hiện hành.'].join('\n');
    const structure = detectStructure(text);
    const [table] = structure.blocks.filter((b): b is TableBlock => b.type === 'table');
    expect(table.lines).toEqual([2, 10]);
    expect(table.rows).toHaveLength(3);
    expect(structure.blocks.some((b) => b.type === 'heading' && b.text.endsWith('Nguồn vốn'))).toBe(true);
  });
});
