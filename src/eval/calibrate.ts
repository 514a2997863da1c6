import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { answerProbability } from '../answer/abstention.ts';
import type { AbstentionFeature, AbstentionFeatures, AbstentionModel } from '../answer/abstention.ts';
import { parseCommandArgs } from '../cli/args.ts';
import type { OptionsConfig } from '../cli/args.ts';
import type { CliIo } from '../cli/io.ts';
import type { Config } from '../config.ts';
import { ANALYZER_VERSION } from '../corpus/terms.ts';
import { createEngine } from '../engine.ts';
import type { EngineDeps } from '../engine.ts';
import { AppError } from '../errors.ts';
import { judge } from './metrics.ts';
import type { EvalQuestion } from './metrics.ts';
import { fitLogistic } from './logistic.ts';
import { readEvalFile } from './run.ts';
import { halfOf } from './split.ts';

/**
 * `npm run calibrate`: fits the abstention model (answer/abstention.ts) on questions with known
 * answers. Every question is asked through the engine with the configured model, answering always,
 * and its abstention features are recorded; a logistic regression is fitted on the seeds sets
 * (asked over the seeds alone) and one half of the development set (asked over the seeds and the
 * development corpus together), and checked on the other half, whose documents it never saw.
 */

/** The features the model is fitted on; the dense one only when the engine has a model. */
const LEXICAL_FEATURES: readonly AbstentionFeature[] = ['coverage', 'focusFound', 'namesFound', 'unseenWords', 'kindInFirst'];
/** L2 penalty of the fit: with a few hundred questions, it keeps single questions from setting a weight. */
const L2 = 1;
/** The answer threshold is chosen among 0.05, 0.10, ... 0.95. */
const THRESHOLD_STEPS = 20;

export interface CalibrationRow {
  set: string;
  /** 'fit' (seeds sets), 'A' or 'B' (halves of the development set). */
  part: 'fit' | 'A' | 'B';
  question: EvalQuestion;
  answerable: boolean;
  features: AbstentionFeatures;
  /** A gold document among the first three citations of the answer given without abstaining. */
  hitAt3: boolean;
  answerInReply: boolean;
}

export interface CalibrationReport {
  questions: number;
  falseAbstention: number;
  abstentionAccuracy: number;
  hitAt3: number;
  answerInReply: number;
}

/** What the model does to a set of rows: the eval's shares, abstentions counted as misses. */
export function scoreModel(model: AbstentionModel, rows: readonly CalibrationRow[]): CalibrationReport {
  const answers = (r: CalibrationRow) => r.features.plainCoverage > 0 && answerProbability(model, r.features) >= model.threshold;
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
 * half (there are far fewer unanswerable questions), answering when P(answerable) ≥ 0.5.
 */
export function fitAbstentionModel(rows: readonly CalibrationRow[], features: readonly AbstentionFeature[], fittedFor: string, note: string): AbstentionModel {
  const positives = rows.filter((r) => r.answerable).length;
  const negatives = rows.length - positives;
  if (positives === 0 || negatives === 0) throw new AppError('EVAL_INPUT_INVALID', 'Calibration needs answerable and unanswerable questions.', {});
  const fit = fitLogistic(
    rows.map((r) => features.map((f) => r.features[f])),
    rows.map((r) => (r.answerable ? 1 : 0)),
    { l2: L2, exampleWeights: rows.map((r) => (r.answerable ? rows.length / (2 * positives) : rows.length / (2 * negatives))) },
  );
  const weights: Partial<Record<AbstentionFeature, number>> = {};
  features.forEach((f, i) => (weights[f] = round(fit.weights[i]!)));
  const model: AbstentionModel = { format: 1, analyzerVersion: ANALYZER_VERSION, fittedFor, intercept: round(fit.intercept), weights, threshold: 0.5, fit: { trainQuestions: rows.length, heldOutQuestions: 0, heldOutAccuracy: 0, note } };
  return { ...model, threshold: fitThreshold(model, rows) };
}

/**
 * The answer threshold that handles the most training questions right (an answerable one
 * answered, an unanswerable one declined), each question counting once as the eval counts them,
 * among those that decline every unanswerable question of the seeds sets (whose abstention
 * target is all of them). The balanced fit above weighs the few unanswerable questions as much as
 * all the answerable ones, which puts its 0.5 where it declines too many answerable ones.
 */
function fitThreshold(model: AbstentionModel, rows: readonly CalibrationRow[]): number {
  let best = { threshold: 0.5, right: -1 };
  for (let step = 1; step < THRESHOLD_STEPS; step++) {
    const threshold = step / THRESHOLD_STEPS;
    const answers = (r: CalibrationRow) => r.features.plainCoverage > 0 && answerProbability(model, r.features) >= threshold;
    if (rows.some((r) => r.part === 'fit' && !r.answerable && answers(r))) continue;
    const right = rows.filter((r) => answers(r) === r.answerable).length;
    if (right > best.right) best = { threshold, right };
  }
  return best.threshold;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

async function collectRows(config: Config, deps: EngineDeps, sets: readonly { name: string; file: string; part: (q: EvalQuestion) => CalibrationRow['part'] }[]): Promise<CalibrationRow[]> {
  const { engine } = await createEngine(config, deps);
  const rows: CalibrationRow[] = [];
  try {
    for (const set of sets) {
      for (const question of await readEvalFile(set.file)) {
        const traced = await engine.askTraced(question.q, { neverAbstain: true });
        if (traced.features === undefined) continue; // nothing to weigh: the engine declines whatever the model says
        const judged = judge(question, traced.answer);
        rows.push({ set: set.name, part: set.part(question), question, answerable: judged.answerable, features: traced.features, hitAt3: judged.goldRank !== undefined && judged.goldRank <= 3, answerInReply: judged.answerInReply });
      }
    }
  } finally {
    await engine.close();
  }
  return rows;
}

function formatReport(label: string, r: CalibrationReport): string {
  const f = (x: number) => (Number.isNaN(x) ? '   -' : x.toFixed(2));
  return `${label.padEnd(28)} ${String(r.questions).padStart(4)}  ${f(r.falseAbstention)}        ${f(r.abstentionAccuracy)}       ${f(r.hitAt3)}   ${f(r.answerInReply)}`;
}

function shippedModelSource(model: AbstentionModel): string {
  return `import type { AbstentionModel } from './abstention.ts';

/** Written by \`npm run calibrate -- --shipped\` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = ${JSON.stringify(model, null, 2)};
`;
}

export interface CalibrateOptions {
  config: Config;
  io: CliIo;
  engineDeps: EngineDeps;
}

const CALIBRATE_USAGE = 'Usage: calibrate [--seeds-set FILE]... [--dev FILE] [--dev-corpus DIR] [--out FILE] [--shipped]';

const CALIBRATE_OPTIONS = {
  'seeds-set': { type: 'string', multiple: true, default: ['test/fixtures/eval/seeds-dev.jsonl', 'test/fixtures/eval/seeds-extra.jsonl'] },
  dev: { type: 'string', default: '../shared/eval/corpus-dev-questions.jsonl' },
  'dev-corpus': { type: 'string', default: '../shared/eval/corpus-dev' },
  out: { type: 'string' },
  shipped: { type: 'boolean', default: false },
} satisfies OptionsConfig;

/** Runs `calibrate [--seeds-set FILE]... [--dev FILE] [--dev-corpus DIR] [--out FILE] [--shipped]`. */
export async function runCalibrate(argv: readonly string[], options: CalibrateOptions): Promise<number> {
  const { values } = parseCommandArgs(argv, { command: 'calibrate', options: CALIBRATE_OPTIONS, positionals: false, usage: CALIBRATE_USAGE });
  const { config, io } = options;
  if (!existsSync(values.dev) || !existsSync(values['dev-corpus'])) {
    throw new AppError('USAGE', `Calibration needs a development set: ${values.dev} and ${values['dev-corpus']} (give them with --dev and --dev-corpus).`);
  }
  const work = mkdtempSync(path.join(tmpdir(), 'calibrate-'));
  try {
    // The seeds sets over the seeds alone, as they were written; the development set over the seeds and its corpus, as a user would have them.
    const combined = path.join(work, 'corpus');
    cpSync(config.seedsDir, combined, { recursive: true });
    cpSync(values['dev-corpus'], path.join(combined, 'dev'), { recursive: true });
    const seedsRows = await collectRows({ ...config, dataDir: path.join(work, 'seeds-index') }, options.engineDeps, values['seeds-set'].map((file) => ({ name: path.basename(file), file, part: () => 'fit' as const })));
    const devRows = await collectRows({ ...config, seedsDir: combined, dataDir: path.join(work, 'dev-index') }, options.engineDeps, [{ name: 'dev', file: values.dev, part: halfOf }]);
    const rows = [...seedsRows, ...devRows];

    const hybrid = rows.some((r) => r.features.denseTop > 0);
    const fittedFor = hybrid ? config.embeddingModel : 'lexical';
    const features = hybrid ? [...LEXICAL_FEATURES, 'denseTop' as const] : LEXICAL_FEATURES;
    const on = (parts: readonly string[]) => rows.filter((r) => parts.includes(r.part));
    const model = fitAbstentionModel(on(['fit', 'A']), features, fittedFor, 'seeds sets + development half A; checked on half B');
    const swapped = fitAbstentionModel(on(['fit', 'B']), features, fittedFor, 'seeds sets + development half B');
    const heldOut = scoreModel(model, on(['B']));
    model.fit = { ...model.fit, heldOutQuestions: heldOut.questions, heldOutAccuracy: round(1 - (on(['B']).filter((r) => r.answerable).length * heldOut.falseAbstention + on(['B']).filter((r) => !r.answerable).length * (1 - heldOut.abstentionAccuracy)) / heldOut.questions) };

    const out = io.stdout;
    out.write(`Abstention model for ${fittedFor} (features: ${features.join(', ')}), ${rows.length} questions\n\n`);
    out.write(`${'model / questions'.padEnd(28)}    n  false-abst  abst-acc  hit@3  answer\n`);
    out.write(formatReport('fit A: seeds sets', scoreModel(model, on(['fit']))) + '\n');
    out.write(formatReport('fit A: dev half A (fit)', scoreModel(model, on(['A']))) + '\n');
    out.write(formatReport('fit A: dev half B (held out)', heldOut) + '\n');
    out.write(formatReport('fit B: dev half B (fit)', scoreModel(swapped, on(['B']))) + '\n');
    out.write(formatReport('fit B: dev half A (held out)', scoreModel(swapped, on(['A']))) + '\n');
    out.write(`\n${JSON.stringify({ intercept: model.intercept, weights: model.weights, threshold: model.threshold })}\n`);

    if (values.shipped) {
      if (hybrid) throw new AppError('USAGE', 'The shipped model is the lexical one: run with EMBEDDING_MODEL=none to refit it.');
      writeFileSync(path.join('src', 'answer', 'abstention-model.ts'), shippedModelSource(model));
      out.write('written: src/answer/abstention-model.ts\n');
    } else {
      const file = values.out ?? path.join(config.dataDir, 'abstention-model.json');
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(model, null, 2) + '\n');
      out.write(`written: ${file}${hybrid ? ' (the engine uses it with this model)' : ''}\n`);
    }
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
