/**
 * Scale section: synthetic documents chunked by the project's code, indexed by the real
 * LexicalIndex and a VectorIndex of synthetic clustered vectors, saved; HNSW recall against exact
 * search, search latency, BM25 latency, and load time and memory in fresh processes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chunkDocument } from '../src/corpus/chunk.ts';
import { parseDocument } from '../src/corpus/load.ts';
import { approximateTokenCounter } from '../src/corpus/tokens.ts';
import type { Chunk, SourceDocument } from '../src/corpus/types.ts';
import type { Config } from '../src/config.ts';
import { ChunkStore } from '../src/index/chunk-store.ts';
import { LexicalIndex } from '../src/index/lexical.ts';
import { FILES, saveIndex } from '../src/index/store.ts';
import { VectorIndex } from '../src/index/vector.ts';
import { REPO_ROOT, SEED, configFor, makeQuestions, runChild, tempDir } from './context.ts';
import type { Context } from './context.ts';
import { distribution } from './stats.ts';
import type { Distribution } from './stats.ts';
import { syntheticDocument } from './synthetic.ts';
import { clusteredVectors, exactTopK, recallAtK } from './vectors.ts';

export interface ScaleResult {
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
export function scaleCorpus(ctx: Context, passages: number, config: Config): { docs: { doc: SourceDocument; chunks: Chunk[] }[]; count: number } {
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

export async function benchScaleSize(ctx: Context, passages: number): Promise<ScaleResult> {
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
