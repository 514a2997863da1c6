/**
 * Performance benchmark: ingest, query latency, concurrency and index scale, with the machine,
 * Node version, model and settings printed next to the numbers. Prints numbers; never fails on
 * time. See bench/README.md for what each figure means and how it is measured.
 *
 *   node bin/run.mjs bench [--quick] [--synthetic] [--only ingest|query|concurrency|scale] [--passages N] [--json]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chunkDocument } from '../src/corpus/chunk.ts';
import { loadDocuments, parseDocument } from '../src/corpus/load.ts';
import { approximateTokenCounter } from '../src/corpus/tokens.ts';
import type { Chunk, SourceDocument, TokenCounter } from '../src/corpus/types.ts';
import { createConfig } from '../src/config.ts';
import type { Config } from '../src/config.ts';
import { createTransformersEmbedder } from '../src/embed/transformers.ts';
import type { Embedder } from '../src/embed/types.ts';
import { createEngine, prepareIndex } from '../src/engine.ts';
import type { TracingEngine } from '../src/engine.ts';
import { ChunkStore } from '../src/index/chunk-store.ts';
import { LexicalIndex } from '../src/index/lexical.ts';
import { FILES, loadIndex, saveIndex } from '../src/index/store.ts';
import { VectorIndex } from '../src/index/vector.ts';
import { distribution, formatDistribution, machineInfo, mib, ms, round, runConcurrently } from './stats.ts';
import type { Distribution, MachineInfo } from './stats.ts';
import { createRandom, createSyntheticSeedsDir, loadSentenceMaterial, mixSeed, syntheticDocument } from './synthetic.ts';
import type { SentenceMaterial } from './synthetic.ts';
import { clusteredVectors, exactTopK, recallAtK, syntheticVectorEmbedder } from './vectors.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SECTIONS = ['ingest', 'query', 'concurrency', 'scale'] as const;
type Section = (typeof SECTIONS)[number];
const SEED = 20240523;
const BENCH_MODEL = 'bench-e5-small-shape';

const USAGE = `Usage: npm run bench -- [options]   (the bundled code, as npm start runs it; tsx bench/run.ts [options] runs the TypeScript)

  --quick            smaller sizes, for a fast look (a few minutes)
  --synthetic        give the query index synthetic vectors instead of the model's (fast, see README)
  --only SECTION     ingest, query, concurrency or scale (repeatable, or comma-separated)
  --passages N       index size for query/concurrency, and the single scale size (default 10,000; scale 10,000 and 100,000)
  --json             print the results as one JSON object (progress still goes to stderr)

Model: BENCH_MODEL (default ${BENCH_MODEL}) from BENCH_MODELS_DIR or MODELS_DIR (default ../shared/models).
Other settings (HNSW_EF_SEARCH, EMBED_BATCH_SIZE, QUERY_BATCH_WINDOW_MS, ...) come from the environment.`;

interface BenchArgs {
  quick: boolean;
  synthetic: boolean;
  json: boolean;
  sections: Set<Section>;
  passages?: number;
  help: boolean;
}

class UsageError extends Error {}

function parseBenchArgs(args: readonly string[]): BenchArgs {
  const parsed: BenchArgs = { quick: false, synthetic: false, json: false, sections: new Set(), help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--quick') parsed.quick = true;
    else if (arg === '--synthetic') parsed.synthetic = true;
    else if (arg === '--json') parsed.json = true;
    else if (arg === '--help' || arg === '-h') parsed.help = true;
    else if (arg === '--only') {
      for (const name of value().split(',')) {
        if (!(SECTIONS as readonly string[]).includes(name)) throw new UsageError(`--only takes ${SECTIONS.join(', ')} (got "${name}")`);
        parsed.sections.add(name as Section);
      }
    } else if (arg === '--passages') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 100 || n > 10_000_000) throw new UsageError('--passages takes a whole number from 100 to 10,000,000');
      parsed.passages = n;
    } else throw new UsageError(`unknown option ${arg}`);
  }
  if (parsed.sections.size === 0) for (const s of SECTIONS) parsed.sections.add(s);
  return parsed;
}

interface Sizes {
  ingestDocuments: number;
  reingestDocuments: number;
  queryPassages: number;
  questions: number;
  concurrencyQuestions: number;
  scalePassages: number[];
  recallQueries: number;
  latencyQueries: number;
  lexicalQuestions: number;
}

function sizesFor(args: BenchArgs): Sizes {
  const quick = args.quick;
  return {
    ingestDocuments: quick ? 30 : 60,
    reingestDocuments: quick ? 200 : 1000,
    queryPassages: args.passages ?? (quick ? 2_000 : 10_000),
    questions: quick ? 120 : 300,
    concurrencyQuestions: quick ? 64 : 192,
    scalePassages: args.passages !== undefined ? [args.passages] : quick ? [10_000] : [10_000, 100_000],
    recallQueries: quick ? 100 : 200,
    latencyQueries: quick ? 300 : 1000,
    lexicalQuestions: quick ? 30 : 60,
  };
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

/** CPU time of this process (all threads, user + system) in ms: steadier than wall time when other work shares the cores. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Wall and CPU time of some work. */
async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; cpuMs: number }> {
  const cpuStart = cpuMs();
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started, cpuMs: cpuMs() - cpuStart };
}

interface Context {
  args: BenchArgs;
  sizes: Sizes;
  env: Record<string, string | undefined>;
  modelId: string;
  modelsDir: string;
  material: SentenceMaterial;
  progress: (line: string) => void;
  /** Temporary folders to remove at the end. */
  temporary: string[];
}

function tempDir(ctx: Context, prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  ctx.temporary.push(dir);
  return dir;
}

/** The project's settings for a run on these folders, with the bench model, local only. */
function configFor(ctx: Context, seedsDir: string, dataDir: string, overrides: Record<string, string> = {}): Config {
  return createConfig({
    ...ctx.env,
    BOT_TOKEN: undefined,
    WEBHOOK_URL: undefined,
    SEEDS_DIR: seedsDir,
    DATA_DIR: dataDir,
    MODELS_DIR: ctx.modelsDir,
    EMBEDDING_MODEL: ctx.modelId,
    ALLOW_REMOTE_MODELS: 'false',
    LOG_LEVEL: 'error',
    ...overrides,
  });
}

async function loadModel(ctx: Context, config: Config): Promise<{ embedder: Embedder; loadMs: number }> {
  const started = performance.now();
  const embedder = await createTransformersEmbedder({
    modelId: config.embeddingModel,
    modelsDir: config.modelsDir,
    allowRemoteModels: false,
    cacheDir: path.join(config.dataDir, 'models-cache'),
    quantized: config.embeddingQuantized,
    batchSize: config.embedBatchSize,
  });
  return { embedder, loadMs: performance.now() - started };
}

interface EmbedCounts {
  passageCalls: number;
  passages: number;
  passageMs: number;
  queryCalls: number;
  queries: number;
}

function newCounts(): EmbedCounts {
  return { passageCalls: 0, passages: 0, passageMs: 0, queryCalls: 0, queries: 0 };
}

/** Counts what reaches the model; dispose is left to the benchmark (the model is shared by runs). */
function countingEmbedder(inner: Embedder, counts: EmbedCounts): Embedder {
  return {
    modelId: inner.modelId,
    dimension: inner.dimension,
    maxTokens: inner.maxTokens,
    countPassageTokens: (text) => inner.countPassageTokens(text),
    embedPassages: async (texts) => {
      const started = performance.now();
      counts.passageCalls++;
      counts.passages += texts.length;
      try {
        return await inner.embedPassages(texts);
      } finally {
        counts.passageMs += performance.now() - started;
      }
    },
    embedQuery: (text) => {
      counts.queryCalls++;
      counts.queries++;
      return inner.embedQuery(text);
    },
    embedQueries: (texts) => {
      counts.queryCalls++;
      counts.queries += texts.length;
      return inner.embedQueries(texts);
    },
    dispose: async () => {},
  };
}

/** Share of the model's input positions that are real tokens when each call is sorted by length and cut into batches. */
function paddingEfficiency(tokenCounts: readonly number[], callSize: number, batchSize: number): number {
  let real = 0;
  let computed = 0;
  for (let start = 0; start < tokenCounts.length; start += callSize) {
    const call = tokenCounts.slice(start, start + callSize).sort((a, b) => a - b);
    for (let b = 0; b < call.length; b += batchSize) {
      const batch = call.slice(b, b + batchSize);
      real += batch.reduce((sum, n) => sum + n, 0);
      computed += batch.at(-1)! * batch.length;
    }
  }
  return computed === 0 ? 1 : real / computed;
}

/** Enough synthetic documents for about `passages` chunks, estimated from a sample chunked the same way. */
function documentsForPassages(ctx: Context, passages: number, countTokens: TokenCounter, maxTokens: number, overlap: number): number {
  const sample = 60;
  let chunks = 0;
  for (let i = 0; i < sample; i++) {
    const doc = syntheticDocument(ctx.material, SEED, i);
    chunks += chunkDocument(parseDocument(doc.name, Buffer.from(doc.text)), { countTokens, maxTokens, overlapSentences: overlap }).length;
  }
  return Math.max(1, Math.round(passages / (chunks / sample)));
}

// ---------------------------------------------------------------------------------------------
// Ingest

interface IngestResult {
  documents: number;
  passages: number;
  modelLoadMs: number;
  pipeline: { ms: number; cpuMs: number; passagesPerSecond: number; embedMsInside: number; embedCalls: number; otherMs: number };
  modelAloneSorted: { ms: number; cpuMs: number; passagesPerSecond: number };
  /** The model alone in calls of EMBED_BATCH_SIZE in document order: how ingest called it before it sorted passages by length. */
  modelAloneDocumentOrder: { ms: number; cpuMs: number; passagesPerSecond: number; callSize: number };
  /** Model-alone time / pipeline time (wall clock): the throughput ratio. */
  ratio: number;
  /** The same ratio in CPU time, which other processes on the machine disturb less. */
  cpuRatio: number;
  /** Real tokens / tokens computed: sorted by length (as ingest calls the model), and in document order. */
  paddingEfficiency: { sortedGlobally: number; documentOrder: number };
  stages: { loadDocumentsMs: number; chunkWithModelTokenizerMs: number; tokenizerCalls: number; tokenizedCharsPerDocumentChar: number };
  reingestSameCorpus: { ms: number; embedCalls: number; unchanged: boolean };
  reingest: { documents: number; passages: number; ms: number; embedCalls: number; unchanged: boolean };
}

async function benchIngest(ctx: Context): Promise<IngestResult> {
  const corpus = createSyntheticSeedsDir(ctx.material, { documents: ctx.sizes.ingestDocuments, seed: SEED });
  ctx.temporary.push(corpus.dir);
  const dataDir = tempDir(ctx, 'bench-ingest-');
  const config = configFor(ctx, corpus.dir, dataDir);
  const { embedder, loadMs } = await loadModel(ctx, config);
  try {
    const counts = newCounts();
    ctx.progress(`ingest: ${corpus.documents.length} documents through the whole pipeline`);
    const pipeline = await timed(() => prepareIndex(config, { createEmbedder: async () => countingEmbedder(embedder, counts) }));
    const prepared = pipeline.result;
    const pipelineMs = pipeline.ms;
    const passages = prepared.ingest?.chunks ?? 0;

    const index = loadIndex(dataDir, { mode: 'hybrid', modelId: embedder.modelId, dimension: embedder.dimension });
    const entries = [...index.store.entries()].sort((a, b) => a.label - b.label);
    const texts = entries.map((e) => e.chunk.text);
    const tokenCounts = entries.map((e) => e.chunk.tokenCount);

    ctx.progress(`ingest: model alone on the same ${texts.length} passages, sorted by length`);
    const sorted = await timed(() => embedder.embedPassages(texts));
    const sortedMs = sorted.ms;

    ctx.progress('ingest: model alone, in document order');
    const callSize = config.embedBatchSize;
    const documentOrder = await timed(async () => {
      for (let i = 0; i < texts.length; i += callSize) await embedder.embedPassages(texts.slice(i, i + callSize));
    });
    const documentOrderMs = documentOrder.ms;

    // Where the rest of the pipeline's time goes, measured on its own.
    let started = performance.now();
    const { documents } = await loadDocuments(corpus.dir);
    const loadDocumentsMs = performance.now() - started;
    let tokenizerCalls = 0;
    let tokenizedChars = 0;
    started = performance.now();
    for (const doc of documents) {
      chunkDocument(doc, {
        countTokens: (text) => {
          tokenizerCalls++;
          tokenizedChars += text.length;
          return embedder.countPassageTokens(text);
        },
        maxTokens: Math.min(config.chunkMaxTokens, embedder.maxTokens),
        overlapSentences: config.chunkOverlapSentences,
      });
    }
    const chunkMs = performance.now() - started;
    const documentChars = documents.reduce((sum, d) => sum + d.text.length, 0);

    ctx.progress('ingest: re-ingest of the unchanged corpus');
    const again = newCounts();
    started = performance.now();
    const second = await prepareIndex(config, { createEmbedder: async () => countingEmbedder(embedder, again) });
    const reingestSameMs = performance.now() - started;

    const reingest = await benchReingest(ctx, embedder);
    return {
      documents: corpus.documents.length,
      passages,
      modelLoadMs: loadMs,
      pipeline: {
        ms: pipelineMs,
        cpuMs: pipeline.cpuMs,
        passagesPerSecond: (passages / pipelineMs) * 1000,
        embedMsInside: counts.passageMs,
        embedCalls: counts.passageCalls,
        otherMs: pipelineMs - counts.passageMs,
      },
      modelAloneSorted: { ms: sortedMs, cpuMs: sorted.cpuMs, passagesPerSecond: (texts.length / sortedMs) * 1000 },
      modelAloneDocumentOrder: { ms: documentOrderMs, cpuMs: documentOrder.cpuMs, passagesPerSecond: (texts.length / documentOrderMs) * 1000, callSize },
      ratio: sortedMs / pipelineMs,
      cpuRatio: sorted.cpuMs / pipeline.cpuMs,
      paddingEfficiency: {
        sortedGlobally: paddingEfficiency(tokenCounts, tokenCounts.length, config.embedBatchSize),
        documentOrder: paddingEfficiency(tokenCounts, callSize, config.embedBatchSize),
      },
      stages: { loadDocumentsMs, chunkWithModelTokenizerMs: chunkMs, tokenizerCalls, tokenizedCharsPerDocumentChar: tokenizedChars / Math.max(1, documentChars) },
      reingestSameCorpus: { ms: reingestSameMs, embedCalls: again.passageCalls, unchanged: second.ingest?.unchanged ?? false },
      reingest,
    };
  } finally {
    await embedder.dispose();
  }
}

/** A corpus of reingestDocuments indexed once (synthetic vectors), then ingested again unchanged with the real model. */
async function benchReingest(ctx: Context, embedder: Embedder): Promise<IngestResult['reingest']> {
  const corpus = createSyntheticSeedsDir(ctx.material, { documents: ctx.sizes.reingestDocuments, seed: SEED + 1 });
  ctx.temporary.push(corpus.dir);
  const dataDir = tempDir(ctx, 'bench-reingest-');
  const config = configFor(ctx, corpus.dir, dataDir);
  ctx.progress(`ingest: first ingest of ${corpus.documents.length} documents (synthetic vectors, real tokenizer)`);
  const first = await prepareIndex(config, { createEmbedder: async () => syntheticVectorEmbedder(embedder, SEED) });
  ctx.progress(`ingest: re-ingest of the unchanged ${corpus.documents.length} documents with the model`);
  const counts = newCounts();
  const started = performance.now();
  const second = await prepareIndex(config, { createEmbedder: async () => countingEmbedder(embedder, counts) });
  const reingestMs = performance.now() - started;
  return {
    documents: corpus.documents.length,
    passages: first.ingest?.chunks ?? 0,
    ms: reingestMs,
    embedCalls: counts.passageCalls,
    unchanged: second.ingest?.unchanged ?? false,
  };
}

// ---------------------------------------------------------------------------------------------
// Query and concurrency

/** Questions of realistic length built from corpus sentences, in both languages, plus the dev set's. */
function makeQuestions(ctx: Context, count: number): string[] {
  const questions: string[] = [];
  const devSet = path.resolve(REPO_ROOT, '../shared/eval/seeds-dev.jsonl');
  if (fs.existsSync(devSet)) {
    for (const line of fs.readFileSync(devSet, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const q = (JSON.parse(line) as { q?: unknown }).q;
      if (typeof q === 'string') questions.push(q);
    }
  }
  const random = createRandom(mixSeed(SEED, 0x51));
  const en = ['What is known about {}?', 'When did {}?', 'Who said that {}?', 'Why {}?', '{}?'];
  const az = ['{} haqqında nə məlumat var?', '{} nə vaxt olub?', 'Kim {}?'];
  while (questions.length < count) {
    const isAz = random() < 0.2 && ctx.material.az.length > 0;
    const pool = isAz ? ctx.material.az : ctx.material.en;
    const words = pool[Math.floor(random() * pool.length)]!.replace(/[.!?]+$/u, '').split(/\s+/u);
    const length = Math.min(words.length, 4 + Math.floor(random() * 7));
    const from = Math.floor(random() * Math.max(1, words.length - length));
    const span = words.slice(from, from + length).join(' ');
    const templates = isAz ? az : en;
    questions.push(templates[Math.floor(random() * templates.length)]!.replace('{}', span));
  }
  return questions.slice(0, count);
}

interface QueryIndex {
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
const CACHE_DIR = path.join(REPO_ROOT, '.cache', 'bench');

/**
 * The folder that keeps the query index embedded by the model between runs, named after what
 * decides its vectors: the model's files (path, size, time), quantization and the corpus size.
 * Inside, the project's own incremental ingest decides what to reuse, as it does for users.
 */
function cachedQueryIndexDir(ctx: Context, config: Config): string {
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

async function buildQueryIndex(ctx: Context, embedder: Embedder, config: Config): Promise<QueryIndex> {
  const documents = documentsForPassages(ctx, ctx.sizes.queryPassages, (t) => embedder.countPassageTokens(t), Math.min(config.chunkMaxTokens, embedder.maxTokens), config.chunkOverlapSentences);
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

interface StageTimes {
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
async function measureQuestions(engine: TracingEngine, embedder: Embedder, questions: readonly string[]): Promise<StageTimes> {
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

interface StartupResult {
  processStartToReadyMs: number;
  importMs: number;
  createEngineMs: number;
  rss: number;
  unchanged?: boolean;
  /** The steps of createEngine timed again one by one in the same process (warm). */
  parts: Record<string, number>;
}

/**
 * Runs bench/load-child.ts in a fresh process: through tsx, or, given `bundled` (see
 * bundledLoadChild), as JavaScript bundled the way bin/run.mjs bundles the CLI for npm start.
 */
function runChild(args: readonly string[], env: Record<string, string | undefined>, bundled?: string): unknown {
  const entry = bundled === undefined ? ['--import', 'tsx', path.join(REPO_ROOT, 'bench', 'load-child.ts')] : [bundled];
  const child = spawnSync(process.execPath, ['--expose-gc', ...entry, ...args], {
    cwd: REPO_ROOT,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`load-child ${args[0]} failed (${child.status ?? child.signal}): ${child.stderr.trim().slice(-2000)}`);
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as unknown;
}

/**
 * bench/load-child.ts bundled with bin/run.mjs's bundle() into dist/ (inside the project, so that
 * its package imports resolve to node_modules), removed at the end; returns the file to run.
 */
async function bundledLoadChild(ctx: Context): Promise<string> {
  const { bundle } = await import('../bin/run.mjs');
  const file = path.join(REPO_ROOT, 'dist', `bench-load-child-${process.pid}.js`);
  ctx.temporary.push(file, `${file}.map`);
  await bundle(path.join(REPO_ROOT, 'bench', 'load-child.ts'), file);
  return file;
}

interface QueryResult {
  index: Omit<QueryIndex, 'seedsDir' | 'dataDir'>;
  startup: StartupResult;
  questions: number;
  stages: StageTimes;
  /** p50 of the answer time over p50 of the model-alone time. */
  p50Ratio: number;
  /**
   * With a QUERY_BATCH_WINDOW_MS above 0: the same questions without the window, to show what it
   * costs a lone question.
   */
  withoutWindow?: { windowMs: 0; total: Distribution; embed: Distribution; p50Ratio: number };
  windowMs: number;
  efSearch: number;
}

interface ConcurrencyLevel {
  concurrency: number;
  questions: number;
  questionsPerSecond: number;
  latency: Distribution;
  modelCalls: number;
  questionsPerModelCall: number;
}

async function benchQueryAndConcurrency(ctx: Context, doQuery: boolean, doConcurrency: boolean): Promise<{ query?: QueryResult; concurrency?: ConcurrencyLevel[] }> {
  const buildDir = tempDir(ctx, 'bench-model-');
  const modelConfig = configFor(ctx, REPO_ROOT, buildDir);
  const { embedder } = await loadModel(ctx, modelConfig);
  try {
    const built = await buildQueryIndex(ctx, embedder, modelConfig);
    const config = configFor(ctx, built.seedsDir, built.dataDir);
    const { seedsDir: _s, dataDir: _d, ...indexInfo } = built;

    const childEnv = {
      ...process.env,
      SEEDS_DIR: built.seedsDir,
      DATA_DIR: built.dataDir,
      MODELS_DIR: ctx.modelsDir,
      EMBEDDING_MODEL: ctx.modelId,
      ALLOW_REMOTE_MODELS: 'false',
      LOG_LEVEL: 'error',
      BOT_TOKEN: '',
      WEBHOOK_URL: '',
    };
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
        result.query = {
          index: indexInfo,
          startup,
          questions: questions.length,
          stages,
          p50Ratio: stages.total.p50 / stages.modelAlone.p50,
          ...(withoutWindow !== undefined ? { withoutWindow } : {}),
          windowMs: config.queryBatchWindowMs,
          efSearch: config.hnswEfSearch,
        };
      }

      if (doConcurrency) {
        const levels: ConcurrencyLevel[] = [];
        const concurrentQuestions = makeQuestions(ctx, ctx.sizes.concurrencyQuestions);
        for (const concurrency of [1, 8, 32]) {
          ctx.progress(`concurrency: ${concurrentQuestions.length} questions, ${concurrency} at a time`);
          const latencies: number[] = [];
          const callsBefore = counts.queryCalls;
          const queriesBefore = counts.queries;
          const started = performance.now();
          await runConcurrently(concurrentQuestions, concurrency, async (q) => {
            const askedAt = performance.now();
            await engine.ask(q);
            latencies.push(performance.now() - askedAt);
          });
          const wallMs = performance.now() - started;
          const calls = counts.queryCalls - callsBefore;
          levels.push({
            concurrency,
            questions: concurrentQuestions.length,
            questionsPerSecond: (concurrentQuestions.length / wallMs) * 1000,
            latency: distribution(latencies),
            modelCalls: calls,
            questionsPerModelCall: (counts.queries - queriesBefore) / Math.max(1, calls),
          });
        }
        result.concurrency = levels;
      }
    } finally {
      await engine.close();
    }
    return result;
  } finally {
    await embedder.dispose();
  }
}

// ---------------------------------------------------------------------------------------------
// Scale

interface ScaleResult {
  passages: number;
  documents: number;
  dimension: number;
  m: number;
  efConstruction: number;
  efSearch: number;
  build: { parseAndChunkMs: number; lexicalMs: number; hnswMs: number; hnswInsertsPerSecond: number; saveMs: number };
  files: { vectorsBytes: number; lexicalBytes: number; chunksBytes: number };
  search: { k: number; ef: number; latency: Distribution };
  /** BM25 search (LexicalIndex.search) for real questions over the same passages. */
  lexicalSearch: { questions: number; latency: Distribution };
  /** Recall against exact search at k = 10 and at the retriever's breadth, for several ef values (raised to k). */
  recall: { k: number; queries: number; byEf: { ef: number; recall: number; minRecall: number; p50Ms: number }[] }[];
  /** rssDelta right after loading (and a full GC); settledRssDelta once V8 gave back what loading grew (see load-child settle). */
  load: {
    ms: number;
    rssDelta: number;
    heapDelta: number;
    settledRssDelta: number;
    settledAfterMs: number;
    phases: Record<string, { ms: number; rssDelta: number; heapDelta: number }>;
  };
  /** rssOverBudget is settled RSS over the budget (the target); rssRightAfterLoadOverBudget the same right after loading. */
  memory: {
    vectorBytes: number;
    graphBytes: number;
    passageTextBytes: number;
    budgetBytes: number;
    rssOverBudget: number;
    rssRightAfterLoadOverBudget: number;
    rssBytesPerPassage: number;
  };
}

/** Real chunks of synthetic documents (approximate token counter: the model is not needed here) until `passages` is reached. */
function scaleCorpus(ctx: Context, passages: number, config: Config): { docs: { doc: SourceDocument; chunks: Chunk[] }[]; count: number } {
  const docs: { doc: SourceDocument; chunks: Chunk[] }[] = [];
  let count = 0;
  for (let i = 0; count < passages; i++) {
    const synthetic = syntheticDocument(ctx.material, SEED, i);
    const doc = parseDocument(synthetic.name, Buffer.from(synthetic.text));
    const chunks = chunkDocument(doc, { countTokens: approximateTokenCounter, maxTokens: config.chunkMaxTokens, overlapSentences: config.chunkOverlapSentences }).slice(0, passages - count);
    docs.push({ doc, chunks });
    count += chunks.length;
  }
  return { docs, count };
}

async function benchScaleSize(ctx: Context, passages: number): Promise<ScaleResult> {
  const dataDir = tempDir(ctx, 'bench-scale-');
  const config = configFor(ctx, REPO_ROOT, dataDir);
  const dimension = 384;
  ctx.progress(`scale ${passages}: synthetic documents, parsed and chunked`);
  let started = performance.now();
  const { docs, count } = scaleCorpus(ctx, passages, config);
  const parseAndChunkMs = performance.now() - started;

  ctx.progress(`scale ${passages}: lexical index`);
  const store = ChunkStore.create();
  const lexical = LexicalIndex.create();
  let label = 0;
  started = performance.now();
  const labelled = docs.map(({ doc, chunks }) => ({ doc, chunks: chunks.map((chunk) => ({ label: label++, chunk })) }));
  for (const { chunks } of labelled) lexical.add(chunks.map((c) => ({ label: c.label, text: c.chunk.text })));
  const lexicalMs = performance.now() - started;
  for (const { doc, chunks } of labelled) store.addDocument(doc, chunks);

  ctx.progress(`scale ${passages}: HNSW build (M=${config.hnswM}, efConstruction=${config.hnswEfConstruction})`);
  const vectors = clusteredVectors(count, 1, { dimension, seed: SEED });
  const vector = VectorIndex.create({ dimension, capacity: count, m: config.hnswM, efConstruction: config.hnswEfConstruction });
  started = performance.now();
  let lastReport = started;
  for (let i = 0; i < count; i++) {
    vector.add(i, vectors.row(i));
    if (performance.now() - lastReport > 30_000) {
      lastReport = performance.now();
      ctx.progress(`  ${i + 1}/${count} vectors inserted`);
    }
  }
  const hnswMs = performance.now() - started;

  ctx.progress(`scale ${passages}: save`);
  started = performance.now();
  const saved = saveIndex(dataDir, {
    mode: 'hybrid',
    model: { id: ctx.modelId, dimension, maxTokens: 512 },
    chunking: { tokenizer: 'approximate', maxTokens: config.chunkMaxTokens, overlapSentences: config.chunkOverlapSentences },
    store,
    lexical,
    vector,
    nextLabel: count,
  });
  const saveMs = performance.now() - started;
  const file = (name: string) => fs.statSync(path.join(dataDir, saved.folder, name)).size;
  const files = { vectorsBytes: file(FILES.vectors), lexicalBytes: file(FILES.lexical), chunksBytes: file(FILES.chunks) };

  ctx.progress(`scale ${passages}: search latency and recall`);
  const breadth = Math.max(4 * config.topK, 30); // what the retriever asks for
  const queries = clusteredVectors(Math.max(ctx.sizes.latencyQueries, ctx.sizes.recallQueries), 2, { dimension, seed: SEED });
  const latency: number[] = [];
  for (let i = 0; i < ctx.sizes.latencyQueries; i++) {
    const q = queries.row(i);
    const t = performance.now();
    vector.search(q, breadth, config.hnswEfSearch);
    latency.push(performance.now() - t);
  }
  // Recall at 10 (the target's measure) and at the retriever's breadth (what the answer draws on).
  const recallAt = (k: number): ScaleResult['recall'][number] => {
    const exact = Array.from({ length: ctx.sizes.recallQueries }, (_, i) => exactTopK(vectors, queries.row(i), k));
    const byEf = [...new Set([10, 32, 64, 96, config.hnswEfSearch, 256])].sort((a, b) => a - b).map((ef) => {
      const recalls: number[] = [];
      const times: number[] = [];
      exact.forEach((truth, i) => {
        const t = performance.now();
        const hits = vector.search(queries.row(i), k, ef);
        times.push(performance.now() - t);
        recalls.push(recallAtK(truth, hits.map((h) => h.label)));
      });
      return { ef: Math.max(ef, k), recall: recalls.reduce((a, b) => a + b, 0) / recalls.length, minRecall: Math.min(...recalls), p50Ms: distribution(times).p50 };
    });
    return { k, queries: exact.length, byEf };
  };
  const recall = [recallAt(10), recallAt(breadth)];

  ctx.progress(`scale ${passages}: lexical search`);
  const lexicalLatency: number[] = [];
  for (const question of makeQuestions(ctx, ctx.sizes.lexicalQuestions)) {
    const t = performance.now();
    lexical.search(question, breadth);
    lexicalLatency.push(performance.now() - t);
  }

  ctx.progress(`scale ${passages}: load in a fresh process`);
  const childEnv = { ...process.env };
  const whole = runChild(['index', dataDir, ctx.modelId, String(dimension)], childEnv) as {
    loadMs: number;
    delta: { rss: number; heapUsed: number };
    settled: { rssDelta: number; afterMs: number };
  };
  const phases = runChild(['phases', dataDir, ctx.modelId, String(dimension)], childEnv) as { phases: ScaleResult['load']['phases'] };

  const vectorBytes = count * dimension * 4;
  const passageTextBytes = docs.reduce((sum, d) => sum + d.chunks.reduce((s, c) => s + Buffer.byteLength(c.text), 0), 0);
  const budgetBytes = files.vectorsBytes + passageTextBytes;
  fs.rmSync(dataDir, { recursive: true, force: true });
  return {
    passages: count,
    documents: docs.length,
    dimension,
    m: config.hnswM,
    efConstruction: config.hnswEfConstruction,
    efSearch: config.hnswEfSearch,
    build: { parseAndChunkMs, lexicalMs, hnswMs, hnswInsertsPerSecond: (count / hnswMs) * 1000, saveMs },
    files,
    search: { k: breadth, ef: Math.max(config.hnswEfSearch, breadth), latency: distribution(latency) },
    lexicalSearch: { questions: lexicalLatency.length, latency: distribution(lexicalLatency) },
    recall,
    load: {
      ms: whole.loadMs,
      rssDelta: whole.delta.rss,
      heapDelta: whole.delta.heapUsed,
      settledRssDelta: whole.settled.rssDelta,
      settledAfterMs: whole.settled.afterMs,
      phases: phases.phases,
    },
    memory: {
      vectorBytes,
      graphBytes: files.vectorsBytes - vectorBytes,
      passageTextBytes,
      budgetBytes,
      rssOverBudget: whole.settled.rssDelta / budgetBytes,
      rssRightAfterLoadOverBudget: whole.delta.rss / budgetBytes,
      rssBytesPerPassage: whole.settled.rssDelta / count,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Report

/**
 * Which code the run measures: the bundle bin/run.mjs makes (what npm start, and npm run bench,
 * run) or the TypeScript sources through tsx, whose transform wraps every function it creates in a
 * naming helper: measured with valgrind, the tsx-run code executes 27% more instructions per
 * question (21.7 M against 17.1 M).
 */
const RUNNING_CODE: 'bundled' | 'typescript' = import.meta.url.endsWith('.ts') ? 'typescript' : 'bundled';

interface Results {
  machine: MachineInfo;
  code: typeof RUNNING_CODE;
  model: { id: string; modelsDir: string };
  settings: Record<string, unknown>;
  mode: { quick: boolean; synthetic: boolean; sections: Section[] };
  ingest?: IngestResult;
  query?: QueryResult;
  concurrency?: ConcurrencyLevel[];
  scale?: ScaleResult[];
  targets: { target: string; measured: string; met: boolean | 'n/a' }[];
  /** Sections that could not run, with why. */
  errors: Record<string, string>;
}

function evaluateTargets(r: Results): Results['targets'] {
  const targets: Results['targets'] = [];
  if (r.query !== undefined) {
    targets.push({
      target: `query p50 ≤ 1.5 × model-alone query embedding p50 (${r.query.index.passages} passages)`,
      measured:
        `${ms(r.query.stages.total.p50)} vs ${ms(r.query.stages.modelAlone.p50)} = ${r.query.p50Ratio.toFixed(2)}× (per question: median ${r.query.stages.perQuestionRatio.p50.toFixed(2)}×)` +
        (r.query.withoutWindow !== undefined ? ` (window 0: ${r.query.withoutWindow.p50Ratio.toFixed(2)}×)` : ''),
      met: r.query.p50Ratio <= 1.5,
    });
    targets.push({ target: 'start in about a second (fresh process to ready engine)', measured: ms(r.query.startup.processStartToReadyMs), met: r.query.startup.processStartToReadyMs <= 1500 });
  }
  if (r.ingest !== undefined) {
    targets.push({ target: 'ingest ≥ 0.9 × model-alone throughput', measured: `${r.ingest.ratio.toFixed(2)}× wall, ${r.ingest.cpuRatio.toFixed(2)}× CPU (${r.ingest.pipeline.passagesPerSecond.toFixed(1)} vs ${r.ingest.modelAloneSorted.passagesPerSecond.toFixed(1)} passages/s)`, met: r.ingest.ratio >= 0.9 });
    const re = r.ingest.reingest;
    targets.push({ target: `re-ingest of unchanged ${re.documents} documents: no embedding, < 2 s`, measured: `${ms(re.ms)}, ${re.embedCalls} embedding calls`, met: re.embedCalls === 0 && re.ms < 2000 && re.unchanged });
  }
  const largest = r.scale?.at(-1);
  if (largest !== undefined) {
    const atEf = largest.recall.find((r) => r.k === 10)?.byEf.find((e) => e.ef === largest.efSearch);
    targets.push({ target: `HNSW recall@10 ≥ 0.98 at ${largest.passages} passages (ef ${largest.efSearch})`, measured: (atEf?.recall ?? NaN).toFixed(4), met: (atEf?.recall ?? 0) >= 0.98 });
    targets.push({ target: `index load < 1.5 s at ${largest.passages} passages`, measured: ms(largest.load.ms), met: largest.load.ms < 1500 });
    targets.push({
      target: 'resident memory < 1.3 × (vectors + graph + passage text), index loaded and settled',
      measured: `${mib(largest.load.settledRssDelta)} vs ${mib(largest.memory.budgetBytes)} = ${largest.memory.rssOverBudget.toFixed(2)}× (right after loading: ${largest.memory.rssRightAfterLoadOverBudget.toFixed(2)}×)`,
      met: largest.memory.rssOverBudget < 1.3,
    });
  }
  if (largest !== undefined) {
    targets.push({
      target: `answers in milliseconds at ${largest.passages} passages: lexical search p50 (part of every answer)`,
      measured: ms(largest.lexicalSearch.latency.p50),
      met: 'n/a',
    });
  }
  if (r.concurrency !== undefined) {
    const one = r.concurrency.find((c) => c.concurrency === 1);
    const eight = r.concurrency.find((c) => c.concurrency === 8);
    if (one !== undefined && eight !== undefined) {
      // The issue asks that questions arriving together are embedded together; whether that adds
      // throughput depends on the machine (a model that already keeps every core busy on one
      // question gains nothing from batches), so throughput is shown beside it, not judged.
      targets.push({
        target: 'concurrent questions embedded together (8 at once: > 1 question per model call)',
        measured: `${eight.questionsPerModelCall.toFixed(1)} per call; throughput ${r.concurrency.map((c) => `${c.concurrency}: ${c.questionsPerSecond.toFixed(1)}`).join(', ')} questions/s`,
        met: eight.questionsPerModelCall > 1,
      });
    }
  }
  return targets;
}

/** Text for whatever parts of the results are present (so each section can be printed as soon as it is done). */
function formatText(r: Partial<Results>): string {
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  if (r.machine !== undefined && r.code !== undefined && r.model !== undefined && r.settings !== undefined && r.mode !== undefined) {
    line('== Benchmark ==');
    line(`machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${mib(r.machine.memoryBytes)}, ${r.machine.platform}`);
    line(`load average (1 min) at start: ${r.machine.loadAverageAtStart.toFixed(2)} (near or above ${r.machine.cores}, other processes share the cores: compare CPU times)`);
    line(`node ${r.machine.node}; commit ${r.machine.commit ?? 'unknown'}; ${r.machine.date}`);
    line(
      r.code === 'bundled'
        ? 'code: bundled by bin/run.mjs, as npm start runs it'
        : 'code: TypeScript through tsx (about a quarter more work per question than the bundle npm start runs; npm run bench runs the bundle)',
    );
    line(`model: ${r.model.id} (from ${r.model.modelsDir})`);
    line(`settings: ${Object.entries(r.settings).map(([k, v]) => `${k}=${String(v)}`).join(' ')}`);
    line(`mode: ${r.mode.quick ? 'quick' : 'default'}${r.mode.synthetic ? ' + synthetic query vectors' : ''}; sections: ${r.mode.sections.join(', ')}`);
  }

  if (r.ingest !== undefined) {
    const i = r.ingest;
    line();
    line(`== Ingest: ${i.documents} synthetic documents, ${i.passages} passages ==`);
    line(`model load:                 ${ms(i.modelLoadMs)}`);
    line(`whole pipeline:             ${(i.pipeline.ms / 1000).toFixed(2)} s (CPU ${(i.pipeline.cpuMs / 1000).toFixed(2)} s) = ${i.pipeline.passagesPerSecond.toFixed(1)} passages/s (embedding inside: ${(i.pipeline.embedMsInside / 1000).toFixed(2)} s in ${i.pipeline.embedCalls} calls; everything else: ${(i.pipeline.otherMs / 1000).toFixed(2)} s)`);
    line(`model alone, length-sorted: ${(i.modelAloneSorted.ms / 1000).toFixed(2)} s (CPU ${(i.modelAloneSorted.cpuMs / 1000).toFixed(2)} s) = ${i.modelAloneSorted.passagesPerSecond.toFixed(1)} passages/s`);
    line(`model alone, document order in calls of ${i.modelAloneDocumentOrder.callSize} (ingest before it sorted): ${(i.modelAloneDocumentOrder.ms / 1000).toFixed(2)} s (CPU ${(i.modelAloneDocumentOrder.cpuMs / 1000).toFixed(2)} s) = ${i.modelAloneDocumentOrder.passagesPerSecond.toFixed(1)} passages/s`);
    line(`throughput pipeline / model alone: ${i.ratio.toFixed(2)}× wall clock, ${i.cpuRatio.toFixed(2)}× CPU time`);
    line(`padding efficiency (real tokens / computed): sorted by length, as ingest calls the model ${(i.paddingEfficiency.sortedGlobally * 100).toFixed(1)}%; in document order ${(i.paddingEfficiency.documentOrder * 100).toFixed(1)}%`);
    line(`stages on their own: load documents ${ms(i.stages.loadDocumentsMs)}; chunking with the model tokenizer ${ms(i.stages.chunkWithModelTokenizerMs)} (${i.stages.tokenizerCalls} tokenizer calls, ${i.stages.tokenizedCharsPerDocumentChar.toFixed(1)} characters tokenized per document character)`);
    line(`re-ingest, same corpus unchanged: ${ms(i.reingestSameCorpus.ms)}, ${i.reingestSameCorpus.embedCalls} embedding calls, unchanged=${i.reingestSameCorpus.unchanged}`);
    line(`re-ingest, ${i.reingest.documents} unchanged documents (${i.reingest.passages} passages): ${ms(i.reingest.ms)}, ${i.reingest.embedCalls} embedding calls, unchanged=${i.reingest.unchanged}`);
  }

  if (r.query !== undefined) {
    const q = r.query;
    line();
    line(`== Query: ${q.questions} questions, one at a time, index of ${q.index.passages} passages (${q.index.documents} documents) ==`);
    line(
      q.index.vectors === 'model'
        ? q.index.embeddedPassages === 0
          ? `index vectors: embedded by the model in an earlier run, kept in ${CACHE_DIR} (checked and loaded in ${ms(q.index.buildMs)})`
          : `index vectors: embedded by the model (${q.index.embeddedPassages} passages in ${(q.index.buildMs / 1000).toFixed(0)} s; kept in ${CACHE_DIR} for later runs)`
        : 'index vectors: SYNTHETIC (clustered random unit vectors unrelated to the questions\' vectors; chunks, lexical index and question embeddings are real): a worst case for HNSW, which walks further for questions outside the index\'s distribution.',
    );
    line(
      `startup as npm start runs it (bundled code, fresh process → ready engine): ${ms(q.startup.processStartToReadyMs)} ` +
        `(Node and the code with its libraries ${ms(q.startup.processStartToReadyMs - q.startup.createEngineMs)}, createEngine ${ms(q.startup.createEngineMs)}), RSS ${mib(q.startup.rss)}`,
    );
    line(`  steps, timed again warm: ${Object.entries(q.startup.parts).map(([name, t]) => `${name} ${ms(t)}`).join('; ')}`);
    line(`question → composed answer: ${formatDistribution(q.stages.total)}`);
    line(`  embedding (incl. ${q.windowMs} ms batching window): ${formatDistribution(q.stages.embed)}`);
    line(`  vector search (ef ${q.efSearch}):   ${formatDistribution(q.stages.vector)}`);
    line(`  lexical search:             ${formatDistribution(q.stages.lexical)}`);
    line(`  fusion:                     ${formatDistribution(q.stages.fusion)}`);
    line(`  composition:                ${formatDistribution(q.stages.compose)}`);
    line(`model alone, embedQuery:      ${formatDistribution(q.stages.modelAlone)}  (each right before or after the answer to the same question)`);
    line(`p50 total / p50 model alone:  ${q.p50Ratio.toFixed(2)}×; per question, answer / model alone: median ${q.stages.perQuestionRatio.p50.toFixed(2)}×, p95 ${q.stages.perQuestionRatio.p95.toFixed(2)}×`);
    line(`CPU time per question: ${ms(q.stages.cpuMsPerQuestion)} answering vs ${ms(q.stages.modelAloneCpuMsPerQuestion)} embedding alone (${(q.stages.cpuMsPerQuestion / q.stages.modelAloneCpuMsPerQuestion).toFixed(2)}×)`);
    if (q.withoutWindow !== undefined) {
      line(`with QUERY_BATCH_WINDOW_MS=0: total ${formatDistribution(q.withoutWindow.total)}; embedding p50 ${ms(q.withoutWindow.embed.p50)}; ratio ${q.withoutWindow.p50Ratio.toFixed(2)}×`);
    }
  }

  if (r.concurrency !== undefined) {
    line();
    line('== Concurrency: closed loop, N questions in flight ==');
    for (const c of r.concurrency) {
      line(`${String(c.concurrency).padStart(2)} at a time: ${c.questionsPerSecond.toFixed(1)} questions/s; latency ${formatDistribution(c.latency)}; ${c.modelCalls} model calls (${c.questionsPerModelCall.toFixed(1)} questions per call)`);
    }
  }

  for (const s of r.scale ?? []) {
    line();
    line(`== Scale: ${s.passages} passages (${s.documents} documents), synthetic clustered vectors, dim ${s.dimension}, M ${s.m}, efConstruction ${s.efConstruction} ==`);
    line(`build: parse+chunk ${(s.build.parseAndChunkMs / 1000).toFixed(1)} s; lexical ${(s.build.lexicalMs / 1000).toFixed(1)} s; HNSW ${(s.build.hnswMs / 1000).toFixed(1)} s (${s.build.hnswInsertsPerSecond.toFixed(0)} inserts/s); save ${(s.build.saveMs / 1000).toFixed(1)} s`);
    line(`files: ${FILES.vectors} ${mib(s.files.vectorsBytes)}, ${FILES.lexical} ${mib(s.files.lexicalBytes)}, ${FILES.chunks} ${mib(s.files.chunksBytes)}`);
    line(`search k=${s.search.k} ef=${s.search.ef}: ${formatDistribution(s.search.latency)}`);
    line(`lexical search (BM25), ${s.lexicalSearch.questions} questions: ${formatDistribution(s.lexicalSearch.latency)}`);
    for (const r of s.recall) {
      line(`recall@${r.k} vs exact (${r.queries} queries): ${r.byEf.map((e) => `ef ${e.ef}: ${e.recall.toFixed(4)} (min ${e.minRecall.toFixed(2)}, ${ms(e.p50Ms)})`).join('; ')}`);
    }
    line(
      `load in a fresh process: ${ms(s.load.ms)}, RSS +${mib(s.load.rssDelta)} right after (JS heap +${mib(s.load.heapDelta)}), ` +
        `+${mib(s.load.settledRssDelta)} settled ${(s.load.settledAfterMs / 1000).toFixed(0)} s later (${(s.memory.rssBytesPerPassage / 1024).toFixed(2)} KiB per passage)`,
    );
    for (const [name, p] of Object.entries(s.load.phases)) line(`  ${name.padEnd(34)} ${ms(p.ms).padStart(9)}  RSS +${mib(p.rssDelta)}  heap +${mib(p.heapDelta)}`);
    line(
      `memory budget: vectors ${mib(s.memory.vectorBytes)} + graph ${mib(s.memory.graphBytes)} + passage text ${mib(s.memory.passageTextBytes)} = ${mib(s.memory.budgetBytes)}; ` +
        `settled RSS / budget = ${s.memory.rssOverBudget.toFixed(2)}× (right after loading ${s.memory.rssRightAfterLoadOverBudget.toFixed(2)}×)`,
    );
  }

  for (const [section, message] of Object.entries(r.errors ?? {})) {
    line();
    line(`== ${section}: FAILED ==`);
    line(message);
  }
  if (r.targets === undefined) return out.join('\n') + '\n';
  line();
  line(`== Targets == (load average at end: ${(r.machine?.loadAverageAtEnd ?? NaN).toFixed(2)})`);
  for (const t of r.targets) line(`[${t.met === true ? 'met' : t.met === false ? 'NOT MET' : 'n/a'}] ${t.target}: ${t.measured}`);
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------

/** Runs the selected benchmarks and prints the results; returns the exit code (0 unless the benchmark itself could not run). */
export async function runBenchmarks(args: readonly string[], env: Record<string, string | undefined>): Promise<number> {
  let parsed: BenchArgs;
  try {
    parsed = parseBenchArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`error: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const modelsDir = path.resolve(REPO_ROOT, env.BENCH_MODELS_DIR ?? env.MODELS_DIR ?? '../shared/models');
  const modelId = env.BENCH_MODEL ?? BENCH_MODEL;
  const started = performance.now();
  const ctx: Context = {
    args: parsed,
    sizes: sizesFor(parsed),
    env,
    modelId,
    modelsDir,
    material: await loadSentenceMaterial(path.join(REPO_ROOT, 'seeds')),
    progress: (line) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`),
    temporary: [],
  };
  const settingsConfig = configFor(ctx, REPO_ROOT, os.tmpdir());
  const results: Results = {
    machine: machineInfo(REPO_ROOT),
    code: RUNNING_CODE,
    model: { id: modelId, modelsDir },
    settings: {
      EMBEDDING_QUANTIZED: settingsConfig.embeddingQuantized,
      EMBED_BATCH_SIZE: settingsConfig.embedBatchSize,
      QUERY_BATCH_WINDOW_MS: settingsConfig.queryBatchWindowMs,
      CHUNK_MAX_TOKENS: settingsConfig.chunkMaxTokens,
      CHUNK_OVERLAP_SENTENCES: settingsConfig.chunkOverlapSentences,
      TOP_K: settingsConfig.topK,
      HNSW_M: settingsConfig.hnswM,
      HNSW_EF_CONSTRUCTION: settingsConfig.hnswEfConstruction,
      HNSW_EF_SEARCH: settingsConfig.hnswEfSearch,
    },
    mode: { quick: parsed.quick, synthetic: parsed.synthetic, sections: [...parsed.sections] },
    targets: [],
    errors: {},
  };
  // Text results are printed as each section ends, so a failure late in a long run loses nothing.
  const show = (part: Partial<Results>) => {
    if (!parsed.json) process.stdout.write(formatText(part));
  };
  /** Runs one section; a failure is reported with the results and the other sections still run. */
  const section = async (name: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      results.errors[name] = error instanceof Error ? (error.stack ?? error.message) : String(error);
      ctx.progress(`${name} FAILED: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  show({ machine: results.machine, code: results.code, model: results.model, settings: results.settings, mode: results.mode });
  try {
    if (parsed.sections.has('ingest')) {
      await section('ingest', async () => {
        results.ingest = await benchIngest(ctx);
        show({ ingest: results.ingest });
      });
    }
    if (parsed.sections.has('query') || parsed.sections.has('concurrency')) {
      await section('query', async () => {
        Object.assign(results, await benchQueryAndConcurrency(ctx, parsed.sections.has('query'), parsed.sections.has('concurrency')));
        show({ query: results.query, concurrency: results.concurrency });
      });
    }
    if (parsed.sections.has('scale')) {
      results.scale = [];
      for (const passages of ctx.sizes.scalePassages) {
        await section(`scale ${passages}`, async () => {
          const result = await benchScaleSize(ctx, passages);
          results.scale!.push(result);
          show({ scale: [result] });
        });
      }
    }
  } finally {
    for (const dir of ctx.temporary) fs.rmSync(dir, { recursive: true, force: true });
  }
  results.machine.loadAverageAtEnd = os.loadavg()[0]!;
  results.targets = evaluateTargets(results);
  ctx.progress('done');
  if (parsed.json) process.stdout.write(JSON.stringify(results, (_, v: unknown) => (typeof v === 'number' ? round(v, 4) : v), 1) + '\n');
  else show({ machine: results.machine, targets: results.targets, errors: results.errors });
  return 0;
}

// Run as a script (tsx bench/run.ts), not when the CLI's bundle holds this module (its URL is then the bundle's).
if (RUNNING_CODE === 'typescript' && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runBenchmarks(process.argv.slice(2), process.env).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
