import path from 'node:path';
import { readFileSync } from 'node:fs';
import { isAbstentionModel } from './answer/abstention.ts';
import type { AbstentionFeatures, AbstentionModel } from './answer/abstention.ts';
import { traceAnswer } from './answer/compose.ts';
import type { Answer } from './answer/types.ts';
import { isLexicalOnPurpose } from './config.ts';
import type { Config } from './config.ts';
import { ANALYZER_VERSION } from './corpus/terms.ts';
import type { Chunk, DocumentMeta, PartialDate } from './corpus/types.ts';
import { createBatchingEmbedder } from './embed/batching.ts';
import { createTransformersEmbedder } from './embed/transformers.ts';
import type { Embedder } from './embed/types.ts';
import { describeError, isAppError } from './errors.ts';
import type { AppError } from './errors.ts';
import { blocksUpdateOnly, checkDataDir } from './index/disk.ts';
import type { Disk } from './index/disk.ts';
import { ingestCorpus } from './index/ingest.ts';
import { writeLockReleased } from './index/lock.ts';
import type { IngestProgressEvent, IngestSummary } from './index/ingest.ts';
import type { IndexExpectation } from './index/manifest.ts';
import { loadIndex, readVerifiedManifest } from './index/store.ts';
import type { LoadedIndex } from './index/store.ts';
import { silentLogger } from './log.ts';
import type { Logger } from './log.ts';
import { normalizeQuestion } from './question.ts';
import { createRetriever } from './retrieval/hybrid.ts';
import type { SearchOptions } from './retrieval/hybrid.ts';
import type { RetrievalMode, RetrievalResult } from './retrieval/types.ts';

/** What the engine reports about itself, for `/status` and the CLI. */
export interface EngineStatus {
  mode: RetrievalMode;
  /** Configured embedding model id. */
  modelId: string;
  /** Why the model is not in use, when mode is 'lexical'. */
  modelError?: string;
  dimension?: number;
  documents: number;
  chunks: number;
  /** ISO time the index was last written. */
  builtAt: string;
  /** Why the index could not be brought up to date: the engine answers from the last good one. */
  indexStale?: string;
}

export interface DocumentSummary {
  source: string;
  meta: DocumentMeta;
  chunks: number;
}

export interface CorpusSummary {
  documents: number;
  outlets: string[];
  earliest?: PartialDate;
  latest?: PartialDate;
}

export interface AskOptions {
  /** Skip this many of the best passages: "more" asks for the next ones. */
  offset?: number;
  /** Answer even where the abstention model would decline (calibration reads what it would have said). */
  neverAbstain?: boolean;
  /** The question is a follow-up of an earlier answer: its question, and the sources it cited. */
  followUp?: FollowUp;
}

/** What a follow-up question follows: the earlier question and the documents its answer cited. */
export interface FollowUp {
  question: string;
  /** In citation order: the document of the answer's first sentence first. */
  sources: readonly string[];
}

/** An answer together with the retrieval behind it, for evaluation and benchmarks. */
export interface TracedAnswer {
  answer: Answer;
  retrieval: RetrievalResult;
  composeMs: number;
  /** What abstention weighed (undefined when there was nothing to weigh). */
  features?: AbstentionFeatures;
}

/**
 * The question-answering service the bot and CLI use. Created once with a loaded index; all
 * methods are safe to call concurrently.
 */
export interface Engine {
  /** Throws AppError QUESTION_INVALID for empty, over-long or control-character questions. */
  ask(question: string, options?: AskOptions): Promise<Answer>;
  status(): EngineStatus;
  documents(): DocumentSummary[];
  corpusSummary(): CorpusSummary;
  /**
   * A passage by its short reference (Citation.ref, at most 24 ASCII characters, fit for
   * callback data); undefined once re-ingest changed or removed its document.
   */
  passage(ref: string): { chunk: Chunk; meta: DocumentMeta } | undefined;
  close(): Promise<void>;
}

/** The engine as createEngine builds it: also answers with its retrieval trace (eval, bench). */
export interface TracingEngine extends Engine {
  askTraced(question: string, options?: AskOptions): Promise<TracedAnswer>;
}

export type EmbedderFactory = (config: Config, logger: Logger) => Promise<Embedder>;

export interface EngineDeps {
  logger?: Logger;
  /** Builds the embedder; defaults to the @xenova/transformers one from the settings. */
  createEmbedder?: EmbedderFactory;
  /** Called with ingest progress (embedding passages). */
  onProgress?: (event: IngestProgressEvent) => void;
  /** Where ingest writes the index (a seam for tests). */
  disk?: Disk;
  /** Called after each ingest that ran (for the ingest metrics). */
  onIngest?: (summary: IngestSummary) => void;
}

export interface StartedEngine {
  engine: TracingEngine;
  ingest: IngestSummary | undefined;
}

export const defaultEmbedderFactory: EmbedderFactory = (config, logger) =>
  createTransformersEmbedder({
    modelId: config.embeddingModel,
    modelsDir: config.modelsDir,
    allowRemoteModels: config.allowRemoteModels,
    cacheDir: path.join(config.dataDir, 'models-cache'),
    quantized: config.embeddingQuantized,
    batchSize: config.embedBatchSize,
    logger,
  });

/** Loads the model, or explains loudly (once) why the engine falls back to lexical retrieval. */
export async function loadEmbedder(config: Config, deps: EngineDeps, logger: Logger): Promise<{ embedder?: Embedder; modelError?: string }> {
  if (isLexicalOnPurpose(config.embeddingModel)) {
    logger.info(`EMBEDDING_MODEL=${config.embeddingModel}: lexical (BM25) retrieval, as chosen`);
    return {};
  }
  try {
    return { embedder: await (deps.createEmbedder ?? defaultEmbedderFactory)(config, logger) };
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
function fittedAbstentionModel(config: Config, fittedFor: string, logger: Logger): AbstentionModel | undefined {
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

/** The mode of the index already in DATA_DIR, if there is an intact one. */
export function existingIndexMode(dataDir: string): 'hybrid' | 'lexical' | undefined {
  try {
    return readVerifiedManifest(dataDir, { mode: 'lexical' }).manifest.mode;
  } catch {
    return undefined;
  }
}

function compareDates(a: PartialDate, b: PartialDate): number {
  return (a.year ?? 0) - (b.year ?? 0) || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

export function summarizeCorpus(documents: readonly DocumentSummary[]): CorpusSummary {
  const outlets = [...new Set(documents.flatMap((d) => (d.meta.outlet === undefined ? [] : [d.meta.outlet])))].sort();
  // Only dated documents with a year place the corpus in time; "May 23" alone cannot.
  const dated = documents.flatMap((d) => (d.meta.date?.year === undefined ? [] : [d.meta.date])).sort(compareDates);
  return { documents: documents.length, outlets, earliest: dated[0], latest: dated.at(-1) };
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
  return prepareIndexWith(config, deps, true);
}

/** prepareIndex; `verifyUnchanged` false leaves hashing an unchanged index's files to loadIndex. */
async function prepareIndexWith(config: Config, deps: EngineDeps, verifyUnchanged: boolean, keepLastGood = false): Promise<PreparedIndex & { blocked?: AppError }> {
  const logger = deps.logger ?? silentLogger;
  checkDataDir(config.dataDir);
  const { embedder, modelError } = await loadEmbedder(config, deps, logger);
  if (embedder === undefined && modelError !== undefined && existingIndexMode(config.dataDir) === 'hybrid') {
    logger.warn('keeping the existing hybrid index without updating it: documents changed since will be ingested once the model loads');
    return { modelError };
  }
  try {
    return { embedder, modelError, ingest: await ingestWith(config, deps, embedder, verifyUnchanged) };
  } catch (error) {
    if (keepLastGood && blocksUpdateOnly(error)) return { embedder, modelError, blocked: error };
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

/**
 * prepareIndex, then loads the index once and returns the engine over it. An unchanged index's
 * files are hashed once, by loadIndex; if one fails its checksum there, ingest runs again with
 * every file verified (and so rebuilds what is damaged), and the index is loaded again.
 */
export async function createEngine(config: Config, deps: EngineDeps = {}): Promise<StartedEngine> {
  const logger = deps.logger ?? silentLogger;
  const prepared = await prepareIndexWith(config, deps, false, true);
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
      index = blocked === undefined ? loadIndex(config.dataDir, expectation, { logger }) : lastGoodIndex(config, expectation, blocked, logger);
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

export function engineOver(
  index: LoadedIndex,
  config: Config,
  embedder: Embedder | undefined,
  modelError: string | undefined,
  logger: Logger,
  indexStale?: string,
): TracingEngine {
  const queryEmbedder =
    embedder === undefined ? undefined : createBatchingEmbedder(embedder, { windowMs: config.queryBatchWindowMs, maxBatch: config.embedBatchSize });
  const vector = index.vector;
  const retriever = createRetriever({
    lexical: index.lexical,
    ...(vector !== undefined && queryEmbedder !== undefined
      ? {
          vector: { search: (v: Float32Array, k: number) => vector.search(v, k, config.hnswEfSearch) },
          embedQuery: (q: string) => queryEmbedder.embedQuery(q),
        }
      : {}),
    passageByLabel: (label) => {
      const doc = index.documentByLabel(label);
      // The index does not change under the engine: a label whose document is found has its chunk.
      return doc === undefined ? undefined : { source: doc.source, meta: doc.meta, contentHash: doc.contentHash, chunk: () => index.chunkByLabel(label)! };
    },
    options: { topK: config.topK, maxPassagesPerDocument: config.maxPassagesPerDocument },
  });

  const documents: DocumentSummary[] = index
    .documents()
    .map((d) => ({ source: d.source, meta: d.meta, chunks: d.chunkLabels.length }))
    .sort((a, b) => a.source.localeCompare(b.source));
  const corpus = summarizeCorpus(documents);
  const mode: RetrievalMode = retriever.mode;
  const abstention = fittedAbstentionModel(config, mode === 'hybrid' ? config.embeddingModel : 'lexical', logger);
  // A model that failed to load was already reported loudly; say it here only for other causes.
  if (mode === 'lexical' && modelError === undefined && indexStale === undefined && !isLexicalOnPurpose(config.embeddingModel)) {
    logger.warn('retrieval mode: lexical only: the index has no vectors');
  }

  /** Retrieves for `question` and composes the answer; `asked` is what the user asked (its question word sets the answer kind). */
  async function answerFor(question: string, asked: string, search: SearchOptions, options: AskOptions): Promise<TracedAnswer> {
    const offset = search.offset ?? 0;
    const retrieval = await retriever.search(question, search);
    const started = performance.now();
    const traced = traceAnswer(question, retrieval.passages, {
      maxSentences: config.maxAnswerSentences,
      wordWeights: retrieval.wordWeights,
      unseenWords: retrieval.unseenWords,
      evidence: retrieval.evidence,
      kindFrom: asked,
      ...(abstention !== undefined ? { abstention } : {}),
      neverAbstain: options.neverAbstain === true,
    });
    const composed = traced.answer;
    // A full page means there may be more passages behind it; a short page was the last one.
    const full = retrieval.passages.length >= config.topK;
    const answer = !composed.abstained && full ? { ...composed, nextOffset: offset + retrieval.passages.length } : composed;
    const composeMs = performance.now() - started;
    logger.debug('answered', { mode, passages: retrieval.passages.length, abstained: answer.abstained, ...retrieval.timings, composeMs });
    return { answer, retrieval, composeMs, ...(traced.features !== undefined ? { features: traced.features } : {}) };
  }

  async function askTraced(question: string, options: AskOptions = {}): Promise<TracedAnswer> {
    const normalized = normalizeQuestion(question, config.maxQuestionChars);
    const offset = options.offset ?? 0;
    const followUp = options.followUp;
    if (followUp === undefined) return answerFor(normalized, normalized, { offset }, options);
    // A follow-up ("and when was that?") is about the answer it replies to: the earlier question's
    // words find the passages, among the documents that answer cited first; anywhere if they do not answer it.
    // The document of the earlier answer's first sentence first (the event it was about), then every document it cited.
    const combined = `${followUp.question} ${normalized}`;
    const scopes = [...new Set([followUp.sources.slice(0, 1), followUp.sources].filter((s) => s.length > 0).map((s) => s.join('\n')))];
    for (const scope of scopes) {
      const within = await answerFor(combined, normalized, { offset, sources: new Set(scope.split('\n')) }, options);
      if (!within.answer.abstained) return within;
    }
    return answerFor(combined, normalized, { offset }, options);
  }

  return {
    ask: async (question, options) => (await askTraced(question, options)).answer,
    askTraced,
    status: () => ({
      mode,
      modelId: config.embeddingModel,
      ...(modelError !== undefined ? { modelError } : {}),
      ...(index.manifest.model !== null && mode === 'hybrid' ? { dimension: index.manifest.model.dimension } : {}),
      documents: index.manifest.counts.documents,
      chunks: index.manifest.counts.chunks,
      builtAt: index.manifest.createdAt,
      ...(indexStale !== undefined ? { indexStale } : {}),
    }),
    documents: () => documents,
    corpusSummary: () => corpus,
    passage: (ref) => {
      const chunk = index.chunkByRef(ref);
      const doc = chunk === undefined ? undefined : index.document(chunk.source);
      return chunk === undefined || doc === undefined ? undefined : { chunk, meta: doc.meta };
    },
    close: async () => {
      try {
        await queryEmbedder?.dispose();
      } catch (error) {
        logger.warn('closing the embedding model failed', { error: describeError(error) });
      }
    },
  };
}
