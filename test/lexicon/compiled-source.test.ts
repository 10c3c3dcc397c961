import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeContainerFile } from '../../src/data/container-file.js';
import { compileLexiconSource, compiledPathOf } from '../../src/lexicon/compiled-source.js';
import { loadLexicon, shippedLexiconFiles } from '../../src/lexicon/index.js';
import type { Lexicon } from '../../src/lexicon/index.js';
import { readLexiconSource } from '../../src/lexicon/read-lexicon-source.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const shipped = shippedLexiconFiles(path.resolve(here, '../../dictionaries'));

/** Everything a user of the lexicon can observe, for comparing two loads. */
function observe(lexicon: Lexicon) {
  const lookups = lexicon.phrases.map((syllables) =>
    lexicon
      .lookup(syllables.map((s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd')), 0)
      .map((p) => ({ syllables: [...p.syllables], folded: [...p.folded], weight: p.weight, group: p.group, file: p.file, line: p.line })),
  );
  const tokens = ['UBND', 'TU', '35-BC/TU', 'email', 'EMAIL', 'VI', 'XIV', 'Covid-19', 'AN', 'QP-AN'];
  const stripped = ['HDND', 'QD-UBND', '15-NQ/DU', 'ND-CP'];
  return {
    phrases: lexicon.phrases,
    lookups,
    protectedTokens: tokens.map((t) => lexicon.isProtected(t)),
    restored: stripped.map((t) => lexicon.restoreProtected(t)),
    warnings: lexicon.warnings,
  };
}

function compileNextTo(file: string): void {
  const bytes = readFileSync(file);
  writeContainerFile(compiledPathOf(file), compileLexiconSource(readLexiconSource(file, bytes.toString('utf8')), bytes));
}

describe('compiled vocabulary files', () => {
  it('the shipped compiled files are up to date (else run npx tsx scripts/build-vocabulary.ts --write)', () => {
    const lexicon = loadLexicon(shipped);
    expect(lexicon.warnings.filter((w) => w.ruleId === 'compiled-stale')).toEqual([]);
  });

  it('give the same lexicon as reading the YAML', () => {
    expect(observe(loadLexicon(shipped))).toEqual(observe(loadLexicon(shipped, { compiled: false })));
  });

  it('keep the warnings and places of the YAML they come from', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vnfix-lexicon-'));
    const file = path.join(dir, 'dict.yaml');
    writeFileSync(file, 'terms:\n  places:\n    - Hà Tiên\n    - Hà Tiên\n  towns:\n    - {term: Hà Tiên, weight: 2.5}\nprotected:\n  codes:\n    - {token: TU, syllable: true}\n');
    compileNextTo(file);
    const compiled = loadLexicon([file]);
    expect(observe(compiled)).toEqual(observe(loadLexicon([file], { compiled: false })));
    expect(compiled.warnings.map((w) => [w.file, w.line, w.ruleId])).toEqual([[file, 4, 'duplicate-term']]);
    expect(compiled.lookup(['ha', 'tien'], 0)[0]).toMatchObject({ weight: 2.5, group: 'places', file, line: 3 });
  });

  it('are skipped with a warning once the YAML has changed', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vnfix-lexicon-'));
    const file = path.join(dir, 'dict.yaml');
    writeFileSync(file, 'terms:\n  places:\n    - Hà Tiên\n');
    compileNextTo(file);
    writeFileSync(file, 'terms:\n  places:\n    - Hà Tiên\n    - Kiên Lương\n');
    const lexicon = loadLexicon([file]);
    expect(lexicon.phrases).toEqual([['hà', 'tiên'], ['kiên', 'lương']]);
    expect(lexicon.warnings).toHaveLength(1);
    expect(lexicon.warnings[0]).toMatchObject({ file, line: 0, ruleId: 'compiled-stale' });
    expect(lexicon.warnings[0].reason).toContain('scripts/build-vocabulary.ts --write');
  });

  it('are skipped with a warning when truncated', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vnfix-lexicon-'));
    const file = path.join(dir, 'vocabulary.yaml');
    copyFileSync(shipped[0], file);
    compileNextTo(file);
    const bytes = readFileSync(compiledPathOf(file));
    writeFileSync(compiledPathOf(file), bytes.subarray(0, bytes.length - 100));
    const lexicon = loadLexicon([file]);
    expect(lexicon.warnings.map((w) => w.ruleId)).toEqual(['compiled-stale']);
    expect(lexicon.warnings[0].reason).toMatch(/truncated/);
    expect(lexicon.phrases.length).toBeGreaterThan(500);
  });
});
