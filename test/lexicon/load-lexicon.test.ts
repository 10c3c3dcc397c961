import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildLexicon, LexiconError, loadLexicon, shippedLexiconFiles } from '../../src/lexicon/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dictionaries = path.resolve(here, '../../dictionaries');
const shipped = shippedLexiconFiles(dictionaries);
const fixture = (name: string) => path.join(here, 'fixtures', name);

/** The words of a line, lower-case, without marks, đ as d: what the decoder passes to lookup(). */
const foldWords = (text: string) =>
  (text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').match(/\p{L}+/gu) ?? []);

describe('loadLexicon on the shipped files', () => {
  const lexicon = loadLexicon(shipped);

  it('loads without warnings', () => {
    expect(lexicon.warnings).toEqual([]);
  });

  it('holds several hundred phrases, all lower-case NFC', () => {
    expect(lexicon.phrases.length).toBeGreaterThan(500);
    for (const phrase of lexicon.phrases) {
      for (const syllable of phrase) {
        expect(syllable).toBe(syllable.normalize('NFC').toLowerCase());
        expect(syllable).not.toBe('');
      }
    }
  });

  it('finds Ủy ban nhân dân in a stripped "uy ban nhan dan tinh"', () => {
    const found = lexicon.lookup(foldWords('uy ban nhan dan tinh Kien Giang'), 0);
    expect(found.map((p) => p.syllables.join(' '))).toContain('ủy ban nhân dân tỉnh');
    expect(found.map((p) => p.syllables.join(' '))).toContain('ủy ban nhân dân');
    expect(found[0].syllables.length).toBeGreaterThanOrEqual(found[found.length - 1].syllables.length);
  });

  it('returns matches longest first', () => {
    const found = lexicon.lookup(foldWords('ban thuong vu tinh uy kien giang bao cao'), 0);
    const lengths = found.map((p) => p.syllables.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(found[0].syllables).toEqual(['ban', 'thường', 'vụ', 'tỉnh', 'ủy']);
  });

  it('matches in the middle of a line of the report', () => {
    const words = foldWords('cua Ban Bi thu ve tiep tuc doi moi va nang cao hieu qua cong tac doi ngoai nhan dan');
    expect(lexicon.lookup(words, 1)[0].syllables).toEqual(['ban', 'bí', 'thư']);
    expect(lexicon.lookup(words, 16).map((p) => p.syllables.join(' '))).toContain('đối ngoại nhân dân');
    expect(lexicon.lookup(words, 14)[0].syllables.join(' ')).toBe('công tác đối ngoại nhân dân');
  });

  it('finds pre- and post-2025 provincial names and motto lines', () => {
    for (const name of ['kien giang', 'ba ria vung tau', 'thua thien hue', 'dak lak', 'thanh pho ho chi minh', 'hue']) {
      const words = name.split(' ');
      expect(lexicon.lookup(words, 0).some((p) => p.folded.length === words.length), name).toBe(true);
    }
    const motto = lexicon.lookup(foldWords('doc lap tu do hanh phuc'), 0)[0];
    expect(motto.syllables).toEqual(['độc', 'lập', 'tự', 'do', 'hạnh', 'phúc']);
    const header = lexicon.lookup(foldWords('CONG HOA XA HOI CHU NGHIA VIET NAM'), 0)[0];
    expect(header.syllables.join(' ')).toBe('cộng hòa xã hội chủ nghĩa việt nam');
  });

  it('leaves words whose fold has two common readings (thủ/thứ trưởng, hằng/hàng năm) to the language model', () => {
    expect(lexicon.lookup(['thu', 'truong'], 0)).toEqual([]);
    expect(lexicon.lookup(['hang', 'nam'], 0)).toEqual([]);
    expect(lexicon.lookup(foldWords('Thu truong Bo Ngoai giao'), 0)).toEqual([]);
    expect(lexicon.lookup(foldWords('Thu truong cac so, ban, nganh tinh'), 0)[0].syllables.join(' ')).toBe('thủ trưởng các sở ban ngành tỉnh');
  });

  it('gives district names that are also common phrases a prefix or a lower weight', () => {
    expect(lexicon.lookup(['van', 'ban'], 0).some((p) => p.syllables.join(' ') === 'văn bàn')).toBe(false);
    expect(lexicon.lookup(foldWords('huyen Van Ban'), 0)[0].syllables).toEqual(['huyện', 'văn', 'bàn']);
    expect(lexicon.lookup(foldWords('Bien Dong'), 0)[0]).toMatchObject({ syllables: ['biển', 'đông'], weight: 0.5 });
  });

  it('returns an empty list past the end or for unknown syllables', () => {
    expect(lexicon.lookup(['uy', 'ban'], 2)).toEqual([]);
    expect(lexicon.lookup(['qwxz'], 0)).toEqual([]);
    expect(lexicon.lookup(['uy', 'ban', 'nhan'], 0).some((p) => p.syllables.length > 3)).toBe(false);
  });

  it('protects abbreviations and codes of the report header', () => {
    for (const token of ['UBND', 'HĐND', 'MTTQ', 'BCĐ', 'VPCP', 'TNHH', '35-BC/TU', '05-CT/TW', '120-CV/BĐNTW', 'QĐ-TTg', 'XIII', 'IV']) {
      expect(lexicon.isProtected(token), token).toBe(true);
    }
  });

  it('leaves syllable-like abbreviations alone outside codes', () => {
    for (const token of ['TU', 'Tu', 'tu', 'AN', 'DA', 'VI', 'ubnd', 'Ubnd', 'hoa', 'Dang']) {
      expect(lexicon.isProtected(token), token).toBe(false);
    }
  });

  it('restores the Đ of stripped codes in a decision header', () => {
    expect(lexicon.restoreProtected('QD-UBND')).toBe('QĐ-UBND');
    expect(lexicon.restoreProtected('ND-CP')).toBe('NĐ-CP');
    expect(lexicon.restoreProtected('HDND')).toBe('HĐND');
    expect(lexicon.restoreProtected('186/QD-TTg')).toBe('186/QĐ-TTg');
    expect(lexicon.restoreProtected('UBND')).toBeUndefined();
  });

  it('protects foreign words in any case', () => {
    for (const token of ['Internet', 'internet', 'INTERNET', 'email', 'Email', 'website', 'online', 'COVID', 'Covid-19', 'COVID-19']) {
      expect(lexicon.isProtected(token), token).toBe(true);
    }
  });
});

describe('user dictionaries', () => {
  it('adds user terms to the shipped ones', () => {
    const lexicon = loadLexicon([...shipped, fixture('user-dict-modern-style.yaml')]);
    const found = lexicon.lookup(foldWords('uy ban nhan dan huyen kien luong'), 0);
    expect(found[0].syllables.join(' ')).toBe('ủy ban nhân dân huyện kiên lương');
    expect(found[0].file).toBe(fixture('user-dict-modern-style.yaml'));
    expect(found.map((p) => p.syllables.join(' '))).toContain('ủy ban nhân dân huyện');
    expect(lexicon.isProtected('BQLKDL')).toBe(true);
    expect(lexicon.isProtected('qlkdl')).toBe(true);
  });

  it('moves modern tone placement to the traditional place (hoà → hòa, thuỷ → thủy)', () => {
    const lexicon = loadLexicon([fixture('user-dict-modern-style.yaml')]);
    expect(lexicon.lookup(['thuy', 'nguyen'], 0)[0].syllables).toEqual(['thủy', 'nguyên']);
    expect(lexicon.lookup(['hoa', 'thanh'], 0)[0].syllables).toEqual(['hòa', 'thành']);
    expect(lexicon.lookup(foldWords('uy ban nhan dan huyen'), 0)).toEqual([]);
    expect(lexicon.lookup(foldWords('uy ban nhan dan huyen kien luong'), 0)[0].syllables[0]).toBe('ủy');
  });

  it('keeps the weight of {term, weight} entries', () => {
    const lexicon = loadLexicon([fixture('user-dict-modern-style.yaml')]);
    const [phrase] = lexicon.lookup(foldWords('hoi huu nghi viet nam campuchia tinh'), 0);
    expect(phrase.weight).toBe(2);
    expect(phrase.group).toBe('bodies');
  });

  it('warns about a term listed twice in a group, naming both places', () => {
    const lexicon = buildLexicon([
      { file: 'a.yaml', text: 'terms:\n  places:\n    - Kiên Giang\n    - Phú Quốc\n' },
      { file: 'b.yaml', text: 'terms:\n  places:\n    - Hà Tiên\n    - Kiên Giang\n' },
    ]);
    expect(lexicon.warnings).toEqual([
      { file: 'b.yaml', line: 4, ruleId: 'duplicate-term', reason: '"Kiên Giang" is already listed under terms.places at a.yaml:3' },
    ]);
    expect(lexicon.phrases).toHaveLength(3);
  });

  it('puts the heavier of two spellings with one fold first', () => {
    const lexicon = buildLexicon([
      { file: 'a.yaml', text: 'terms:\n  terms:\n    - {term: hàng năm, weight: 0.5}\n    - hằng năm\n' },
    ]);
    expect(lexicon.lookup(['hang', 'nam'], 0).map((p) => p.syllables.join(' '))).toEqual(['hằng năm', 'hàng năm']);
  });

  it('indexes a phrase listed in two groups once, with the larger weight', () => {
    const lexicon = buildLexicon([
      { file: 'a.yaml', text: 'terms:\n  places:\n    - Hà Tiên\n  towns:\n    - {term: Hà Tiên, weight: 3}\n' },
    ]);
    expect(lexicon.warnings).toEqual([]);
    expect(lexicon.phrases).toEqual([['hà', 'tiên']]);
    expect(lexicon.lookup(['ha', 'tien'], 0)[0].weight).toBe(3);
  });

  it('warns about text that is not NFC and reads it as NFC', () => {
    const nfd = 'Kiên Giang'.normalize('NFD');
    const lexicon = buildLexicon([{ file: 'mac.yaml', text: `terms:\n  places:\n    - ${nfd}\n` }]);
    expect(lexicon.warnings.map((w) => [w.line, w.ruleId])).toEqual([[3, 'not-nfc']]);
    expect(lexicon.phrases).toEqual([['kiên', 'giang']]);
  });
});

describe('errors name the file and the line', () => {
  const tryBuild = (text: string, file = 'dict.yaml'): LexiconError => {
    try {
      buildLexicon([{ file, text }]);
    } catch (error) {
      if (error instanceof LexiconError) return error;
      throw error;
    }
    throw new Error('no error');
  };

  it('reports a group that is not a list', () => {
    expect(() => loadLexicon([fixture('user-dict-bad-group.yaml')])).toThrow(
      `${fixture('user-dict-bad-group.yaml')}:5: expected a list of strings under terms.bodies`,
    );
  });

  it('reports an empty term', () => {
    const error = tryBuild('terms:\n  places:\n    - Kiên Giang\n    - ""\n');
    expect(error.message).toBe('dict.yaml:4: empty term under terms.places');
    expect(error.line).toBe(4);
  });

  it('reports an empty list entry', () => {
    expect(tryBuild('terms:\n  places:\n    - Kiên Giang\n    -\n').message).toBe('dict.yaml:4: empty entry under terms.places');
  });

  it('reports a code written as a term', () => {
    expect(tryBuild('terms:\n  documents:\n    - Báo cáo 35-BC/TU\n').message).toMatch(/^dict\.yaml:3: unexpected character "3"/);
  });

  it('reports an entry that is a nested list', () => {
    expect(tryBuild('terms:\n  places:\n    - [Kiên Giang, Hà Tiên]\n').message).toBe('dict.yaml:3: expected a list of strings under terms.places');
  });

  it('reports a formula written as a map by mistake ("Lưu: VT")', () => {
    expect(tryBuild('terms:\n  formulas:\n    - Nơi nhận\n    - Lưu: VT\n').message).toMatch(/^dict\.yaml:4: unknown key "Lưu"/);
  });

  it('reports an unknown top-level key', () => {
    expect(tryBuild('# my words\nwords:\n  - Kiên Giang\n').message).toBe(
      'dict.yaml:2: unknown top-level key "words" (expected version, terms, protected, roman_numerals)',
    );
  });

  it('reports a bad weight', () => {
    expect(tryBuild('terms:\n  places:\n    - {term: Hà Tiên, weight: -1}\n').message).toBe(
      'dict.yaml:3: weight must be a positive number in terms.places',
    );
  });

  it('reports a protected token with a space', () => {
    expect(tryBuild('protected:\n  codes:\n    - "BC TU"\n').message).toMatch(/^dict\.yaml:3: a protected token is one word/);
  });

  it('reports YAML syntax errors with their line', () => {
    const error = tryBuild('terms:\n  places:\n    - Kiên Giang\n   - Hà Tiên\n  bodies: [Sở Ngoại vụ\n');
    expect(error.file).toBe('dict.yaml');
    expect(error.line).toBeGreaterThanOrEqual(4);
    expect(error.message).toMatch(/^dict\.yaml:\d+: not valid YAML/);
  });

  it('reports a missing file', () => {
    expect(() => loadLexicon(['no-such-dict.yaml'])).toThrow('no-such-dict.yaml: no such file');
  });
});
