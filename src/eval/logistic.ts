/**
 * Logistic regression fitted by Newton's method with an L2 penalty on the weights (not the
 * intercept): a handful of features and a few hundred examples, where the exact optimum takes a
 * few iterations of a small linear solve. Used by `npm run calibrate` for the abstention model.
 */

export interface LogisticFit {
  intercept: number;
  weights: number[];
}

export interface LogisticOptions {
  /** L2 penalty on the weights; larger keeps them smaller. */
  l2: number;
  /** Weight of each example (e.g. to balance classes); 1 each by default. */
  exampleWeights?: readonly number[];
  iterations?: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Solves A x = b for a small symmetric positive definite A (Gaussian elimination with pivoting). */
export function solveLinear(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / p;
      if (f !== 0) for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

/** Fits P(y = 1 | x) = σ(intercept + w·x) to rows `x` with labels `y` (0 or 1). */
export function fitLogistic(x: readonly (readonly number[])[], y: readonly number[], options: LogisticOptions): LogisticFit {
  const d = x[0]?.length ?? 0;
  let beta = new Array<number>(d + 1).fill(0); // [intercept, ...weights]
  const weightOf = (i: number) => options.exampleWeights?.[i] ?? 1;
  for (let iteration = 0; iteration < (options.iterations ?? 50); iteration++) {
    const gradient = new Array<number>(d + 1).fill(0);
    const hessian = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    x.forEach((row, i) => {
      const features = [1, ...row];
      const p = sigmoid(features.reduce((s, f, j) => s + f * beta[j]!, 0));
      const w = weightOf(i);
      for (let j = 0; j <= d; j++) {
        gradient[j]! += w * (y[i]! - p) * features[j]!;
        for (let k = 0; k <= d; k++) hessian[j]![k]! += w * p * (1 - p) * features[j]! * features[k]!;
      }
    });
    for (let j = 1; j <= d; j++) {
      gradient[j]! -= options.l2 * beta[j]!;
      hessian[j]![j]! += options.l2;
    }
    const step = solveLinear(hessian, gradient);
    beta = beta.map((b, j) => b + step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return { intercept: beta[0]!, weights: beta.slice(1) };
}

/** P(y = 1) for one row under a fit. */
export function predictLogistic(fit: LogisticFit, row: readonly number[]): number {
  return sigmoid(fit.intercept + row.reduce((s, f, j) => s + f * fit.weights[j]!, 0));
}
