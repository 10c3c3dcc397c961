import { describe, expect, it } from 'vitest';
import { repair, Resources } from '../../src/index.js';
import { fold } from '../../src/syllable/index.js';
import { fixtureLines, tinyDictionaries } from '../lm/tiny-model.js';

const resources = new Resources({ dictionariesDir: tinyDictionaries() });

describe('restoreTokens', () => {
  it('restores the marks of a stripped sentence', () => {
    expect(repair('Uy ban nhan dan tinh xay dung ke hoach thuc hien', resources).text).toBe('Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện');
  });

  it('keeps the case pattern of each word', () => {
    expect(repair('UY BAN NHAN DAN TINH', resources).text).toBe('ỦY BAN NHÂN DÂN TỈNH');
    expect(repair('So Noi vu huong dan', resources).text).toBe('Sở Nội vụ hướng dẫn');
  });

  it('does not break the context at a line break inside a paragraph', () => {
    expect(repair('Uy ban nhan dan tinh xay dung ke\nhoach thuc hien', resources).text).toBe('Ủy ban nhân dân tỉnh xây dựng kế\nhoạch thực hiện');
  });

  it('passes correct text through unchanged', () => {
    for (const line of fixtureLines()) {
      const result = repair(line, resources);
      expect(result.text).toBe(line);
      expect(result.changes).toEqual([]);
    }
  });

  it('restores a stripped paragraph inside accented text (trust is judged per paragraph)', () => {
    const accented = fixtureLines().slice(0, 4).join(' ');
    const stripped = fold(fixtureLines().slice(4, 8).join(' '));
    const out = repair(`${accented}\n\n${stripped}`, resources).text;
    expect(out).toBe(`${accented}\n\n${fixtureLines().slice(4, 8).join(' ')}`);
  });

  it('keeps unmarked words of accented text unless the evidence is overwhelming', () => {
    const line = 'Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện công tác cải cách hành chính năm 2024.';
    expect(repair(line, resources).text).toBe(line);
  });

  it('writes the tone in the requested style', () => {
    expect(repair('Uy ban nhan dan', resources, { toneStyle: 'modern' }).text).toBe('Uỷ ban nhân dân');
  });

  it('gives every change a confidence and lists the alternatives', () => {
    const { changes } = repair('xay dung ke hoach', resources);
    expect(changes.length).toBe(4);
    for (const c of changes) {
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      expect(c.applied).toBe(c.confidence >= 0.5);
    }
  });

  it('proposes changes below the confidence threshold without making them, and warns', () => {
    const input = 'xay dung ke hoach';
    const result = repair(input, resources, { minConfidence: 1.01 });
    expect(result.text).toBe(input);
    expect(result.changes.every((c) => !c.applied)).toBe(true);
    expect(result.messages.length).toBe(result.changes.length);
    const message = result.messages[0];
    expect(message.ruleId).toBe('restore-uncertain');
    expect(message.fatal).toBe(false);
    expect(message.actual).toBe('xay');
    expect(message.expected?.[0]).toBe('xây');
    expect(message.place).toMatchObject({ line: 1, column: 1 });
  });

  it('leaves numbers, codes and punctuation alone', () => {
    const out = repair('Theo de nghi cua Giam doc So Noi vu tai To trinh so 125/TTr-SNV.', resources).text;
    expect(fold(out)).toBe('Theo de nghi cua Giam doc So Noi vu tai To trinh so 125/TTr-SNV.');
    expect(out).toContain('125/TTr-SNV.');
  });
});

describe('codes', () => {
  const withAbbreviations = new Resources({ dictionariesDir: tinyDictionaries() });

  it('puts the Đ back into a stripped code of stripped text only', () => {
    expect(repair('Thuc hien Quyet dinh 123/QD-UBND cua Uy ban nhan dan tinh', withAbbreviations).text).toContain('123/QĐ-UBND');
    const accented = 'Thực hiện Quyết định 123/QD-UBND của Ủy ban nhân dân tỉnh';
    expect(repair(accented, withAbbreviations).text).toBe(accented);
  });
});
