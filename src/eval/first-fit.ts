/**
 * Fits the first-sentence model (answer/first-sentence.ts): a conditional logit over each answer's
 * chosen sentences, P(sentence i leads) ∝ exp(w·xᵢ), that maximises, over answers, the log of the
 * probability it gives the sentences holding the answer, with an L2 penalty on w. Fitted by Newton
 * steps on the exact gradient with the sentences' covariance as curvature (positive definite with
 * the penalty), each step halved until the objective rises: a dozen features and a thousand
 * answers take a few dozen steps.
 */
import { FIRST_SENTENCE_FEATURES, leadingIndex } from '../answer/first-sentence.ts';
import type { FirstSentenceFeature, FirstSentenceModel } from '../answer/first-sentence.ts';
import { solveLinear } from './logistic.ts';

/** One answer's chosen sentences (or cited articles), in the rules' order: features and whether each holds the answer (1) or not (0). */
export interface FirstChoiceGroup {
  set: string;
  features: number[][];
  labels: number[];
}

/** Whether an answer teaches the model anything: some chosen sentence holds the answer and some does not. */
export function isInformative(group: Pick<FirstChoiceGroup, 'labels'>): boolean {
  const holding = group.labels.filter((label) => label === 1).length;
  return holding > 0 && holding < group.labels.length;
}

/** Σ over groups of log P(a holding sentence leads) − l2·|w|², its gradient and a curvature matrix. */
function objective(groups: readonly FirstChoiceGroup[], w: readonly number[], l2: number): { value: number; gradient: number[]; curvature: number[][] } {
  const d = w.length;
  let value = -l2 * w.reduce((s, x) => s + x * x, 0);
  const gradient = w.map((x) => -2 * l2 * x);
  const curvature = Array.from({ length: d }, (_, j) => Array.from({ length: d }, (_, k) => (j === k ? 2 * l2 : 0)));
  for (const group of groups) {
    const z = group.features.map((row) => row.reduce((s, x, j) => s + x * w[j]!, 0));
    const top = Math.max(...z);
    const e = z.map((v) => Math.exp(v - top));
    const all = e.reduce((s, v) => s + v, 0);
    const held = e.reduce((s, v, i) => s + v * group.labels[i]!, 0);
    value += Math.log(held / all);
    const p = e.map((v) => v / all);
    const q = e.map((v, i) => (v * group.labels[i]!) / held);
    const mean = (weights: number[]) => Array.from({ length: d }, (_, j) => group.features.reduce((s, row, i) => s + weights[i]! * row[j]!, 0));
    const meanP = mean(p);
    const meanQ = mean(q);
    for (let j = 0; j < d; j++) gradient[j]! += meanQ[j]! - meanP[j]!;
    group.features.forEach((row, i) => {
      for (let j = 0; j < d; j++) for (let k = 0; k < d; k++) curvature[j]![k]! += p[i]! * (row[j]! - meanP[j]!) * (row[k]! - meanP[k]!);
    });
  }
  return { value, gradient, curvature };
}

/** Weights fitted on the informative groups, starting from the rules' choice (chosenFirst 1, others 0). */
export function fitFirstSentence(groups: readonly FirstChoiceGroup[], l2: number, iterations = 100): number[] {
  return fitChoice(groups, l2, FIRST_SENTENCE_FEATURES.length, iterations);
}

/**
 * Weights over `dimension` features fitted on the informative groups, starting from the rules'
 * choice (the first feature, 1 for what the rules put first, weighs 1; the others 0). Fits the
 * first-article model (answer/first-article.ts) as well as the first-sentence one.
 */
export function fitChoice(groups: readonly FirstChoiceGroup[], l2: number, dimension: number, iterations = 100): number[] {
  const informative = groups.filter(isInformative);
  let w: number[] = Array.from({ length: dimension }, (_, j) => (j === 0 ? 1 : 0));
  let current = objective(informative, w, l2);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const step = solveLinear(current.curvature, current.gradient);
    let scale = 1;
    let next = w;
    let tried = current;
    while (scale > 1e-6) {
      next = w.map((x, j) => x + scale * step[j]!);
      tried = objective(informative, next, l2);
      if (tried.value >= current.value) break;
      scale /= 2;
    }
    if (tried.value < current.value) break;
    const moved = Math.max(...next.map((x, j) => Math.abs(x - w[j]!)));
    [w, current] = [next, tried];
    if (moved < 1e-7) break;
  }
  return w;
}

/** How weights `w` order `groups`' answers against the rules: answers whose first sentence holds the answer. */
export interface FirstSentenceScore {
  answers: number;
  rulesFirst: number;
  modelFirst: number;
  /** Answers the model leads right where the rules did not, and wrong where they were right. */
  gained: number;
  lost: number;
}

export function scoreFirstSentence(groups: readonly FirstChoiceGroup[], w: readonly number[], margin = 0): FirstSentenceScore {
  const informative = groups.filter(isInformative);
  let rulesFirst = 0;
  let modelFirst = 0;
  let gained = 0;
  let lost = 0;
  for (const group of informative) {
    const rules = group.labels[0] === 1;
    const model = group.labels[leadingIndex(group.features, w, margin)] === 1;
    rulesFirst += rules ? 1 : 0;
    modelFirst += model ? 1 : 0;
    gained += model && !rules ? 1 : 0;
    lost += rules && !model ? 1 : 0;
  }
  return { answers: informative.length, rulesFirst, modelFirst, gained, lost };
}

/** Weights as a model file keeps them, rounded, by feature name. */
export function namedWeights<Name extends string>(names: readonly Name[], w: readonly number[]): Record<Name, number> {
  return Object.fromEntries(names.map((name, j) => [name, Math.round(w[j]! * 1000) / 1000])) as Record<Name, number>;
}


/** A model file from fitted weights. */
export function firstSentenceModel(w: readonly number[], analyzerVersion: number, fit: FirstSentenceModel['fit']): FirstSentenceModel {
  return { format: 1, analyzerVersion, weights: namedWeights(FIRST_SENTENCE_FEATURES, w), fit };
}
