import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfig } from '../../src/config.ts';
import { createTransformersEmbedder } from '../../src/embed/transformers.ts';
import { createEngine, prepareIndex } from '../../src/engine.ts';
import { currentIndexFolder, fitsModel, loadModelBesideIndex } from '../../src/engine/model-beside-index.ts';
import { silentLogger } from '../../src/log.ts';
import { createWorkspace, type Workspace } from '../helpers/workspace.ts';

describe('the index read while the model loads', () => {
  let ws: Workspace;

  beforeAll(async () => {
    ws = await createWorkspace();
    const prepared = await prepareIndex(createConfig(ws.env));
    await prepared.embedder?.dispose();
  });
  afterAll(() => ws?.remove());

  it('is the current generation, with the vectors of the model that loaded', async () => {
    const { embedder, index } = await loadModelBesideIndex(createConfig(ws.env), {}, silentLogger);
    try {
      expect(index?.folder).toBe(currentIndexFolder(ws.dataDir));
      expect(index?.vector).toBeDefined();
      expect(fitsModel(index!, embedder)).toBe(true);
      // Another model, or none, does not fit it.
      expect(fitsModel(index!, { ...embedder!, dimension: embedder!.dimension + 1 })).toBe(false);
      expect(fitsModel(index!, { ...embedder!, modelId: 'someone/else' })).toBe(false);
      expect(fitsModel(index!, undefined)).toBe(false);
    } finally {
      await embedder?.dispose();
    }
  });

  it('is left to the caller by a model factory that does not run the work it is given', async () => {
    const config = createConfig(ws.env);
    const createEmbedder = () =>
      createTransformersEmbedder({ modelId: config.embeddingModel, modelsDir: config.modelsDir, allowRemoteModels: false, cacheDir: path.join(ws.root, 'cache'), quantized: true, batchSize: 4 });
    const { embedder, index } = await loadModelBesideIndex(config, { createEmbedder }, silentLogger);
    await embedder?.dispose();
    expect(embedder).toBeDefined();
    expect(index).toBeUndefined();
  });

  it('is not read in lexical mode, nor when the model does not load', async () => {
    const lexical = await loadModelBesideIndex(createConfig({ ...ws.env, EMBEDDING_MODEL: 'none' }), {}, silentLogger);
    expect(lexical).toEqual({});
    const missing = await loadModelBesideIndex(createConfig({ ...ws.env, EMBEDDING_MODEL: 'nobody/no-such-model' }), {}, silentLogger);
    expect(missing.embedder).toBeUndefined();
    expect(missing.modelError).toMatch(/no-such-model/);
    expect(missing.index).toBeUndefined();
  });

  it('is not what the engine serves when the start-up ingest changed the index', async () => {
    writeFileSync(path.join(ws.seedsDir, 'added-at-start.txt'), 'Korean and Azerbaijani engineers opened a water laboratory in Shaki on 4 March 2025.\n');
    const before = currentIndexFolder(ws.dataDir);
    const { engine, ingest } = await createEngine(createConfig(ws.env));
    try {
      expect(ingest?.addedDocuments).toBe(1);
      expect(currentIndexFolder(ws.dataDir)).not.toBe(before);
      expect(engine.documents().map((d) => d.source)).toContain('added-at-start.txt');
      expect(engine.status().mode).toBe('hybrid');
    } finally {
      await engine.close();
    }
  });
});
