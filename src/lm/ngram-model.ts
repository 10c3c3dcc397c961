/**
 * The n-gram language model over syllable ids, read in place from the model file's sections.
 *
 * A state is the last (at most order − 1) ids packed into one number, most recent in the low 17 bits,
 * so states can be compared and used as Map keys; it keeps only as much context as the model can use
 * (after kpu/kenlm `lm/state.hh`), so the decoder merges more hypotheses.
 */
import type { Container } from '../data/container.js';
import { NO_EXTENSION } from './encode-ngram.js';
import { KEY_SEED, keyFinal, keyStep, SLOT_SEED, slotFinal, slotStep } from './hash.js';
import { BOS } from './symbols.js';

/** Ids are packed 17 bits each into a state: at most 131,071 ids, order at most 4 (51 bits). */
export const STATE_BASE = 131072;
export const MAX_ORDER = 4;

/** A language model over ids. */
export class NgramModel {
  readonly order: number;
  /** The state of a sentence start. */
  readonly startState = BOS;
  /** The state after the last {@link score} call. */
  nextState = 0;
  private readonly uniProb: Float32Array;
  private readonly uniBackoff: Float32Array;
  private readonly uniExt: Uint8Array;
  private readonly keys: Uint32Array[] = [];
  private readonly masks: number[] = [];
  private readonly probCodes: Uint8Array[] = [];
  private readonly probBins: Float32Array[] = [];
  private readonly backoffCodes: Uint8Array[] = [];
  private readonly backoffBins: Float32Array[] = [];
  private readonly ctx = new Int32Array(MAX_ORDER);
  private readonly found = new Int32Array(MAX_ORDER + 1);

  /**
   * Open the model's sections.
   * @param container the loaded model file
   * @param order the model's order (from the header facts)
   */
  constructor(container: Container, order: number) {
    if (order < 1 || order > MAX_ORDER) throw new Error(`${container.file}: model order ${order} not supported (1..${MAX_ORDER})`);
    this.order = order;
    this.uniProb = container.f32('lm.1.prob');
    this.uniBackoff = container.f32('lm.1.backoff');
    this.uniExt = container.u8('lm.1.ext');
    if (this.uniProb.length >= STATE_BASE) throw new Error(`${container.file}: ${this.uniProb.length} ids, at most ${STATE_BASE - 1} supported`);
    for (let n = 2; n <= order; n++) {
      this.keys[n] = container.u32(`lm.${n}.keys`);
      this.masks[n] = this.keys[n].length - 1;
      this.probCodes[n] = container.u8(`lm.${n}.prob`);
      this.probBins[n] = container.f32(`lm.${n}.pbins`);
      if (n < order) {
        this.backoffCodes[n] = container.u8(`lm.${n}.backoff`);
        this.backoffBins[n] = container.f32(`lm.${n}.bbins`);
      }
    }
  }

  /** Number of ids. */
  get size(): number {
    return this.uniProb.length;
  }

  private find(n: number, ha: number, hb: number): number {
    const keys = this.keys[n];
    const mask = this.masks[n];
    const key = keyFinal(hb);
    let slot = slotFinal(ha) & mask;
    for (;;) {
      const k = keys[slot];
      if (k === key) return slot;
      if (k === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }

  /**
   * log10 p(id | state); the following state is left in {@link nextState}.
   * @param state a state from {@link startState} or an earlier call
   * @param id the id to score
   * @returns the log10 probability
   */
  score(state: number, id: number): number {
    const ctx = this.ctx;
    const found = this.found;
    let len = 0;
    let s = state;
    while (s > 0) {
      const c = s % STATE_BASE;
      ctx[len++] = c;
      s = (s - c) / STATE_BASE;
    }
    let ha = slotStep(SLOT_SEED, id);
    let hb = keyStep(KEY_SEED, id);
    let prob = this.uniProb[id];
    let matched = 1;
    for (let l = 1; l <= len; l++) {
      const c = ctx[l - 1];
      ha = slotStep(ha, c);
      hb = keyStep(hb, c);
      const slot = this.find(l + 1, ha, hb);
      if (slot < 0) break;
      matched = l + 1;
      found[matched] = slot;
      prob = this.probBins[matched][this.probCodes[matched][slot]];
    }
    if (matched <= len) {
      // Back off through every context longer than the match.
      let ca = SLOT_SEED;
      let cb = KEY_SEED;
      for (let l = 1; l <= len; l++) {
        const c = ctx[l - 1];
        ca = slotStep(ca, c);
        cb = keyStep(cb, c);
        if (l < matched) continue;
        if (l === 1) prob += this.uniBackoff[c];
        else {
          const slot = this.find(l, ca, cb);
          if (slot >= 0) prob += this.backoffBins[l][this.backoffCodes[l][slot]];
        }
      }
    }
    // Next state: the matched n-gram, at most order − 1 ids, shortened while it cannot be extended.
    let keep = matched < this.order ? matched : this.order - 1;
    while (keep >= 2 && this.backoffCodes[keep][found[keep]] === NO_EXTENSION) keep--;
    if (keep === 1 && this.uniExt[id] === 0) keep = 0;
    let next = 0;
    for (let l = keep - 1; l >= 1; l--) next = next * STATE_BASE + ctx[l - 1];
    this.nextState = keep > 0 ? next * STATE_BASE + id : 0;
    return prob;
  }
}
