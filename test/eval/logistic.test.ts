import { describe, expect, it } from 'vitest';
import { fitLogistic, predictLogistic } from '../../src/eval/logistic.ts';

/** A deterministic stream of numbers in [0, 1). */
function lcg(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('fitLogistic', () => {
  it('recovers the weights that generated the labels', () => {
    const random = lcg(7);
    const truth = { intercept: -1, weights: [3, -2] };
    const x: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 4000; i++) {
      const row = [random(), random()];
      x.push(row);
      y.push(random() < predictLogistic(truth, row) ? 1 : 0);
    }
    const fit = fitLogistic(x, y, { l2: 0.01 });
    expect(fit.intercept).toBeCloseTo(truth.intercept, 0);
    expect(fit.weights[0]).toBeCloseTo(3, 0);
    expect(fit.weights[1]).toBeCloseTo(-2, 0);
  });

  it('shrinks the weights with a larger penalty, and weighs examples as told', () => {
    const x = [[0], [0.2], [0.4], [0.6], [0.8], [1]];
    const y = [0, 0, 1, 0, 1, 1];
    const loose = fitLogistic(x, y, { l2: 0.01 });
    const tight = fitLogistic(x, y, { l2: 10 });
    expect(Math.abs(tight.weights[0]!)).toBeLessThan(Math.abs(loose.weights[0]!));
    const favourPositives = fitLogistic(x, y, { l2: 0.1, exampleWeights: y.map((label) => (label === 1 ? 5 : 1)) });
    expect(predictLogistic(favourPositives, [0.3])).toBeGreaterThan(predictLogistic(fitLogistic(x, y, { l2: 0.1 }), [0.3]));
  });
});
