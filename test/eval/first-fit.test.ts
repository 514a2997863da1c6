import { describe, expect, it } from 'vitest';
import { FIRST_SENTENCE_FEATURES } from '../../src/answer/first-sentence.ts';
import { fitFirstSentence, isInformative, scoreFirstSentence } from '../../src/eval/first-fit.ts';
import type { FirstChoiceGroup } from '../../src/eval/first-fit.ts';

/** A small deterministic random source (mulberry32), so the planted data are the same every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DETAIL = FIRST_SENTENCE_FEATURES.indexOf('detail');
const CHOSEN = FIRST_SENTENCE_FEATURES.indexOf('chosenFirst');

/**
 * Answers of three sentences whose answer-holding one is the rules' first two times in three, and
 * otherwise the one with the most detail: the rules are often right, the detail tells the rest.
 */
function planted(count: number, seed: number): FirstChoiceGroup[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const features = [0, 1, 2].map((i) => FIRST_SENTENCE_FEATURES.map((_, j) => (j === CHOSEN ? (i === 0 ? 1 : 0) : next() * 0.5)));
    let holding = 0;
    if (next() < 1 / 3) {
      holding = 1 + Math.floor(next() * 2);
      features[holding]![DETAIL] = 0.6 + next() * 0.4;
    }
    return { set: 'planted', features, labels: [0, 1, 2].map((i) => (i === holding ? 1 : 0)) };
  });
}

describe('fitting the first-sentence model', () => {
  it('learns what tells the answer-holding sentence and leads with it more often than the rules, on answers it did not see', () => {
    const w = fitFirstSentence(planted(400, 1), 0.1);
    const weights = Object.fromEntries(FIRST_SENTENCE_FEATURES.map((name, j) => [name, w[j]!]));
    expect(weights.detail).toBeGreaterThan(2);
    for (const name of FIRST_SENTENCE_FEATURES) if (name !== 'detail' && name !== 'chosenFirst') expect(Math.abs(weights[name]!)).toBeLessThan(weights.detail! / 2);
    const score = scoreFirstSentence(planted(300, 2), w);
    expect(score.modelFirst).toBeGreaterThan(score.rulesFirst);
    expect(score.gained).toBeGreaterThan(score.lost);
  });

  it('reads only answers where some sentence holds the answer and some does not', () => {
    expect(isInformative({ labels: [1, 0] })).toBe(true);
    expect(isInformative({ labels: [1, 1] })).toBe(false);
    expect(isInformative({ labels: [0, 0, 0] })).toBe(false);
    const none = planted(50, 3).map((g) => ({ ...g, labels: g.labels.map(() => 0) }));
    expect(scoreFirstSentence(none, fitFirstSentence(planted(50, 4), 1)).answers).toBe(0);
  });

  it('keeps the weights small under a heavy penalty', () => {
    const w = fitFirstSentence(planted(200, 5), 1e6);
    for (const value of w) expect(Math.abs(value)).toBeLessThan(0.01);
  });
});
