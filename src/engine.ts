import type { Answer } from './answer/types.ts';
import type { Chunk, DocumentMeta, PartialDate } from './corpus/types.ts';
import type { RetrievalMode } from './retrieval/types.ts';

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
}

/**
 * The question-answering service the bot and CLI use. Created once with a loaded index; all
 * methods are safe to call concurrently.
 */
export interface Engine {
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
