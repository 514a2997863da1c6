/**
 * The question-answering engine: createEngine starts it. Its parts: the types (engine/types.ts),
 * the models it loads (engine/models.ts), bringing the index up to date (engine/prepare.ts) and
 * the engine over a loaded index (engine/engine-over.ts).
 */
import type { Config } from './config.ts';
import { describeError, isAppError } from './errors.ts';
import type { AppError } from './errors.ts';
import { writeLockReleased } from './index/lock.ts';
import type { IndexExpectation } from './index/manifest.ts';
import { loadIndex } from './index/store.ts';
import type { LoadedIndex } from './index/store.ts';
import { silentLogger } from './log.ts';
import type { Logger } from './log.ts';
import { engineOver } from './engine/engine-over.ts';
import { currentIndexFolder } from './engine/model-beside-index.ts';
import { existingIndexMode, ingestWith, prepareIndexWith } from './engine/prepare.ts';
import type { EngineDeps, StartedEngine } from './engine/types.ts';

export type {
  AskOptions,
  CorpusSummary,
  DocumentSummary,
  EmbedderFactory,
  Engine,
  EngineDeps,
  EngineStatus,
  FollowUp,
  StartedEngine,
  TracedAnswer,
  TracingEngine,
} from './engine/types.ts';
export { defaultEmbedderFactory, loadEmbedder } from './engine/models.ts';
export { existingIndexMode, ingestWith, prepareIndex } from './engine/prepare.ts';
export type { PreparedIndex } from './engine/prepare.ts';
export { engineOver, summarizeCorpus } from './engine/engine-over.ts';
export { followUpOf } from './engine/follow-up.ts';

/**
 * prepareIndex, then loads the index once and returns the engine over it. An unchanged index's
 * files are hashed once, by loadIndex; if one fails its checksum there, ingest runs again with
 * every file verified (and so rebuilds what is damaged), and the index is loaded again.
 */
export async function createEngine(config: Config, deps: EngineDeps = {}): Promise<StartedEngine> {
  const logger = deps.logger ?? silentLogger;
  const prepared = await prepareIndexWith(config, deps, { verifyUnchanged: false, keepLastGood: true, readBeside: true });
  const { modelError, blocked } = prepared;
  if (isAppError(blocked, 'INDEX_BUSY') && existingIndexMode(config.dataDir) === undefined) {
    // Nothing to answer from yet: the other process is building the first index; use it once built.
    logger.warn('another process is building the index and there is none yet: waiting for it to finish', { dataDir: config.dataDir });
    await prepared.embedder?.dispose();
    await writeLockReleased(config.dataDir);
    return createEngine(config, deps);
  }
  let embedder = prepared.embedder;
  let ingest = prepared.ingest;
  const expectation: IndexExpectation =
    embedder === undefined ? { mode: 'lexical' } : { mode: 'hybrid', modelId: embedder.modelId, dimension: embedder.dimension };
  let index: LoadedIndex;
  try {
    try {
      // Read while the model loaded: served when ingest left it as it was (the generation it was read from is still the current one).
      const beside = prepared.loadedBeside;
      if (beside !== undefined && ingest?.unchanged === true && beside.folder === currentIndexFolder(config.dataDir)) index = beside;
      else index = blocked === undefined ? loadIndex(config.dataDir, expectation, { logger }) : lastGoodIndex(config, expectation, blocked, logger);
      if (blocked !== undefined && index.vector === undefined && embedder !== undefined) {
        await embedder.dispose();
        embedder = undefined;
      }
    } catch (error) {
      if (ingest?.unchanged !== true || !isAppError(error, 'INDEX_CORRUPT')) throw error;
      logger.warn('the index failed verification while loading: ingesting again', { reason: describeError(error) });
      ingest = await ingestWith(config, deps, embedder, true);
      index = loadIndex(config.dataDir, expectation, { logger });
    }
  } catch (error) {
    await embedder?.dispose();
    throw error;
  }
  return { engine: engineOver(index, config, embedder, modelError, logger, blocked?.message), ingest };
}

/**
 * When the index cannot be updated (another ingest holds the lock, the disk is full, DATA_DIR
 * is read-only), the index already there still answers: with vectors when it was built with
 * the configured model, else with BM25 alone. Said once in the log; /status says it too.
 * Without any index there is nothing to answer from, and the update's failure is the error.
 */
function lastGoodIndex(config: Config, expectation: IndexExpectation, blocked: AppError, logger: Logger): LoadedIndex {
  let index: LoadedIndex;
  try {
    try {
      index = loadIndex(config.dataDir, expectation, { logger });
    } catch (error) {
      if (!isAppError(error, 'INDEX_MODEL_MISMATCH')) throw error;
      index = loadIndex(config.dataDir, { mode: 'lexical' }, { logger });
    }
  } catch (error) {
    if (isAppError(error, 'INDEX_MISSING')) throw blocked;
    throw error;
  }
  logger.warn(`the index could not be updated: answering from the last good index, built ${index.manifest.createdAt}. ${blocked.message}`, {
    code: blocked.code,
    mode: index.vector === undefined ? 'lexical' : 'hybrid',
  });
  return index;
}
