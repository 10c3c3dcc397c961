import { describe, expect, it } from 'vitest';
import { Container, encodeContainer, finishContainer } from '../../src/data/container.js';
import { MODEL_KIND, MODEL_VERSION, SyllableModel } from '../../src/lm/syllable-model.js';
import { isTitle, trainModel } from '../../src/lm/train.js';

const build = (lines: string[]): SyllableModel => {
  const trained = trainModel(lines, { order: 3, minCounts: [1, 1, 1], minWordCount: 1 });
  const bytes = finishContainer(encodeContainer({ kind: MODEL_KIND, version: MODEL_VERSION, facts: trained.facts, sections: trained.sections }));
  return new SyllableModel(new Container(bytes, 'test.bin', { kind: MODEL_KIND, version: MODEL_VERSION, rebuild: 'npm run build:model' }));
};

describe('trainModel', () => {
  const model = build([
    'Đồng chí Nguyễn Văn Thanh được giao nhiệm vụ.',
    'Thành phố hoàn thành kế hoạch, thanh toán đúng hạn.',
    'Ông Thanh báo cáo Ủy ban nhân dân thành phố.',
  ]);
  const id = (s: string): number => model.vocabulary.indexOf(s);

  it('stores words lower-cased with the tone in the traditional place', () => {
    expect(id('thanh')).toBeGreaterThan(0);
    expect(id('ủy')).toBeGreaterThan(0);
    expect(id('Thanh')).toBe(-1);
  });

  it('counts capitals inside sentences only (names), not at sentence starts', () => {
    expect(model.counts[id('thanh')]).toBe(3);
    expect(model.capitals![id('thanh')]).toBe(2);
    expect(model.capitals![id('thành')]).toBe(0);
  });

  it('tells title case from capitals and lower case', () => {
    expect(isTitle('Thanh')).toBe(true);
    expect(isTitle('THANH')).toBe(false);
    expect(isTitle('thanh')).toBe(false);
  });
});
