import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseYamlFull } from '../../src/lexicon/parse-yaml-full.js';
import { parseYamlSubset } from '../../src/lexicon/parse-yaml-subset.js';

const dictionaries = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dictionaries');

describe('parseYamlSubset', () => {
  for (const name of ['vocabulary.yaml', 'abbreviations.yaml']) {
    it(`reads the shipped ${name} without the full YAML library, with the same result`, () => {
      const text = readFileSync(path.join(dictionaries, name), 'utf8');
      const fast = parseYamlSubset(text);
      expect(fast).not.toBeUndefined();
      expect(fast).toEqual(parseYamlFull(name, text));
    });
  }

  const sameAsYaml = [
    'terms:\n  places:\n  - Kiên Giang\n  - Hà Tiên\n',
    'terms:\n  places:\n    - "Kiên Giang"   # quoted\n    - \'Hà Tiên\'\n',
    'terms:\n  bodies:\n    - {term: Sở Ngoại vụ, weight: 1.5}\n    - {term: "Ban Đối ngoại"}\n',
    'version: 1\nprotected:\n  codes:\n    - {token: TU, syllable: true}\n    - 2021\n    - ~\n',
    'terms:\n  places:\n',
    'terms:\n  places: [Kiên Giang, "Hà Tiên", Phú Quốc,]\n  towns: []\n',
    '# only a comment\n',
    'terms:\r\n  places:\r\n    - Phú Quốc\r\n',
  ];
  for (const text of sameAsYaml) {
    it(`agrees with the YAML library on ${JSON.stringify(text.slice(0, 40))}`, () => {
      const fast = parseYamlSubset(text);
      expect(fast).not.toBeUndefined();
      expect(fast).toEqual(parseYamlFull('x.yaml', text));
    });
  }

  const beyondSubset = [
    'terms:\n  places: [[Kiên Giang], Hà Tiên]\n',
    'terms:\n  places: [Kiên Giang: 1]\n',
    'terms:\n  formulas:\n    - Lưu: VT\n',
    'terms:\n  places:\n    - Kiên\n      Giang\n',
    'terms:\n  places:\n    - &a Kiên Giang\n    - *a\n',
    'terms:\n  places:\n    - Hà Tiên\n  places:\n    - Kiên Lương\n',
    'terms:\n\tplaces:\n',
    '---\nterms: {}\n',
    'terms:\n  places:\n    - "Kiên \\u0047iang"\n',
  ];
  for (const text of beyondSubset) {
    it(`hands ${JSON.stringify(text.slice(0, 40))} to the full YAML reader`, () => {
      expect(parseYamlSubset(text)).toBeUndefined();
    });
  }
});
