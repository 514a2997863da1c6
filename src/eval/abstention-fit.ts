import { shouldAbstain } from '../answer/abstention.ts';
import type { AbstentionFeature, AbstentionFeatures, AbstentionModel } from '../answer/abstention.ts';
import { ANALYZER_VERSION } from '../corpus/terms.ts';
import { AppError } from '../errors.ts';
import { fitLogistic } from './logistic.ts';
import type { EvalQuestion } from './metrics.ts';

/** The abstention model's fit on calibration rows (see calibrate.ts for how the rows are made). */

/** Questions with a feature at 0, none answerable, before it declines by itself (fitDeclining): fewer could be chance. */
const MIN_DECLINING_QUESTIONS = 5;
/** L2 penalty of the fit: with a few hundred questions, it keeps single questions from setting a weight. */
const L2 = 1;
/** The answer threshold is chosen among 0.05, 0.10, ... 0.95. */
const THRESHOLD_STEPS = 20;

export interface CalibrationRow {
  set: string;
  /** 'fit' (seeds sets), 'A' or 'B' (the halves of the development set and the other question sets). */
  part: 'fit' | 'A' | 'B';
  question: EvalQuestion;
  answerable: boolean;
  features: AbstentionFeatures;
  /** A gold document among the first three citations of the answer given without abstaining. */
  hitAt3: boolean;
  answerInReply: boolean;
  /**
   * Asked over a corpus without its gold documents ('article'), or with its documents but without
   * their sentences that hold its answer ('answer'), and labelled unanswerable (see above).
   */
  withheld?: 'article' | 'answer';
  /** The answer's first sentence, for reading the rows (--rows). */
  firstSentence: string;
}

export interface CalibrationReport {
  questions: number;
  falseAbstention: number;
  abstentionAccuracy: number;
  hitAt3: number;
  answerInReply: number;
}

/** What the model (or each row's model) does to a set of rows: the eval's shares, abstentions counted as misses. */
export function scoreModel(model: AbstentionModel | ((row: CalibrationRow) => AbstentionModel), rows: readonly CalibrationRow[]): CalibrationReport {
  const modelOf = typeof model === 'function' ? model : () => model;
  const answers = (r: CalibrationRow) => !shouldAbstain(r.features, modelOf(r));
  const answerable = rows.filter((r) => r.answerable);
  const unanswerable = rows.filter((r) => !r.answerable);
  const share = (n: number, of: number) => (of === 0 ? Number.NaN : n / of);
  return {
    questions: rows.length,
    falseAbstention: share(answerable.filter((r) => !answers(r)).length, answerable.length),
    abstentionAccuracy: share(unanswerable.filter((r) => !answers(r)).length, unanswerable.length),
    hitAt3: share(answerable.filter((r) => answers(r) && r.hitAt3).length, answerable.length),
    answerInReply: share(answerable.filter((r) => answers(r) && r.answerInReply).length, answerable.length),
  };
}

/**
 * Fits the model on rows: answerable questions against unanswerable ones, each class weighing
 * half (there are far fewer unanswerable questions), answering when P(answerable) ≥ 0.5. Within the
 * unanswerable half, the questions people asked and those asked without their documents weigh a
 * quarter each: the second kind is many and teaches what a missing article looks like, the first
 * is what users ask, and neither should drown the other.
 */
export function fitAbstentionModel(allRows: readonly CalibrationRow[], features: readonly AbstentionFeature[], fittedFor: string, note: string): AbstentionModel {
  const declineAtZero = fitDeclining(allRows, features);
  // The weights are fitted on the questions the declining features leave to them, on which those features are all 1.
  const rows = allRows.filter((r) => !declineAtZero.some((f) => r.features[f] === 0));
  const weighed = features.filter((f) => !declineAtZero.includes(f));
  const positives = rows.filter((r) => r.answerable).length;
  const negatives = rows.length - positives;
  if (positives === 0 || negatives === 0) throw new AppError('EVAL_INPUT_INVALID', 'Calibration needs answerable and unanswerable questions.', {});
  const withheld = rows.filter((r) => r.withheld !== undefined).length;
  const asked = negatives - withheld;
  const weightOf = (r: CalibrationRow): number => {
    if (r.answerable) return rows.length / (2 * positives);
    if (withheld === 0 || asked === 0) return rows.length / (2 * negatives);
    return rows.length / (4 * (r.withheld !== undefined ? withheld : asked));
  };
  const fit = fitLogistic(
    rows.map((r) => weighed.map((f) => r.features[f])),
    rows.map((r) => (r.answerable ? 1 : 0)),
    { l2: L2, exampleWeights: rows.map(weightOf) },
  );
  const weights: Partial<Record<AbstentionFeature, number>> = {};
  weighed.forEach((f, i) => (weights[f] = round(fit.weights[i]!)));
  const model: AbstentionModel = {
    format: 1,
    analyzerVersion: ANALYZER_VERSION,
    fittedFor,
    intercept: round(fit.intercept),
    weights,
    threshold: 0.5,
    ...(declineAtZero.length > 0 ? { declineAtZero } : {}),
    fit: { trainQuestions: allRows.length, heldOutQuestions: 0, heldOutAccuracy: 0, note },
  };
  return { ...model, threshold: fitThreshold(model, rows) };
}

/**
 * The yes-or-no features (0 or 1 on every question) that decline by themselves: at least
 * MIN_DECLINING_QUESTIONS questions fitted on have the feature at 0 and not one of them is
 * answerable. A logistic weight shrinks such a feature (the L2 penalty, few questions), though the
 * data never saw it wrong.
 */
export function fitDeclining(rows: readonly CalibrationRow[], features: readonly AbstentionFeature[]): AbstentionFeature[] {
  return features.filter((f) => {
    if (!rows.every((r) => r.features[f] === 0 || r.features[f] === 1)) return false;
    const atZero = rows.filter((r) => r.features[f] === 0);
    return atZero.length >= MIN_DECLINING_QUESTIONS && atZero.every((r) => !r.answerable);
  });
}

/**
 * The answer threshold that handles the most training questions right (an answerable one
 * answered, an unanswerable one declined), each question counting once as the eval counts them,
 * among those that decline every unanswerable question of the seeds sets (whose abstention
 * target is all of them). The balanced fit above weighs the few unanswerable questions as much as
 * all the answerable ones, which puts its 0.5 where it declines too many answerable ones. Questions
 * asked without their documents shape the weights but not the threshold: there are as many of
 * them as answerable ones, far more than unanswerable questions people ask, and counting them
 * would trade answerable questions for them.
 */
function fitThreshold(model: AbstentionModel, rows: readonly CalibrationRow[]): number {
  let best = { threshold: 0.5, right: -1 };
  for (let step = 1; step < THRESHOLD_STEPS; step++) {
    const threshold = step / THRESHOLD_STEPS;
    const answers = (r: CalibrationRow) => !shouldAbstain(r.features, { ...model, threshold });
    if (rows.some((r) => r.part === 'fit' && !r.answerable && answers(r))) continue;
    const right = rows.filter((r) => r.withheld === undefined && answers(r) === r.answerable).length;
    if (right > best.right) best = { threshold, right };
  }
  return best.threshold;
}

export const round = (x: number) => Math.round(x * 1000) / 1000;
