import { chunkDocument } from '../corpus/chunk.ts';
import { loadDocuments } from '../corpus/load.ts';
import { ANALYZER_VERSION } from '../corpus/terms.ts';
import { approximateTokenCounter, passageTokenCounter } from '../corpus/tokens.ts';
import type { SkippedFile, TokenCounter } from '../corpus/types.ts';
import type { Embedder } from '../embed/types.ts';
import { AppError, describeError, isAppError } from '../errors.ts';
import { silentLogger } from '../log.ts';
import type { Logger } from '../log.ts';
import { ChunkStore } from './chunk-store.ts';
import { LexicalIndex } from './lexical.ts';
import { indexedPassageText } from './passage-text.ts';
import { corpusDigest } from './manifest.ts';
import type { IndexExpectation, IndexMode, Manifest, ManifestChunking, ManifestModel } from './manifest.ts';
import { isCurrentFormat, loadIndex, readCheckedManifest, readVerifiedManifest, saveIndex } from './store.ts';
import type { OpenedGeneration } from './store.ts';
import { VectorIndex } from './vector.ts';
import { fingerprintCorpus } from './fingerprint.ts';
import { acquireWriteLock } from './lock.ts';
import { EmbeddingCache, passageKey, rememberIndexed } from './embedding-cache.ts';
import { embedInto } from './embed-pending.ts';
import type { PendingDocument } from './embed-pending.ts';
import { turnsEvery } from './turns.ts';
import { checkDataDir, realDisk } from './disk.ts';
import type { Disk } from './disk.ts';

/** Recorded as the chunking tokenizer when chunks were sized without the model's tokenizer. */
export const APPROXIMATE_TOKENIZER = 'approximate';

/** Recorded as the chunking tokenizer of a hybrid index: chunks sized by passageTokenCounter with the model's tokenizer. */
export function hybridChunkingTokenizer(modelId: string): string {
  return `${APPROXIMATE_TOKENIZER}+${modelId}`;
}
/** The longest ingest works on without letting the event loop take a turn (between documents), in ms. */
const INGEST_SLICE_MS = 20;

/** Deleted elements beyond this share of the graph make ingest rebuild it from the kept vectors. */
const REBUILD_DELETED_FRACTION = 0.2;
const DEFAULT_EMBED_BATCH = 64;

export interface IngestProgressEvent {
  phase: 'embed';
  /** Passages embedded so far in this run. */
  done: number;
  total: number;
}

export interface IngestOptions {
  seedsDir: string;
  dataDir: string;
  /** Undefined: lexical-only index (no model available). */
  embedder?: Embedder;
  chunking: { maxTokens: number; overlapSentences: number };
  hnsw: { m: number; efConstruction: number };
  /** Passages handed to the embedder per call (it batches and sorts by length itself); progress is reported per call. */
  embedBatchSize?: number;
  logger?: Logger;
  onProgress?: (event: IngestProgressEvent) => void;
  /** Larger documents are skipped (see loadDocuments). */
  maxDocumentBytes?: number;
  /** Where the index's files are written (a seam for tests: a full disk, a refused write). */
  disk?: Disk;
  /**
   * false: when nothing changed, trust the manifest (checked against CURRENT's checksum) without
   * hashing the index files. For a caller that loads the index right after (loadIndex verifies
   * every file as it reads it), so startup hashes the files once, not twice. Default true.
   */
  verifyUnchanged?: boolean;
}

export interface IngestSummary {
  documents: number;
  chunks: number;
  /** Chunks embedded in this run. */
  embeddedNow: number;
  /** Chunks kept from the previous index (with their vectors in hybrid mode). */
  reused: number;
  removedDocuments: number;
  changedDocuments: number;
  addedDocuments: number;
  skipped: SkippedFile[];
  mode: IndexMode;
  /** Nothing changed since the last ingest; nothing was embedded or written. */
  unchanged: boolean;
  durationMs: number;
}

/** What this run will build: the settings an existing index must share to be updated in place. */
interface Target {
  mode: IndexMode;
  model: ManifestModel | null;
  chunking: ManifestChunking;
  expectation: IndexExpectation;
  countTokens: TokenCounter;
  /** The model's own count of a passage, recorded as its tokenCount: ingest sends the model passages shortest first by it. */
  modelTokens?: TokenCounter;
}

function targetOf(options: IngestOptions): Target {
  const embedder = options.embedder;
  if (embedder === undefined) {
    return {
      mode: 'lexical',
      model: null,
      chunking: { tokenizer: APPROXIMATE_TOKENIZER, maxTokens: options.chunking.maxTokens, overlapSentences: options.chunking.overlapSentences },
      expectation: { mode: 'lexical' },
      countTokens: approximateTokenCounter,
    };
  }
  return {
    mode: 'hybrid',
    model: { id: embedder.modelId, dimension: embedder.dimension, maxTokens: embedder.maxTokens },
    chunking: {
      tokenizer: hybridChunkingTokenizer(embedder.modelId),
      maxTokens: options.chunking.maxTokens,
      overlapSentences: options.chunking.overlapSentences,
    },
    expectation: { mode: 'hybrid', modelId: embedder.modelId, dimension: embedder.dimension },
    countTokens: passageTokenCounter((text) => embedder.countPassageTokens(text), embedder.maxTokens, options.chunking.maxTokens),
    modelTokens: (text) => embedder.countPassageTokens(text),
  };
}

/** Why the previous index cannot be updated in place, or undefined when it can. */
function incompatibility(manifest: Manifest, target: Target): string | undefined {
  if (manifest.mode !== target.mode) return `it is a ${manifest.mode} index and this run builds a ${target.mode} one`;
  if (JSON.stringify(manifest.model) !== JSON.stringify(target.model)) {
    return `it was built with model ${JSON.stringify(manifest.model)}, now ${JSON.stringify(target.model)}`;
  }
  if (JSON.stringify(manifest.chunking) !== JSON.stringify(target.chunking)) {
    return `its chunking ${JSON.stringify(manifest.chunking)} differs from ${JSON.stringify(target.chunking)}`;
  }
  return undefined;
}

/**
 * The previous generation if it is intact (with `verifyFiles`, every file's checksum; else only
 * the manifest's) and compatible; otherwise logs why everything is rebuilt.
 */
function compatiblePrevious(dataDir: string, target: Target, logger: Logger, verifyFiles = true): OpenedGeneration | undefined {
  let opened: OpenedGeneration;
  try {
    opened = (verifyFiles ? readVerifiedManifest : readCheckedManifest)(dataDir, { mode: 'lexical' });
  } catch (error) {
    // Unreadable is not damaged: rebuilding would only fail the same way (or re-embed for nothing).
    if (isAppError(error, 'DATA_DIR_PERMISSION') || isAppError(error, 'DATA_DIR_INVALID')) throw error;
    if (isAppError(error, 'INDEX_MISSING')) logger.info('no previous index: building from scratch');
    else logger.warn('the previous index is unusable: rebuilding everything', { reason: describeError(error) });
    return undefined;
  }
  const why = incompatibility(opened.manifest, target);
  if (why !== undefined) {
    logger.info('rebuilding everything: the previous index does not match the settings', { reason: why });
    return undefined;
  }
  return opened;
}

/**
 * Whether the index already holds exactly these documents (source → content hash), built the
 * same way and stored in the current file formats (an older format is read, then rewritten).
 */
function isUnchanged(opened: OpenedGeneration, hashes: ReadonlyMap<string, string>, options: IngestOptions): boolean {
  const manifest = opened.manifest;
  if (!isCurrentFormat(opened)) return false;
  if (manifest.analyzerVersion !== ANALYZER_VERSION) return false;
  if (manifest.hnsw !== null && (manifest.hnsw.m !== options.hnsw.m || manifest.hnsw.efConstruction !== options.hnsw.efConstruction)) return false;
  if (hashes.size !== manifest.counts.documents) return false;
  return corpusDigest([...hashes].map(([source, contentHash]) => ({ source, contentHash }))) === manifest.corpusDigest;
}

interface Working {
  store: ChunkStore;
  lexical: LexicalIndex;
  vector?: VectorIndex;
  nextLabel: number;
}

/**
 * Whether the index passes the verification loadIndex does (every file's checksum and layout,
 * the vectors walked before hnswlib reads them): ingest and load check through this one path,
 * so an index that load refuses is never called up to date.
 */
function loadsCleanly(options: IngestOptions, target: Target, logger: Logger): boolean {
  try {
    loadIndex(options.dataDir, target.expectation);
    return true;
  } catch (error) {
    if (isAppError(error, 'DATA_DIR_PERMISSION') || isAppError(error, 'DATA_DIR_INVALID')) throw error;
    logger.warn('the index failed verification: rebuilding what is damaged', { reason: describeError(error) });
    return false;
  }
}

function previousOrEmpty(manifest: Manifest | undefined, options: IngestOptions, target: Target, logger: Logger): Working {
  if (manifest !== undefined) {
    const load = (lexicalFromChunks: boolean): Working => {
      const loaded = loadIndex(options.dataDir, target.expectation, { logger, lexicalFromChunks });
      return { store: loaded.store, lexical: loaded.lexical, vector: loaded.vector, nextLabel: loaded.manifest.nextLabel };
    };
    try {
      return load(false);
    } catch (error) {
      if (isAppError(error, 'DATA_DIR_PERMISSION') || isAppError(error, 'DATA_DIR_INVALID')) throw error;
      try {
        // The lexical index is made from the chunks alone: with them and the vectors intact, nothing is embedded again.
        const salvaged = load(true);
        logger.warn('the lexical index was damaged: rebuilt from the chunk store, nothing embedded again', { reason: describeError(error) });
        return salvaged;
      } catch {
        logger.warn('the previous index could not be loaded: rebuilding it (vectors in the embedding cache are not embedded again)', { reason: describeError(error) });
      }
    }
  }
  return { store: ChunkStore.create(), lexical: LexicalIndex.create(), nextLabel: 0 };
}

/** The vector index new chunks go into: the previous one, compacted or re-parameterised when needed. */
function vectorIndexFor(working: Working, target: Target, options: IngestOptions, newChunks: number, logger: Logger): VectorIndex | undefined {
  if (target.model === null) return undefined;
  const previous = working.vector;
  if (previous === undefined) {
    return VectorIndex.create({ dimension: target.model.dimension, capacity: newChunks, m: options.hnsw.m, efConstruction: options.hnsw.efConstruction });
  }
  const paramsChanged = previous.m !== options.hnsw.m || previous.efConstruction !== options.hnsw.efConstruction;
  const wasted = previous.deleted > REBUILD_DELETED_FRACTION * (previous.count + previous.deleted);
  if (!paramsChanged && !wasted) return previous;
  logger.info('rebuilding the vector graph from the kept vectors', { deleted: previous.deleted, live: previous.count, paramsChanged });
  const liveLabels = [...working.store.entries()].map((entry) => entry.label);
  return previous.rebuilt(liveLabels, { extraCapacity: newChunks, m: options.hnsw.m, efConstruction: options.hnsw.efConstruction });
}

const MB = 1024 * 1024;

/**
 * Refuses, before any embedding, an ingest whose new generation cannot fit the free space (the
 * previous generation stays until the new one is written): found out after an hour of
 * embedding, a full disk wastes that hour. The estimate errs high.
 */
function checkFreeSpace(options: IngestOptions, previous: Manifest | undefined, pending: readonly PendingDocument[], target: Target): void {
  const free = (options.disk ?? realDisk).freeBytes(options.dataDir);
  if (free === undefined) return;
  const kept = previous === undefined ? 0 : Object.values(previous.files).reduce((sum, file) => sum + file.bytes, 0);
  const perChunk = target.model === null ? 0 : target.model.dimension * 4 + options.hnsw.m * 8 * 3 + 64;
  let added = 0;
  for (const { chunks } of pending) for (const { chunk } of chunks) added += perChunk + chunk.text.length * 6 + 256;
  const needed = Math.ceil((kept + added) * 1.2) + MB;
  if (free < needed) {
    throw new AppError(
      'DISK_FULL',
      `The disk of DATA_DIR ${options.dataDir} has ${(free / MB).toFixed(1)} MB free; this ingest needs about ${(needed / MB).toFixed(1)} MB. Free space on it or set DATA_DIR to a folder on a bigger disk, then run \`npm run ingest\`. Nothing was embedded; the previous index, if any, is untouched.`,
      { dataDir: options.dataDir, freeBytes: free, neededBytes: needed },
    );
  }
}



/**
 * Brings the index in DATA_DIR up to date with SEEDS_DIR. Unchanged documents keep their chunks
 * and vectors; changed and new ones are chunked and embedded; removed ones leave every index.
 * A different model, dimension, mode or chunking rebuilds everything. When nothing changed,
 * nothing is embedded or written (`unchanged: true`). The new index replaces the old one
 * atomically, so a failed run leaves the previous index in place.
 */
export async function ingestCorpus(options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  checkDataDir(options.dataDir);
  const target = targetOf(options);
  // Fast path, without the write lock (so an up-to-date index in a read-only DATA_DIR is fine):
  // hash the files without parsing them; any doubt falls through to the full path.
  const quiet = compatiblePrevious(options.dataDir, target, silentLogger, false);
  const fingerprint = quiet === undefined ? undefined : fingerprintCorpus(options.seedsDir);
  if (
    quiet !== undefined &&
    fingerprint !== undefined &&
    isUnchanged(quiet, fingerprint, options) &&
    (options.verifyUnchanged === false || loadsCleanly(options, target, silentLogger))
  ) {
    return unchangedSummary(quiet.manifest, [], target, started, options.logger ?? silentLogger);
  }
  const release = acquireWriteLock(options.dataDir, options.disk);
  try {
    return await ingestLocked(options, target, started);
  } finally {
    release();
  }
}

function unchangedSummary(manifest: Manifest, skipped: SkippedFile[], target: Target, started: number, logger: Logger): IngestSummary {
  const chunks = manifest.counts.chunks;
  logger.info('index is up to date', { documents: manifest.counts.documents, chunks });
  return {
    documents: manifest.counts.documents,
    chunks,
    embeddedNow: 0,
    reused: chunks,
    removedDocuments: 0,
    changedDocuments: 0,
    addedDocuments: 0,
    skipped,
    mode: target.mode,
    unchanged: true,
    durationMs: Math.round(performance.now() - started),
  };
}

async function ingestLocked(options: IngestOptions, target: Target, started: number): Promise<IngestSummary> {
  const logger = options.logger ?? silentLogger;
  const onProgress = options.onProgress ?? (() => {});
  // The manifest only: the files are verified by loading them (loadsCleanly, previousOrEmpty).
  const previous = compatiblePrevious(options.dataDir, target, logger, false);
  const { documents, skipped } = await loadDocuments(options.seedsDir, { logger, maxDocumentBytes: options.maxDocumentBytes });
  if (
    previous !== undefined &&
    isUnchanged(previous, new Map(documents.map((d) => [d.source, d.contentHash])), options) &&
    (options.verifyUnchanged === false || loadsCleanly(options, target, logger))
  ) {
    return unchangedSummary(previous.manifest, skipped, target, started, logger);
  }
  if (previous !== undefined && !isCurrentFormat(previous)) logger.info('rewriting the index in the current file format (nothing is re-embedded)');
  const previousManifest = previous?.manifest;

  const working = previousOrEmpty(previousManifest, options, target, logger);
  const current = new Map(documents.map((doc) => [doc.source, doc]));
  let removedDocuments = 0;
  const changedSources = new Set<string>();
  const outdated: number[] = [];
  for (const stored of working.store.documents()) {
    const doc = current.get(stored.source);
    if (doc !== undefined && doc.contentHash === stored.contentHash) continue;
    if (doc === undefined) removedDocuments++;
    else changedSources.add(doc.source);
    outdated.push(...working.store.removeDocument(stored.source));
  }
  working.lexical.remove(outdated);
  for (const label of outdated) working.vector?.remove(label);

  // Chunking and indexing a corpus take seconds of this thread: the event loop gets a turn between documents.
  const turn = turnsEvery(INGEST_SLICE_MS);
  const pending: PendingDocument[] = [];
  for (const doc of documents) {
    if (working.store.document(doc.source) !== undefined) continue;
    await turn();
    const cut = chunkDocument(doc, { countTokens: target.countTokens, maxTokens: target.chunking.maxTokens, overlapSentences: target.chunking.overlapSentences });
    const chunks = target.modelTokens === undefined ? cut : cut.map((chunk) => ({ ...chunk, tokenCount: target.modelTokens!(chunk.text) }));
    pending.push({ document: doc, chunks: chunks.map((chunk) => ({ label: working.nextLabel++, chunk })) });
  }
  const changedDocuments = changedSources.size;
  const addedDocuments = pending.length - changedDocuments;
  const newChunks = pending.reduce((sum, p) => sum + p.chunks.length, 0);
  const reused = working.store.chunkCount;

  checkFreeSpace(options, previousManifest, pending, target);
  const vector = vectorIndexFor(working, target, options, newChunks, logger);
  let embeddedNow = 0;
  const cache = target.model === null ? undefined : EmbeddingCache.open(options.dataDir, target.model.id, target.model.dimension, logger);
  try {
    if (vector !== undefined && options.embedder !== undefined && cache !== undefined) {
      const kept = working.vector;
      if (kept !== undefined) rememberIndexed(cache, working.store.entries(), (label) => kept.vectorOf(label));
      embeddedNow = await embedInto(vector, options.embedder, pending, options.embedBatchSize ?? DEFAULT_EMBED_BATCH, onProgress, cache, logger);
    }
    for (const { document, chunks } of pending) {
      await turn();
      working.store.addDocument(document, chunks);
      working.lexical.add(chunks.map(({ label, chunk }) => ({ label, text: indexedPassageText(chunk, document.meta) })));
    }
    saveIndex(
      options.dataDir,
      { mode: target.mode, model: target.model, chunking: target.chunking, store: working.store, lexical: working.lexical, vector, nextLabel: working.nextLabel },
      logger,
      options.disk,
    );
    if (cache !== undefined) {
      const live = new Set<string>();
      for (const { chunk } of working.store.entries()) live.add(passageKey(chunk.text));
      cache.compact(live);
    }
  } finally {
    cache?.close();
  }
  const result: IngestSummary = {
    documents: documents.length,
    chunks: working.store.chunkCount,
    embeddedNow,
    reused,
    removedDocuments,
    changedDocuments,
    addedDocuments,
    skipped,
    mode: target.mode,
    unchanged: false,
    durationMs: Math.round(performance.now() - started),
  };
  logger.info('ingest finished', { ...result, skipped: skipped.length });
  return result;
}
