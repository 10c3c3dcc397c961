/**
 * The n-gram language model over syllable ids, read in place from the model file's sections.
 *
 * A state is the last (at most order − 1) ids packed into one number, most recent in the low 17 bits,
 * so states can be compared and used as Map keys; it keeps only as much context as the model can use
 * (after kpu/kenlm `lm/state.hh`), so the decoder merges more hypotheses. What scoring needs of a
 * state (its ids, the hashes of its suffixes, their backoffs) is worked out once per state and kept in
 * a bounded per-model table.
 */
import type { Container } from '../data/container.js';
import { NO_EXTENSION } from './encode-ngram.js';
import { KEY_SEED, keyFinal, keyStep, SLOT_SEED, slotFinal, slotOf, slotStep } from './hash.js';
import { BOS } from './symbols.js';

/** Ids are packed 17 bits each into a state: at most 131,071 ids, order at most 4 (51 bits). */
export const STATE_BASE = 131072;
export const MAX_ORDER = 4;
/** Contexts kept between calls; the table is emptied when it grows past this. */
const CONTEXT_CACHE = 65536;

/** What scoring needs of a state (plain fields: these are made by the tens of thousands). */
export class LmContext {
  state: number;
  /** number of ids (0..3) */
  length: number;
  /** ids, most recent first */
  id0 = 0;
  id1 = 0;
  id2 = 0;
  /** slot and key hashes of the context suffixes of length 1, 2, 3 */
  slot1 = 0;
  slot2 = 0;
  slot3 = 0;
  key1 = 0;
  key2 = 0;
  key3 = 0;
  /** backoffFromN: sum of the backoffs of the suffixes of length N .. length (0 past the end) */
  backoffFrom1 = 0;
  backoffFrom2 = 0;
  backoffFrom3 = 0;

  constructor(state: number, length: number) {
    this.state = state;
    this.length = length;
  }
}

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
  private readonly sizes: number[] = [];
  private readonly probCodes: Uint8Array[] = [];
  private readonly probBins: Float32Array[] = [];
  private readonly backoffCodes: Uint8Array[] = [];
  private readonly backoffBins: Float32Array[] = [];
  private readonly contexts = new Map<number, LmContext>();
  // What the last scoreIn call found, for nextContext.
  private lastContext!: LmContext;
  private lastId = 0;
  private lastKeep = 0;
  private lastSlot2 = -1;
  private lastSlot3 = -1;
  private lastSlotHash2 = 0;
  private lastKeyHash2 = 0;
  private lastSlotHash3 = 0;
  private lastKeyHash3 = 0;

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
      this.sizes[n] = this.keys[n].length;
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
    const size = this.sizes[n];
    const key = keyFinal(hb);
    let slot = slotOf(slotFinal(ha), size);
    for (;;) {
      const k = keys[slot];
      if (k === key) return slot;
      if (k === 0) return -1;
      slot = slot + 1 === size ? 0 : slot + 1;
    }
  }

  /**
   * The scoring context of a state (worked out once, then kept).
   * @param state a state from {@link startState} or {@link nextState}
   * @returns its context
   */
  context(state: number): LmContext {
    let ctx = this.contexts.get(state);
    if (ctx) return ctx;
    const list: number[] = [];
    for (let s = state; s > 0; ) {
      const c = s % STATE_BASE;
      list.push(c);
      s = (s - c) / STATE_BASE;
    }
    const len = list.length;
    ctx = new LmContext(state, len);
    ctx.id0 = list[0] ?? 0;
    ctx.id1 = list[1] ?? 0;
    ctx.id2 = list[2] ?? 0;
    const slots = [0, 0, 0];
    const keys = [0, 0, 0];
    const backoffFrom = [0, 0, 0, 0, 0];
    for (let l = 1; l <= len; l++) {
      let ha = SLOT_SEED;
      let hb = KEY_SEED;
      for (let k = l - 1; k >= 0; k--) {
        ha = slotStep(ha, list[k]);
        hb = keyStep(hb, list[k]);
      }
      slots[l - 1] = ha;
      keys[l - 1] = hb;
    }
    for (let l = len; l >= 1; l--) {
      let backoff = 0;
      if (l === 1) backoff = this.uniBackoff[list[0]];
      else {
        const slot = this.find(l, slots[l - 1], keys[l - 1]);
        if (slot >= 0) backoff = this.backoffBins[l][this.backoffCodes[l][slot]];
      }
      backoffFrom[l] = backoffFrom[l + 1] + backoff;
    }
    [ctx.slot1, ctx.slot2, ctx.slot3] = slots;
    [ctx.key1, ctx.key2, ctx.key3] = keys;
    [, ctx.backoffFrom1, ctx.backoffFrom2, ctx.backoffFrom3] = backoffFrom;
    if (this.contexts.size >= CONTEXT_CACHE) this.contexts.clear();
    this.contexts.set(state, ctx);
    return ctx;
  }

  /**
   * log10 p(id | state); the following state is left in {@link nextState}.
   * @param state a state from {@link startState} or an earlier call
   * @param id the id to score
   * @returns the log10 probability
   */
  score(state: number, id: number): number {
    return this.scoreIn(this.context(state), id);
  }

  /**
   * log10 p(id | context); the following state is left in {@link nextState}.
   * @param ctx the context of the current state
   * @param id the id to score
   * @returns the log10 probability
   */
  scoreIn(ctx: LmContext, id: number): number {
    const len = ctx.length;
    let prob = this.uniProb[id];
    let matched = 1;
    let slot2 = -1;
    let slot3 = -1;
    if (len >= 1) {
      const a2 = slotStep(ctx.slot1, id);
      const b2 = keyStep(ctx.key1, id);
      slot2 = this.find(2, a2, b2);
      if (slot2 >= 0) {
        this.lastSlotHash2 = a2;
        this.lastKeyHash2 = b2;
        matched = 2;
        prob = this.probBins[2][this.probCodes[2][slot2]];
        if (len >= 2) {
          const a3 = slotStep(ctx.slot2, id);
          const b3 = keyStep(ctx.key2, id);
          slot3 = this.find(3, a3, b3);
          if (slot3 >= 0) {
            this.lastSlotHash3 = a3;
            this.lastKeyHash3 = b3;
            matched = 3;
            prob = this.probBins[3][this.probCodes[3][slot3]];
            if (len >= 3) {
              const slot4 = this.find(4, slotStep(ctx.slot3, id), keyStep(ctx.key3, id));
              if (slot4 >= 0) {
                matched = 4;
                prob = this.probBins[4][this.probCodes[4][slot4]];
              }
            }
          }
        }
      }
    }
    // Back off through every context at least as long as the match's.
    if (matched <= len) prob += matched === 1 ? ctx.backoffFrom1 : matched === 2 ? ctx.backoffFrom2 : ctx.backoffFrom3;
    // Next state: the matched n-gram, at most order − 1 ids, shortened while it cannot be extended.
    let keep = matched < this.order ? matched : this.order - 1;
    if (keep === 3 && this.backoffCodes[3][slot3] === NO_EXTENSION) keep = 2;
    if (keep === 2 && this.backoffCodes[2][slot2] === NO_EXTENSION) keep = 1;
    if (keep === 1 && this.uniExt[id] === 0) keep = 0;
    const B = STATE_BASE;
    this.nextState = keep === 0 ? 0 : keep === 1 ? id : keep === 2 ? ctx.id0 * B + id : (ctx.id1 * B + ctx.id0) * B + id;
    this.lastContext = ctx;
    this.lastId = id;
    this.lastKeep = keep;
    this.lastSlot2 = slot2;
    this.lastSlot3 = slot3;
    return prob;
  }

  /**
   * The context of {@link nextState}, built from what the last {@link scoreIn} call found (no lookup).
   * @returns the context
   */
  nextContext(): LmContext {
    return this.nextContextInto(new LmContext(0, 0));
  }

  /**
   * Like {@link nextContext}, but fills an existing object (the decoder reuses dropped hypotheses').
   * @param ctx the object to overwrite
   * @returns ctx
   */
  nextContextInto(ctx: LmContext): LmContext {
    const keep = this.lastKeep;
    const id = this.lastId;
    const prevId0 = this.lastContext.id0;
    const prevId1 = this.lastContext.id1;
    ctx.state = this.nextState;
    ctx.length = keep;
    ctx.id0 = ctx.id1 = ctx.id2 = 0;
    ctx.slot1 = ctx.slot2 = ctx.slot3 = ctx.key1 = ctx.key2 = ctx.key3 = 0;
    ctx.backoffFrom1 = ctx.backoffFrom2 = ctx.backoffFrom3 = 0;
    if (keep === 0) return ctx;
    ctx.id0 = id;
    ctx.slot1 = slotStep(SLOT_SEED, id);
    ctx.key1 = keyStep(KEY_SEED, id);
    const bo1 = this.uniBackoff[id];
    if (keep === 1) {
      ctx.backoffFrom1 = bo1;
      return ctx;
    }
    ctx.id1 = prevId0;
    ctx.slot2 = this.lastSlotHash2;
    ctx.key2 = this.lastKeyHash2;
    const bo2 = this.backoffBins[2][this.backoffCodes[2][this.lastSlot2]];
    if (keep === 2) {
      ctx.backoffFrom2 = bo2;
      ctx.backoffFrom1 = bo1 + bo2;
      return ctx;
    }
    ctx.id2 = prevId1;
    ctx.slot3 = this.lastSlotHash3;
    ctx.key3 = this.lastKeyHash3;
    ctx.backoffFrom3 = this.backoffBins[3][this.backoffCodes[3][this.lastSlot3]];
    ctx.backoffFrom2 = bo2 + ctx.backoffFrom3;
    ctx.backoffFrom1 = bo1 + ctx.backoffFrom2;
    return ctx;
  }
}
