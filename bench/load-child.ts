/**
 * Measures loading in a FRESH process, so that nothing the benchmark allocated before pollutes the
 * resident-memory figures. Run as
 *   node --expose-gc --import tsx bench/load-child.ts index|phases <dataDir> <modelId> <dimension>
 *   node --expose-gc --import tsx bench/load-child.ts engine        (settings from the environment)
 * and prints one JSON object on stdout. Memory is process.memoryUsage() after a full GC.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface MemorySample {
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

function sample(): MemorySample {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  return { rss, heapUsed, external, arrayBuffers };
}

function delta(after: MemorySample, before: MemorySample): MemorySample {
  return {
    rss: after.rss - before.rss,
    heapUsed: after.heapUsed - before.heapUsed,
    external: after.external - before.external,
    arrayBuffers: after.arrayBuffers - before.arrayBuffers,
  };
}

async function loadWhole(dataDir: string, modelId: string, dimension: number): Promise<unknown> {
  const { loadIndex } = await import('../src/index/store.ts');
  const { ANALYZER_VERSION } = await import('../src/corpus/terms.ts');
  const before = sample();
  const started = performance.now();
  const index = loadIndex(dataDir, { mode: 'hybrid', modelId, dimension });
  const loadMs = performance.now() - started;
  if (index.manifest.analyzerVersion !== ANALYZER_VERSION) {
    // loadIndex would have rebuilt the lexical index from the chunks: not the load being measured.
    throw new Error('the term analyzer changed between writing and loading this index (code changed during the run); run the benchmark again');
  }
  const after = sample();
  const settled = await settle(before);
  return {
    loadMs,
    chunks: index.manifest.counts.chunks,
    before,
    after,
    delta: delta(after, before),
    settled,
    gcAvailable: typeof (globalThis as { gc?: unknown }).gc === 'function',
  };
}

/**
 * RSS once the process has idled long enough for V8 to give back the young-generation space that
 * loading grew (its memory reducer runs some seconds after the last burst of allocation): what a
 * running bot holds between questions. Polls RSS (no forced GC, so V8 decides as it would in the
 * bot) until it has not fallen for SETTLE_QUIET_MS, at most SETTLE_MAX_MS.
 */
async function settle(before: MemorySample): Promise<{ rssDelta: number; afterMs: number }> {
  const SETTLE_POLL_MS = 1000;
  const SETTLE_QUIET_MS = 8000;
  const SETTLE_MAX_MS = 40_000;
  const started = performance.now();
  let lowest = process.memoryUsage().rss;
  let lowestAt = started;
  while (performance.now() - started < SETTLE_MAX_MS && performance.now() - lowestAt < SETTLE_QUIET_MS) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
    const rss = process.memoryUsage().rss;
    if (rss < lowest - 1024 * 1024) {
      lowest = rss;
      lowestAt = performance.now();
    }
  }
  return { rssDelta: lowest - before.rss, afterMs: lowestAt - started };
}

/** Each step of loadIndex on its own: checksums, chunk store, lexical index, vector index. */
async function loadPhases(dataDir: string, modelId: string, dimension: number): Promise<unknown> {
  const { FILES, readVerifiedManifest } = await import('../src/index/store.ts');
  const { ChunkStore } = await import('../src/index/chunk-store.ts');
  const { LexicalIndex } = await import('../src/index/lexical.ts');
  const { VectorIndex } = await import('../src/index/vector.ts');
  const phases: Record<string, { ms: number; rssDelta: number; heapDelta: number }> = {};
  const keep: unknown[] = [];
  const step = <T>(name: string, work: () => T): T => {
    const before = sample();
    const started = performance.now();
    const result = work();
    const ms = performance.now() - started;
    const after = sample();
    phases[name] = { ms, rssDelta: after.rss - before.rss, heapDelta: after.heapUsed - before.heapUsed };
    keep.push(result);
    return result;
  };
  const opened = step('manifest + sha256 of every file', () => readVerifiedManifest(dataDir, { mode: 'hybrid', modelId, dimension }));
  const chunkBytes = step(`read ${FILES.chunks}`, () => fs.readFileSync(path.join(opened.folderPath, FILES.chunks)));
  step('parse chunk store', () => ChunkStore.deserialize(chunkBytes));
  const lexicalBytes = step(`read ${FILES.lexical}`, () => fs.readFileSync(path.join(opened.folderPath, FILES.lexical)));
  step('parse lexical index', () => LexicalIndex.deserialize(lexicalBytes));
  const hnsw = opened.manifest.hnsw;
  if (hnsw !== null) step('read vectors.hnsw (hnswlib)', () => VectorIndex.load(path.join(opened.folderPath, FILES.vectors), { ...hnsw, dimension }));
  return { phases, kept: keep.length };
}

/** Process start to a ready engine, as `npm start` would do it (model load, up-to-date check, index load). */
async function startEngine(): Promise<unknown> {
  const importsStarted = performance.now();
  const { createConfig } = await import('../src/config.ts');
  const { createEngine } = await import('../src/engine.ts');
  const importMs = performance.now() - importsStarted;
  const config = createConfig(process.env);
  const started = performance.now();
  const { engine, ingest } = await createEngine(config);
  const createEngineMs = performance.now() - started;
  const readyMs = performance.now();
  const memory = sample();
  const status = engine.status();
  await engine.close();

  // The parts of createEngine again, one by one (files now in the page cache, code warm): where startup goes.
  const { defaultEmbedderFactory } = await import('../src/engine.ts');
  const { loadIndex, readVerifiedManifest } = await import('../src/index/store.ts');
  const { fingerprintCorpus } = await import('../src/index/fingerprint.ts');
  const { silentLogger } = await import('../src/log.ts');
  const parts: Record<string, number> = {};
  const time = async (name: string, work: () => unknown) => {
    const started = performance.now();
    await work();
    parts[name] = performance.now() - started;
  };
  const expectation = { mode: 'hybrid' as const, modelId: config.embeddingModel, dimension: status.dimension ?? 0 };
  await time('model load (with warm-up pass)', async () => (await defaultEmbedderFactory(config, silentLogger)).dispose());
  await time('manifest + sha256 of every file', () => readVerifiedManifest(config.dataDir, expectation));
  await time('hash SEEDS_DIR files (unchanged check)', () => fingerprintCorpus(config.seedsDir));
  await time('loadIndex (sha256 again + parse)', () => loadIndex(config.dataDir, expectation));
  return { processStartToReadyMs: readyMs, importMs, createEngineMs, unchanged: ingest?.unchanged, mode: status.mode, chunks: status.chunks, rss: memory.rss, parts };
}

export async function runLoadChild(args: readonly string[]): Promise<unknown> {
  const [mode, dataDir, modelId, dimension] = args;
  if (mode === 'engine') return startEngine();
  if ((mode === 'index' || mode === 'phases') && dataDir !== undefined && modelId !== undefined && dimension !== undefined) {
    return mode === 'index' ? loadWhole(dataDir, modelId, Number(dimension)) : loadPhases(dataDir, modelId, Number(dimension));
  }
  throw new Error('usage: load-child.ts index|phases <dataDir> <modelId> <dimension> | engine');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runLoadChild(process.argv.slice(2)).then(
    (result) => process.stdout.write(JSON.stringify(result) + '\n'),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
