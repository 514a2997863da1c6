import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { shouldAbstain } from '../answer/abstention.ts';
import type { AbstentionFeature, AbstentionFeatures, AbstentionModel } from '../answer/abstention.ts';
import { parseCommandArgs } from '../cli/args.ts';
import type { OptionsConfig } from '../cli/args.ts';
import type { CliIo } from '../cli/io.ts';
import type { Config } from '../config.ts';
import { ANALYZER_VERSION } from '../corpus/terms.ts';
import { splitSentences } from '../corpus/sentences.ts';
import { createEngine } from '../engine.ts';
import type { EngineDeps } from '../engine.ts';
import { AppError } from '../errors.ts';
import { judge, normalizeForMatch } from './metrics.ts';
import type { EvalQuestion } from './metrics.ts';
import { fitLogistic } from './logistic.ts';
import { readEvalFile } from './run.ts';
import { halfOf, halfOfDocument } from './split.ts';

/**
 * `npm run calibrate`: fits the abstention model (answer/abstention.ts) on questions with known
 * answers. Every question is asked through the engine with the configured model, answering always,
 * and its abstention features are recorded; a logistic regression is fitted on the seeds sets
 * (asked over the seeds alone) and one half of the development set (asked over the seeds and the
 * development corpus together), and checked on the other half, whose documents it never saw.
 *
 * A development set has few unanswerable questions, and each one moves the fit. So each half's
 * answerable questions are asked once more over a corpus without that half's documents: questions
 * about the corpus's topic whose articles the corpus does not hold, which is what an unanswerable
 * question is (those whose answer still turns up in the reply are left out: another article has
 * it). The model fitted on one half learns from its own half's questions so withheld and is
 * checked on the other half's, real and withheld. The shipped model is fitted on everything.
 *
 * Unanswerable questions people ask are mostly near misses: the articles are about the people and
 * events asked about but do not give what is asked (an age, a salary, a budget). Each half's
 * answerable questions are asked a third time over the whole corpus with their answering
 * sentences removed, and fitted on as unanswerable like the withheld ones.
 */

/** The features the model is fitted on; the dense one only when the engine has a model. */
const LEXICAL_FEATURES: readonly AbstentionFeature[] = ['coverage', 'focusFound', 'namesFound', 'unseenWords', 'kindInFirst', 'capsInFirst', 'measureInArticle'];
/** Questions with a feature at 0, none answerable, before it declines by itself (fitDeclining): fewer could be chance. */
const MIN_DECLINING_QUESTIONS = 5;
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

const round = (x: number) => Math.round(x * 1000) / 1000;

interface QuestionSet {
  name: string;
  file: string;
  part: (q: EvalQuestion) => CalibrationRow['part'];
  /** Only these questions of the file (all when absent). */
  keep?: (q: EvalQuestion) => boolean;
}

async function collectRows(config: Config, deps: EngineDeps, sets: readonly QuestionSet[]): Promise<CalibrationRow[]> {
  const { engine } = await createEngine(config, deps);
  const rows: CalibrationRow[] = [];
  try {
    for (const set of sets) {
      for (const question of await readEvalFile(set.file)) {
        if (set.keep !== undefined && !set.keep(question)) continue;
        const traced = await engine.askTraced(question.q, { neverAbstain: true });
        if (traced.features === undefined) continue; // nothing to weigh: the engine declines whatever the model says
        const judged = judge(question, traced.answer);
        rows.push({ set: set.name, part: set.part(question), question, firstSentence: traced.answer.sentences[0]?.text ?? '', answerable: judged.answerable, features: traced.features, hitAt3: judged.goldRank !== undefined && judged.goldRank <= 3, answerInReply: judged.answerInReply });
      }
    }
  } finally {
    await engine.close();
  }
  return rows;
}

function formatReport(label: string, r: CalibrationReport): string {
  const f = (x: number) => (Number.isNaN(x) ? '   -' : x.toFixed(2));
  return `${label.padEnd(34)} ${String(r.questions).padStart(4)}  ${f(r.falseAbstention)}        ${f(r.abstentionAccuracy)}       ${f(r.hitAt3)}   ${f(r.answerInReply)}`;
}

function shippedModelSource(model: AbstentionModel): string {
  return `import type { AbstentionModel } from './abstention.ts';

/** Written by \`npm run calibrate -- --shipped\` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = ${JSON.stringify(model, null, 2)};
`;
}

/**
 * A copy of the seeds and of the development corpus's documents outside `half` (see halfOfDocument),
 * laid out as the combined corpus is: the corpus the half's questions are asked over without their articles.
 */
function corpusWithout(seedsDir: string, devCorpus: string, half: 'A' | 'B', into: string): string {
  cpSync(seedsDir, into, { recursive: true });
  for (const entry of readdirSync(devCorpus, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || halfOfDocument(entry.name) === half) continue;
    const relative = path.relative(devCorpus, path.join(entry.parentPath, entry.name));
    mkdirSync(path.dirname(path.join(into, 'dev', relative)), { recursive: true });
    cpSync(path.join(entry.parentPath, entry.name), path.join(into, 'dev', relative));
  }
  return into;
}

/**
 * A copy of the combined corpus in which the documents that answer `questions` lack every
 * sentence holding one of the questions' answers: the articles are still there, about the same
 * people and events, but what was asked is not, as for a question about someone's age or an
 * office's budget that the news never gives.
 */
function corpusWithoutAnswers(combined: string, questions: readonly EvalQuestion[], into: string): string {
  cpSync(combined, into, { recursive: true });
  const answersOf = new Map<string, string[]>();
  for (const q of questions) for (const doc of q.docs) answersOf.set(doc, [...(answersOf.get(doc) ?? []), ...q.answer.map(normalizeForMatch)]);
  for (const entry of readdirSync(path.join(into, 'dev'), { recursive: true, withFileTypes: true })) {
    const answers = answersOf.get(entry.name);
    if (!entry.isFile() || answers === undefined) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    let kept = '';
    let from = 0;
    for (const sentence of splitSentences(text)) {
      const normalized = normalizeForMatch(sentence.text);
      if (!answers.some((answer) => normalized.includes(answer))) continue;
      kept += text.slice(from, sentence.start);
      from = sentence.end;
    }
    writeFileSync(file, kept + text.slice(from));
  }
  return into;
}

export interface CalibrateOptions {
  config: Config;
  io: CliIo;
  engineDeps: EngineDeps;
}

const CALIBRATE_USAGE = 'Usage: calibrate [--seeds-set FILE]... [--dev FILE] [--dev-corpus DIR] [--out FILE] [--rows FILE] [--shipped]';

const CALIBRATE_OPTIONS = {
  'seeds-set': { type: 'string', multiple: true, default: ['test/fixtures/eval/seeds-dev.jsonl', 'test/fixtures/eval/seeds-extra.jsonl'] },
  dev: { type: 'string', default: '../shared/eval/corpus-dev-questions.jsonl' },
  'dev-corpus': { type: 'string', default: '../shared/eval/corpus-dev' },
  out: { type: 'string' },
  rows: { type: 'string' },
  shipped: { type: 'boolean', default: false },
} satisfies OptionsConfig;

/** Runs `calibrate [--seeds-set FILE]... [--dev FILE] [--dev-corpus DIR] [--out FILE] [--rows FILE] [--shipped]`. */
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
    const devQuestions = await readEvalFile(values.dev);
    const withheldRows: CalibrationRow[] = [];
    for (const half of ['A', 'B'] as const) {
      const corpus = corpusWithout(config.seedsDir, values['dev-corpus'], half, path.join(work, `corpus-without-${half}`));
      const asked = await collectRows({ ...config, seedsDir: corpus, dataDir: path.join(work, `index-without-${half}`) }, options.engineDeps, [
        { name: 'dev withheld', file: values.dev, part: halfOf, keep: (q) => q.docs.length > 0 && halfOf(q) === half },
      ]);
      for (const r of asked) if (!r.answerInReply) withheldRows.push({ ...r, answerable: false, withheld: 'article', hitAt3: false });
      const halfQuestions = devQuestions.filter((q) => q.docs.length > 0 && halfOf(q) === half);
      const halfIds = new Set(halfQuestions.map((q) => q.id));
      const stripped = corpusWithoutAnswers(combined, halfQuestions, path.join(work, `corpus-without-answers-${half}`));
      const near = await collectRows({ ...config, seedsDir: stripped, dataDir: path.join(work, `index-without-answers-${half}`) }, options.engineDeps, [
        { name: 'dev answers removed', file: values.dev, part: halfOf, keep: (q) => halfIds.has(q.id) },
      ]);
      for (const r of near) if (!r.answerInReply) withheldRows.push({ ...r, answerable: false, withheld: 'answer', hitAt3: false });
    }
    const rows = [...seedsRows, ...devRows, ...withheldRows];

    if (values.rows !== undefined) writeFileSync(values.rows, rows.map((r) => JSON.stringify({ id: r.question.id, q: r.question.q, part: r.part, withheld: r.withheld ?? false, answerable: r.answerable, hitAt3: r.hitAt3, answerInReply: r.answerInReply, features: r.features, first: r.firstSentence })).join('\n') + '\n');
    const hybrid = rows.some((r) => r.features.denseTop > 0);
    const fittedFor = hybrid ? config.embeddingModel : 'lexical';
    const features = hybrid ? [...LEXICAL_FEATURES, 'denseTop' as const] : LEXICAL_FEATURES;
    const real = (parts: readonly string[]) => rows.filter((r) => r.withheld === undefined && parts.includes(r.part));
    const withheld = (parts: readonly string[], kind?: CalibrationRow['withheld']) => rows.filter((r) => r.withheld !== undefined && (kind === undefined || r.withheld === kind) && parts.includes(r.part));
    // The questions asked without their answers (near misses) are fitted on too: with the
    // measureInArticle feature they taught the model what a near miss looks like (the second
    // synthetic set declined one more unanswerable question and one fewer answerable one;
    // docs/quality.md).
    const fitOn = (parts: readonly ('A' | 'B')[], note: string) => fitAbstentionModel([...real(['fit', ...parts]), ...withheld(parts)], features, fittedFor, note);
    const fittedA = fitOn(['A'], 'seeds sets + development half A');
    const fittedB = fitOn(['B'], 'seeds sets + development half B');
    const model = fitOn(['A', 'B'], 'seeds sets + both development halves; each half checked with the model fitted on the other');
    // The held-out figures are the two halves', each judged by the model fitted on the other.
    const otherHalfModel = (r: CalibrationRow) => (r.part === 'A' ? fittedB : fittedA);
    const heldOut = scoreModel(otherHalfModel, real(['A', 'B']));
    const heldOutAnswerable = real(['A', 'B']).filter((r) => r.answerable).length;
    const heldOutWrong = heldOutAnswerable * heldOut.falseAbstention + (real(['A', 'B']).length - heldOutAnswerable) * (1 - heldOut.abstentionAccuracy);
    model.fit = { ...model.fit, heldOutQuestions: heldOut.questions, heldOutAccuracy: round(1 - heldOutWrong / heldOut.questions) };

    const out = io.stdout;
    const removed = withheldRows.filter((r) => r.withheld === 'answer').length;
    out.write(`Abstention model for ${fittedFor} (features: ${features.join(', ')}), ${rows.length} questions (${withheldRows.length - removed} of them asked without their documents, ${removed} without their answers)\n\n`);
    out.write(`${'model / questions'.padEnd(34)}    n  false-abst  abst-acc  hit@3  answer\n`);
    const report = (label: string, m: AbstentionModel | ((row: CalibrationRow) => AbstentionModel), on: readonly CalibrationRow[]) => out.write(formatReport(label, scoreModel(m, on)) + '\n');
    report('fit A: seeds sets', fittedA, real(['fit']));
    report('fit A: dev half A (fit)', fittedA, real(['A']));
    report('fit A: dev half B (held out)', fittedA, real(['B']));
    report('fit A: half B withheld (held out)', fittedA, withheld(['B'], 'article'));
    report('fit A: half B no answer (held out)', fittedA, withheld(['B'], 'answer'));
    report('fit B: dev half B (fit)', fittedB, real(['B']));
    report('fit B: dev half A (held out)', fittedB, real(['A']));
    report('fit B: half A withheld (held out)', fittedB, withheld(['A'], 'article'));
    report('fit B: half A no answer (held out)', fittedB, withheld(['A'], 'answer'));
    out.write(formatReport('held out, both halves', heldOut) + '\n');
    report('held out, both halves: withheld', otherHalfModel, withheld(['A', 'B'], 'article'));
    report('held out, both halves: no answer', otherHalfModel, withheld(['A', 'B'], 'answer'));
    report('shipped (fit on all): seeds sets', model, real(['fit']));
    report('shipped (fit on all): dev', model, real(['A', 'B']));
    report('shipped (fit on all): withheld', model, withheld(['A', 'B'], 'article'));
    report('shipped (fit on all): no answer', model, withheld(['A', 'B'], 'answer'));
    out.write(`\n${JSON.stringify({ intercept: model.intercept, weights: model.weights, threshold: model.threshold, ...(model.declineAtZero !== undefined ? { declineAtZero: model.declineAtZero } : {}) })}\n`);

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
