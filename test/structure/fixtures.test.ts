import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { render } from '../../src/render/index.js';
import { FIXTURES, fixtureNames, passThrough, readFixture, schemaErrors, textLossProblems } from './helpers.js';

/** Set VNFIX_UPDATE_FIXTURES=1 to rewrite the expected files after a reviewed change. */
const update = process.env.VNFIX_UPDATE_FIXTURES === '1';

describe('structure fixtures', () => {
  for (const name of fixtureNames()) {
    describe(name, () => {
      const input = readFixture(name, '.txt');
      const result = passThrough(input);
      const md = render(result, 'md');
      const jsonText = render(result, 'json', { source: `${name}.txt` });
      const json = JSON.parse(jsonText);
      if (update) {
        writeFileSync(path.join(FIXTURES, `${name}.expected.md`), md);
        writeFileSync(path.join(FIXTURES, `${name}.expected.json`), jsonText);
      }

      it('renders the expected Markdown', () => {
        expect(md).toBe(readFixture(name, '.expected.md'));
      });

      it('renders the expected JSON', () => {
        expect(json).toEqual(JSON.parse(readFixture(name, '.expected.json')));
      });

      it('writes JSON valid against the schema', () => {
        expect(schemaErrors(json)).toBe('');
      });

      it('loses no text between input and output', () => {
        expect(textLossProblems(input, json)).toEqual([]);
      });

      it('keeps every input word in the Markdown', () => {
        const removed = new Set(json.removed.map((r: { line: number }) => r.line));
        const mdText = md.replace(/\\(.)/g, '$1');
        const marks = new Set<string>(json.footnotes.map((n: { noteMark: string }) => n.noteMark));
        const refMarks: string[] = json.footnotes.map((n: { refMark: string }) => n.refMark);
        const unmark = (w: string) => refMarks.reduce((x, m) => (x.endsWith(m) && (x.length > m.length || m.startsWith('[')) ? x.slice(0, -m.length) : x), w);
        const missing = input
          .split('\n')
          .filter((_, i) => !removed.has(i + 1))
          .flatMap((l) => l.split(/\s+/))
          .filter((w) => !marks.has(w))
          // A note's number glued to its first word (2’Vắc).
          .map((w) => [...marks].reduce((x, m) => (x.startsWith(m) && x.length > m.length ? x.slice(m.length) : x), w))
          .map((w) => unmark(w.replace(/[.,;:]$/u, '')))
          .map((w) => unmark(w.replace(/[.,;:!?"”]+$/u, '')))
          .map((w) => w.replace(/^[-+•*]+|[.,;:!?)"”®'’]+$/gu, '').replace(/^\(/, ''))
          .filter((w) => /[\p{L}\p{N}]/u.test(w) && !mdText.includes(unmark(w)));
        expect(missing).toEqual([]);
      });
    });
  }
});
