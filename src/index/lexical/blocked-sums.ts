/**
 * The exhaustive BM25 sum of a question's words, added up one block of passages at a time.
 *
 * Why: at 100,000 passages a question's words match some 100,000 passage entries, spread over
 * every slot. Adding them into arrays over all slots (16 bytes a slot, 1.6 MB) misses the caches
 * at almost every entry once the rest of the question has run; each word's passages are in slot
 * order, so the words can instead be walked side by side, BLOCK_SLOTS slots at a time, into sums
 * that stay in the fastest cache, and each block's passages ranked and its sums cleared before the
 * next. Every passage gets the same additions in the same order as when the words are added one
 * after the other (words in query order, then acronyms), so the sums, values and ranking (ties
 * by lower slot) are those of adding the words up over all slots.
 */
import type { LexicalHit, WordVector } from './scoring.ts';
import { TopPassages } from './top-passages.ts';

/** Slots per block: their sums (16 bytes each) and touched list fit in a core's first-level cache. */
export const BLOCK_SLOTS = 1024;

/** Reused arrays of one block, zero between uses. */
export interface BlockScratch {
  /** Sum of word scores (at 2·i) and weight of the words matched (at 2·i + 1) per slot of the block. */
  sums: Float64Array;
  /**
   * One bit per slot of the block that a word or acronym matches: set whatever it was (a list of
   * touched slots needed a test of the sum at every entry, a branch the processor mispredicts
   * about once in two), read back in slot order.
   */
  marks: Uint32Array;
}

export function newBlockScratch(): BlockScratch {
  return { sums: new Float64Array(2 * BLOCK_SLOTS), marks: new Uint32Array(BLOCK_SLOTS / 32) };
}

/**
 * The `limit` best passages, best first: per passage the sum of each matching word's score times
 * its weight (`weights`) plus each matching acronym's bonus, times the weight of the
 * words it matches over the weight of all (0 when that is 0); equal values by lower slot. Passages
 * only an acronym matches count, at 0. `words` and `bonuses` list slots in ascending order.
 */
export function blockedTopHits(words: readonly WordVector[], weights: readonly number[], bonuses: readonly WordVector[], labels: Uint32Array, limit: number, scratch: BlockScratch): LexicalHit[] {
  let entries = 0;
  for (const vector of words) entries += vector.slots.length;
  for (const vector of bonuses) entries += vector.slots.length;
  // No more passages than entries (a limit of Infinity sizes no heap).
  const k = Math.min(entries, Math.max(0, Math.floor(limit) || 0));
  if (k === 0) return [];
  let totalWeight = 0;
  for (const weight of weights) totalWeight += weight;
  const { sums, marks } = scratch;
  const top = new TopPassages(k);
  // An acronym's bonus adds to the sum as a word weighing 1 would (1 · x is x), and nothing to
  // the weight of the words matched (x + 0 is x).
  const vectors = [...words, ...bonuses];
  const scoreWeights = [...weights, ...bonuses.map(() => 1)];
  const matchWeights = [...weights, ...bonuses.map(() => 0)];
  const nextAt = new Int32Array(vectors.length);
  let cut = -Infinity;
  let lastSlot = -1;
  for (const vector of vectors) if (vector.slots.length > 0) lastSlot = Math.max(lastSlot, vector.slots[vector.slots.length - 1]!);
  for (let start = 0; start <= lastSlot; start += BLOCK_SLOTS) {
    const end = start + BLOCK_SLOTS;
    for (let v = 0; v < vectors.length; v++) {
      const { slots, scores } = vectors[v]!;
      const scoreWeight = scoreWeights[v]!;
      const matchWeight = matchWeights[v]!;
      let i = nextAt[v]!;
      for (; i < slots.length; i++) {
        const slot = slots[i]!;
        if (slot >= end) break;
        const local = slot - start;
        marks[local >>> 5]! |= 1 << (local & 31);
        const at = 2 * local;
        sums[at]! += scoreWeight * scores[i]!;
        sums[at + 1]! += matchWeight;
      }
      nextAt[v] = i;
    }
    for (let word = 0; word < marks.length; word++) {
      let bits = marks[word]!;
      if (bits === 0) continue;
      marks[word] = 0;
      while (bits !== 0) {
        const lowest = bits & -bits;
        bits ^= lowest;
        const local = word * 32 + 31 - Math.clz32(lowest);
        const at = 2 * local;
        const product = sums[at]! * sums[at + 1]!;
        sums[at] = 0;
        sums[at + 1] = 0;
        // Below the cut, the value (product / total weight, rounded) is below the k-th best kept:
        // most passages are turned away without a division.
        if (product < cut) continue;
        const value = totalWeight === 0 ? 0 : product / totalWeight;
        if (top.full && value < top.threshold) continue;
        top.add(start + local, value);
        if (top.full && top.threshold > 0 && totalWeight > 0) cut = top.threshold * totalWeight * (1 - 1e-12);
      }
    }
  }
  return top.hits(labels);
}
