/**
 * The query section's check of pruned BM25 (LexicalIndex.searchWordsPruned) against scoring
 * every passage (searchWords, what the engine uses): both on the same questions over the query
 * index, each on its own copy of the lexical index (so neither warms the other's caches), in
 * alternating order.
 */
import { isDeepStrictEqual } from 'node:util';
import { loadIndex } from '../src/index/store.ts';
import { distribution } from './stats.ts';
import type { Distribution } from './stats.ts';

export interface LexicalPruningResult {
  questions: number;
  k: number;
  /** Whether every question got the same hits (labels, scores, order) and word frequencies from both. */
  identical: boolean;
  /** Questions whose results differ. */
  differing: number;
  pruned: Distribution;
  exhaustive: Distribution;
}

export function compareLexicalPruning(dataDir: string, questions: readonly string[], k: number): LexicalPruningResult {
  const pruning = loadIndex(dataDir, { mode: 'lexical' }).lexical;
  const exhaustive = loadIndex(dataDir, { mode: 'lexical' }).lexical;
  const times = { pruned: [] as number[], exhaustive: [] as number[] };
  let differing = 0;
  for (const question of questions.slice(0, 20)) {
    pruning.searchWordsPruned(question, k);
    exhaustive.searchWords(question, k);
  }
  questions.forEach((question, i) => {
    const runPruned = () => {
      const started = performance.now();
      const result = pruning.searchWordsPruned(question, k);
      times.pruned.push(performance.now() - started);
      return result;
    };
    const runExhaustive = () => {
      const started = performance.now();
      const result = exhaustive.searchWords(question, k);
      times.exhaustive.push(performance.now() - started);
      return result;
    };
    let pruned;
    let scored;
    if (i % 2 === 0) {
      pruned = runPruned();
      scored = runExhaustive();
    } else {
      scored = runExhaustive();
      pruned = runPruned();
    }
    if (!isDeepStrictEqual(pruned, scored)) differing++;
  });
  return { questions: questions.length, k, identical: differing === 0, differing, pruned: distribution(times.pruned), exhaustive: distribution(times.exhaustive) };
}
