import type { Config } from '../config.ts';
import type { Embedder } from '../embed/types.ts';
import type { AppError } from '../errors.ts';
import { blocksUpdateOnly, checkDataDir } from '../index/disk.ts';
import { ingestCorpus } from '../index/ingest.ts';
import type { IngestSummary } from '../index/ingest.ts';
import { readVerifiedManifest } from '../index/store.ts';
import type { LoadedIndex } from '../index/store.ts';
import { silentLogger } from '../log.ts';
import { loadModelBesideIndex } from './model-beside-index.ts';
import type { ModelAndIndex } from './model-beside-index.ts';
import { loadEmbedder } from './models.ts';
import type { EngineDeps } from './types.ts';

/** The mode of the index already in DATA_DIR, if there is an intact one. */
export function existingIndexMode(dataDir: string): 'hybrid' | 'lexical' | undefined {
  try {
    return readVerifiedManifest(dataDir, { mode: 'lexical' }).manifest.mode;
  } catch {
    return undefined;
  }
}

export interface PreparedIndex {
  embedder?: Embedder;
  modelError?: string;
  /** Undefined when ingest was skipped (model unavailable, hybrid index kept). */
  ingest?: IngestSummary;
}

/**
 * Loads the model (or falls back to lexical mode, loudly) and brings the index in DATA_DIR up
 * to date with SEEDS_DIR, incrementally. Without the model, an existing hybrid index is kept as
 * it is rather than rebuilt without its vectors.
 */
export async function prepareIndex(config: Config, deps: EngineDeps = {}): Promise<PreparedIndex> {
  return prepareIndexWith(config, deps, { verifyUnchanged: true });
}

/** How prepareIndexWith goes about it. */
export interface PrepareOptions {
  /** false leaves hashing an unchanged index's files to loadIndex. */
  verifyUnchanged: boolean;
  /** An update that cannot run (disk full, another ingest) is returned as `blocked`, not thrown. */
  keepLastGood?: boolean;
  /** The index in DATA_DIR is read while the model loads (loadModelBesideIndex) and returned as `loadedBeside`, for a caller that serves it once ingest has found nothing to change. */
  readBeside?: boolean;
}

/** prepareIndex, as `options` say. */
export async function prepareIndexWith(config: Config, deps: EngineDeps, options: PrepareOptions): Promise<PreparedIndex & { blocked?: AppError; loadedBeside?: LoadedIndex }> {
  const { verifyUnchanged, keepLastGood = false, readBeside = false } = options;
  const logger = deps.logger ?? silentLogger;
  checkDataDir(config.dataDir);
  const { embedder, modelError, index: loadedBeside }: ModelAndIndex = readBeside ? await loadModelBesideIndex(config, deps, logger) : await loadEmbedder(config, deps, logger);
  if (embedder === undefined && modelError !== undefined && existingIndexMode(config.dataDir) === 'hybrid') {
    logger.warn('keeping the existing hybrid index without updating it: documents changed since will be ingested once the model loads');
    return { modelError };
  }
  try {
    return { embedder, modelError, ingest: await ingestWith(config, deps, embedder, verifyUnchanged), loadedBeside };
  } catch (error) {
    if (keepLastGood && blocksUpdateOnly(error)) return { embedder, modelError, blocked: error, loadedBeside };
    await embedder?.dispose();
    throw error;
  }
}

export function ingestWith(config: Config, deps: EngineDeps, embedder: Embedder | undefined, verifyUnchanged: boolean): Promise<IngestSummary> {
  return ingestCorpus({
    seedsDir: config.seedsDir,
    dataDir: config.dataDir,
    embedder,
    chunking: { maxTokens: config.chunkMaxTokens, overlapSentences: config.chunkOverlapSentences },
    hnsw: { m: config.hnswM, efConstruction: config.hnswEfConstruction },
    embedBatchSize: config.embedBatchSize,
    maxDocumentBytes: config.maxDocumentBytes,
    disk: deps.disk,
    logger: deps.logger ?? silentLogger,
    onProgress: deps.onProgress,
    verifyUnchanged,
  });
}
