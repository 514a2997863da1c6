/**
 * Questions section: the questions of the newest synthetic sets (test/fixtures/eval/synthetic-N,
 * written as people type in chats: slips, lower case, words no article has), answered in lexical
 * mode one at a time over the seeds and those sets' articles together, each question new to the
 * engine. This is the engine's own work on a question, the part of a hybrid answer the model does
 * not do; its first part (reading the question's slips and unknown words) runs before the question
 * is sent to the model. No model is needed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createEngine } from '../src/engine.ts';
import { REPO_ROOT, configFor, cpuMs, tempDir } from './context.ts';
import type { Context } from './context.ts';
import { distribution } from './stats.ts';
import type { Distribution } from './stats.ts';

/** How many of the newest synthetic sets are asked. */
const SETS = 8;

export interface QuestionsResult {
  sets: string[];
  documents: number;
  questions: number;
  /** Building the lexical index of the seeds and the sets' articles. */
  buildMs: number;
  answer: Distribution;
  cpuMsPerQuestion: number;
}

/** The newest synthetic sets in the repository, by their number. */
export function newestSyntheticSets(fixtures: string, count: number): string[] {
  return fs
    .readdirSync(fixtures)
    .map((name) => ({ name, n: Number(/^synthetic-(\d+)$/.exec(name)?.[1] ?? NaN) }))
    .filter((set) => Number.isFinite(set.n) && fs.existsSync(path.join(fixtures, set.name, 'questions.jsonl')))
    .sort((a, b) => b.n - a.n)
    .slice(0, count)
    .map((set) => set.name)
    .reverse();
}

export async function benchQuestions(ctx: Context): Promise<QuestionsResult> {
  const fixtures = path.join(REPO_ROOT, 'test', 'fixtures', 'eval');
  const sets = newestSyntheticSets(fixtures, SETS);
  const corpus = tempDir(ctx, 'bench-questions-corpus-');
  fs.cpSync(path.join(REPO_ROOT, 'seeds'), corpus, { recursive: true });
  let documents = 0;
  const questions: string[] = [];
  for (const set of sets) {
    fs.cpSync(path.join(fixtures, set, 'docs'), path.join(corpus, set), { recursive: true });
    documents += fs.readdirSync(path.join(fixtures, set, 'docs')).length;
    for (const line of fs.readFileSync(path.join(fixtures, set, 'questions.jsonl'), 'utf8').split('\n')) if (line.trim() !== '') questions.push((JSON.parse(line) as { q: string }).q);
  }
  ctx.progress(`questions: indexing the seeds and ${documents} articles of ${sets.join(', ')} (lexical)`);
  const config = configFor(ctx, corpus, tempDir(ctx, 'bench-questions-index-'), { EMBEDDING_MODEL: 'none' });
  const started = performance.now();
  const { engine } = await createEngine(config, {});
  const buildMs = performance.now() - started;
  try {
    ctx.progress(`questions: ${questions.length} questions, one at a time, each new to the engine`);
    const times: number[] = [];
    const cpuStart = cpuMs();
    for (const question of questions) {
      const asked = performance.now();
      await engine.ask(question);
      times.push(performance.now() - asked);
    }
    return { sets, documents, questions: questions.length, buildMs, answer: distribution(times), cpuMsPerQuestion: (cpuMs() - cpuStart) / Math.max(1, questions.length) };
  } finally {
    await engine.close();
  }
}
