import fs from 'node:fs';
import { approximateTokenCounter } from '../../src/corpus/tokens.ts';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTransformersEmbedder } from '../../src/embed/transformers.ts';
import type { Embedder } from '../../src/embed/types.ts';
import { ingestCorpus } from '../../src/index/ingest.ts';
import { loadIndex } from '../../src/index/store.ts';
import { createTinyModel } from '../helpers/tiny-model.ts';
import { makeTempDir } from './fixtures.ts';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));
const tempDirs: string[] = [];
let embedder: Embedder;

beforeAll(async () => {
  const tiny = await createTinyModel();
  embedder = await createTransformersEmbedder({
    modelId: tiny.modelId,
    modelsDir: tiny.modelsDir,
    allowRemoteModels: false,
    cacheDir: makeTempDir('ingest-cache-', tempDirs),
    quantized: true,
    batchSize: 8,
  });
});

afterAll(async () => {
  await embedder?.dispose();
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('ingestCorpus with the real embedding pipeline (tiny ONNX model)', () => {
  it('ingests the seed documents into an index whose chunks fit the model and whose vectors find them', async () => {
    const dataDir = makeTempDir('ingest-tiny-', tempDirs);
    const options = { seedsDir: SEEDS_DIR, dataDir, embedder, chunking: { maxTokens: 200, overlapSentences: 1 }, hnsw: { m: 16, efConstruction: 100 } };
    const summary = await ingestCorpus(options);
    expect(summary).toMatchObject({ documents: 5, mode: 'hybrid', unchanged: false });
    expect(summary.embeddedNow).toBe(summary.chunks);

    const index = loadIndex(dataDir, { mode: 'hybrid', modelId: embedder.modelId, dimension: embedder.dimension });
    // The budget of 200 is in the approximate count (as in lexical mode); no passage exceeds the model's input (128 tokens for the tiny model).
    expect(index.manifest.chunking.maxTokens).toBe(200);
    expect(embedder.maxTokens).toBeLessThan(200);
    for (const { chunk } of index.store.entries()) {
      expect(embedder.countPassageTokens(chunk.text)).toBeLessThanOrEqual(embedder.maxTokens);
      expect(approximateTokenCounter(chunk.text)).toBeLessThanOrEqual(200);
    }
    // A passage embedded as a query finds itself first.
    const { label, chunk } = [...index.store.entries()][3]!;
    const hits = index.vector!.search(await embedder.embedQuery(chunk.text), 3, 64);
    expect(hits[0]!.label).toBe(label);

    const again = await ingestCorpus(options);
    expect(again).toMatchObject({ unchanged: true, embeddedNow: 0 });
  });
});
