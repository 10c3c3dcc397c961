import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../../src/tokenize/tokenize.js';
import type { TokenKind } from '../../src/document/types.js';

/** The tokens of `text` without spaces, as `kind:value`. */
const shown = (text: string): string[] =>
  tokenize(text)
    .filter((t) => t.kind !== 'space')
    .map((t) => `${t.kind}:${t.value}`);

const kindOf = (text: string): TokenKind[] => tokenize(text).map((t) => t.kind);

describe('tokenize', () => {
  it('splits an administrative line into words, a code, punctuation and a date code', () => {
    expect(shown('Thực hiện Công văn số 295-CV/BĐNTW, ngày 18-3-2021 của Ban Đối ngoại Trung ương')).toEqual([
      'word:Thực', 'word:hiện', 'word:Công', 'word:văn', 'word:số', 'code:295-CV/BĐNTW', 'punct:,',
      'word:ngày', 'code:18-3-2021', 'word:của', 'word:Ban', 'word:Đối', 'word:ngoại', 'word:Trung', 'word:ương',
    ]);
  });

  it.each([
    '04-CT/TW', '58-BC/TU', '295-CV/BĐNTW', '186/BC-UBND', '29-KH/TU', '06-7-2011', '15/3/2024', '2019-2021',
    'V/v', 'CT/TW', 'NĐ-CP', '59/2020/QH14', '19/2020/QĐ-TTg', 'COVID-19', 'TP.HCM', 'KH&CN', 'GD&ĐT', 'đ/c',
  ])('keeps %s whole as a code', (code) => {
    expect(shown(`Số ${code} ngày`)).toEqual(['word:Số', `code:${code}`, 'word:ngày']);
  });

  it.each(['1.100', '4,7', '601', '2021', '1.234.567,89', '14:30', '14h30', '8h'])('keeps %s whole as a number', (n) => {
    expect(shown(`khoảng ${n} người`)).toEqual(['word:khoảng', `number:${n}`, 'word:người']);
  });

  it('ends a code or number before the punctuation that follows it', () => {
    expect(shown('theo Nghị định số 30/2020/NĐ-CP.')).toEqual([
      'word:theo', 'word:Nghị', 'word:định', 'word:số', 'code:30/2020/NĐ-CP', 'punct:.',
    ]);
    expect(shown('năm 2021, tăng 4,7%')).toEqual(['word:năm', 'number:2021', 'punct:,', 'word:tăng', 'number:4,7', 'punct:%']);
  });

  it.each(['d6i', 't6', 'x4', 'M3t', 'ph01', 's6', 'sb', '18n', 'tf)ng', 'b§', 's§', 'D&i', 'Bf', 'gifta', 'hitu', 'nhén', '¢ác', 'ph@i'])(
    'keeps the OCR-garbled word %s as one word',
    (garbled) => {
      expect(shown(`Ban ${garbled} mới`)).toEqual(['word:Ban', `word:${garbled}`, 'word:mới']);
    },
  );

  it('keeps & and @ at the end of a garbled word but not ) or !', () => {
    expect(shown('Ban Bí thư v& x&, a) Hay! &')).toEqual([
      'word:Ban', 'word:Bí', 'word:thư', 'word:v&', 'word:x&', 'punct:,', 'word:a', 'punct:)', 'word:Hay', 'punct:!',
      'punct:&',
    ]);
  });

  it.each([
    ['Thyc hién Céng vin sb 295-CV/BDNTW, ngay 18-3-2021 va v& viée t6 chirc', 'Thực hiện Công văn số 295-CV/BĐNTW, ngày 18-3-2021 và về việc tổ chức'],
    ['tf)ng két 10 nam thyc hién Chi thj s§ 04-CT/TW, ngdy 06-7-2011 cta Ban Bf thu', 'tổng kết 10 năm thực hiện Chỉ thị số 04-CT/TW, ngày 06-7-2011 của Ban Bí thư'],
    ['Uy ban M3t trn T qubc Viét Nam c¢ác huyén, thanh phd; D&i ngoai (1.100 luot)', 'Ủy ban Mặt trận Tổ quốc Việt Nam các huyện, thành phố; Đối ngoại (1.100 lượt)'],
  ])('gives an OCR line and its correction the same token kinds: %s', (ocr, corrected) => {
    expect(kindOf(ocr)).toEqual(kindOf(corrected));
  });

  it('keeps a garbled line word by word', () => {
    expect(shown('D&i m4i t6 ch(rc b§ m3y')).toEqual([
      'word:D&i', 'word:m4i', 'word:t6', 'word:ch', 'punct:(', 'word:rc', 'word:b§', 'word:m3y',
    ]);
  });

  it('gives brackets, quotes and commas at the ends of a word as punctuation', () => {
    expect(shown('(1) tỉnh, "Hà Nội" (z) [a]')).toEqual([
      'punct:(', 'number:1', 'punct:)', 'word:tỉnh', 'punct:,', 'punct:"', 'word:Hà', 'word:Nội', 'punct:"',
      'punct:(', 'word:z', 'punct:)', 'punct:[', 'word:a', 'punct:]',
    ]);
  });

  it('keeps a list marker apart from the word glued after it', () => {
    expect(shown('1)Thủ tục')).toEqual(['number:1', 'punct:)', 'word:Thủ', 'word:tục']);
  });

  it('keeps Roman numerals as words and a hyphen after them as punctuation', () => {
    expect(shown('I- II. XII')).toEqual(['word:I', 'punct:-', 'word:II', 'punct:.', 'word:XII']);
  });

  it('keeps hyphenated syllables of words and headings as words', () => {
    expect(shown('KINH TẾ-XÃ HỘI và/hoặc pa-nô')).toEqual([
      'word:KINH', 'word:TẾ', 'punct:-', 'word:XÃ', 'word:HỘI', 'word:và', 'punct:/', 'word:hoặc', 'word:pa',
      'punct:-', 'word:nô',
    ]);
  });

  it('splits the unit after a grouped number and the word glued before a date', () => {
    expect(shown('1.100.000đ ngày18-3-2021')).toEqual(['number:1.100.000', 'word:đ', 'word:ngày', 'code:18-3-2021']);
  });

  it('splits an abbreviation from a syllable glued after its dot', () => {
    expect(shown('KT.CHỦ TỊCH')).toEqual(['word:KT', 'punct:.', 'word:CHỦ', 'word:TỊCH']);
  });

  it('recognises URLs and e-mail addresses, leaving the sentence punctuation out', () => {
    expect(shown('xem https://vbpl.vn/a?b=1, www.moj.gov.vn. và dichvucong.gov.vn; thư: vanthu@hanoi.gov.vn.')).toEqual([
      'word:xem', 'url:https://vbpl.vn/a?b=1', 'punct:,', 'url:www.moj.gov.vn', 'punct:.', 'word:và',
      'url:dichvucong.gov.vn', 'punct:;', 'word:thư', 'punct::', 'email:vanthu@hanoi.gov.vn', 'punct:.',
    ]);
  });

  it('does not take an OCR @ or a dotted sentence end for an address', () => {
    expect(kindOf('ph@i.Trong')).toEqual(['word', 'punct', 'word']);
    expect(kindOf('Hà Nội.Điều')).toEqual(['word', 'space', 'word', 'punct', 'word']);
  });

  it('gives newlines, spaces and runs of the same punctuation their own tokens', () => {
    expect(tokenize('a\r\nb\n\rc \t\u00a0d...e')).toEqual([
      { kind: 'word', value: 'a', offset: 0 },
      { kind: 'newline', value: '\r\n', offset: 1 },
      { kind: 'word', value: 'b', offset: 3 },
      { kind: 'newline', value: '\n', offset: 4 },
      { kind: 'newline', value: '\r', offset: 5 },
      { kind: 'word', value: 'c', offset: 6 },
      { kind: 'space', value: ' \t\u00a0', offset: 7, columnGap: true },
      { kind: 'word', value: 'd', offset: 10 },
      { kind: 'punct', value: '...', offset: 11 },
      { kind: 'word', value: 'e', offset: 14 },
    ]);
  });

  it('keeps combining marks with the word they follow and a lone mark as punctuation', () => {
    expect(shown('Vie\u0302\u0323t \u0301x')).toEqual(['word:Vie\u0302\u0323t', 'punct:\u0301', 'word:x']);
  });

  it('keeps a letter outside the BMP inside its word and a lone surrogate apart', () => {
    expect(shown('a\u{1d400})b \ud800x')).toEqual(['word:a\u{1d400})b', 'punct:\ud800', 'word:x']);
  });

  it('gives back the input when the tokens are joined, with offsets that match', () => {
    const pieces = fc.constantFrom(
      'Số', ' ', '04-CT/TW', '1.100', ',', '\r\n', '\n', '\r', 'd6i', 'tf)ng', '(', ')', '§', '&', '@', '.', '-', '/',
      'https://a.vn', 'x@y.vn', 'e\u0301', '\u0301', '\ud83d', '\ude00', '😀', 'Ð', '\t', 'I', '2021',
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme-composite' }),
      fc.array(pieces).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, (s) => {
        const tokens = tokenize(s);
        expect(tokens.map((t) => t.value).join('')).toBe(s);
        let offset = 0;
        for (const t of tokens) {
          expect(t.offset).toBe(offset);
          expect(t.value.length).toBeGreaterThan(0);
          offset += t.value.length;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never puts a space or a line break inside a word, number or code', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        for (const t of tokenize(s)) {
          if (t.kind === 'newline') expect(['\n', '\r', '\r\n']).toContain(t.value);
          else expect(t.value).not.toMatch(/[\r\n]/);
          if (t.kind !== 'space') expect(t.value).not.toMatch(/^[ \t]/);
        }
      }),
    );
  });
});
