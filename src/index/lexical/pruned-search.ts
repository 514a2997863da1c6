/**
 * The best passages for a query's words without scoring every passage that matches one of them
 * (MaxScore with per-word and per-block bounds): the same hits, scores and order as the exhaustive
 * search (blocked-sums.ts), ties included.
 *
 * A passage's score is (its words' scores + its acronym bonuses) × (query words it matches) /
 * (query words). Each word's postings carry its largest score and the largest per block.
 *   1. A floor under the k-th best score: the exact scores of some passages of the rarest word
 *      (where the best passages usually are).
 *   2. The words with the lowest largest scores, as many as could not lift a passage that matches
 *      only them to the floor, are "non-essential": they propose no passage. The others are added
 *      up passage by passage (partial sums, in one pass over their postings).
 *   3. A passage's bound is its partial sum plus the non-essential words' largest scores (then
 *      their block's), its count of matched words plus theirs. Only a passage whose bound reaches
 *      the floor (raised by the k-th best found so far) is scored exactly: every word looked up and
 *      summed in the exhaustive search's order (words in query order, then acronyms), so that
 *      scores are equal bit for bit. Passages that can only tie are kept: the heap orders ties.
 */
import { lowerBound } from './segment.ts';
import { addWordScores } from './scoring.ts';
import type { LexicalHit } from './scoring.ts';
import type { WordPostings } from './word-postings.ts';
import { TopPassages } from './top-passages.ts';

/**
 * Bounds are added up in another order than scores; this margin (far above the rounding error of
 * a few dozen additions) keeps a bound above every score it bounds.
 */
const BOUND_MARGIN = 1 + 1e-9;

/** Most passages scored exactly for the floor (step 1). */
const SEED_LIMIT = 256;

/** Arrays over the index's slots, zero before and after: partial sums, matched words, and the slots touched. */
export interface PrunedScratch {
  total: Float64Array;
  hits: Float64Array;
  touched: Uint32Array;
}

/** The word's score at `slot`, 0 when it does not match the passage. */
function scoreAt(word: WordPostings, slot: number): number {
  const p = lowerBound(word.slots, slot);
  return p < word.slots.length && word.slots[p] === slot ? word.scores[p]! : 0;
}

/** The most the word can score at `slot`: the largest score of the block that would hold it; 0 past its last. */
function blockBoundAt(word: WordPostings, slot: number): number {
  const b = lowerBound(word.blockLastSlot, slot);
  return b < word.blockLastSlot.length ? word.blockMaxScore[b]! : 0;
}

/** The passage's exact score, summed as the exhaustive search sums: words in query order, then acronyms. */
function exactScore(words: readonly WordPostings[], acronyms: readonly WordPostings[], slot: number): number {
  let sum = 0;
  let matched = 0;
  for (let w = 0; w < words.length; w++) {
    const score = scoreAt(words[w]!, slot);
    if (score > 0) {
      sum += score;
      matched++;
    }
  }
  for (let a = 0; a < acronyms.length; a++) {
    const bonus = scoreAt(acronyms[a]!, slot);
    if (bonus > 0) sum += bonus;
  }
  return (sum * matched) / words.length;
}

/**
 * The k-th best exact score of up to SEED_LIMIT distinct passages of the rarest words (a floor
 * under the final k-th best score); −∞ when they are fewer than k.
 */
function seedFloor(words: readonly WordPostings[], acronyms: readonly WordPostings[], k: number): number {
  const seeds = new Set<number>();
  const byLength = [...words].filter((word) => word.slots.length > 0).sort((a, b) => a.slots.length - b.slots.length);
  for (const word of byLength) {
    const step = Math.max(1, Math.floor(word.slots.length / SEED_LIMIT));
    for (let i = 0; i < word.slots.length && seeds.size < SEED_LIMIT; i += step) seeds.add(word.slots[i]!);
    if (seeds.size >= k) break;
  }
  if (seeds.size < k) return -Infinity;
  const top = new TopPassages(k);
  for (const slot of seeds) top.add(slot, exactScore(words, acronyms, slot));
  return top.threshold;
}

/**
 * The `limit` best passages, best first, as the exhaustive search ranks them; undefined when that
 * search would also list passages only an acronym matches (score 0, when fewer than `limit`
 * passages match a word): the caller runs it then.
 */
export function prunedTopHits(words: readonly WordPostings[], acronyms: readonly WordPostings[], labels: Uint32Array, limit: number, scratch: PrunedScratch): LexicalHit[] | undefined {
  const wordCount = words.length;
  const k = Math.max(0, Math.floor(limit) || 0);
  if (k === 0) return [];
  const acronymsMatch = acronyms.some((acronym) => acronym.slots.length > 0);
  if (wordCount === 0) return acronymsMatch ? undefined : [];
  const acronymBound = acronyms.reduce((sum, acronym) => sum + acronym.maxScore, 0);
  const floor = seedFloor(words, acronyms, k);
  const bounded = (sum: number, hits: number) => ((sum * hits) / wordCount) * BOUND_MARGIN;

  // Non-essential words: the lowest bounds, while a passage matching only them stays below the floor.
  const order = words.map((_, w) => w).sort((a, b) => words[a]!.maxScore - words[b]!.maxScore || a - b);
  let nonEssential = 0;
  let nonEssentialBound = 0;
  while (nonEssential < wordCount) {
    const next = nonEssentialBound + words[order[nonEssential]!]!.maxScore;
    if (!(bounded(next + acronymBound, nonEssential + 1) < floor)) break;
    nonEssentialBound = next;
    nonEssential++;
  }

  const { total, hits, touched } = scratch;
  let count = 0;
  for (let i = nonEssential; i < wordCount; i++) count = addWordScores(words[order[i]!]!, total, hits, touched, count);

  const top = new TopPassages(k);
  for (let i = 0; i < count; i++) {
    const slot = touched[i]!;
    const threshold = Math.max(floor, top.threshold);
    const partial = total[slot]! + acronymBound;
    const matched = hits[slot]!;
    if (bounded(partial + nonEssentialBound, matched + nonEssential) < threshold) continue;
    if (nonEssential > 0) {
      let bound = partial;
      let matchable = matched;
      for (let r = 0; r < nonEssential; r++) {
        const blockBound = blockBoundAt(words[order[r]!]!, slot);
        if (blockBound > 0) {
          bound += blockBound;
          matchable++;
        }
      }
      if (bounded(bound, matchable) < threshold) continue;
    }
    top.add(slot, exactScore(words, acronyms, slot));
  }
  for (let i = 0; i < count; i++) {
    const slot = touched[i]!;
    total[slot] = 0;
    hits[slot] = 0;
  }
  if (!top.full && acronymsMatch) return undefined;
  return top.hits(labels);
}
