/** The tiny bag-of-words test model (test/helpers/tiny-model.ts) behind the pipeline's embed interface. */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTransformersEmbedder } from '../../src/embed/transformers.ts';
import { createTinyModel } from '../helpers/tiny-model.ts';
import type { PipelineEmbedder } from './pipeline.ts';

export async function tinyEmbedder(): Promise<PipelineEmbedder & { dispose(): Promise<void> }> {
  const tiny = await createTinyModel();
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'quality-cache-'));
  const embedder = await createTransformersEmbedder({
    modelId: tiny.modelId,
    modelsDir: tiny.modelsDir,
    allowRemoteModels: false,
    cacheDir,
    quantized: true,
    batchSize: 16,
  });
  return {
    maxTokens: embedder.maxTokens,
    countTokens: (text) => embedder.countPassageTokens(text),
    passages: (texts) => embedder.embedPassages(texts),
    query: (text) => embedder.embedQuery(text),
    dispose: () => embedder.dispose(),
  };
}
