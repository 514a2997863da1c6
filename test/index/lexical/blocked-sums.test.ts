import { describe, expect, it } from 'vitest';
import { BLOCK_SLOTS, blockedTopHits, newBlockScratch } from '../../../src/index/lexical/blocked-sums.ts';
import type { WordVector } from '../../../src/index/lexical/scoring.ts';
import { createRandom as random } from '../../../bench/synthetic.ts';

function randomVector(next: () => number, passages: number, share: number, levels: number): WordVector {
  const slots: number[] = [];
  for (let slot = 0; slot < passages; slot++) if (next() < share) slots.push(slot);
  // Few distinct scores: many exact ties between passages.
  return { slots: Uint32Array.from(slots), scores: Float64Array.from(slots, () => 0.5 + Math.floor(next() * levels) * 0.3) };
}

/** The sum written plainly: every passage over all slots, words added one after the other, then sorted. */
function reference(words: WordVector[], weights: number[], bonuses: WordVector[], labels: Uint32Array, limit: number) {
  const total = new Map<number, number>();
  const matched = new Map<number, number>();
  words.forEach((word, w) =>
    word.slots.forEach((slot, i) => {
      total.set(slot, (total.get(slot) ?? 0) + weights[w]! * word.scores[i]!);
      matched.set(slot, (matched.get(slot) ?? 0) + weights[w]!);
    }),
  );
  for (const bonus of bonuses) bonus.slots.forEach((slot, i) => total.set(slot, (total.get(slot) ?? 0) + bonus.scores[i]!));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  return [...total]
    .map(([slot, sum]) => ({ slot, score: totalWeight === 0 ? 0 : (sum * (matched.get(slot) ?? 0)) / totalWeight }))
    .sort((a, b) => b.score - a.score || a.slot - b.slot)
    .slice(0, Math.max(0, Math.floor(limit) || 0))
    .map(({ slot, score }) => ({ label: labels[slot]!, score }));
}

describe('blockedTopHits', () => {
  it('ranks as adding the words up over all slots does, across blocks, with weights and many ties', () => {
    const next = random(5);
    const passages = 5 * BLOCK_SLOTS + 37;
    const labels = Uint32Array.from({ length: passages }, (_, i) => i * 3 + 2);
    const scratch = newBlockScratch();
    for (let round = 0; round < 80; round++) {
      const words = Array.from({ length: Math.floor(next() * 7) }, () => randomVector(next, passages, [0.001, 0.02, 0.3, 0.9][Math.floor(next() * 4)]!, 1 + Math.floor(next() * 4)));
      const weights = words.map(() => [1, 1, 0.35, 0.6][Math.floor(next() * 4)]!);
      const bonuses = next() < 0.4 ? [randomVector(next, passages, 0.005, 2)] : [];
      for (const k of [0, 1, 5, 30, 2.7, 1000, Infinity, Number.NaN]) {
        expect(blockedTopHits(words, weights, bonuses, labels, k, scratch), `round ${round}, k ${k}`).toEqual(reference(words, weights, bonuses, labels, k));
        expect(scratch.sums.every((v) => v === 0) && scratch.marks.every((v) => v === 0)).toBe(true);
      }
    }
  });

  it('lists passages only an acronym holds, at 0, after those the words match', () => {
    const labels = Uint32Array.from([10, 11, 12, 13]);
    const word: WordVector = { slots: Uint32Array.from([2]), scores: Float64Array.from([1.5]) };
    const acronym: WordVector = { slots: Uint32Array.from([0, 2, 3]), scores: Float64Array.from([0.8, 0.8, 0.4]) };
    expect(blockedTopHits([word], [1], [acronym], labels, 10, newBlockScratch())).toEqual([
      { label: 12, score: 2.3 },
      { label: 10, score: 0 },
      { label: 13, score: 0 },
    ]);
    expect(blockedTopHits([], [], [], labels, 10, newBlockScratch())).toEqual([]);
  });
});
