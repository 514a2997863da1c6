import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createConfig } from '../../src/config.ts';
import { createEngine } from '../../src/engine.ts';
import { EMBEDDINGS_DIR, EmbeddingCache, passageKey } from '../../src/index/embedding-cache.ts';
import { ingestCorpus } from '../../src/index/ingest.ts';
import type { IngestOptions } from '../../src/index/ingest.ts';
import { FILES, loadIndex } from '../../src/index/store.ts';
import { silentLogger } from '../../src/log.ts';
import { createFakeEmbedder } from './fake-embedder.ts';
import type { FakeEmbedder } from './fake-embedder.ts';
import { currentFolder, makeTempDir, resealCurrent } from './fixtures.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./slow-ingest-child.ts', import.meta.url));

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Documents of many distinct sentences: dozens of passages, each its own model input. */
function seeds(documents: number): string {
  const dir = makeTempDir('kept-seeds-', tempDirs);
  for (let d = 0; d < documents; d++) {
    const sentences = Array.from({ length: 8 }, (_, i) => `Report ${d} item ${i} tells of cooperation number ${d * 8 + i} between Baku and Seoul.`);
    fs.writeFileSync(path.join(dir, `doc-${d}.txt`), `Report ${d}\n\n${sentences.join(' ')}`);
  }
  return dir;
}

function optionsFor(seedsDir: string, dataDir: string, embedder: FakeEmbedder): IngestOptions {
  return { seedsDir, dataDir, embedder, chunking: { maxTokens: 48, overlapSentences: 0 }, hnsw: { m: 8, efConstruction: 50 }, embedBatchSize: 2 };
}

const hybrid = (e: FakeEmbedder) => ({ mode: 'hybrid' as const, modelId: e.modelId, dimension: e.dimension });

describe('a killed ingest', () => {
  it('resumes after kill -9 mid-embedding, embedding only the passages it had not embedded', async () => {
    const seedsDir = seeds(12);
    const dataDir = makeTempDir('kept-data-', tempDirs);
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, seedsDir, dataDir], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
    let reported = 0;
    let calls = 0;
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    await new Promise<void>((resolve) => {
      let buffer = '';
      child.stdout.on('data', (data) => {
        buffer += String(data);
        const lines = buffer.split('\n');
        buffer = lines.pop()!;
        for (const line of lines) {
          const event = JSON.parse(line) as { embedded?: number };
          reported += event.embedded ?? 0;
          calls += 1;
          if (calls === 10) {
            child.kill('SIGKILL');
            resolve();
          }
        }
      });
    });
    await exited;
    expect(fs.existsSync(path.join(dataDir, 'CURRENT'))).toBe(false);

    const embedder = createFakeEmbedder();
    const summary = await ingestCorpus(optionsFor(seedsDir, dataDir, embedder));
    // At most the last reported call's vectors can have been lost with the kill.
    expect(summary.embeddedNow).toBeLessThanOrEqual(summary.chunks - reported + 2);
    expect(summary.embeddedNow).toBeGreaterThan(0);
    expect(embedder.embeddedPassages).toHaveLength(summary.embeddedNow);
    expect(new Set(embedder.embeddedPassages).size).toBe(summary.embeddedNow);
    const index = loadIndex(dataDir, hybrid(embedder));
    expect(index.vector!.count).toBe(summary.chunks);
    // The cached vectors are the model's: every passage finds itself first.
    for (const { label, chunk } of [...index.store.entries()].slice(0, 10)) {
      expect(index.vector!.search(await embedder.embedQuery(chunk.text), 1)[0]!.label).toBe(label);
    }
  }, 120_000);
});

describe('a damaged index', () => {
  async function built() {
    const seedsDir = seeds(3);
    const dataDir = makeTempDir('kept-data-', tempDirs);
    const embedder = createFakeEmbedder();
    const first = await ingestCorpus(optionsFor(seedsDir, dataDir, embedder));
    return { seedsDir, dataDir, embedder, first };
  }

  function flipBytes(file: string, at: number, count = 16): void {
    const bytes = fs.readFileSync(file);
    for (let i = 0; i < count; i++) bytes[(at + i) % bytes.length]! ^= 0xff;
    fs.writeFileSync(file, bytes);
  }

  it('with 16 bytes flipped in lexical.bin, is rebuilt without embedding (from the chunk store, even without a cache)', async () => {
    const { seedsDir, dataDir, embedder, first } = await built();
    fs.rmSync(path.join(dataDir, EMBEDDINGS_DIR), { recursive: true });
    flipBytes(path.join(currentFolder(dataDir), FILES.lexical), 40);
    expect(() => loadIndex(dataDir, hybrid(embedder))).toThrow(expect.objectContaining({ code: 'INDEX_CORRUPT' }));
    const calls = embedder.passageCalls;
    const summary = await ingestCorpus(optionsFor(seedsDir, dataDir, embedder));
    expect(summary).toMatchObject({ unchanged: false, embeddedNow: 0, chunks: first.chunks });
    expect(embedder.passageCalls).toBe(calls);
    expect(loadIndex(dataDir, hybrid(embedder)).lexical.search('cooperation number 9', 3).length).toBeGreaterThan(0);
  });

  it('with a damaged vector file and a manifest resealed to match: load refuses, ingest rebuilds, from the cache', async () => {
    const { seedsDir, dataDir, embedder, first } = await built();
    const vectors = path.join(currentFolder(dataDir), FILES.vectors);
    // A neighbour id past the end of the graph: only the layout walk can see it.
    const bytes = fs.readFileSync(vectors);
    bytes.writeUInt32LE(0xfffffff0, 96 + 4);
    fs.writeFileSync(vectors, bytes);
    resealCurrent(dataDir);
    expect(() => loadIndex(dataDir, hybrid(embedder))).toThrow(expect.objectContaining({ code: 'INDEX_CORRUPT' }));

    const calls = embedder.passageCalls;
    const summary = await ingestCorpus(optionsFor(seedsDir, dataDir, embedder));
    expect(summary.unchanged).toBe(false);
    expect(summary.embeddedNow).toBe(0);
    expect(embedder.passageCalls).toBe(calls);
    expect(loadIndex(dataDir, hybrid(embedder)).vector!.count).toBe(first.chunks);
    expect(await ingestCorpus(optionsFor(seedsDir, dataDir, embedder))).toMatchObject({ unchanged: true });
  });

  it('is repaired by createEngine (as ask and start run it) without embedding again', async () => {
    const { seedsDir, dataDir, embedder } = await built();
    flipBytes(path.join(currentFolder(dataDir), FILES.chunks), 200);
    const config = createConfig({ SEEDS_DIR: seedsDir, DATA_DIR: dataDir, CHUNK_MAX_TOKENS: '48', CHUNK_OVERLAP_SENTENCES: '0', HNSW_M: '8', HNSW_EF_CONSTRUCTION: '50' });
    const calls = embedder.passageCalls;
    const { engine } = await createEngine(config, { createEmbedder: async () => embedder });
    try {
      expect((await engine.ask('What does report 2 item 5 tell?')).abstained).toBe(false);
      expect(embedder.passageCalls).toBe(calls);
    } finally {
      await engine.close();
    }
  });
});

describe('the embedding cache', () => {
  it('keeps vectors across openings, cuts a torn last record and skips a damaged one', () => {
    const dataDir = makeTempDir('kept-cache-', tempDirs);
    const vector = (seed: number) => Float32Array.from({ length: 4 }, (_, i) => seed + i / 10);
    const cache = EmbeddingCache.open(dataDir, 'm/one', 4, silentLogger);
    cache.add(['a', 'b', 'c'].map((text, i) => ({ key: passageKey(text), vector: vector(i) })));
    cache.close();
    const file = path.join(dataDir, EMBEDDINGS_DIR, fs.readdirSync(path.join(dataDir, EMBEDDINGS_DIR))[0]!);
    const bytes = fs.readFileSync(file);
    const record = 32 + 16 + 4;
    bytes[bytes.length - record - 3]! ^= 0xff; // inside b's vector
    fs.writeFileSync(file, Buffer.concat([bytes, bytes.subarray(bytes.length - 10)])); // a torn record after c

    const again = EmbeddingCache.open(dataDir, 'm/one', 4, silentLogger);
    expect([...again.get(passageKey('a'))!]).toEqual([...vector(0)]);
    expect(again.get(passageKey('b'))).toBeUndefined();
    expect([...again.get(passageKey('c'))!]).toEqual([...vector(2)]);
    again.add([{ key: passageKey('d'), vector: vector(3) }]);
    again.close();
    const third = EmbeddingCache.open(dataDir, 'm/one', 4, silentLogger);
    expect([...third.get(passageKey('d'))!]).toEqual([...vector(3)]);
    expect(third.size).toBe(3);
    third.close();
    // Another model has its own file: nothing of m/one is offered to it.
    const other = EmbeddingCache.open(dataDir, 'm/two', 4, silentLogger);
    expect(other.get(passageKey('a'))).toBeUndefined();
    other.close();
  });

  it('drops the vectors of passages no longer indexed once they pile up', () => {
    const dataDir = makeTempDir('kept-cache-', tempDirs);
    const cache = EmbeddingCache.open(dataDir, 'm/one', 2, silentLogger);
    cache.add(Array.from({ length: 1_200 }, (_, i) => ({ key: passageKey(`t${i}`), vector: [i, 1] })));
    cache.compact(new Set([passageKey('t7'), passageKey('t1100')]));
    expect(cache.size).toBe(2);
    expect([...cache.get(passageKey('t1100'))!]).toEqual([1100, 1]);
    cache.close();
    const reopened = EmbeddingCache.open(dataDir, 'm/one', 2, silentLogger);
    expect(reopened.size).toBe(2);
    expect([...reopened.get(passageKey('t7'))!]).toEqual([7, 1]);
    reopened.close();
  });
});
