/**
 * BM25+ scoring over the segment (parameters in src/scoring.ts, as MiniSearch 7 scores with the
 * options this project used), in scratch arrays indexed by slot that every search reuses.
 */
import { LEXICAL } from '../../scoring.ts';
import type { Expansion } from './expansion.ts';
import type { Segment } from './segment.ts';

/** A BM25 hit: `label` is the chunk's label in the store, `score` its BM25 score (larger is better). */
export interface LexicalHit {
  label: number;
  score: number;
}

/** How much a match on each kind of term counts (see src/scoring.ts). */
export const TERM_KIND_WEIGHTS = LEXICAL.termKindWeights;

const { k1: K1, b: B, delta: DELTA } = LEXICAL;

/** k1 · (1 − b + b · length / average length) per slot. */
export function lengthNorms(segment: Segment): Float64Array {
  const n = segment.labels.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += segment.lengths[i]!;
  const average = n > 0 && sum > 0 ? sum / n : 1;
  const lengthNorm = new Float64Array(n);
  for (let i = 0; i < n; i++) lengthNorm[i] = K1 * (1 - B + (B * segment.lengths[i]!) / average);
  return lengthNorm;
}

/** Arrays over the segment's slots, zero between uses. */
export interface Scratch {
  acc: Float64Array;
  best: Float64Array;
  total: Float64Array;
  /** The weight of the question's words each slot matches (1 a word unless the query weighs them). */
  words: Float64Array;
  touched: Uint32Array[];
  /** One bit per slot, zero between uses: the slots a word touched, read back in ascending order (see ascendingSlots). */
  marks: Uint32Array;
  postingSlots: Uint32Array;
  postingFrequencies: Uint32Array;
}

export function newScratch(n: number): Scratch {
  return {
    acc: new Float64Array(n),
    best: new Float64Array(n),
    total: new Float64Array(n),
    words: new Float64Array(n),
    touched: [new Uint32Array(n), new Uint32Array(n), new Uint32Array(n)],
    marks: new Uint32Array(Math.ceil(n / 32)),
    postingSlots: new Uint32Array(n),
    postingFrequencies: new Uint32Array(n),
  };
}

/**
 * Adds the BM25 contribution of every matched term to `acc`; returns how many slots it touched
 * (listed in `touched`). With `bestTimes` (a kind's weight) and an expansion of one term, writes
 * instead each passage's contribution times it into `best` where it is larger, marking the
 * passage in `marks` and listing it in `touched` after the first `count` when `best` was 0 there,
 * and returns the new count: the same value as adding into `acc` (0 + x is x) and then taking the
 * best, without writing and reading back `acc` (most of a word's terms are one-term expansions).
 */
export function accumulate(segment: Segment, lengthNorm: Float64Array, scratch: Scratch, expansion: Expansion, touched: Uint32Array, bestTimes = 0, count = 0): number {
  const { acc, best, marks } = scratch;
  const { postings, postingOffsets } = segment;
  const slotCount = segment.labels.length;
  const intoBest = bestTimes > 0 && expansion.ids.length === 1;
  for (let e = 0; e < expansion.ids.length; e++) {
    const weight = expansion.weights[e]!;
    const id = expansion.ids[e]!;
    // decodePostings's reading, with the varints read here rather than through readVarint (whose
    // end it hands back in a module variable, which measured a third slower in this loop): the
    // same postings, each scored once its frequency is complete, so the same sums.
    let p = postingOffsets[id]!;
    const end = postingOffsets[id + 1]!;
    let slot = -1;
    let n = 0;
    while (p < end) {
      let byte = postings[p++]!;
      let value = byte & 0x7f;
      for (let scale = 0x80; byte >= 0x80 && p < end; scale *= 0x80) {
        byte = postings[p++]!;
        value += (byte & 0x7f) * scale;
      }
      if (n >= slotCount) break;
      const inline = value % 8;
      if (value < 8 || inline === 0) break;
      const gap = (value - inline) / 8;
      if (slot + gap >= slotCount) break;
      slot += gap;
      n++;
      let tf = inline;
      if (inline === 7 && p < end) {
        // The rest of a frequency of 7 or more follows as a varint of its own.
        byte = postings[p++]!;
        let rest = byte & 0x7f;
        for (let scale = 0x80; byte >= 0x80 && p < end; scale *= 0x80) {
          byte = postings[p++]!;
          rest += (byte & 0x7f) * scale;
        }
        tf = (tf + rest) >>> 0; // as decodePostings's Uint32Array keeps it
        // Only a forged file's frequency wraps to 0; its last posting is then not scored.
        if (tf === 0 && p >= end) break;
      }
      if (intoBest) {
        const score = weight * (DELTA + (tf * (K1 + 1)) / (tf + lengthNorm[slot]!)) * bestTimes;
        if (best[slot] === 0) {
          touched[count++] = slot;
          marks[slot >>> 5]! |= 1 << (slot & 31);
        }
        if (score > best[slot]!) best[slot] = score;
        continue;
      }
      if (acc[slot] === 0) touched[count++] = slot;
      acc[slot]! += weight * (DELTA + (tf * (K1 + 1)) / (tf + lengthNorm[slot]!));
    }
  }
  return count;
}

/** A word's best score in each passage that matches it. */
export interface WordVector {
  slots: Uint32Array;
  scores: Float64Array;
}

/**
 * Adds a word's scores, times its `weight` in the query, into `total` and its weight into
 * `wordHits` (a word of a sentence that only sets the question up weighs less), listing newly
 * touched slots in `touched` after the first `count`; returns the new count. (A small function
 * of its own: the engine compiles its loop tightly, which it did not inside searchWords.)
 */
export function addWordScores(vector: WordVector, total: Float64Array, wordHits: Float64Array, touched: Uint32Array, count: number, weight = 1): number {
  const { slots, scores } = vector;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    if (total[slot] === 0) touched[count++] = slot;
    total[slot]! += weight * scores[i]!;
    wordHits[slot]! += weight;
  }
  return count;
}

/**
 * The first `count` of `touched` in ascending order: sorted when fewer than one per 16 words of
 * `marks` (a bit set exactly at the touched slots), else read off `marks` one 32-slot word at a
 * time, which is cheaper than sorting many and than testing every slot. Leaves `marks` zero.
 */
export function ascendingSlots(touched: Uint32Array, count: number, marks: Uint32Array): Uint32Array {
  if (count * 16 < marks.length) {
    for (let i = 0; i < count; i++) marks[touched[i]! >>> 5] = 0;
    return touched.slice(0, count).sort();
  }
  const slots = new Uint32Array(count);
  let n = 0;
  for (let word = 0; n < count; word++) {
    let bits = marks[word]!;
    if (bits === 0) continue;
    marks[word] = 0;
    const base = word * 32;
    while (bits !== 0) {
      const lowest = bits & -bits;
      slots[n++] = base + 31 - Math.clz32(lowest);
      bits ^= lowest;
    }
  }
  return slots;
}
