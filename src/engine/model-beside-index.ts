import { isLexicalOnPurpose } from '../config.ts';
import type { Config } from '../config.ts';
import type { Embedder } from '../embed/types.ts';
import { loadIndex, readCheckedManifest } from '../index/store.ts';
import type { LoadedIndex } from '../index/store.ts';
import type { Logger } from '../log.ts';
import { loadEmbedder } from './models.ts';
import type { EngineDeps } from './types.ts';

/** The model, or why there is none, and the index loaded while it loaded when it fits that model. */
export interface ModelAndIndex {
  embedder?: Embedder;
  modelError?: string;
  /** DATA_DIR's current index with its vectors, read while the model loaded; undefined when it does not fit the model that loaded (or there was none). */
  index?: LoadedIndex;
}

/**
 * The index of the configured model as DATA_DIR's manifest records it (its id and dimension),
 * undefined when there is none or it was built for another model: whether it fits the model is
 * known only once the model has loaded (`fitsModel`).
 */
function indexRecordedFor(config: Config, logger: Logger): LoadedIndex | undefined {
  try {
    const { model } = readCheckedManifest(config.dataDir, { mode: 'lexical' }).manifest;
    if (model === null || model.id !== config.embeddingModel) return undefined;
    return loadIndex(config.dataDir, { mode: 'hybrid', modelId: model.id, dimension: model.dimension }, { logger });
  } catch {
    // Whatever is wrong with it is found and said again by the load that follows the model's.
    return undefined;
  }
}

/** The folder of DATA_DIR's current generation, undefined when there is no readable one. */
export function currentIndexFolder(dataDir: string): string | undefined {
  try {
    return readCheckedManifest(dataDir, { mode: 'lexical' }).folder;
  } catch {
    return undefined;
  }
}

/** Whether an index holds vectors of this model: its id and the length of its vectors. */
export function fitsModel(index: LoadedIndex, embedder: Embedder | undefined): boolean {
  const { model } = index.manifest;
  return embedder !== undefined && index.vector !== undefined && model !== null && model.id === embedder.modelId && model.dimension === embedder.dimension;
}

/**
 * Loads the model and, while its session is made in its own thread, the index in DATA_DIR recorded
 * for it: start-up waits for the longer of the two instead of their sum. The index is kept only
 * when it fits the model that loaded; otherwise the caller loads what it needs as before. Without a
 * model (EMBEDDING_MODEL=none) there is nothing to overlap, nor with a factory that does not run
 * the work it is given (the index is then left to the caller).
 */
export async function loadModelBesideIndex(config: Config, deps: EngineDeps, logger: Logger): Promise<ModelAndIndex> {
  if (isLexicalOnPurpose(config.embeddingModel)) return loadEmbedder(config, deps, logger);
  let index: LoadedIndex | undefined;
  const loaded = await loadEmbedder(config, deps, logger, () => {
    index = indexRecordedFor(config, logger);
  });
  return index !== undefined && fitsModel(index, loaded.embedder) ? { ...loaded, index } : loaded;
}
