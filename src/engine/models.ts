import path from 'node:path';
import { readFileSync } from 'node:fs';
import { isAbstentionModel } from '../answer/abstention.ts';
import type { AbstentionModel } from '../answer/abstention.ts';
import { isLexicalOnPurpose } from '../config.ts';
import type { Config } from '../config.ts';
import { ANALYZER_VERSION } from '../corpus/terms.ts';
import { createTransformersEmbedder } from '../embed/transformers.ts';
import type { Embedder } from '../embed/types.ts';
import { isAppError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { EmbedderFactory, EngineDeps } from './types.ts';

export const defaultEmbedderFactory: EmbedderFactory = (config, logger, whileSessionLoads) =>
  createTransformersEmbedder({
    modelId: config.embeddingModel,
    modelsDir: config.modelsDir,
    allowRemoteModels: config.allowRemoteModels,
    cacheDir: path.join(config.dataDir, 'models-cache'),
    quantized: config.embeddingQuantized,
    batchSize: config.embedBatchSize,
    thread: config.embeddingThread,
    threads: { query: config.queryEmbedThreads, passage: config.embedThreads },
    whileSessionLoads,
    logger,
  });

/**
 * Loads the model, or explains loudly (once) why the engine falls back to lexical retrieval.
 * `whileSessionLoads` is passed to the factory (see EmbedderFactory); it may not run.
 */
export async function loadEmbedder(config: Config, deps: EngineDeps, logger: Logger, whileSessionLoads?: () => void): Promise<{ embedder?: Embedder; modelError?: string }> {
  if (isLexicalOnPurpose(config.embeddingModel)) {
    logger.info(`EMBEDDING_MODEL=${config.embeddingModel}: lexical (BM25) retrieval, as chosen`);
    return {};
  }
  try {
    return { embedder: await (deps.createEmbedder ?? defaultEmbedderFactory)(config, logger, whileSessionLoads) };
  } catch (error) {
    if (!isAppError(error, 'MODEL_LOAD_FAILED')) throw error;
    logger.warn(
      `EMBEDDING MODEL NOT AVAILABLE: answering with lexical (BM25) retrieval only, without embeddings. ${error.message}`,
      { model: config.embeddingModel },
    );
    return { modelError: error.message };
  }
}

/**
 * The abstention model `npm run calibrate` fitted for this retrieval (DATA_DIR/abstention-model.json),
 * when there is one for the same analyzer and model; otherwise the shipped lexical model decides.
 */
export function fittedAbstentionModel(config: Config, fittedFor: string, logger: Logger): AbstentionModel | undefined {
  let text: string;
  try {
    text = readFileSync(path.join(config.dataDir, 'abstention-model.json'), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const model: unknown = JSON.parse(text);
    if (isAbstentionModel(model) && model.fittedFor === fittedFor && model.analyzerVersion === ANALYZER_VERSION) return model;
    logger.info('abstention-model.json in DATA_DIR was fitted for another model or analyzer: the shipped lexical model decides', { fittedFor });
  } catch {
    logger.warn('abstention-model.json in DATA_DIR is not valid JSON: the shipped lexical model decides');
  }
  return undefined;
}
