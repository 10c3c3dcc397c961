import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readConfusionTsv } from '../../src/ocr/confusion-table.js';
import { OcrChannel } from '../../src/ocr/ocr-channel.js';
import { phonotacticInventory } from '../../src/ocr/ocr-inventory.js';
import { isOcrJunk, ocrCandidates, ocrJoinCandidates, ocrSplitCandidates } from '../../src/candidates/ocr-candidates.js';
import { OCR_KEEP_COST, ocrCasePattern, ocrKeepCost, ocrReadings } from '../../src/candidates/ocr-readings.js';
import type { Resources } from '../../src/resources.js';

const rows = readConfusionTsv(path.resolve(__dirname, '../../dictionaries/confusion.tsv'));
const SMALL = ['của', 'cha', 'cửa', 'cứ', 'đổi', 'đối', 'đội', 'dài', 'đi', 'thực', 'thức', 'thục', 'tổng', 'trong', 'tổ', 'chức', 'năm', 'nam', 'xã', 'hợp', 'các', 'sử', 'sút', 'sắt', 'lợi', 'lái', 'lời'];
const withChannel = (channel: OcrChannel) => ({ ocrChannel: channel }) as unknown as Resources;
const small = withChannel(new OcrChannel(rows, SMALL));
const top = (observed: string, resources = small) => ocrCandidates(observed, resources).map((c) => c.syllable);

describe('ocrCandidates', () => {
  it('reads OCR garble back to the syllable', () => {
    expect(top('ciia')[0]).toBe('của');
    expect(top('d6i')).toContain('đổi');
    expect(top('thwye')).toContain('thực');
    expect(top('x4')[0]).toBe('xã');
    expect(top('hgp')[0]).toBe('hợp');
    expect(top('cdc')[0]).toBe('các');
  });

  it('looks a two-letter read of one letter up as that letter (sit → sử)', () => {
    expect(top('sit')).toContain('sử');
  });

  it('reads a capital I among small letters as l (Idi → lợi)', () => {
    expect(top('Idi')).toContain('lợi');
  });

  it('ignores case and returns lower-case syllables', () => {
    expect(top('CIIA')[0]).toBe('của');
  });

  it('keeps correct text first for itself', () => {
    expect(top('đổi')[0]).toBe('đổi');
    expect(top('trong')[0]).toBe('trong');
  });

  it('returns channel costs, cheapest reading first when there is no prior', () => {
    const list = ocrCandidates('d6i', small);
    for (let i = 1; i < list.length; i++) expect(list[i].channelCost).toBeGreaterThanOrEqual(list[i - 1].channelCost);
  });

  it('memoises per observed token in the channel, not in the module', () => {
    const a = new OcrChannel(rows, SMALL);
    expect(a.candidates('ciia')).toBe(a.candidates('ciia'));
    expect(new OcrChannel(rows, SMALL).candidates('ciia')).not.toBe(a.candidates('ciia'));
  });

  it('verifies a bounded number of syllables, never the whole inventory', () => {
    const inventory = phonotacticInventory();
    const big = new OcrChannel(rows, inventory);
    for (const token of ['ciia', 'd6i', 'nguyén', 'thwye', 'a', 'tf)ng']) {
      big.candidates(token);
      expect(big.stats.verified).toBeLessThan(inventory.length / 20);
    }
  });

  it('has no candidates for an over-long token', () => {
    expect(ocrCandidates('x'.repeat(40), small)).toEqual([]);
  });
});

describe('fragments and glued tokens', () => {
  it('joins fragments the OCR split (tr ong → trong), charging the inserted space', () => {
    const joined = ocrJoinCandidates('tr', 'ong', small);
    expect(joined[0].syllable).toBe('trong');
    expect(joined[0].channelCost).toBeGreaterThan(ocrCandidates('trong', small)[0].channelCost);
  });

  it('splits a glued token into two syllables', () => {
    expect(ocrSplitCandidates('tochirc', small)[0].syllables).toEqual(['tổ', 'chức']);
  });
});

describe('isOcrJunk', () => {
  it('flags stamp and footnote debris', () => {
    expect(isOcrJunk('®', small)).toBe(true);
    expect(isOcrJunk('(z)', small)).toBe(true);
    expect(isOcrJunk('~~|', small)).toBe(true);
  });

  it('does not flag misread syllables or plain punctuation', () => {
    expect(isOcrJunk('ciia', small)).toBe(false);
    expect(isOcrJunk('d6i', small)).toBe(false);
    expect(isOcrJunk(',', small)).toBe(false);
    expect(isOcrJunk('thwye', small)).toBe(false);
  });

  it('does not flag abbreviations in capitals', () => {
    expect(isOcrJunk('UBND', small)).toBe(false);
  });
});

describe('ocrReadings', () => {
  const known = (s: string) => SMALL.includes(s);

  it('lists the candidates, then the token kept at a cost set by its shape', () => {
    const readings = ocrReadings('d6i', small, known);
    expect(readings[0].syllables).toEqual(['đổi']);
    const keep = readings.find((r) => r.keep)!;
    expect(keep.syllables).toEqual(['d6i']);
    expect(keep.channelCost).toBe(OCR_KEEP_COST.mixed);
  });

  it('marks the candidate equal to the token as the keep reading', () => {
    const readings = ocrReadings('trong', small, known);
    expect(readings.filter((r) => r.keep)).toHaveLength(1);
    expect(readings[0]).toMatchObject({ syllables: ['trong'], keep: true });
  });

  it('adds two-syllable readings for a glued token', () => {
    expect(ocrReadings('tochirc', small, known).some((r) => r.syllables.join(' ') === 'tổ chức')).toBe(true);
  });

  it('keeps debris as it is, with no other reading', () => {
    expect(ocrReadings('(z)', small, known)).toEqual([{ syllables: ['(z)'], channelCost: 0, keep: true }]);
  });

  it('keeps abbreviations and single letters cheaply', () => {
    expect(ocrKeepCost('DKDD')).toBe(OCR_KEEP_COST.capitals);
    expect(ocrKeepCost('c')).toBe(OCR_KEEP_COST.single);
  });
});

describe('ocrCasePattern', () => {
  it('writes a short word with a capital first in capitals on a line set in capitals', () => {
    expect(ocrCasePattern('Uy', 'ủy', true)).toBe('upper');
    expect(ocrCasePattern('Uy', 'ủy', false)).toBe('title');
  });

  it('reads a capital consonant that stands for a small marked vowel in small letters inside a sentence', () => {
    expect(ocrCasePattern('Gy', 'ủy', false, false)).toBe('lower');
    expect(ocrCasePattern('Gy', 'ủy', false, true)).toBe('title');
    // A capital read for a capital consonant (Đ as P), or a vowel for a vowel, keeps its case.
    expect(ocrCasePattern('Pai', 'đài', false, false)).toBe('title');
    expect(ocrCasePattern('Uy', 'ủy', false, false)).toBe('title');
  });

  it('trusts only the first letter of a short token in capitals among small letters', () => {
    expect(ocrCasePattern('BO', 'bộ', false)).toBe('title');
    expect(ocrCasePattern('MOi', 'môi', false)).toBe('title');
    expect(ocrCasePattern('BO', 'bộ', true)).toBe('upper');
    expect(ocrCasePattern('PHUONG', 'phương', false)).toBe('upper');
  });

  it('reads a leading capital I that became l as a small letter', () => {
    expect(ocrCasePattern('Idi', 'lợi', false)).toBe('lower');
    expect(ocrCasePattern('In', 'in', false)).toBe('title');
  });
});
