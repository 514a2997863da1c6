import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FirstSentenceModel } from '../answer/first-sentence.ts';
import { parseCommandArgs } from '../cli/args.ts';
import type { OptionsConfig } from '../cli/args.ts';
import type { CliIo } from '../cli/io.ts';
import type { Config } from '../config.ts';
import { ANALYZER_VERSION } from '../corpus/terms.ts';
import { createEngine } from '../engine.ts';
import type { EngineDeps } from '../engine.ts';
import { AppError } from '../errors.ts';
import { combinedCorpus, parseDocumentSet } from './calibration-corpora.ts';
import { fitFirstSentence, firstSentenceModel, isInformative, scoreFirstSentence } from './first-fit.ts';
import type { FirstChoiceGroup, FirstSentenceScore } from './first-fit.ts';
import { isUnanswerable, normalizeForMatch } from './metrics.ts';
import type { EvalQuestion } from './metrics.ts';
import { readEvalFile } from './run.ts';
import { halfOf } from './split.ts';

/**
 * `npm run fit-first`: fits the first-sentence model (answer/first-sentence.ts). Every answerable
 * question of the sets is asked (lexical mode: the features do not depend on the embedding model),
 * and each answer of two or more chosen sentences records what the model reads of them and which
 * hold an answer string. Reported: each set judged by the weights fitted on all the others (leave
 * one set out), and the sets split in two parts, each judged by the weights fitted on the other;
 * the shipped weights are fitted on every set.
 */

/**
 * The sets read while the engine was built (docs/quality.md, "How quality is measured"): the
 * model is fitted on them. The held-out sets are never fitted on; they judge the result.
 */
const READ_SETS = [
  'synthetic', 'synthetic-2', 'synthetic-3', 'synthetic-4', 'synthetic-5', 'synthetic-6:A', 'synthetic-7', 'synthetic-8:A', 'synthetic-18', 'synthetic-20',
  'synthetic-22', 'synthetic-23', 'synthetic-25', 'synthetic-26', 'synthetic-28', 'synthetic-30', 'synthetic-32', 'synthetic-34', 'synthetic-35', 'synthetic-37',
  'synthetic-39', 'synthetic-41', 'synthetic-43', 'synthetic-45', 'synthetic-47', 'synthetic-49', 'synthetic-51', 'synthetic-53',
].map((name) => path.join('test', 'fixtures', 'eval', name));

/** The L2 penalty: the one of 0.3, 1 and 3 that gained most, net, leaving one set out (docs/quality.md). */
const DEFAULT_L2 = 1;

const FIT_FIRST_USAGE = 'Usage: fit-first [--seeds-set FILE]... [--dev FILE] [--dev-corpus DIR] [--set DIR[:A|:B]]... [--l2 N] [--out FILE] [--shipped]';

const FIT_FIRST_OPTIONS = {
  'seeds-set': { type: 'string', multiple: true, default: ['test/fixtures/eval/seeds-dev.jsonl', 'test/fixtures/eval/seeds-extra.jsonl'] },
  dev: { type: 'string', default: '../shared/eval/corpus-dev-questions.jsonl' },
  'dev-corpus': { type: 'string', default: '../shared/eval/corpus-dev' },
  set: { type: 'string', multiple: true, default: READ_SETS },
  l2: { type: 'string', default: String(DEFAULT_L2) },
  out: { type: 'string' },
  shipped: { type: 'boolean', default: false },
} satisfies OptionsConfig;

export interface FitFirstOptions {
  config: Config;
  io: CliIo;
  engineDeps: EngineDeps;
}

/** Questions asked over one corpus: the seeds alone, or the seeds with a set's documents. */
interface Asked {
  name: string;
  files: string[];
  docs?: string;
  keep: (q: EvalQuestion) => boolean;
}

/** `--set DIR` (a folder with docs/ and questions.jsonl), `--set DIR:A` for its half A alone. */
function parseSet(value: string): Asked {
  const set = parseDocumentSet(value);
  return { name: set.name, files: [set.questions], docs: set.docs, keep: (q) => set.halves.includes(halfOf(q)) };
}

/** The answers of one corpus's questions with two or more chosen sentences. */
async function groupsOf(asked: Asked, config: Config, deps: EngineDeps, work: string): Promise<FirstChoiceGroup[]> {
  const folder = asked.name.replace(/\W+/g, '-');
  const seedsDir = asked.docs === undefined ? config.seedsDir : combinedCorpus(config.seedsDir, asked.docs, folder, path.join(work, `${folder}-corpus`));
  const { engine } = await createEngine({ ...config, seedsDir, dataDir: path.join(work, `${folder}-index`) }, deps);
  const groups: FirstChoiceGroup[] = [];
  try {
    for (const file of asked.files) {
      for (const question of await readEvalFile(file)) {
        if (isUnanswerable(question) || !asked.keep(question)) continue;
        const traced = await engine.askTraced(question.q);
        if (traced.answer.abstained || traced.firstChoice === undefined) continue;
        const answers = question.answer.map(normalizeForMatch);
        const labels = traced.firstChoice.texts.map((text) => (answers.some((answer) => normalizeForMatch(text).includes(answer)) ? 1 : 0));
        groups.push({ set: asked.name, features: traced.firstChoice.features, labels });
      }
    }
  } finally {
    await engine.close();
  }
  return groups;
}

function formatScore(label: string, s: FirstSentenceScore): string {
  return `${label.padEnd(34)} ${String(s.answers).padStart(5)} ${String(s.rulesFirst).padStart(6)} ${String(s.modelFirst).padStart(6)} ${`+${s.gained}`.padStart(5)} ${`-${s.lost}`.padStart(5)}`;
}

function modelSource(model: FirstSentenceModel): string {
  return `import type { FirstSentenceModel } from './first-sentence.ts';

/** Written by \`npm run fit-first -- --shipped\`; see docs/quality.md. */
export const FIRST_SENTENCE_MODEL: FirstSentenceModel = ${JSON.stringify(model, null, 2)};
`;
}

/** Runs `fit-first` (usage above). */
export async function runFitFirst(argv: readonly string[], options: FitFirstOptions): Promise<number> {
  const { values } = parseCommandArgs(argv, { command: 'fit-first', options: FIT_FIRST_OPTIONS, positionals: false, usage: FIT_FIRST_USAGE });
  const { config, io } = options;
  const l2 = Number(values.l2);
  if (!Number.isFinite(l2) || l2 < 0) throw new AppError('USAGE', `--l2 takes a number ≥ 0, not "${values.l2}".`);
  const out = io.stdout;
  const sets: Asked[] = [{ name: 'seeds sets', files: values['seeds-set'], keep: () => true }];
  if (existsSync(values.dev) && existsSync(values['dev-corpus'])) sets.push({ name: 'dev', files: [values.dev], docs: values['dev-corpus'], keep: () => true });
  else out.write(`SKIPPED: the development set (${values.dev}, ${values['dev-corpus']}) is not there.\n`);
  sets.push(...values.set.map(parseSet));
  const work = mkdtempSync(path.join(tmpdir(), 'fit-first-'));
  try {
    const groups: FirstChoiceGroup[] = [];
    for (const set of sets) groups.push(...(await groupsOf(set, { ...config, embeddingModel: 'none' }, options.engineDeps, work)));
    const informative = groups.filter(isInformative);
    if (informative.length === 0) throw new AppError('USAGE', 'No answer of two or more sentences, one holding the answer and one not: nothing to fit on.');
    const names = sets.map((set) => set.name);
    out.write(`First-sentence model: ${groups.length} answers of two or more sentences, ${informative.length} with one holding the answer and one not; L2 ${l2}\n\n`);
    out.write(`${'weights fitted / judged on'.padEnd(34)} ${'n'.padStart(5)} ${'rules'.padStart(6)} ${'model'.padStart(6)} ${'gained'.padStart(5)} ${'lost'.padStart(5)}\n`);
    // Each set judged by the weights fitted on all the others.
    const leftOut = names.map((name) => scoreFirstSentence(informative.filter((g) => g.set === name), fitFirstSentence(informative.filter((g) => g.set !== name), l2)));
    names.forEach((name, i) => {
      if (leftOut[i]!.answers > 0) out.write(formatScore(`others / ${name}`, leftOut[i]!) + '\n');
    });
    const sum = (scores: readonly FirstSentenceScore[]): FirstSentenceScore => scores.reduce((a, b) => ({ answers: a.answers + b.answers, rulesFirst: a.rulesFirst + b.rulesFirst, modelFirst: a.modelFirst + b.modelFirst, gained: a.gained + b.gained, lost: a.lost + b.lost }));
    const heldOut = sum(leftOut);
    out.write(formatScore('each set left out, all', heldOut) + '\n');
    // The sets in two parts (alternately as listed), each judged by the weights fitted on the other.
    const part = (name: string) => (names.indexOf(name) % 2 === 0 ? 'A' : 'B');
    for (const [fit, judged] of [['A', 'B'], ['B', 'A']] as const) {
      const w = fitFirstSentence(informative.filter((g) => part(g.set) === fit), l2);
      out.write(formatScore(`part ${fit} / part ${fit} (fit)`, scoreFirstSentence(informative.filter((g) => part(g.set) === fit), w)) + '\n');
      out.write(formatScore(`part ${fit} / part ${judged} (held out)`, scoreFirstSentence(informative.filter((g) => part(g.set) === judged), w)) + '\n');
    }
    const w = fitFirstSentence(informative, l2);
    out.write(formatScore('all / all (shipped)', scoreFirstSentence(informative, w)) + '\n');
    const model = firstSentenceModel(w, ANALYZER_VERSION, {
      trainAnswers: informative.length,
      heldOutAnswers: heldOut.answers,
      heldOutRulesFirst: heldOut.rulesFirst,
      heldOutModelFirst: heldOut.modelFirst,
      note: `${names.join(', ')}; held out: each set judged by the weights fitted on the others`,
    });
    out.write(`\n${JSON.stringify(model.weights)}\n`);
    if (values.shipped) {
      writeFileSync(path.join('src', 'answer', 'first-sentence-model.ts'), modelSource(model));
      out.write('written: src/answer/first-sentence-model.ts\n');
    } else if (values.out !== undefined) {
      mkdirSync(path.dirname(values.out), { recursive: true });
      writeFileSync(values.out, JSON.stringify(model, null, 2) + '\n');
      out.write(`written: ${values.out}\n`);
    }
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
