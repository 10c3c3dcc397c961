/**
 * Reading the training corpus (../shared/corpus) and the fixed train / held-out split shared by the
 * model build, the confusion-table build and the evaluation. Held-out lines are never trained on.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Folder of the corpus: $VNFIX_CORPUS or ../shared/corpus beside the project. */
export const CORPUS_DIR = process.env.VNFIX_CORPUS ?? path.resolve(PROJECT_DIR, '../shared/corpus');

/** Corpus files and their role. Only public-domain legal text trains the shipped model. */
export const CORPUS_FILES = {
  /** 2025 administrative documents (public domain, IP Law art. 15): train + held-out */
  tvpl_vanban: { file: 'tvpl_vanban.txt.gz', train: true, blockLines: 200, heldOutEvery: 10 },
  /** Bộ pháp điển legal text (public domain, IP Law art. 15): train + held-out */
  phapdien: { file: 'phapdien.txt.gz', train: true, blockLines: 2000, heldOutEvery: 25 },
  /** Vietnamese Wikipedia (CC BY-SA 4.0): evaluation only, never trained on */
  viwiki: { file: 'viwiki.txt.gz', train: false, blockLines: 1, heldOutEvery: 1 },
} as const;

export type CorpusName = keyof typeof CORPUS_FILES;

/**
 * Whether line `index` (from 0) of a corpus file is held out of training.
 * Lines follow their source documents, so whole contiguous blocks are held out: block b is held out
 * when b % heldOutEvery === heldOutEvery >> 1 (tvpl_vanban: 7 blocks of 200 lines; phapdien: 5 blocks
 * of 2,000 lines). viwiki is entirely held out.
 */
export function isHeldOut(name: CorpusName, index: number): boolean {
  const spec = CORPUS_FILES[name];
  if (!spec.train) return true;
  const block = Math.floor(index / spec.blockLines);
  return block % spec.heldOutEvery === spec.heldOutEvery >> 1;
}

/** All lines of a corpus file (NFC, one paragraph per line). */
export function readCorpusLines(name: CorpusName): string[] {
  const file = path.join(CORPUS_DIR, CORPUS_FILES[name].file);
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (err) {
    throw new Error(`${file}: cannot read the corpus (${(err as Error).message}); set VNFIX_CORPUS to its folder`);
  }
  return gunzipSync(buf).toString('utf8').split('\n').filter((l) => l.length > 0);
}

/** The training lines of a corpus file. */
export function trainingLines(name: CorpusName): string[] {
  return readCorpusLines(name).filter((_, i) => !isHeldOut(name, i));
}

/** The held-out lines of a corpus file, in order. */
export function heldOutLines(name: CorpusName): string[] {
  return readCorpusLines(name).filter((_, i) => isHeldOut(name, i));
}
