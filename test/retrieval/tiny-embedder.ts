/** The tiny bag-of-words test model (test/helpers/tiny-model.ts) behind the pipeline's embed interface. */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTransformersEmbedder } from '../../src/embed/transformers.ts';
import { createTinyModel } from '../helpers/tiny-model.ts';
import type { PipelineEmbedder } from './pipeline.ts';

/**
 * `vocabularyText`: the texts whose words the model knows (the seeds by default; a corpus under
 * evaluation passes its own, or its words are all unknown to the stand-in). `maxTokens`: the
 * model's input limit (the tiny model's own 128 by default; 512 is multilingual-e5-small's).
 */
export async function tinyEmbedder(options: { vocabularyText?: string; maxTokens?: number } = {}): Promise<PipelineEmbedder & { dispose(): Promise<void> }> {
  const tiny = await createTinyModel(options);
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
