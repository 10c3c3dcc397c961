import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readConfusionTsv } from '../../src/ocr/confusion-table.js';
import { ChannelCosts } from '../../src/ocr/channel-costs.js';
import { ChannelAligner, alignChannel } from '../../src/ocr/channel-aligner.js';

const rows = readConfusionTsv(path.resolve(__dirname, '../../dictionaries/confusion.tsv'));
const costs = new ChannelCosts(rows);
const cost = (truth: string, observed: string) => alignChannel(truth, observed, costs).cost;

describe('weighted OCR channel distance (shipped confusion table)', () => {
  it('reads ciia as của more cheaply than as cha', () => {
    expect(cost('của', 'ciia')).toBeLessThan(cost('cha', 'ciia'));
  });

  it('reads d6i as đổi more cheaply than as dài or đi', () => {
    expect(cost('đổi', 'd6i')).toBeLessThan(cost('dài', 'd6i'));
    expect(cost('đổi', 'd6i')).toBeLessThan(cost('đi', 'd6i'));
  });

  it('reads a letter with its marks dropped cheaply (năm as nam)', () => {
    expect(cost('năm', 'nam')).toBeLessThan(1);
  });

  it('keeps correct text cheapest for itself (đổi read as đổi, not đối)', () => {
    expect(cost('đổi', 'đổi')).toBeLessThan(0.5);
    expect(cost('đổi', 'đổi') + 1).toBeLessThan(cost('đối', 'đổi'));
  });

  it('explains a two-character read of one letter (ủ → ii) with one operation', () => {
    const { ops } = alignChannel('của', 'ciia', costs);
    expect(ops).toContainEqual({ truth: 'ủ', ocr: 'ii' });
  });

  it('gives the same cost through the reusable grid, and gives up above a bound', () => {
    const aligner = new ChannelAligner(costs);
    aligner.setObserved(costs.obsIdsOf('thwye'));
    const full = aligner.score(costs.truthIdsOf('thực'));
    expect(full).toBeCloseTo(cost('thực', 'thwye'), 9);
    expect(aligner.score(costs.truthIdsOf('thức'))).toBeCloseTo(cost('thức', 'thwye'), 9);
    expect(aligner.score(costs.truthIdsOf('thực'), full / 4)).toBe(Infinity);
  });
});
