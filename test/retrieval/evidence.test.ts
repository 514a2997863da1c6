import { describe, expect, it } from 'vitest';
import { UNSEEN_WORD_WEIGHT, bagOf, coverage, focusMissing, questionEvidence, wordWeightsFromFrequencies } from '../../src/retrieval/evidence.ts';

describe('questionEvidence', () => {
  it('weighs names and numbers above common words and drops stop words', () => {
    const evidence = questionEvidence('Who did Jeyhun Bayramov receive on May 23?');
    expect(evidence.words.map((w) => [w.token, w.weight])).toEqual([
      ['Jeyhun', 1.5],
      ['Bayramov', 1.5],
      ['receive', 1],
      ['May', 1],
      ['23', 1.5],
    ]);
  });

  it('takes the word after a question word, or the topic after "about", as the focus, but not an answer-kind noun', () => {
    const focus = (q: string) => questionEvidence(q).focus.map((w) => w.token);
    expect(focus('What is the GDP of Korea?')).toEqual(['GDP']);
    expect(focus('Which Korean newspapers did he meet?')).toEqual(['Korean']);
    expect(focus('What did Bayramov say about the Olympic Games?')).toEqual(['Bayramov', 'Olympic']);
    expect(focus('Elnur Məmmədov hansı qəzetlərin rəhbərləri ilə görüşüb?')).toEqual(['qəzetlərin']);
    expect(focus('In which city did they meet?')).toEqual([]);
    expect(focus('Which agency reported it?')).toEqual([]);
    expect(questionEvidence('Since which year has KOICA helped?').words.map((w) => w.token)).toEqual(['KOICA', 'helped']);
  });

  it('scales weights by corpus weights when given', () => {
    expect(questionEvidence('Who is the minister of Korea?', { minister: 0.5, Korea: 0.1 }).words.map((w) => w.weight)).toEqual([0.5, 0.1]);
  });
});

describe('coverage', () => {
  it('credits the written word above a lexicon or sound match, and the document above the sentence', () => {
    const evidence = questionEvidence('Mammadov newspapers');
    const exact = coverage(evidence, bagOf('Mammadov read the newspapers.'));
    const variant = coverage(evidence, bagOf('Məmmədovun qəzetləri'));
    const sound = coverage(evidence, bagOf('Mamedov read the newspapers.'));
    expect(exact.share).toBe(1);
    expect(variant.share).toBeGreaterThan(0.7);
    expect(variant.share).toBeLessThan(1);
    expect(sound.share).toBeLessThan(1);
    expect(coverage(evidence, bagOf('Bread and salt.')).share).toBe(0);
  });

  it('finds a missing focus', () => {
    expect(focusMissing(questionEvidence('What is the GDP of Korea?'), bagOf('Korea grew fast.'))).toBe(true);
    expect(focusMissing(questionEvidence('What is the GDP of Korea?'), bagOf('The GDP of Korea grew.'))).toBe(false);
  });
});

describe('wordWeightsFromFrequencies', () => {
  it('gives rare words more weight than common ones, and unseen words a middling weight', () => {
    const weights = wordWeightsFromFrequencies(
      [
        { token: 'rare', documents: 1 },
        { token: 'some', documents: 20 },
        { token: 'everywhere', documents: 1000 },
        { token: 'unseen', documents: 0 },
      ],
      1000,
    );
    expect(weights.rare).toBeGreaterThan(weights.some!);
    expect(weights.some).toBeGreaterThan(weights.everywhere!);
    expect(weights.everywhere).toBeGreaterThan(0);
    expect(weights.rare).toBeLessThanOrEqual(1);
    expect(weights.unseen).toBe(UNSEEN_WORD_WEIGHT);
  });
});
