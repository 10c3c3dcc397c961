import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { render } from '../../src/render/index.js';
import { isMarkdownSource, plainFromMarkdown } from '../../src/structure/markdown-source.js';
import { passThrough, schemaErrors } from './helpers.js';

const PLAN_MD = [
  '**KẾ HOẠCH**  ',
  '**Triển khai công tác chuyển đổi số năm 2024**',
  '',
  'Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:',
  '',
  '## **I. MỤC ĐÍCH, YÊU CẦU**',
  '',
  '### **1. Mục đích**',
  '',
  'a) Nâng cao nhận thức của cán bộ, công chức về chuyển đổi số.',
  '',
  'b) Bảo đảm 100% hồ sơ công việc được xử lý trên môi trường mạng\\*.',
  '',
  '## **II. NHIỆM VỤ**',
  '',
  '- Phòng Văn hóa và Thông tin chủ trì, theo dõi;',
  '- Các xã, thị trấn triển khai.',
  '',
  '**Nơi nhận:**',
  '',
  '- Như trên;',
  '- Lưu: VT.',
  '',
].join('\n');

const OCR_TEXT = readFileSync(new URL('../../fixtures/cli/report-ocr.txt', import.meta.url), 'utf8');

describe('isMarkdownSource', () => {
  it('knows Markdown by its name or by its block markup', () => {
    expect(isMarkdownSource(PLAN_MD)).toBe(true);
    expect(isMarkdownSource('Báo cáo tháng 6', 'kho/bao-cao.md')).toBe(true);
    expect(isMarkdownSource('Báo cáo tháng 6', 'kho/bao-cao.txt')).toBe(false);
  });

  it('takes OCR text and plain text with one stray "#" or "**" for plain text', () => {
    expect(isMarkdownSource(OCR_TEXT, 'report-ocr.txt')).toBe(false);
    expect(isMarkdownSource('# 3 căn nhà bị tốc mái\n**Lưu ý: báo cáo trước ngày 15\nII. NHIỆM VỤ\n')).toBe(false);
  });
});

describe('plainFromMarkdown', () => {
  it('takes off headings, strong spans, hard breaks and escapes, line for line, and keeps numbering and list markers', () => {
    const plain = plainFromMarkdown(PLAN_MD);
    const lines = plain.split('\n');
    expect(lines).toHaveLength(PLAN_MD.split('\n').length);
    expect(lines[0]).toBe('KẾ HOẠCH');
    expect(lines[5]).toBe('I. MỤC ĐÍCH, YÊU CẦU');
    expect(lines[7]).toBe('1. Mục đích');
    expect(lines[11]).toBe('b) Bảo đảm 100% hồ sơ công việc được xử lý trên môi trường mạng*.');
    expect(lines[15]).toBe('- Phòng Văn hóa và Thông tin chủ trì, theo dõi;');
    expect(lines[18]).toBe('Nơi nhận:');
  });
});

describe('render of a Markdown input', () => {
  it('writes the Markdown back as it was (no markup escaped or doubled)', () => {
    expect(render(passThrough(PLAN_MD), 'md', { source: 'ke-hoach.md' })).toBe(PLAN_MD);
    const tree = fromMarkdown(render(passThrough(PLAN_MD), 'md'));
    expect(tree.children.filter((n) => n.type === 'heading').map((n) => (n as { depth: number }).depth)).toEqual([2, 3, 2]);
  });

  it('gives JSON the structure read through the markup, valid against the schema', () => {
    const json = JSON.parse(render(passThrough(PLAN_MD), 'json', { source: 'ke-hoach.md' })) as {
      blocks: { type: string; depth?: number; text?: string; lines?: number[] }[];
    };
    expect(schemaErrors(json)).toBe('');
    const headings = json.blocks.filter((b) => b.type === 'heading').map((b) => [b.depth, b.text]);
    expect(headings).toEqual([
      [2, 'I. MỤC ĐÍCH, YÊU CẦU'],
      [3, '1. Mục đích'],
      [2, 'II. NHIỆM VỤ'],
    ]);
    expect(json.blocks.find((b) => b.type === 'title')?.text).toContain('KẾ HOẠCH');
    expect(JSON.stringify(json)).not.toContain('**');
  });
});

describe('isMarkdownSource on page-foot rules', () => {
  it('does not take underscore or asterisk rules above footnotes for strong spans', () => {
    const text = 'Báo cáo kết quả năm 2023.\n__________\n1 Theo Kế hoạch số 12/KH-UBND.\n__________\n2 Số liệu đến 30/11.\n********\n';
    expect(isMarkdownSource(text)).toBe(false);
  });
});
