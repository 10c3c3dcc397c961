/**
 * Reading the (truth, OCR) page pairs made by scripts/make-ocr-pairs.ts (../shared/tools/ocr-synth
 * output) and aligning them token by token. Tesseract keeps most word boundaries; the alignment allows
 * lost and extra tokens, and one token read as two (split) or two read as one (glued).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { distance } from 'fastest-levenshtein';
import { foldPlain } from '../../src/ocr/char-classes.js';

/** One page: truth text and OCR text. */
export interface PagePair {
  set: string;
  variant: string;
  page: string;
  truth: string;
  ocr: string;
}

/** Token-level alignment kinds. */
export type TokenLink =
  | { kind: 'match'; truth: string; ocr: string }
  | { kind: 'glued'; truth: [string, string]; ocr: string }
  | { kind: 'split'; truth: string; ocr: [string, string] }
  | { kind: 'lost'; truth: string }
  | { kind: 'extra'; ocr: string };

/**
 * All page pairs of one ocr-synth output folder.
 * @param dir OUTDIR of make.sh
 * @param lang Tesseract language of the OCR files
 * @returns pages of every variant found
 */
export function readPagePairs(dir: string, lang = 'eng'): PagePair[] {
  const out: PagePair[] = [];
  const truthDir = path.join(dir, 'truth');
  if (!existsSync(truthDir)) return out;
  for (const variant of readdirSync(dir).sort()) {
    const vdir = path.join(dir, variant);
    if (variant === 'truth' || variant === 'clean' && !existsSync(path.join(vdir, `page-001.${lang}.txt`))) continue;
    let files: string[];
    try {
      files = readdirSync(vdir).filter((f) => f.endsWith(`.${lang}.txt`)).sort();
    } catch {
      continue;
    }
    for (const f of files) {
      const page = f.slice(0, f.indexOf('.'));
      const truthFile = path.join(truthDir, `${page}.txt`);
      if (!existsSync(truthFile)) continue;
      out.push({
        set: path.basename(dir),
        variant,
        page,
        truth: readFileSync(truthFile, 'utf8').normalize('NFC'),
        ocr: readFileSync(path.join(vdir, f), 'utf8').replace(/\f/gu, '').normalize('NFC'),
      });
    }
  }
  return out;
}

function key(s: string): string {
  return foldPlain(s).replace(/[^\p{L}\p{N}]/gu, '');
}

function dissimilarity(a: string, b: string): number {
  const ka = key(a);
  const kb = key(b);
  if (ka.length === 0 && kb.length === 0) return a === b ? 0 : 0.5;
  return distance(ka, kb) / Math.max(ka.length, kb.length);
}

/**
 * Aligns two token sequences (whitespace tokens of a truth page and of its OCR).
 * @param truth truth tokens
 * @param ocr OCR tokens
 * @returns links in order
 */
export function alignTokens(truth: string[], ocr: string[]): TokenLink[] {
  const n = truth.length;
  const m = ocr.length;
  const GAP = 0.75;
  const JOIN = 0.15;
  const band = Math.max(40, Math.abs(n - m) + 20);
  const w = m + 1;
  const g = new Float64Array((n + 1) * w).fill(Infinity);
  const back = new Uint8Array((n + 1) * w);
  g[0] = 0;
  for (let i = 0; i <= n; i++) {
    const center = Math.round((i * m) / Math.max(1, n));
    for (let j = Math.max(0, center - band); j <= Math.min(m, center + band); j++) {
      if (i === 0 && j === 0) continue;
      let c = Infinity;
      let b = 0;
      if (i > 0 && j > 0) {
        const x = g[(i - 1) * w + j - 1] + dissimilarity(truth[i - 1], ocr[j - 1]);
        if (x < c) (c = x), (b = 1);
      }
      if (i > 0 && g[(i - 1) * w + j] + GAP < c) (c = g[(i - 1) * w + j] + GAP), (b = 2);
      if (j > 0 && g[i * w + j - 1] + GAP < c) (c = g[i * w + j - 1] + GAP), (b = 3);
      if (i > 1 && j > 0) {
        const x = g[(i - 2) * w + j - 1] + dissimilarity(truth[i - 2] + truth[i - 1], ocr[j - 1]) + JOIN;
        if (x < c) (c = x), (b = 4);
      }
      if (i > 0 && j > 1) {
        const x = g[(i - 1) * w + j - 2] + dissimilarity(truth[i - 1], ocr[j - 2] + ocr[j - 1]) + JOIN;
        if (x < c) (c = x), (b = 5);
      }
      g[i * w + j] = c;
      back[i * w + j] = b;
    }
  }
  const links: TokenLink[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const b = back[i * w + j];
    if (b === 1) links.push({ kind: 'match', truth: truth[--i], ocr: ocr[--j] });
    else if (b === 2) links.push({ kind: 'lost', truth: truth[--i] });
    else if (b === 3) links.push({ kind: 'extra', ocr: ocr[--j] });
    else if (b === 4) {
      i -= 2;
      links.push({ kind: 'glued', truth: [truth[i], truth[i + 1]], ocr: ocr[--j] });
    } else if (b === 5) {
      j -= 2;
      links.push({ kind: 'split', truth: truth[--i], ocr: [ocr[j], ocr[j + 1]] });
    } else break;
  }
  return links.reverse();
}

const EDGE_OCR = /^[.,;:!?"“”‘’'()[\]…]+|[.,;:!?"“”‘’'()[\]…]+$/gu;

/**
 * The letters of a truth token and the matching part of its OCR, lower-cased, for the character model;
 * undefined when the truth token is not a plain run of letters (numbers, codes) or the two are too far
 * apart to be a misread of each other.
 * @param truth truth token
 * @param ocr OCR token
 * @returns the pair or undefined
 */
export function letterPair(truth: string, ocr: string): { truth: string; ocr: string } | undefined {
  const m = /^[^\p{L}]*(\p{L}+)([^\p{L}]*)$/u.exec(truth);
  if (!m) return undefined;
  const hadEdges = m[0].length !== m[1].length;
  const t = m[1].toLowerCase();
  const o = (hadEdges ? ocr.replace(EDGE_OCR, '') : ocr).toLowerCase();
  if (o.length === 0 || [...o].length > 2 * [...t].length + 2) return undefined;
  if (dissimilarity(t, o) > 0.8) return undefined;
  return { truth: t, ocr: o };
}

/** Whitespace tokens of a text. */
export function whitespaceTokens(text: string): string[] {
  return text.split(/\s+/u).filter((s) => s.length > 0);
}
