import { describe, expect, it } from 'vitest';
import { ABSTENTION_FEATURES, answerProbability, isAbstentionModel, shouldAbstain } from '../../src/answer/abstention.ts';
import type { AbstentionFeatures } from '../../src/answer/abstention.ts';
import { fitAbstentionModel, fitDeclining } from '../../src/eval/abstention-fit.ts';
import type { CalibrationRow } from '../../src/eval/abstention-fit.ts';

const features = (coverage: number): AbstentionFeatures =>
  ({ ...Object.fromEntries(ABSTENTION_FEATURES.map((f) => [f, 0])), coverage, plainCoverage: coverage, yearInArticle: 1 }) as AbstentionFeatures;

function row(part: CalibrationRow['part'], answerable: boolean, coverage: number, id: string): CalibrationRow {
  return {
    set: part === 'fit' ? 'seeds' : 'dev',
    part,
    question: { id, q: id, docs: answerable ? ['d.txt'] : [], answer: answerable ? ['x'] : [], type: answerable ? 'factoid' : 'unanswerable' },
    answerable,
    features: features(coverage),
    hitAt3: answerable,
    answerInReply: answerable,
    firstSentence: '',
  };
}

describe('fitAbstentionModel', () => {
  // Many answerable questions, a few unanswerable ones, overlapping in coverage.
  const rows: CalibrationRow[] = [
    ...[0.35, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 0.95, 1].map((c, i) => row('A', true, c, `a${i}`)),
    ...[0.4, 0.6, 0.8, 1].map((c, i) => row('fit', true, c, `s${i}`)),
    row('fit', false, 0.3, 'u-seeds'),
    row('A', false, 0.42, 'u-dev'),
    row('A', false, 0.1, 'u-dev-2'),
  ];
  const model = fitAbstentionModel(rows, ['coverage'], 'lexical', 'test');
  const answers = (r: CalibrationRow) => answerProbability(model, r.features) >= model.threshold;

  it('declines every unanswerable question of the seeds sets', () => {
    for (const r of rows.filter((r) => r.part === 'fit' && !r.answerable)) expect(answers(r)).toBe(false);
  });

  it('handles at least as many questions right as the balanced fit at 0.5 does', () => {
    const right = (threshold: number) => rows.filter((r) => (answerProbability(model, r.features) >= threshold) === r.answerable).length;
    expect(right(model.threshold)).toBeGreaterThanOrEqual(right(0.5));
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
  });

  it('learns from questions asked without their documents but sets the threshold by the questions people ask', () => {
    // Many withheld questions as well covered as answerable ones: counted, they would move the threshold.
    const withheld = [0.5, 0.55, 0.6, 0.62, 0.65, 0.7, 0.75, 0.8].map((c, i) => ({ ...row('B', false, c, `w${i}`), withheld: 'article' as const }));
    const fitted = fitAbstentionModel([...rows, ...withheld], ['coverage'], 'lexical', 'test');
    const right = (threshold: number) => rows.filter((r) => (answerProbability(fitted, r.features) >= threshold) === r.answerable).length;
    const seedsDeclined = (threshold: number) => rows.every((r) => r.part !== 'fit' || r.answerable || answerProbability(fitted, r.features) < threshold);
    for (let step = 1; step < 20; step++) if (seedsDeclined(step / 20)) expect(right(fitted.threshold)).toBeGreaterThanOrEqual(right(step / 20));
    // The withheld questions still count in the weights: the model trusts coverage less.
    expect(answerProbability(fitted, features(0.6))).toBeLessThan(answerProbability(model, features(0.6)));
  });
});

describe('features that decline by themselves', () => {
  // measureInArticle is 1 on every row but those given: a yes-or-no feature.
  const rowWith = (answerable: boolean, coverage: number, id: string, measureInArticle = 1): CalibrationRow => {
    const r = row('A', answerable, coverage, id);
    return { ...r, features: { ...r.features, measureInArticle } };
  };
  const answerable = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1].map((c, i) => rowWith(true, c, `a${i}`));
  const declinedAtZero = [0.5, 0.6, 0.7, 0.8, 0.9].map((c, i) => rowWith(false, c, `n${i}`, 0));
  const unanswerable = [0.1, 0.2, 0.3].map((c, i) => rowWith(false, c, `u${i}`));

  it('are the yes-or-no features at 0 on enough questions, none of them answerable', () => {
    expect(fitDeclining([...answerable, ...declinedAtZero, ...unanswerable], ['coverage', 'measureInArticle'])).toEqual(['measureInArticle']);
    // One answerable question at 0, or too few questions at 0: the weights decide.
    expect(fitDeclining([...answerable, ...declinedAtZero, ...unanswerable, rowWith(true, 0.9, 'a-zero', 0)], ['measureInArticle'])).toEqual([]);
    expect(fitDeclining([...answerable, ...declinedAtZero.slice(1), ...unanswerable], ['measureInArticle'])).toEqual([]);
  });

  it('decline a question with the feature at 0 however much of it the passages hold; the weights are fitted on the rest', () => {
    const model = fitAbstentionModel([...answerable, ...declinedAtZero, ...unanswerable], ['coverage', 'measureInArticle'], 'lexical', 'test');
    expect(model.declineAtZero).toEqual(['measureInArticle']);
    expect(model.weights.measureInArticle).toBeUndefined();
    expect(isAbstentionModel(model)).toBe(true);
    expect(shouldAbstain(rowWith(false, 1, 'x', 0).features, model)).toBe(true);
    expect(shouldAbstain(rowWith(true, 1, 'y').features, model)).toBe(false);
    expect(isAbstentionModel({ ...model, declineAtZero: ['nonsense'] })).toBe(false);
  });
});
