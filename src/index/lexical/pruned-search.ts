/**
 * The best passages for a query's words without scoring every passage that matches one of them
 * (MaxScore with per-block bounds): the same hits, scores and order as the exhaustive search
 * (scoring.ts's addWordScores and topHits), ties included.
 *
 * A passage's score is (its words' scores + its acronym bonuses) × (query words it matches) /
 * (query words). Each word's postings carry its largest score and the largest per block. Words are
 * taken in ascending order of largest score: once the k-th best score kept is at least what a
 * passage matching only the first few words could reach, those words stop proposing passages
 * ("non-essential"); they are looked up only for passages the others propose, and only while the
 * passage can still get in. Passages are proposed in slot order, so a passage that would only tie
 * the k-th best never gets in (it has the higher slot), as in topHits. A kept passage's score is
 * summed in the exhaustive search's order (words in query order, then acronyms), so it is equal
 * bit for bit.
 */
import type { LexicalHit } from './scoring.ts';
import { BLOCK_SIZE } from './word-postings.ts';
import type { WordPostings } from './word-postings.ts';
import { TopPassages } from './top-passages.ts';

/**
 * Bounds are added up in another order than scores; this margin (far above the rounding error of
 * a few dozen additions) keeps a bound above every score it bounds.
 */
const BOUND_MARGIN = 1 + 1e-9;

/** A cursor over each word's postings: its position and its block. */
class Cursors {
  readonly position: Int32Array;
  readonly block: Int32Array;

  constructor(private readonly postings: readonly WordPostings[]) {
    this.position = new Int32Array(postings.length);
    this.block = new Int32Array(postings.length);
  }

  /** Word w's next slot, Infinity when past its last. */
  slot(w: number): number {
    const p = this.position[w]!;
    const slots = this.postings[w]!.slots;
    return p < slots.length ? slots[p]! : Infinity;
  }

  /** Moves word w's cursor to its first passage at or after `slot`, over whole blocks first. */
  advanceTo(w: number, slot: number): void {
    const postings = this.postings[w]!;
    const last = postings.blockLastSlot;
    let b = this.block[w]!;
    while (b < last.length && last[b]! < slot) b++;
    this.block[w] = b;
    if (b === last.length) {
      this.position[w] = postings.slots.length;
      return;
    }
    const slots = postings.slots;
    let p = Math.max(this.position[w]!, b * BLOCK_SIZE);
    while (slots[p]! < slot) p++;
    this.position[w] = p;
  }

  /** Word w's score at `slot`, 0 when it does not match the passage. */
  scoreAt(w: number, slot: number): number {
    this.advanceTo(w, slot);
    const p = this.position[w]!;
    const postings = this.postings[w]!;
    return p < postings.slots.length && postings.slots[p] === slot ? postings.scores[p]! : 0;
  }

  /** The most word w can score at `slot`: the largest score of the first block not ending before it; 0 when none is left. */
  blockBoundAt(w: number, slot: number): number {
    const postings = this.postings[w]!;
    const last = postings.blockLastSlot;
    let b = this.block[w]!;
    while (b < last.length && last[b]! < slot) b++;
    this.block[w] = b;
    return b < last.length ? postings.blockMaxScore[b]! : 0;
  }
}

/**
 * The `limit` best passages, best first, as the exhaustive search ranks them; undefined when that
 * search would also list passages only an acronym matches (score 0, when fewer than `limit`
 * passages match a word): the caller runs it then.
 */
export function prunedTopHits(words: readonly WordPostings[], acronyms: readonly WordPostings[], labels: Uint32Array, limit: number): LexicalHit[] | undefined {
  const wordCount = words.length;
  const k = Math.max(0, Math.floor(limit) || 0);
  if (k === 0) return [];
  const acronymsMatch = acronyms.some((acronym) => acronym.slots.length > 0);
  if (wordCount === 0) return acronymsMatch ? undefined : [];
  const all = [...words, ...acronyms];
  const cursors = new Cursors(all);
  const acronymBound = acronyms.reduce((sum, acronym) => sum + acronym.maxScore, 0);
  const order = words.map((_, w) => w).sort((a, b) => words[a]!.maxScore - words[b]!.maxScore || a - b);
  // boundBelow[i]: the largest scores of order[0..i) added up.
  const boundBelow = new Float64Array(wordCount + 1);
  for (let i = 0; i < wordCount; i++) boundBelow[i + 1] = boundBelow[i]! + words[order[i]!]!.maxScore;
  const reachable = (sum: number, hits: number, threshold: number) => ((sum * hits) / wordCount) * BOUND_MARGIN > threshold;

  const top = new TopPassages(k);
  /** Words order[essentialFrom..] propose passages. */
  let essentialFrom = 0;
  const scores = new Float64Array(wordCount);
  const blockBounds = new Float64Array(wordCount);
  let slot = -1;
  for (let next = 0; ; next = slot + 1) {
    slot = Infinity;
    for (let i = essentialFrom; i < wordCount; i++) {
      const w = order[i]!;
      cursors.advanceTo(w, next);
      const s = cursors.slot(w);
      if (s < slot) slot = s;
    }
    if (slot === Infinity) break;
    let partial = 0;
    let hits = 0;
    for (let i = essentialFrom; i < wordCount; i++) {
      const w = order[i]!;
      const score = cursors.scoreAt(w, slot);
      scores[w] = score;
      if (score > 0) {
        partial += score;
        hits++;
      }
    }
    const threshold = top.threshold;
    if (essentialFrom > 0) {
      // Bound the passage by the blocks of the words that did not propose it, then add their
      // exact scores, best-scoring words first, while it can still get in.
      let rest = acronymBound;
      let restHits = 0;
      for (let i = 0; i < essentialFrom; i++) {
        const w = order[i]!;
        const bound = cursors.blockBoundAt(w, slot);
        blockBounds[w] = bound;
        scores[w] = 0;
        if (bound > 0) {
          rest += bound;
          restHits++;
        }
      }
      let dropped = !reachable(partial + rest, hits + restHits, threshold);
      for (let i = essentialFrom - 1; i >= 0 && !dropped; i--) {
        const w = order[i]!;
        if (blockBounds[w] === 0) continue;
        rest -= blockBounds[w]!;
        restHits--;
        const score = cursors.scoreAt(w, slot);
        scores[w] = score;
        if (score > 0) {
          partial += score;
          hits++;
        }
        dropped = !reachable(partial + rest, hits + restHits, threshold);
      }
      if (dropped) continue;
    }
    let total = 0;
    for (let w = 0; w < wordCount; w++) if (scores[w]! > 0) total += scores[w]!;
    for (let a = wordCount; a < all.length; a++) {
      const bonus = cursors.scoreAt(a, slot);
      if (bonus > 0) total += bonus;
    }
    top.add(slot, (total * hits) / wordCount);
    if (top.full && top.threshold > threshold) {
      while (essentialFrom < wordCount && !reachable(boundBelow[essentialFrom + 1]! + acronymBound, essentialFrom + 1, top.threshold)) essentialFrom++;
    }
  }
  if (!top.full && acronymsMatch) return undefined;
  return top.hits(labels);
}
