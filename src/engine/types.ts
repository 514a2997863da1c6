import type { AbstentionFeatures } from '../answer/abstention.ts';
import type { ArticleChoice } from '../answer/first-article.ts';
import type { FirstChoice } from '../answer/first-sentence.ts';
import type { Answer } from '../answer/types.ts';
import type { Config } from '../config.ts';
import type { Chunk, DocumentMeta, PartialDate } from '../corpus/types.ts';
import type { Embedder } from '../embed/types.ts';
import type { Disk } from '../index/disk.ts';
import type { IngestProgressEvent, IngestSummary } from '../index/ingest.ts';
import type { Logger } from '../log.ts';
import type { RetrievalMode, RetrievalResult } from '../retrieval/types.ts';

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
  /** The sentences of the answer it follows, as they were shown: "who else?" asks beyond them. */
  shown?: readonly string[];
}

/** An answer together with the retrieval behind it, for evaluation and benchmarks. */
export interface TracedAnswer {
  answer: Answer;
  retrieval: RetrievalResult;
  composeMs: number;
  /** What abstention weighed (undefined when there was nothing to weigh). */
  features?: AbstentionFeatures;
  /** The chosen sentences in the rules' order and what the first-sentence model read of them (npm run fit-first). */
  firstChoice?: FirstChoice;
  /** The cited articles in the rules' order and what the first-article model read of them (npm run fit-first). */
  articleChoice?: ArticleChoice;
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

/** Builds the embedder; `whileSessionLoads`, when it takes it, runs once while the model's session is made in its own thread. */
export type EmbedderFactory = (config: Config, logger: Logger, whileSessionLoads?: () => void) => Promise<Embedder>;

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
