import type { Config } from './config.ts';
import { engineOver, existingIndexMode, ingestWith } from './engine.ts';
import type { AskOptions, Engine, EngineDeps, TracingEngine } from './engine.ts';
import { wrapEmbedder } from './embed/types.ts';
import type { Embedder } from './embed/types.ts';
import { describeError, isAppError } from './errors.ts';
import { writeLockReleased } from './index/lock.ts';
import type { IngestSummary } from './index/ingest.ts';
import type { IndexExpectation } from './index/manifest.ts';
import { loadIndex } from './index/store.ts';
import type { LoadedIndex } from './index/store.ts';
import { currentIndexFolder, loadModelBesideIndex } from './engine/model-beside-index.ts';
import { silentLogger } from './log.ts';

/** What one refresh did. It never throws: a failed ingest leaves the index being served in place. */
export interface RefreshResult {
  /** Undefined when no ingest ran (it failed, or the model is missing and a hybrid index is kept). */
  summary?: IngestSummary;
  /** A new index is being served since this refresh. */
  swapped: boolean;
  error?: unknown;
}

/**
 * An engine whose index can change while it runs: ingest happens in the background and the new
 * index is swapped in whole once it is loaded. Every call (an answer, a passage, a listing) is
 * served by one index from start to end, never by a mix of two.
 */
export interface LiveEngine extends Engine {
  /**
   * Brings the index up to date with SEEDS_DIR (incrementally) and serves the result, also when
   * another process (`npm run ingest`) wrote it. One ingest runs at a time: calls made while
   * one runs share a single follow-up run, which sees every change made until it starts.
   */
  refresh(): Promise<RefreshResult>;
  /** Serves the index in DATA_DIR if another process (`npm run ingest`) made a new one; ingests nothing. */
  reload(): boolean;
  readonly seedsDir: string;
}

/** The model for engines that must not release it: the live engine owns it and closes it once. */
function borrowed(embedder: Embedder | undefined): Embedder | undefined {
  return embedder === undefined ? undefined : wrapEmbedder(embedder, { dispose: async () => {} });
}

/**
 * Loads the model once, then serves DATA_DIR's index: an existing usable one at once (brought up
 * to date in the background), else the one the first ingest builds (awaited). Throws only when
 * there is no index to serve at all.
 */
export async function createLiveEngine(config: Config, deps: EngineDeps = {}): Promise<LiveEngine> {
  const logger = deps.logger ?? silentLogger;
  const { embedder, modelError, index: loadedBeside } = await loadModelBesideIndex(config, deps, logger);
  const expectation: IndexExpectation =
    embedder === undefined ? { mode: 'lexical' } : { mode: 'hybrid', modelId: embedder.modelId, dimension: embedder.dimension };
  let current: TracingEngine | undefined;
  let servedFolder: string | undefined;
  let closed = false;
  /** Why the last ingest could not run (shown in status until one succeeds); logged once per reason. */
  let stale: string | undefined;

  /** Loads CURRENT's generation if it is not the one served (or takes `loaded`, when it is that one), and swaps it in. */
  const swapIfNew = (loaded?: LoadedIndex): boolean => {
    const folder = currentIndexFolder(config.dataDir);
    if (current !== undefined && folder !== undefined && folder === servedFolder) return false;
    const index = loaded !== undefined && loaded.folder === folder ? loaded : loadIndex(config.dataDir, expectation, { logger });
    const previous = current;
    current = engineOver(index, config, borrowed(embedder), modelError, logger);
    servedFolder = index.folder;
    if (previous !== undefined) {
      logger.info('serving the updated index', { documents: index.manifest.counts.documents, chunks: index.manifest.counts.chunks });
      // Answers already running on the previous engine keep their index; only its query batcher stops.
      void previous.close();
    }
    return true;
  };

  const ingestOnce = async (): Promise<RefreshResult> => {
    if (closed) return { swapped: false };
    try {
      if (embedder === undefined && existingIndexMode(config.dataDir) === 'hybrid') {
        logger.warn('not updating the hybrid index without the embedding model: documents changed since are ingested once the model loads');
        return { swapped: swapIfNew() };
      }
      // An unchanged index's files need no hashing: the one served was verified as it loaded, and a
      // new generation is verified by loadIndex before it is served.
      const summary = await ingestWith(config, deps, embedder, false);
      deps.onIngest?.(summary);
      if (stale !== undefined) logger.info('the index is up to date again');
      stale = undefined;
      return { summary, swapped: !closed && swapIfNew() };
    } catch (error) {
      if (current === undefined) throw error;
      const reason = isAppError(error) ? error.message : describeError(error);
      if (reason !== stale) logger.warn(`the index could not be updated: answering from the last good index, the one already served. ${describeError(error)}`);
      stale = reason;
      return { swapped: false, error };
    }
  };

  let running: Promise<RefreshResult> | undefined;
  let queued: Promise<RefreshResult> | undefined;
  const start = (): Promise<RefreshResult> => {
    const run = ingestOnce().finally(() => {
      if (running === run) running = undefined;
    });
    running = run;
    return run;
  };
  const refresh = (): Promise<RefreshResult> => {
    if (queued !== undefined) return queued;
    if (running === undefined) return start();
    const after = running.then(
      () => undefined,
      () => undefined,
    );
    const next = after.then(() => {
      queued = undefined;
      return start();
    });
    queued = next;
    return next;
  };

  try {
    try {
      swapIfNew(loadedBeside);
    } catch (error) {
      logger.info('no usable index to serve yet: ingesting first', { reason: describeError(error) });
    }
    if (current === undefined) {
      try {
        await start();
      } catch (error) {
        if (!isAppError(error, 'INDEX_BUSY')) throw error;
        // Nothing to serve yet and another process is building the first index: serve that one.
        logger.warn('another process is building the index and there is none yet: waiting for it to finish', { dataDir: config.dataDir });
        await writeLockReleased(config.dataDir);
        swapIfNew();
      }
    } else void refresh();
  } catch (error) {
    await embedder?.dispose();
    throw error;
  }

  const engine = (): TracingEngine => current!;
  return {
    seedsDir: config.seedsDir,
    refresh,
    reload: () => {
      if (closed) return false;
      try {
        return swapIfNew();
      } catch (error) {
        logger.warn('the index written by another process could not be loaded: answering from the one already served', { error: describeError(error) });
        return false;
      }
    },
    ask: (question: string, askOptions?: AskOptions) => engine().ask(question, askOptions),
    status: () => (stale === undefined ? engine().status() : { ...engine().status(), indexStale: stale }),
    documents: () => engine().documents(),
    corpusSummary: () => engine().corpusSummary(),
    passage: (ref) => engine().passage(ref),
    close: async () => {
      closed = true;
      // Released first: an ingest in progress then stops at its next model call (and writes
      // nothing) instead of holding the shutdown until a whole corpus is embedded.
      const released = embedder?.dispose().catch((error: unknown) => logger.warn('closing the embedding model failed', { error: describeError(error) }));
      await (queued ?? running)?.catch(() => undefined);
      await released;
      await current?.close();
    },
  };
}
