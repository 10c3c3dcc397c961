/**
 * Build and check the vocabulary files.
 *
 *   npx tsx scripts/build-vocabulary.ts --write [FILE.yaml ...]
 *       Compile each vocabulary file (default: the shipped dictionaries/vocabulary.yaml and
 *       abbreviations.yaml) into FILE.yaml.bin, the form vnfix loads at start-up. The YAML stays the
 *       source: the compiled file records its SHA-256 and is ignored (with a warning) once the YAML changes.
 *
 *   npx tsx scripts/build-vocabulary.ts --report [--tsv report.tsv] [--dict extra.yaml ...]
 *       Check the vocabulary against the corpus: for every term, how often it occurs accented as
 *       written, and how often its folded form occurs at all (so how often the folded form means
 *       something else). Prints a summary and, with --tsv FILE, one row per term. The vocabulary is
 *       edited by hand; this report says where to look.
 *
 * Syllables are compared lower-case with traditional tone placement, ignoring punctuation between
 * them, so "Sở Văn hóa, Thể thao và Du lịch" and "sở văn hoá thể thao và du lịch" both count.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileLexiconFile } from '../src/lexicon/compile-lexicon-file.js';
import { loadLexicon, shippedLexiconFiles } from '../src/lexicon/index.js';
import type { LexiconPhrase } from '../src/lexicon/index.js';
import { fold, placeTone } from '../src/syllable/index.js';
import { readCorpusLines } from './lib/corpus.js';
import type { CorpusName } from './lib/corpus.js';

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPORA: CorpusName[] = ['tvpl_vanban', 'phapdien', 'viwiki'];
// A term whose folded form reads otherwise this often, with at least this many folded occurrences,
// is listed for a second look (a weight below 1, or a longer term instead).
const LOW_PRECISION = 0.8;
const MIN_FOLDED = 20;

interface Counts {
  exact: Record<CorpusName, number>;
  folded: number;
  /** The most frequent other readings of the folded form. */
  others: Map<string, number>;
}

/** Compile each file next to itself; the YAML is read in full, so any error stops the build. */
function write(files: string[]): void {
  for (const file of files) {
    const { data, path: compiled, size } = compileLexiconFile(file);
    for (const w of data.warnings) console.error(`${w.file}:${w.line}: warning: ${w.reason}`);
    console.log(`${compiled}: ${data.terms.length} terms, ${data.tokens.length} protected tokens, ${size} bytes`);
  }
}

function main(argv: string[]): void {
  if (argv[0] === '--write') {
    const files = argv.slice(1);
    write(files.length > 0 ? files : shippedLexiconFiles(path.join(PROJECT_DIR, 'dictionaries')));
    return;
  }
  if (argv[0] !== '--report') {
    console.error('usage: npx tsx scripts/build-vocabulary.ts --write [FILE.yaml ...] | --report [--tsv FILE] [--dict FILE.yaml ...]');
    process.exitCode = 2;
    return;
  }
  report(argv.slice(1));
}

function report(argv: string[]): void {
  const tsvIndex = argv.indexOf('--tsv');
  const tsv = tsvIndex >= 0 ? argv[tsvIndex + 1] : undefined;
  const extra = argv.flatMap((arg, i) => (argv[i - 1] === '--dict' ? [arg] : []));
  const lexicon = loadLexicon([...shippedLexiconFiles(path.join(PROJECT_DIR, 'dictionaries')), ...extra], { compiled: false });
  const counts = new Map<LexiconPhrase, Counts>();
  const countsOf = (phrase: LexiconPhrase): Counts => {
    let c = counts.get(phrase);
    if (!c) {
      c = { exact: { tvpl_vanban: 0, phapdien: 0, viwiki: 0 }, folded: 0, others: new Map() };
      counts.set(phrase, c);
    }
    return c;
  };
  const canonical = new Map<string, [string, string]>();
  const syllableOf = (word: string): [string, string] => {
    let hit = canonical.get(word);
    if (!hit) {
      const lower = placeTone(word.toLowerCase(), 'traditional');
      hit = [lower, fold(lower)];
      canonical.set(word, hit);
    }
    return hit;
  };

  for (const name of CORPORA) {
    const started = Date.now();
    let syllableCount = 0;
    for (const line of readCorpusLines(name)) {
      const words = line.match(/\p{L}+/gu);
      if (!words) continue;
      const accented = new Array<string>(words.length);
      const folded = new Array<string>(words.length);
      for (let i = 0; i < words.length; i++) [accented[i], folded[i]] = syllableOf(words[i]);
      syllableCount += words.length;
      for (let i = 0; i < words.length; i++) {
        for (const phrase of lexicon.lookup(folded, i)) {
          const c = countsOf(phrase);
          c.folded++;
          let same = true;
          for (let k = 0; k < phrase.syllables.length; k++) {
            if (accented[i + k] !== phrase.syllables[k]) {
              same = false;
              break;
            }
          }
          if (same) c.exact[name]++;
          else {
            const other = accented.slice(i, i + phrase.syllables.length).join(' ');
            c.others.set(other, (c.others.get(other) ?? 0) + 1);
          }
        }
      }
    }
    console.error(`${name}: ${syllableCount} syllables in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  const all = new Set<LexiconPhrase>();
  for (const phrase of lexicon.phrases) for (const p of lexicon.lookup(phrase.map((s) => fold(s)), 0)) all.add(p);
  const rows = [...all].map((phrase) => {
    const c = counts.get(phrase) ?? { exact: { tvpl_vanban: 0, phapdien: 0, viwiki: 0 }, folded: 0, others: new Map() };
    const exact = c.exact.tvpl_vanban + c.exact.phapdien + c.exact.viwiki;
    const precision = c.folded === 0 ? 1 : exact / c.folded;
    const others = [...c.others].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([t, n]) => `${t} (${n})`).join('; ');
    return { phrase, c, exact, precision, others };
  });
  rows.sort((a, b) => a.phrase.line - b.phrase.line || a.phrase.file.localeCompare(b.phrase.file));

  const byGroup = new Map<string, { terms: number; inAdmin: number; inAny: number }>();
  for (const row of rows) {
    const g = byGroup.get(row.phrase.group) ?? { terms: 0, inAdmin: 0, inAny: 0 };
    g.terms++;
    if (row.c.exact.tvpl_vanban + row.c.exact.phapdien > 0) g.inAdmin++;
    if (row.exact > 0) g.inAny++;
    byGroup.set(row.phrase.group, g);
  }
  console.log('group\tterms\tin tvpl_vanban+phapdien\tin any corpus file');
  let total = { terms: 0, inAdmin: 0, inAny: 0 };
  for (const [group, g] of byGroup) {
    console.log(`${group}\t${g.terms}\t${g.inAdmin}\t${g.inAny}`);
    total = { terms: total.terms + g.terms, inAdmin: total.inAdmin + g.inAdmin, inAny: total.inAny + g.inAny };
  }
  console.log(`total\t${total.terms}\t${total.inAdmin}\t${total.inAny}`);

  console.log('\nnever seen accented in tvpl_vanban or phapdien (check the spelling):');
  for (const row of rows) {
    if (row.c.exact.tvpl_vanban + row.c.exact.phapdien === 0) {
      console.log(`  ${path.basename(row.phrase.file)}:${row.phrase.line}\t${row.phrase.syllables.join(' ')}\tviwiki ${row.c.exact.viwiki}${row.others ? `\tread as: ${row.others}` : ''}`);
    }
  }
  console.log(`\nfolded form reads otherwise (precision < ${LOW_PRECISION}, folded >= ${MIN_FOLDED}):`);
  for (const row of rows) {
    if (row.c.folded >= MIN_FOLDED && row.precision < LOW_PRECISION) {
      console.log(`  ${path.basename(row.phrase.file)}:${row.phrase.line}\t${row.phrase.syllables.join(' ')}\tweight ${row.phrase.weight}\tprecision ${row.precision.toFixed(2)} of ${row.c.folded}\t${row.others}`);
    }
  }
  if (tsv) {
    const lines = ['file\tline\tgroup\tterm\tweight\ttvpl_vanban\tphapdien\tviwiki\tfolded\tprecision\tother readings'];
    for (const row of rows) {
      lines.push([path.basename(row.phrase.file), row.phrase.line, row.phrase.group, row.phrase.syllables.join(' '), row.phrase.weight,
        row.c.exact.tvpl_vanban, row.c.exact.phapdien, row.c.exact.viwiki, row.c.folded, row.precision.toFixed(3), row.others].join('\t'));
    }
    writeFileSync(tsv, lines.join('\n') + '\n');
  }
}

main(process.argv.slice(2));
