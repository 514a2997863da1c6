/**
 * Query section: an index of synthetic news (vectors by the model, kept between runs, or synthetic
 * ones), a fresh process's startup on it, and questions answered one at a time next to the model
 * alone embedding each. The concurrency section runs on the same engine (./concurrency.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { chunkDocument } from '../src/corpus/chunk.ts';
import { parseDocument } from '../src/corpus/load.ts';
import { passageTokenCounter } from '../src/corpus/tokens.ts';
import type { TokenCounter } from '../src/corpus/types.ts';
import type { Config } from '../src/config.ts';
import type { Embedder } from '../src/embed/types.ts';
import { createEngine, prepareIndex } from '../src/engine.ts';
import { withCpuProfile } from './profile.ts';
import type { ProfileSummary } from './profile.ts';
import type { TracingEngine } from '../src/engine.ts';
import { measureConcurrency } from './concurrency.ts';
import type { ConcurrencyLevel } from './concurrency.ts';
import { REPO_ROOT, SEED, childEnvFor, configFor, countingEmbedder, cpuMs, loadModel, makeQuestions, newCounts, runChild, tempDir } from './context.ts';
import type { Context } from './context.ts';
import { compareLexicalPruning } from './lexical-pruning.ts';
import type { LexicalPruningResult } from './lexical-pruning.ts';
import { distribution } from './stats.ts';
import type { Distribution } from './stats.ts';
import { createSyntheticSeedsDir, syntheticDocument } from './synthetic.ts';
import { syntheticVectorEmbedder } from './vectors.ts';

/** Enough synthetic documents for about `passages` chunks, estimated from a sample chunked the same way. */
export function documentsForPassages(ctx: Context, passages: number, countTokens: TokenCounter, maxTokens: number, overlap: number): number {
  const sample = 60;
  let chunks = 0;
  for (let i = 0; i < sample; i++) {
    const doc = syntheticDocument(ctx.material, SEED, i);
    chunks += chunkDocument(parseDocument(doc.name, Buffer.from(doc.text)), { countTokens, maxTokens, overlapSentences: overlap }).length;
  }
  return Math.max(1, Math.round(passages / (chunks / sample)));
}

export interface QueryIndex {
  seedsDir: string;
  dataDir: string;
  documents: number;
  passages: number;
  vectors: 'model' | 'synthetic';
  buildMs: number;
  /** Passages the model embedded for this run: 0 when the index was kept from an earlier run. */
  embeddedPassages: number;
}

/** Where indexes embedded by the model are kept between runs (gitignored). */
export const CACHE_DIR = path.join(REPO_ROOT, '.cache', 'bench');

/**
 * The folder that keeps the query index embedded by the model between runs, named after what
 * decides its vectors: the model's files (path, size, time), quantization and the corpus size.
 * Inside, the project's own incremental ingest decides what to reuse, as it does for users.
 */
export function cachedQueryIndexDir(ctx: Context, config: Config): string {
  const modelDir = path.join(ctx.modelsDir, ctx.modelId);
  const files = fs.readdirSync(modelDir, { recursive: true, encoding: 'utf8' }).sort();
  const hash = createHash('sha256').update(JSON.stringify([ctx.modelId, config.embeddingQuantized, ctx.sizes.queryPassages, SEED]));
  for (const file of files) {
    const stat = fs.statSync(path.join(modelDir, file));
    if (stat.isFile()) hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  const dir = path.join(CACHE_DIR, `query-${ctx.sizes.queryPassages}-${hash.digest('hex').slice(0, 12)}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export async function buildQueryIndex(ctx: Context, embedder: Embedder, config: Config): Promise<QueryIndex> {
  // Chunked as ingest chunks them (passageTokenCounter), so that the index holds about the passages asked for.
  const countTokens = passageTokenCounter((t) => embedder.countPassageTokens(t), embedder.maxTokens, config.chunkMaxTokens);
  const documents = documentsForPassages(ctx, ctx.sizes.queryPassages, countTokens, config.chunkMaxTokens, config.chunkOverlapSentences);
  const corpus = createSyntheticSeedsDir(ctx.material, { documents, seed: SEED });
  ctx.temporary.push(corpus.dir);
  const vectors = ctx.args.synthetic ? 'synthetic' : 'model';
  const dataDir = vectors === 'model' ? cachedQueryIndexDir(ctx, config) : tempDir(ctx, 'bench-query-');
  ctx.progress(
    vectors === 'model'
      ? `query: indexing ${documents} documents (~${ctx.sizes.queryPassages} passages) with the model into ${path.relative(REPO_ROOT, dataDir)} (minutes the first time; later runs reuse it)`
      : `query: indexing ${documents} documents (~${ctx.sizes.queryPassages} passages) with synthetic vectors`,
  );
  const buildConfig = configFor(ctx, corpus.dir, dataDir);
  const started = performance.now();
  let lastShown = 0;
  const counts = newCounts();
  const prepared = await prepareIndex(buildConfig, {
    createEmbedder: async () => (vectors === 'model' ? countingEmbedder(embedder, counts) : syntheticVectorEmbedder(embedder, SEED)),
    onProgress: (event) => {
      if (event.done - lastShown >= 1000 || event.done === event.total) {
        lastShown = event.done;
        ctx.progress(`  embedded ${event.done}/${event.total}`);
      }
    },
  });
  const passages = prepared.ingest?.chunks ?? 0;
  return { seedsDir: corpus.dir, dataDir, documents, passages, vectors, buildMs: performance.now() - started, embeddedPassages: vectors === 'model' ? counts.passages : passages };
}

export interface StageTimes {
  total: Distribution;
  embed: Distribution;
  vector: Distribution;
  lexical: Distribution;
  fusion: Distribution;
  compose: Distribution;
  /** The model alone embedding each question (embedQuery), measured next to the engine's answer to it. */
  modelAlone: Distribution;
  /** Median over questions of (answer time / model-alone time for the same question). */
  perQuestionRatio: Distribution;
  /** Process CPU time per question (all threads), answering and embedding alone. */
  cpuMsPerQuestion: number;
  modelAloneCpuMsPerQuestion: number;
}

/**
 * Each question answered by the engine and embedded by the model alone one right after the other
 * (in alternating order), so that a machine that slows down or speeds up during the run (other
 * work on the host) affects both figures alike.
 */
export async function measureQuestions(engine: TracingEngine, embedder: Embedder, questions: readonly string[]): Promise<StageTimes> {
  const t = { total: [] as number[], embed: [] as number[], vector: [] as number[], lexical: [] as number[], fusion: [] as number[], compose: [] as number[], alone: [] as number[] };
  let answerCpuMs = 0;
  let aloneCpuMs = 0;
  const answer = async (question: string) => {
    const cpuStart = cpuMs();
    const started = performance.now();
    const traced = await engine.askTraced(question);
    t.total.push(performance.now() - started);
    answerCpuMs += cpuMs() - cpuStart;
    const timings = traced.retrieval.timings;
    t.embed.push(timings.embedMs);
    t.vector.push(timings.vectorMs);
    t.lexical.push(timings.lexicalMs);
    t.fusion.push(timings.fusionMs);
    t.compose.push(traced.composeMs);
  };
  const embedAlone = async (question: string) => {
    const cpuStart = cpuMs();
    const started = performance.now();
    await embedder.embedQuery(question);
    t.alone.push(performance.now() - started);
    aloneCpuMs += cpuMs() - cpuStart;
  };
  for (const [i, question] of questions.entries()) {
    if (i % 2 === 0) {
      await answer(question);
      await embedAlone(question);
    } else {
      await embedAlone(question);
      await answer(question);
    }
  }
  return {
    total: distribution(t.total),
    embed: distribution(t.embed),
    vector: distribution(t.vector),
    lexical: distribution(t.lexical),
    fusion: distribution(t.fusion),
    compose: distribution(t.compose),
    modelAlone: distribution(t.alone),
    perQuestionRatio: distribution(t.total.map((total, i) => total / t.alone[i]!)),
    cpuMsPerQuestion: answerCpuMs / Math.max(1, questions.length),
    modelAloneCpuMsPerQuestion: aloneCpuMs / Math.max(1, questions.length),
  };
}

export interface StartupResult {
  processStartToReadyMs: number;
  importMs: number;
  createEngineMs: number;
  rss: number;
  unchanged?: boolean;
  /** The steps of createEngine timed again one by one in the same process (warm). */
  parts: Record<string, number>;
}

/**
 * bench/load-child.ts bundled with bin/run.mjs's bundle() into dist/ (inside the project, so that
 * its package imports resolve to node_modules), removed at the end; returns the file to run.
 */
export async function bundledLoadChild(ctx: Context): Promise<string> {
  const { bundle } = await import('../bin/run.mjs');
  const file = path.join(REPO_ROOT, 'dist', `bench-load-child-${process.pid}.js`);
  ctx.temporary.push(file, `${file}.map`);
  await bundle(path.join(REPO_ROOT, 'bench', 'load-child.ts'), file);
  return file;
}

/** Questions whose next page is asked for (see measureNextPage). */
const NEXT_PAGE_QUESTIONS = 100;

/**
 * Asks each question and then for its next page ("more"), as the bot's button does, on an engine
 * of its own with `config`'s question-vector cache: the next page needs no embedding when the
 * question's vector is kept.
 */
async function measureNextPage(config: Config, embedder: Embedder, questions: readonly string[]): Promise<QueryResult['nextPage']> {
  const { engine } = await createEngine(config, { createEmbedder: async () => countingEmbedder(embedder, newCounts()) });
  const first: number[] = [];
  const next: number[] = [];
  try {
    for (const question of questions) {
      let started = performance.now();
      const answer = await engine.ask(question);
      first.push(performance.now() - started);
      started = performance.now();
      await engine.ask(question, { offset: answer.nextOffset ?? config.topK });
      next.push(performance.now() - started);
    }
  } finally {
    await engine.close();
  }
  return { questions: questions.length, firstPage: distribution(first), nextPage: distribution(next) };
}

export interface QueryResult {
  index: Omit<QueryIndex, 'seedsDir' | 'dataDir'>;
  startup: StartupResult;
  questions: number;
  stages: StageTimes;
  /** p50 of the answer time over p50 of the model-alone time. */
  p50Ratio: number;
  /** p99 of the answer time over p99 of the model-alone time. */
  p99Ratio: number;
  /** Pruned BM25 against scoring every passage, on the same questions over this index. */
  lexicalPruning: LexicalPruningResult;
  /**
   * With a QUERY_BATCH_WINDOW_MS above 0: the same questions without the window, to show what it
   * costs a lone question.
   */
  withoutWindow?: { windowMs: 0; total: Distribution; embed: Distribution; p50Ratio: number };
  /** First page and then the next page of each of the first NEXT_PAGE_QUESTIONS answers, by an engine that keeps question vectors. */
  nextPage: { questions: number; firstPage: Distribution; nextPage: Distribution };
  windowMs: number;
  efSearch: number;
  /** With --cpu-profile: the same questions answered again under the profiler (after the timed run, which it would slow). */
  profile?: ProfileSummary;
}


export async function benchQueryAndConcurrency(ctx: Context, doQuery: boolean, doConcurrency: boolean): Promise<{ query?: QueryResult; concurrency?: ConcurrencyLevel[] }> {
  const buildDir = tempDir(ctx, 'bench-model-');
  const modelConfig = configFor(ctx, REPO_ROOT, buildDir);
  const { embedder } = await loadModel(ctx, modelConfig);
  try {
    const built = await buildQueryIndex(ctx, embedder, modelConfig);
    // Every timed question is a new one to the engine: the question-vector cache would serve the
    // warm-up's questions, and the concurrency section's, from memory. Its effect is measured apart (nextPage).
    const config = configFor(ctx, built.seedsDir, built.dataDir, { QUERY_VECTOR_CACHE: '0' });
    const { seedsDir: _s, dataDir: _d, ...indexInfo } = built;

    const childEnv = childEnvFor(ctx, built.seedsDir, built.dataDir);
    const questions = makeQuestions(ctx, ctx.sizes.questions);
    const result: { query?: QueryResult; concurrency?: ConcurrencyLevel[] } = {};

    const counts = newCounts();
    const { engine } = await createEngine(config, { createEmbedder: async () => countingEmbedder(embedder, counts) });
    try {
      for (const q of questions.slice(0, 20)) await engine.askTraced(q); // warm up

      if (doQuery) {
        ctx.progress('query: startup of a fresh process on the up-to-date index');
        // Startup as npm start runs: the sources bundled beforehand (bin/run.mjs), no TypeScript compiled at start.
        const startup = runChild(['engine'], childEnv, await bundledLoadChild(ctx)) as StartupResult;
        ctx.progress(`query: ${questions.length} questions one after another`);
        const stages = await measureQuestions(engine, embedder, questions);
        let withoutWindow: QueryResult['withoutWindow'];
        if (config.queryBatchWindowMs > 0) {
          ctx.progress('query: the same questions with QUERY_BATCH_WINDOW_MS=0');
          const noWindowConfig = configFor(ctx, built.seedsDir, built.dataDir, { QUERY_BATCH_WINDOW_MS: '0' });
          const { engine: noWindow } = await createEngine(noWindowConfig, { createEmbedder: async () => countingEmbedder(embedder, newCounts()) });
          try {
            for (const q of questions.slice(0, 20)) await noWindow.askTraced(q);
            const noWindowStages = await measureQuestions(noWindow, embedder, questions);
            withoutWindow = { windowMs: 0, total: noWindowStages.total, embed: noWindowStages.embed, p50Ratio: noWindowStages.total.p50 / noWindowStages.modelAlone.p50 };
          } finally {
            await noWindow.close();
          }
        }
        let profile: ProfileSummary | undefined;
        if (ctx.args.cpuProfile !== undefined) {
          ctx.progress(`query: the same questions again under the CPU profiler, into ${ctx.args.cpuProfile}`);
          ({ profile } = await withCpuProfile(ctx.args.cpuProfile, async () => {
            for (const question of questions) await engine.askTraced(question);
          }));
        }
        ctx.progress('query: the next page of each answer, question vectors kept (QUERY_VECTOR_CACHE as configured)');
        const nextPage = await measureNextPage(configFor(ctx, built.seedsDir, built.dataDir), embedder, questions.slice(0, NEXT_PAGE_QUESTIONS));
        ctx.progress('query: pruned BM25 against scoring every passage, same questions');
        const lexicalPruning = compareLexicalPruning(built.dataDir, questions, Math.max(4 * config.topK, 30));
        result.query = {
          index: indexInfo,
          startup,
          questions: questions.length,
          stages,
          p50Ratio: stages.total.p50 / stages.modelAlone.p50,
          p99Ratio: stages.total.p99 / stages.modelAlone.p99,
          lexicalPruning,
          nextPage,
          ...(withoutWindow !== undefined ? { withoutWindow } : {}),
          windowMs: config.queryBatchWindowMs,
          efSearch: config.hnswEfSearch,
          ...(profile !== undefined ? { profile } : {}),
        };
      }

      if (doConcurrency) result.concurrency = await measureConcurrency(ctx, engine, counts, makeQuestions(ctx, ctx.sizes.concurrencyQuestions));
    } finally {
      await engine.close();
    }
    return result;
  } finally {
    await embedder.dispose();
  }
}
