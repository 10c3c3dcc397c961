/**
 * Pack estimated n-gram tables into the model's sections: unigrams as float32 arrays indexed by id,
 * higher orders as open-addressing tables of 32-bit keys with 8-bit quantised probability and backoff
 * codes (kpu/kenlm `lm/quantize.hh`: equal-frequency bins, each code decoded through a table of centres).
 */
import type { SectionData } from '../data/container.js';
import type { OrderTable } from './build-ngram.js';
import { KEY_SEED, keyFinal, keyStep, SLOT_SEED, slotFinal, slotOf, slotStep, tableSize } from './hash.js';

/** Backoff code 0: the n-gram is never a context (backoff exactly 1); the scorer may then shorten its state. */
export const NO_EXTENSION = 0;

/**
 * Equal-frequency bins over values: `codes` of them, each centre the mean of its values.
 * @param values the values
 * @param codes number of bins
 * @returns bin centres, ascending
 */
export function quantiseBins(values: Float64Array, codes: number): Float32Array {
  const sorted = Float64Array.from(values).sort();
  const centres = new Float32Array(codes);
  if (sorted.length === 0) return centres;
  for (let b = 0; b < codes; b++) {
    const from = Math.floor((b * sorted.length) / codes);
    const to = Math.max(from + 1, Math.floor(((b + 1) * sorted.length) / codes));
    let sum = 0;
    for (let i = from; i < Math.min(to, sorted.length); i++) sum += sorted[i];
    centres[b] = sum / Math.max(1, Math.min(to, sorted.length) - from);
  }
  return centres;
}

/** The code of the centre nearest to a value (centres ascending), searching codes [first, centres.length). */
export function nearestCode(centres: Float32Array, value: number, first = 0): number {
  let lo = first;
  let hi = centres.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (centres[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  if (lo > first && Math.abs(centres[lo - 1] - value) <= Math.abs(centres[lo] - value)) return lo - 1;
  return lo;
}

/**
 * The sections of an n-gram model.
 * @param tables tables from buildNgramModel (index 0: unigrams)
 * @returns named sections and facts (entries per order, key collisions)
 */
export function encodeNgramSections(tables: OrderTable[]): { sections: Record<string, SectionData>; facts: Record<string, unknown> } {
  const sections: Record<string, SectionData> = {};
  const uni = tables[0];
  sections['lm.1.prob'] = Float32Array.from(uni.prob);
  sections['lm.1.backoff'] = Float32Array.from(uni.backoff);
  sections['lm.1.ext'] = uni.extends.slice();
  const entries: number[] = [uni.prob.length];
  let collisions = 0;
  const order = tables.length;
  for (let n = 2; n <= order; n++) {
    const t = tables[n - 1];
    const count = t.prob.length;
    const size = tableSize(count);
    const keys = new Uint32Array(size);
    const probCodes = new Uint8Array(size);
    const pbins = quantiseBins(t.prob, 256);
    const top = n === order;
    const backoffCodes = top ? null : new Uint8Array(size);
    // Code 0 is reserved for "no extension"; the others are bins over the backoffs of real contexts.
    const bbins = new Float32Array(256);
    if (!top) {
      const real = t.backoff.filter((_, i) => t.extends[i] === 1);
      bbins.set(quantiseBins(real, 255), 1);
    }
    for (let i = 0; i < count; i++) {
      let ha = SLOT_SEED;
      let hb = KEY_SEED;
      for (let k = 0; k < n; k++) {
        const id = t.grams[i * n + k];
        ha = slotStep(ha, id);
        hb = keyStep(hb, id);
      }
      const key = keyFinal(hb);
      let slot = slotOf(slotFinal(ha), size);
      while (keys[slot] !== 0) {
        if (keys[slot] === key) collisions++;
        slot = slot + 1 === size ? 0 : slot + 1;
      }
      keys[slot] = key;
      probCodes[slot] = nearestCode(pbins, t.prob[i]);
      if (backoffCodes) backoffCodes[slot] = t.extends[i] ? nearestCode(bbins, t.backoff[i], 1) : NO_EXTENSION;
    }
    sections[`lm.${n}.keys`] = keys;
    sections[`lm.${n}.prob`] = probCodes;
    sections[`lm.${n}.pbins`] = pbins;
    if (backoffCodes) {
      sections[`lm.${n}.backoff`] = backoffCodes;
      sections[`lm.${n}.bbins`] = bbins;
    }
    entries.push(count);
  }
  return { sections, facts: { order, entries, keyCollisions: collisions, quantisationBits: 8 } };
}
