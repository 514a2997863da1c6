import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AbstentionFeature, AbstentionModel } from '../answer/abstention.ts';
import { parseCommandArgs } from '../cli/args.ts';
import type { OptionsConfig } from '../cli/args.ts';
import type { CliIo } from '../cli/io.ts';
import type { Config } from '../config.ts';
import { createEngine } from '../engine.ts';
import type { EngineDeps } from '../engine.ts';
import { AppError } from '../errors.ts';
import { fitAbstentionModel, round, scoreModel } from './abstention-fit.ts';
import type { CalibrationReport, CalibrationRow } from './abstention-fit.ts';
import { combinedCorpus, corpusWithoutAnswers, parseDocumentSet } from './calibration-corpora.ts';
import type { DocumentSet } from './calibration-corpora.ts';
import { judge } from './metrics.ts';
import type { EvalQuestion } from './metrics.ts';
import { readEvalFile } from './run.ts';
import { halfOf } from './split.ts';

/**
 * `npm run calibrate`: fits the abstention model (answer/abstention.ts) on questions with known
 * answers. Every question is asked through the engine with the configured model, answering always,
 * and its abstention features are recorded; a logistic regression is fitted on the seeds sets
 * (asked over the seeds alone) and one half of every question set with documents of its own (the
 * development set, and those given with --set; each asked over the seeds and its documents
 * together), and checked on the other halves, whose documents it never saw.
 *
 * A question set has few unanswerable questions, and each one moves the fit. So each half's
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
  return `${label.padEnd(40)} ${String(r.questions).padStart(4)}  ${f(r.falseAbstention)}        ${f(r.abstentionAccuracy)}       ${f(r.hitAt3)}   ${f(r.answerInReply)}`;
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

const CALIBRATE_USAGE = 'Usage: calibrate [--seeds-set FILE]... [--dev FILE] [--dev-corpus DIR] [--set DIR[:A|:B]]... [--out FILE] [--rows FILE] [--shipped]';

const CALIBRATE_OPTIONS = {
  'seeds-set': { type: 'string', multiple: true, default: ['test/fixtures/eval/seeds-dev.jsonl', 'test/fixtures/eval/seeds-extra.jsonl'] },
  dev: { type: 'string', default: '../shared/eval/corpus-dev-questions.jsonl' },
  'dev-corpus': { type: 'string', default: '../shared/eval/corpus-dev' },
  set: { type: 'string', multiple: true, default: [] },
  out: { type: 'string' },
  rows: { type: 'string' },
  shipped: { type: 'boolean', default: false },
} satisfies OptionsConfig;

/**
 * A set's rows: its questions of the halves it reads over the seeds and its documents; and, as
 * unanswerable, each half's answerable ones again over the corpus without that half's documents,
 * and over the corpus without their answering sentences (those whose answer is still in the reply
 * are left out: another article has it).
 */
async function documentSetRows(set: DocumentSet, config: Config, deps: EngineDeps, work: string): Promise<CalibrationRow[]> {
  const folder = set.name.replace(/\W+/g, '-');
  const at = (label: string) => path.join(work, `${folder}-${label}`);
  const read = (q: EvalQuestion) => set.halves.includes(halfOf(q));
  const combined = combinedCorpus(config.seedsDir, set.docs, folder, at('corpus'));
  const rows = await collectRows({ ...config, seedsDir: combined, dataDir: at('index') }, deps, [{ name: set.name, file: set.questions, part: halfOf, keep: read }]);
  const questions = (await readEvalFile(set.questions)).filter(read);
  for (const half of set.halves) {
    const halfQuestions = questions.filter((q) => q.docs.length > 0 && halfOf(q) === half);
    const halfIds = new Set(halfQuestions.map((q) => q.id));
    const asked = (q: EvalQuestion) => halfIds.has(q.id);
    const without = combinedCorpus(config.seedsDir, set.docs, folder, at(`without-${half}`), half);
    for (const r of await collectRows({ ...config, seedsDir: without, dataDir: at(`index-without-${half}`) }, deps, [{ name: `${set.name} withheld`, file: set.questions, part: halfOf, keep: asked }])) {
      if (!r.answerInReply) rows.push({ ...r, answerable: false, withheld: 'article', hitAt3: false });
    }
    const stripped = corpusWithoutAnswers(combined, folder, halfQuestions, at(`without-answers-${half}`));
    for (const r of await collectRows({ ...config, seedsDir: stripped, dataDir: at(`index-without-answers-${half}`) }, deps, [{ name: `${set.name} answers removed`, file: set.questions, part: halfOf, keep: asked }])) {
      if (!r.answerInReply) rows.push({ ...r, answerable: false, withheld: 'answer', hitAt3: false });
    }
  }
  return rows;
}

/** Runs `calibrate` (usage above). */
export async function runCalibrate(argv: readonly string[], options: CalibrateOptions): Promise<number> {
  const { values } = parseCommandArgs(argv, { command: 'calibrate', options: CALIBRATE_OPTIONS, positionals: false, usage: CALIBRATE_USAGE });
  const { config, io } = options;
  if (!existsSync(values.dev) || !existsSync(values['dev-corpus'])) {
    throw new AppError('USAGE', `Calibration needs a development set: ${values.dev} and ${values['dev-corpus']} (give them with --dev and --dev-corpus).`);
  }
  const sets: DocumentSet[] = [{ name: 'dev', questions: values.dev, docs: values['dev-corpus'], halves: ['A', 'B'] }, ...values.set.map(parseDocumentSet)];
  const work = mkdtempSync(path.join(tmpdir(), 'calibrate-'));
  try {
    // The seeds sets over the seeds alone, as they were written; every other set over the seeds and its documents, as a user would have them.
    const seedsRows = await collectRows({ ...config, dataDir: path.join(work, 'seeds-index') }, options.engineDeps, values['seeds-set'].map((file) => ({ name: path.basename(file), file, part: () => 'fit' as const })));
    const setRows: CalibrationRow[] = [];
    for (const set of sets) setRows.push(...(await documentSetRows(set, config, options.engineDeps, work)));
    const withheldRows = setRows.filter((r) => r.withheld !== undefined);
    const rows = [...seedsRows, ...setRows];

    if (values.rows !== undefined) writeFileSync(values.rows, rows.map((r) => JSON.stringify({ set: r.set, id: r.question.id, q: r.question.q, part: r.part, withheld: r.withheld ?? false, answerable: r.answerable, hitAt3: r.hitAt3, answerInReply: r.answerInReply, features: r.features, first: r.firstSentence })).join('\n') + '\n');
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
    const fittedA = fitOn(['A'], 'seeds sets + half A of each question set');
    const fittedB = fitOn(['B'], 'seeds sets + half B of each question set');
    const model = fitOn(['A', 'B'], `seeds sets + both halves of ${sets.map((set) => set.name).join(', ')}; each half checked with the model fitted on the other`);
    // The held-out figures are the two halves', each judged by the model fitted on the other.
    const otherHalfModel = (r: CalibrationRow) => (r.part === 'A' ? fittedB : fittedA);
    const heldOut = scoreModel(otherHalfModel, real(['A', 'B']));
    const heldOutAnswerable = real(['A', 'B']).filter((r) => r.answerable).length;
    const heldOutWrong = heldOutAnswerable * heldOut.falseAbstention + (real(['A', 'B']).length - heldOutAnswerable) * (1 - heldOut.abstentionAccuracy);
    model.fit = { ...model.fit, heldOutQuestions: heldOut.questions, heldOutAccuracy: round(1 - heldOutWrong / heldOut.questions) };

    const out = io.stdout;
    const removed = withheldRows.filter((r) => r.withheld === 'answer').length;
    out.write(`Abstention model for ${fittedFor} (features: ${features.join(', ')}), ${rows.length} questions (${withheldRows.length - removed} of them asked without their documents, ${removed} without their answers)\n\n`);
    out.write(`${'model / questions'.padEnd(40)}    n  false-abst  abst-acc  hit@3  answer\n`);
    const report = (label: string, m: AbstentionModel | ((row: CalibrationRow) => AbstentionModel), on: readonly CalibrationRow[]) => out.write(formatReport(label, scoreModel(m, on)) + '\n');
    report('fit A: seeds sets', fittedA, real(['fit']));
    report('fit A: half A (fit)', fittedA, real(['A']));
    report('fit A: half B (held out)', fittedA, real(['B']));
    report('fit A: half B withheld (held out)', fittedA, withheld(['B'], 'article'));
    report('fit A: half B no answer (held out)', fittedA, withheld(['B'], 'answer'));
    report('fit B: half B (fit)', fittedB, real(['B']));
    report('fit B: half A (held out)', fittedB, real(['A']));
    report('fit B: half A withheld (held out)', fittedB, withheld(['A'], 'article'));
    report('fit B: half A no answer (held out)', fittedB, withheld(['A'], 'answer'));
    out.write(formatReport('held out, both halves', heldOut) + '\n');
    report('held out, both halves: withheld', otherHalfModel, withheld(['A', 'B'], 'article'));
    report('held out, both halves: no answer', otherHalfModel, withheld(['A', 'B'], 'answer'));
    for (const set of sets) report(`held out: ${set.name}`, otherHalfModel, real(['A', 'B']).filter((r) => r.set === set.name));
    report('shipped (fit on all): seeds sets', model, real(['fit']));
    report('shipped (fit on all): question sets', model, real(['A', 'B']));
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
