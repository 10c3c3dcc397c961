import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText } from '../../src/normalize/normalize-text.js';

// Syllables as Windows-1258 (precomposed â ê ô ơ ư ă + combining tone) and as full NFD would write them.
const WORDS = ['Việt', 'Người', 'hướng', 'dẫn', 'Đảng', 'ủy', 'quyết', 'định', 'Hòa', 'thuở', 'khỏe', 'số'];
const cp1258 = (word: string): string =>
  word
    .normalize('NFD')
    .normalize('NFC')
    .replace(/[^\u0000-\u007f]/gu, (ch) => {
      const d = ch.normalize('NFD');
      const base = d.replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '').normalize('NFC');
      return base + d.replace(/[^\u0300\u0301\u0303\u0309\u0323]/gu, '');
    });

describe('normalizeText', () => {
  it('composes fully decomposed (NFD) text and maps offsets back to the input', () => {
    const input = 'Vie\u0302\u0323t Nam'; // "Việt Nam" with ê and the dot below decomposed
    const result = normalizeText(input);
    expect(result.text).toBe('Việt Nam');
    expect(result.toInput(0)).toBe(0);
    expect(result.toInput(2)).toBe(2); // ệ starts where e starts
    expect(result.toInput(3)).toBe(5); // t follows the two marks
    expect(result.toInput(5)).toBe(7); // N of Nam
    expect(result.toInput(result.text.length)).toBe(input.length);
  });

  it('composes Windows-1258-style text: precomposed quality letters with combining tone marks', () => {
    const input = 'Ng\u01b0\u01a1\u0300i d\u00e2\u0303n \u0110a\u0309ng';
    expect(input).toBe(cp1258('Người dẫn Đảng'));
    expect(normalizeText(input).text).toBe('Người dẫn Đảng');
  });

  it('puts a quality mark typed after the tone mark first', () => {
    expect(normalizeText('quye\u0301\u0302t').text).toBe('quyết');
    expect(normalizeText('A\u0300\u0306').text).toBe('Ằ');
    expect(normalizeText('nga\u0301\u0306t').text).toBe('ngắt');
    expect(normalizeText('ta\u0302\u0301t va\u0301\u0302t').text).toBe('tất vất');
  });

  it('keeps the order of stacked marks on letters Vietnamese does not stack', () => {
    expect(normalizeText('u\u0301\u0302').text).toBe('u\u0301\u0302'.normalize('NFC'));
  });

  it('replaces the old tone marks U+0340/U+0341 with grave and acute', () => {
    expect(normalizeText('ca\u0341c nga\u0340nh').text).toBe('các ngành');
  });

  it('maps look-alikes of Đ/đ (eth, African D) to Đ/đ without moving offsets', () => {
    const result = normalizeText('ÐẢNG ðoàn Ɖiều ɖược');
    expect(result.text).toBe('ĐẢNG đoàn Điều được');
    expect(result.toInput(5)).toBe(5);
  });

  it('returns already normalised text unchanged with the identity map', () => {
    const input = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\r\nĐộc lập - Tự do - Hạnh phúc\n';
    const result = normalizeText(input);
    expect(result.text).toBe(input);
    expect(result.toInput(17)).toBe(17);
  });

  it('composes Hangul jamo across clusters like whole-string NFC', () => {
    expect(normalizeText('x \u1100\u1161\u11a8 a\u0300').text).toBe('x 각 à');
  });

  it('maps the boundary of every piece back to its place in the input', () => {
    const piece = fc.oneof(
      fc.constantFrom(...WORDS).chain((w) => fc.constantFrom(w, w.normalize('NFD'), cp1258(w), w.replace(/Đ/g, 'Ð'))),
      fc.constantFrom(' ', '\r\n', '\n', ', ', '04-CT/TW', '\t', '😀', 'x'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const result = normalizeText(pieces.join(''));
        let inOffset = 0;
        let outOffset = 0;
        for (const p of pieces) {
          expect(result.toInput(outOffset)).toBe(inOffset);
          inOffset += p.length;
          outOffset += normalizeText(p).text.length;
        }
        expect(result.text.length).toBe(outOffset);
        expect(result.toInput(outOffset)).toBe(inOffset);
      }),
    );
  });

  it('gives NFC, is idempotent, and never moves offsets backwards, for arbitrary text', () => {
    const piece = fc.constantFrom('a', 'e', 'Ð', '\u0300', '\u0301', '\u0302', '\u0323', '\u031b', '\ud800', '\udc00', '😀', '\u1100', '\u1161', '\r\n', ' ');
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme-composite' }),
      fc.array(piece).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, (s) => {
        const result = normalizeText(s);
        expect(result.text.normalize('NFC')).toBe(result.text);
        expect(normalizeText(result.text).text).toBe(result.text);
        let previous = 0;
        for (let o = 0; o <= result.text.length; o++) {
          const mapped = result.toInput(o);
          expect(mapped).toBeGreaterThanOrEqual(previous);
          expect(mapped).toBeLessThanOrEqual(s.length);
          previous = mapped;
        }
        expect(result.toInput(result.text.length)).toBe(s.length);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with whole-string NFC on text without look-alikes or misordered marks', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        fc.pre(!/[\u00d0\u00f0\u0189\u0256]/u.test(s) && !/[\u0300\u0301\u0303\u0309][\u0302\u0306]/u.test(s.normalize('NFD')));
        expect(normalizeText(s).text).toBe(s.normalize('NFC'));
      }),
    );
  });
});
