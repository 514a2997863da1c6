/**
 * A query word's score in every passage that matches it (the best of its terms' BM25 times their
 * kind's weight), in ascending slot order, with an upper bound per block of BLOCK_SIZE passages:
 * pruned search (pruned-search.ts) bounds what the word can add to a passage from its block
 * without looking the passage up, and jumps over blocks that end before it.
 */

/** Passages per block: small enough for tight bounds, large enough that a skipped block saves work. */
export const BLOCK_SIZE = 64;

export interface WordPostings {
  /** Ascending slots of the passages matching the word. */
  slots: Uint32Array;
  /** The word's score in each (positive). */
  scores: Float64Array;
  /** Largest score in each block. */
  blockMaxScore: Float64Array;
  /** Last slot of each block. */
  blockLastSlot: Uint32Array;
  /** Largest score of all; 0 when the word matches nothing. */
  maxScore: number;
}

/** The word's postings from ascending `slots` and their `scores` (kept, not copied). */
export function wordPostings(slots: Uint32Array, scores: Float64Array): WordPostings {
  const n = slots.length;
  const blocks = Math.ceil(n / BLOCK_SIZE);
  const blockMaxScore = new Float64Array(blocks);
  const blockLastSlot = new Uint32Array(blocks);
  let maxScore = 0;
  for (let b = 0; b < blocks; b++) {
    const end = Math.min(n, (b + 1) * BLOCK_SIZE);
    let max = 0;
    for (let i = b * BLOCK_SIZE; i < end; i++) if (scores[i]! > max) max = scores[i]!;
    blockMaxScore[b] = max;
    blockLastSlot[b] = slots[end - 1]!;
    if (max > maxScore) maxScore = max;
  }
  return { slots, scores, blockMaxScore, blockLastSlot, maxScore };
}

/** Memory a WordPostings takes, in slots (the word cache's unit: 12 bytes of slot and score each). */
export function wordPostingsSize(postings: WordPostings): number {
  return Math.max(1, postings.slots.length + Math.ceil(postings.blockMaxScore.length));
}
