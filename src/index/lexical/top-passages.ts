/**
 * The k best passages seen so far, by score and then by lower slot (the order every lexical search
 * returns; slots ascend with labels): a min-heap whose root is the worst kept passage, so that a
 * search can ask what score a passage must beat to get in.
 */
import type { LexicalHit } from './scoring.ts';

export class TopPassages {
  private readonly slots: Uint32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.slots = new Uint32Array(k);
    this.scores = new Float64Array(k);
  }

  get full(): boolean {
    return this.size === this.k;
  }

  /** The worst kept score once k passages are kept (a passage must beat it, or tie it with a lower slot); −∞ before. */
  get threshold(): number {
    return this.size === this.k ? this.scores[0]! : -Infinity;
  }

  /** Whether (a, slotA) ranks below (b, slotB). */
  private static worse(a: number, slotA: number, b: number, slotB: number): boolean {
    return a < b || (a === b && slotA > slotB);
  }

  add(slot: number, score: number): void {
    const { slots, scores, k } = this;
    if (this.size < k) {
      let c = this.size++;
      while (c > 0) {
        const parent = (c - 1) >> 1;
        if (!TopPassages.worse(score, slot, scores[parent]!, slots[parent]!)) break;
        slots[c] = slots[parent]!;
        scores[c] = scores[parent]!;
        c = parent;
      }
      slots[c] = slot;
      scores[c] = score;
      return;
    }
    if (k === 0 || !TopPassages.worse(scores[0]!, slots[0]!, score, slot)) return;
    let c = 0;
    for (;;) {
      const left = 2 * c + 1;
      if (left >= k) break;
      const right = left + 1;
      const child = right < k && TopPassages.worse(scores[right]!, slots[right]!, scores[left]!, slots[left]!) ? right : left;
      if (!TopPassages.worse(scores[child]!, slots[child]!, score, slot)) break;
      slots[c] = slots[child]!;
      scores[c] = scores[child]!;
      c = child;
    }
    slots[c] = slot;
    scores[c] = score;
  }

  /** The slots of the kept passages, in no particular order. */
  keptSlots(): Uint32Array {
    return this.slots.subarray(0, this.size);
  }

  /** The kept passages, best first, with their labels. */
  hits(labels: Uint32Array): LexicalHit[] {
    return Array.from({ length: this.size }, (_, i) => ({ slot: this.slots[i]!, score: this.scores[i]! }))
      .sort((a, b) => b.score - a.score || a.slot - b.slot)
      .map(({ slot, score }) => ({ label: labels[slot]!, score }));
  }
}
