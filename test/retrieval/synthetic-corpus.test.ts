/**
 * Answer quality on documents written after the engine's rules: the five seeds and the 30
 * invented articles of test/fixtures/eval/synthetic (see its README), with their 90 questions,
 * in lexical mode. The figures asserted are the ones measured when the engine last changed,
 * rounded down (floors against regressions); docs/quality.md has the table and the history.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeMetrics, formatSectionsTable } from '../../src/eval/metrics.ts';
import type { EvalResult, MetricsRow } from '../../src/eval/metrics.ts';
import { readEvalFile, runEval } from '../../src/eval/run.ts';
import { halfOf } from '../../src/eval/split.ts';
import { SEEDS_DIR, buildPipeline } from './pipeline.ts';

const SYNTHETIC = fileURLToPath(new URL('../fixtures/eval/synthetic/', import.meta.url));

/** All 90 questions: today's figures, rounded down. */
const FLOORS: Partial<Record<keyof MetricsRow, number>> = { hitAt3: 0.87, answerInReply: 0.74, answerInFirstSentence: 0.6, abstentionAccuracy: 0.33 };
const FALSE_ABSTENTION_CEILING = 0.08;

describe('answer quality on the seeds and the synthetic articles', () => {
  let corpus: string;
  let results: EvalResult[];
  beforeAll(async () => {
    corpus = mkdtempSync(path.join(os.tmpdir(), 'synthetic-corpus-'));
    cpSync(SEEDS_DIR, corpus, { recursive: true });
    cpSync(path.join(SYNTHETIC, 'docs'), path.join(corpus, 'syn'), { recursive: true });
    const pipeline = await buildPipeline({ seedsDir: corpus });
    results = await runEval(await readEvalFile(path.join(SYNTHETIC, 'questions.jsonl')), (q) => pipeline.ask(q));
  });
  afterAll(() => {
    if (corpus !== undefined) rmSync(corpus, { recursive: true, force: true });
  });

  it('keeps the measured figures in lexical mode', () => {
    const half = (h: 'A' | 'B') => results.filter((r) => halfOf(r.question) === h);
    const table = formatSectionsTable([
      { name: 'half A', metrics: computeMetrics(half('A')) },
      { name: 'half B', metrics: computeMetrics(half('B')) },
      { name: 'all', metrics: computeMetrics(results) },
    ]);
    console.log(`synthetic articles, lexical mode\n${table}`);
    const overall = computeMetrics(results).overall;
    for (const [key, floor] of Object.entries(FLOORS)) expect(overall[key as keyof MetricsRow] ?? 0, `${key}\n${table}`).toBeGreaterThanOrEqual(floor);
    expect(overall.falseAbstentionRate ?? 1, table).toBeLessThanOrEqual(FALSE_ABSTENTION_CEILING);
  });
});
