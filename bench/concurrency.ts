/**
 * Concurrency section: a closed loop with 1, 8 and 32 questions in flight on the query section's
 * engine: questions per second, latency, and how many model calls the questions needed.
 */
import type { TracingEngine } from '../src/engine.ts';
import type { Context, EmbedCounts } from './context.ts';
import { distribution, runConcurrently } from './stats.ts';
import type { Distribution } from './stats.ts';

export interface ConcurrencyLevel {
  concurrency: number;
  questions: number;
  questionsPerSecond: number;
  latency: Distribution;
  modelCalls: number;
  questionsPerModelCall: number;
}

/** `counts` is what the engine's embedder counts: model calls per level come from its difference. */
export async function measureConcurrency(ctx: Context, engine: TracingEngine, counts: EmbedCounts, questions: readonly string[]): Promise<ConcurrencyLevel[]> {
  const levels: ConcurrencyLevel[] = [];
  for (const concurrency of [1, 8, 32]) {
    ctx.progress(`concurrency: ${questions.length} questions, ${concurrency} at a time`);
    const latencies: number[] = [];
    const callsBefore = counts.queryCalls;
    const queriesBefore = counts.queries;
    const started = performance.now();
    await runConcurrently(questions, concurrency, async (q) => {
      const askedAt = performance.now();
      await engine.ask(q);
      latencies.push(performance.now() - askedAt);
    });
    const wallMs = performance.now() - started;
    const calls = counts.queryCalls - callsBefore;
    levels.push({
      concurrency,
      questions: questions.length,
      questionsPerSecond: (questions.length / wallMs) * 1000,
      latency: distribution(latencies),
      modelCalls: calls,
      questionsPerModelCall: (counts.queries - queriesBefore) / Math.max(1, calls),
    });
  }
  return levels;
}
