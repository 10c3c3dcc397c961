/**
 * npm run build:model — build dictionaries/model.bin (syllable vocabulary, folded-key index, n-gram LM)
 * from the training lines of the public-domain corpus files (tvpl_vanban, phapdien; never viwiki, never
 * held-out lines: see scripts/lib/corpus.ts) and the administrative vocabulary.
 *
 * Options: --order N (default 4), --out FILE, --min-counts 1,1,1,2, --min-word-count N (default 2),
 * --admin-weight N (times the tvpl_vanban lines are counted, default 1), --phrase-repeat N (times each
 * vocabulary term is added, default 3)
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeContainerFile } from '../src/data/container-file.js';
import { loadLexicon, shippedLexiconFiles } from '../src/lexicon/index.js';
import { readLexiconSource } from '../src/lexicon/read-lexicon-source.js';
import { MODEL_FILE, MODEL_KIND, MODEL_VERSION } from '../src/lm/syllable-model.js';
import { trainModel } from '../src/lm/train.js';
import { fold } from '../src/syllable/index.js';
import { CORPUS_DIR, CORPUS_FILES, trainingLines, type CorpusName } from './lib/corpus.js';

/** Bump when the build's output changes for the same inputs. */
const SCRIPT_VERSION = 3;
const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DICTIONARIES = path.join(PROJECT_DIR, 'dictionaries');

const { values } = parseArgs({
  options: {
    order: { type: 'string', default: '4' },
    out: { type: 'string', default: path.join(DICTIONARIES, MODEL_FILE) },
    'min-counts': { type: 'string', default: '1,1,1,2' },
    'min-word-count': { type: 'string', default: '2' },
    'admin-weight': { type: 'string', default: '1' },
    'phrase-repeat': { type: 'string', default: '3' },
  },
});

const started = Date.now();
const log = (msg: string): void => console.error(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);

const TRAINING: CorpusName[] = ['tvpl_vanban', 'phapdien'];
const corpus = TRAINING.map((name) => {
  const file = path.join(CORPUS_DIR, CORPUS_FILES[name].file);
  const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
  const lines = trainingLines(name);
  log(`${name}: ${lines.length} training lines`);
  return { name, file: CORPUS_FILES[name].file, sha256, lines };
});

// Vocabulary terms teach the LM the administrative phrases (--phrase-repeat times each: enough to be
// known, too few to outweigh the corpus).
const lexiconFiles = shippedLexiconFiles(DICTIONARIES).filter((f) => existsSync(f));
const lexicon = lexiconFiles.length > 0 ? loadLexicon(lexiconFiles) : null;
if (!lexicon) log('no vocabulary files found in dictionaries/: building without vocabulary phrases');
// Abbreviations with Đ that the lexicon gives back, on their own, from their stripped spelling
// (HDND → HĐND, BCD → BCĐ: restoreProtected's rule) become words of the model too, so the decoder has
// them among the readings of the stripped token wherever it stands.
const abbreviations = lexiconFiles
  .flatMap((f) => readLexiconSource(f, readFileSync(f, 'utf8')).tokens)
  .map((t) => t.token)
  .filter((token) => /[Đđ]/.test(token) && lexicon?.restoreProtected(fold(token)) === token);
log(`${abbreviations.length} abbreviations with Đ added as words`);
const phrases = [...(lexicon?.phrases ?? []), ...abbreviations.map((token) => [token])];
const vocabularyHashes = lexiconFiles.map((f) => ({ file: path.basename(f), sha256: createHash('sha256').update(readFileSync(f)).digest('hex') }));

// The administrative documents are the register vnfix repairs but a twentieth of the text: their lines
// may be counted several times (--admin-weight).
const adminWeight = Number(values['admin-weight']);
function* allLines(): Generator<string> {
  for (const c of corpus) {
    const times = c.name === 'tvpl_vanban' ? adminWeight : 1;
    for (let t = 0; t < times; t++) yield* c.lines;
  }
}

const order = Number(values.order);
const minCounts = values['min-counts']!.split(',').map(Number);
const trained = trainModel(allLines(), { order, minCounts, minWordCount: Number(values['min-word-count']), phrases, phraseRepeat: Number(values['phrase-repeat']) });
log(`trained: ${JSON.stringify(trained.facts)}`);
const bytes = writeContainerFile(values.out!, {
  kind: MODEL_KIND,
  version: MODEL_VERSION,
  facts: {
    ...trained.facts,
    script: 'scripts/build-model.ts',
    scriptVersion: SCRIPT_VERSION,
    corpus: corpus.map((c) => ({ file: c.file, sha256: c.sha256, trainingLines: c.lines.length })),
    vocabularyFiles: vocabularyHashes,
    toneStyle: 'traditional',
    adminWeight,
  },
  sections: trained.sections,
});
log(`wrote ${values.out} (${(bytes / 1e6).toFixed(2)} MB)`);
