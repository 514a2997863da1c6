/**
 * Answer quality on the development corpus (issue: unseen documents): the five seeds and the 47
 * articles of ../shared/eval/corpus-dev in one corpus, as a user would have them, and the 125
 * questions about them, in lexical mode and in hybrid mode with the tiny bag-of-words model. The
 * texts stay in ../shared; the test reads them when they are there and says so when they are not.
 * The figures asserted are the ones measured when the engine last changed (floors against
 * regressions); the targets and the gap to them are in docs/quality.md.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfig } from '../../src/config.ts';
import { createEngine } from '../../src/engine.ts';
import { computeMetrics, formatSectionsTable } from '../../src/eval/metrics.ts';
import type { EvalResult, MetricsRow } from '../../src/eval/metrics.ts';
import { readEvalFile, runEval } from '../../src/eval/run.ts';
import { halfOf } from '../../src/eval/split.ts';
import { dressedForms } from './chat-dressings.ts';
import { SEEDS_DIR, buildPipeline } from './pipeline.ts';
import { tinyEmbedder } from './tiny-embedder.ts';

const SHARED_EVAL = fileURLToPath(new URL('../../../shared/eval/', import.meta.url));
const DEV_CORPUS = path.join(SHARED_EVAL, 'corpus-dev');
const DEV_QUESTIONS = path.join(SHARED_EVAL, 'corpus-dev-questions.jsonl');
const present = existsSync(DEV_CORPUS) && existsSync(DEV_QUESTIONS);
if (!present) console.warn(`SKIPPED: the development-corpus evaluation needs ${SHARED_EVAL} (corpus-dev/ and corpus-dev-questions.jsonl), which is not here.`);

/**
 * Lexical mode, all 125 questions: today's figures, rounded down. Abstention 0.83 since корейцев reads as
 * Korea: "how many ethnic Koreans live in Azerbaijan?" is answered with a count of students.
 */
const LEXICAL_FLOORS: Partial<Record<keyof MetricsRow, number>> = { hitAt3: 0.99, answerInReply: 0.94, answerInFirstSentence: 0.88, abstentionAccuracy: 0.83 };
const LEXICAL_CEILINGS: Partial<Record<keyof MetricsRow, number>> = { falseAbstentionRate: 0.01 };
const CROSSLINGUAL_HIT_AT_3_FLOOR = 0.99;
/** The independent probe set over the same corpus (test/fixtures/eval/corpus-dev-probe.jsonl): today's figures, rounded down. */
const PROBE = fileURLToPath(new URL('../fixtures/eval/corpus-dev-probe.jsonl', import.meta.url));
// Abstention 0.25 since Azerbaijani ildə (in the year) reads as the year: China's 2024 trade, which no article gives, is answered with Japan's.
const PROBE_FLOORS: Partial<Record<keyof MetricsRow, number>> = { hitAt3: 0.96, answerInReply: 0.94, answerInFirstSentence: 0.84, abstentionAccuracy: 0.25 };
const PROBE_FALSE_ABSTENTION_CEILING = 0.04;
/** Follow-ups asked in reply to an answer (test/fixtures/eval/followups-dev.jsonl), through the engine's threads: today's figures, rounded down. */
const FOLLOW_UPS = fileURLToPath(new URL('../fixtures/eval/followups-dev.jsonl', import.meta.url));
// hit@3 0.92 since a lexicon concept is credited as the word itself (the thirty-fourth round): how many teams applied to the K-Pop festival, asked after it, is answered from the Russian report;
// and since the lexicon's coverage audit (the forty-second round): how big the power plant deal was, asked after the Korean firms' 2007 projects, is answered with another article's solar plant.
const FOLLOW_UP_FLOORS: Partial<Record<keyof MetricsRow, number>> = { hitAt3: 0.92, answerInReply: 0.9, answerInFirstSentence: 0.86 };

function belowFloors(row: MetricsRow): string[] {
  const problems: string[] = [];
  for (const [key, floor] of Object.entries(LEXICAL_FLOORS)) if ((row[key as keyof MetricsRow] ?? 0) < floor) problems.push(`${key} ${row[key as keyof MetricsRow]} < ${floor}`);
  for (const [key, ceiling] of Object.entries(LEXICAL_CEILINGS)) if ((row[key as keyof MetricsRow] ?? 1) > ceiling) problems.push(`${key} ${row[key as keyof MetricsRow]} > ${ceiling}`);
  return problems;
}

function table(results: readonly EvalResult[]): string {
  const half = (h: 'A' | 'B') => results.filter((r) => halfOf(r.question) === h);
  return formatSectionsTable([
    { name: 'half A', metrics: computeMetrics(half('A')) },
    { name: 'half B', metrics: computeMetrics(half('B')) },
    { name: 'all', metrics: computeMetrics(results) },
  ]);
}

describe.skipIf(!present)('answer quality on the seeds and the development corpus', () => {
  let corpus: string;
  let lexical: EvalResult[];
  beforeAll(async () => {
    corpus = mkdtempSync(path.join(os.tmpdir(), 'dev-corpus-'));
    cpSync(SEEDS_DIR, corpus, { recursive: true });
    cpSync(DEV_CORPUS, path.join(corpus, 'dev'), { recursive: true });
    const pipeline = await buildPipeline({ seedsDir: corpus });
    lexical = await runEval(await readEvalFile(DEV_QUESTIONS), (q) => pipeline.ask(q));
    console.log(`development corpus, lexical mode\n${table(lexical)}`);
  });
  afterAll(() => {
    if (corpus !== undefined) rmSync(corpus, { recursive: true, force: true });
  });

  it('keeps the measured figures in lexical mode', () => {
    const metrics = computeMetrics(lexical);
    expect(belowFloors(metrics.overall), table(lexical)).toEqual([]);
    expect(metrics.byType.crosslingual?.hitAt3 ?? 0).toBeGreaterThanOrEqual(CROSSLINGUAL_HIT_AT_3_FLOOR);
  });

  it('answers every question the same when it is asked the way people chat (greetings, please, thanks)', async () => {
    const pipeline = await buildPipeline({ seedsDir: corpus });
    const changed: string[] = [];
    for (const { question, answer } of lexical) {
      for (const form of dressedForms(question.q, question.lang)) {
        const dressed = await pipeline.ask(form);
        if (dressed.abstained !== answer.abstained || dressed.sentences[0]?.text !== answer.sentences[0]?.text) changed.push(form);
      }
    }
    expect(changed).toEqual([]);
  });

  it('keeps the measured figures on the independent probe set', async () => {
    const pipeline = await buildPipeline({ seedsDir: corpus });
    const probe = computeMetrics(await runEval(await readEvalFile(PROBE), (q) => pipeline.ask(q)));
    console.log(`probe set, lexical mode\n${formatSectionsTable([{ name: 'probe', metrics: probe }])}`);
    for (const [key, floor] of Object.entries(PROBE_FLOORS)) expect(probe.overall[key as keyof MetricsRow] ?? 0, key).toBeGreaterThanOrEqual(floor);
    expect(probe.overall.falseAbstentionRate ?? 1).toBeLessThanOrEqual(PROBE_FALSE_ABSTENTION_CEILING);
  });

  it('keeps the measured figures on follow-ups asked in reply to an answer', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'dev-corpus-data-'));
    const { engine } = await createEngine(createConfig({ SEEDS_DIR: corpus, DATA_DIR: dataDir, EMBEDDING_MODEL: 'none' }));
    try {
      const results = await runEval(await readEvalFile(FOLLOW_UPS), (q, followUp) => engine.ask(q, followUp !== undefined ? { followUp } : {}));
      const metrics = computeMetrics(results);
      console.log(`follow-ups, lexical mode\n${formatSectionsTable([{ name: 'follow-ups', metrics }])}`);
      for (const [key, floor] of Object.entries(FOLLOW_UP_FLOORS)) expect(metrics.overall[key as keyof MetricsRow] ?? 0, key).toBeGreaterThanOrEqual(floor);
    } finally {
      await engine.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('always declines off-topic questions', () => {
    for (const r of lexical.filter((r) => /recipe|맛집|bread/i.test(r.question.q))) expect(r.answer.abstained, r.question.q).toBe(true);
  });

  it('finds at least as much in hybrid mode with the tiny model as in lexical mode', async () => {
    const text = [corpus, path.join(corpus, 'dev')].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(dir, f), 'utf8')));
    // The stand-in knows the corpus's words, and reads 512 tokens like multilingual-e5-small.
    const embed = await tinyEmbedder({ vocabularyText: text.join('\n'), maxTokens: 512 });
    try {
      const pipeline = await buildPipeline({ seedsDir: corpus, embed });
      const hybrid = await runEval(await readEvalFile(DEV_QUESTIONS), (q) => pipeline.ask(q));
      console.log(`development corpus, hybrid mode (tiny model)\n${table(hybrid)}`);
      const [h, l] = [computeMetrics(hybrid).overall, computeMetrics(lexical).overall];
      for (const key of ['hitAt1', 'hitAt3', 'mrr', 'answerInReply', 'answerInFirstSentence', 'abstentionAccuracy'] as const) expect(h[key]!, key).toBeGreaterThanOrEqual(l[key]!);
      expect(h.falseAbstentionRate!).toBeLessThanOrEqual(l.falseAbstentionRate!);
    } finally {
      await embed.dispose();
    }
  });
});
