import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { render, SCHEMA_VERSION, toMarkdown } from '../../src/render/index.js';
import { detectStructure } from '../../src/structure/detect-structure.js';
import { toMdast } from '../../src/structure/to-mdast.js';
import type { Change } from '../../src/document/types.js';
import { passThrough, schemaErrors } from '../structure/helpers.js';

const LONG = 'Các cơ quan, đơn vị tiếp tục triển khai thực hiện nghiêm túc các nội dung của';

describe('render text', () => {
  it('returns the repaired text unchanged, line for line', () => {
    const text = 'BÁO CÁO\r\n\fdòng hai  \n\n- 3 -\n';
    expect(render(passThrough(text), 'text')).toBe(text);
  });
});

describe('render md', () => {
  it('escapes text that would read as markup: "1)" items, "#", "*" and "+" at a line start', () => {
    const text = [`1) ${LONG} văn bản.`, '', `# ${LONG} kế hoạch.`, '', `* ${LONG} chỉ thị.`, '', `+ ${LONG} quy định.`].join('\n');
    const md = render(passThrough(text), 'md');
    const tree = fromMarkdown(md);
    // "1)" runs on as a paragraph (text), "*" and "+" are bullets of a list, "#" is text.
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph', 'paragraph', 'list']);
    expect(md).toContain('1\\) Các cơ quan');
    expect(md).toContain('\\# Các cơ quan');
  });

  it('writes "2.", "3." items that run on as paragraphs as an ordered list from their number', () => {
    const text = [`2. ${LONG} văn bản.`, '', `3. ${LONG} kế hoạch.`].join('\n');
    const tree = fromMarkdown(render(passThrough(text), 'md'));
    expect(tree.children).toMatchObject([{ type: 'list', ordered: true, start: 2, children: [{ type: 'listItem' }, { type: 'listItem' }] }]);
  });

  it('never lets a wrapped "1." or "-" inside a paragraph become a list', () => {
    const text = [
      'Các cơ quan, đơn vị đã triển khai các giải pháp, số vụ việc giảm mạnh, còn khoảng',
      '1.5 lần so với cùng kỳ; tăng cường phối hợp giữa các ngành để phát triển kinh tế',
      '- xã hội của tỉnh trong thời gian tới, bảo đảm quốc phòng, an ninh trên địa bàn.',
    ].join('\n');
    const tree = fromMarkdown(render(passThrough(text), 'md'));
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph']);
  });

  it('writes footnotes as GFM references and definitions', () => {
    const text = [`${LONG} chuyển đổi số2 và`, '2 Theo Quyết định số 942/QĐ-TTg.', '', '3', '\f', 'các văn bản hướng dẫn của Trung ương.'].join('\n');
    const md = render(passThrough(text), 'md');
    expect(md).toContain('chuyển đổi số[^1] và các văn bản');
    expect(md).toContain('[^1]: Theo Quyết định số 942/QĐ-TTg.');
  });

  it('builds the Markdown from an mdast tree with positions', () => {
    const tree = toMdast(detectStructure('BÁO CÁO\nKết quả\n\nI. TÌNH HÌNH\n\nNội dung.'));
    expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 1, position: { start: { line: 1 } } });
    expect(toMarkdown(tree)).toBe('# BÁO CÁO\n\n**Kết quả**\n\n## I. TÌNH HÌNH\n\nNội dung.\n');
  });
});

describe('render json', () => {
  const change: Change = { line: 2, column: 1, offset: 8, from: 'Ket qua', to: 'Kết quả', confidence: 0.93, ruleId: 'restore-diacritics', applied: true };
  const json = JSON.parse(render(passThrough('BÁO CÁO\nKết quả\n\nI. TÌNH HÌNH\n\nNội dung.', [change]), 'json', { source: 'a.txt' }));

  it('is versioned and valid against the schema', () => {
    expect(json.schemaVersion).toBe(SCHEMA_VERSION);
    expect(json.source).toBe('a.txt');
    expect(schemaErrors(json)).toBe('');
  });

  it('carries the word changes through', () => {
    expect(json.changes).toEqual([change]);
  });

  it('gives a block the lowest confidence of the word changes on its lines', () => {
    expect(json.blocks[0]).toMatchObject({ type: 'title', textConfidence: 0.93 });
    expect(json.blocks[1].textConfidence).toBeUndefined();
  });

  it('gives blocks a type, text, line range and confidence', () => {
    expect(json.blocks[1]).toMatchObject({ type: 'heading', depth: 2, text: 'I. TÌNH HÌNH', lines: [4, 4] });
    expect(json.blocks.every((b: { confidence: number }) => b.confidence > 0 && b.confidence <= 1)).toBe(true);
  });

  it('rejects a document that breaks the schema', () => {
    expect(schemaErrors({ ...json, schemaVersion: '0.9.0' })).not.toBe('');
    expect(schemaErrors({ ...json, blocks: [{ type: 'heading', text: 'x', lines: [1, 1], confidence: 1 }] })).not.toBe('');
  });
});
