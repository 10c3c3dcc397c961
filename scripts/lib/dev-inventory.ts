/**
 * A syllable inventory for the OCR scripts (evaluation, benchmark) built from the training lines only:
 * valid syllables seen at least twice, lower-case, traditional tone placement. The shipped pipeline
 * takes its inventory from the language model; this one lets the OCR channel be measured on its own.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { isValidSyllable, placeTone } from '../../src/syllable/index.js';
import { trainingLines } from './corpus.js';

/**
 * The inventory, cached in `cacheDir`.
 * @param cacheDir folder for the cached list
 * @returns syllables
 */
export function devInventory(cacheDir = process.env.VNFIX_OCR_DATA ?? '/work/ocr-data'): string[] {
  const file = path.join(cacheDir, 'dev-inventory.txt');
  if (existsSync(file)) return readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const counts = new Map<string, number>();
  for (const name of ['tvpl_vanban', 'phapdien'] as const) {
    for (const line of trainingLines(name)) {
      for (const m of line.matchAll(/\p{L}+/gu)) {
        const s = m[0].toLowerCase();
        counts.set(s, (counts.get(s) ?? 0) + 1);
      }
    }
  }
  const out = new Set<string>();
  for (const [s, n] of counts) if (n >= 2 && isValidSyllable(s)) out.add(placeTone(s, 'traditional'));
  const list = [...out].sort();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, list.join('\n') + '\n');
  return list;
}
