import type { Chunk, DocumentMeta } from '../corpus/types.ts';

export type RetrievalMode = 'hybrid' | 'lexical';

/** One retrieved passage. Every score is a similarity: larger means closer. */
export interface RetrievedPassage {
  chunk: Chunk;
  meta: DocumentMeta;
  /** Cosine similarity of question and passage vectors, in [-1, 1]; undefined in lexical mode or when not a dense hit. */
  denseSimilarity?: number;
  /** BM25 score of the passage for the question; undefined when not a lexical hit. */
  lexicalScore?: number;
  /** Fused relevance used for ranking, larger is better. */
  relevance: number;
  /** Short stable reference of the passage: chunkRef(document contentHash, chunk ordinal). */
  ref: string;
}

export interface RetrievalResult {
  question: string;
  mode: RetrievalMode;
  passages: RetrievedPassage[];
  /** Time spent per stage, in milliseconds. */
  timings: { embedMs: number; vectorMs: number; lexicalMs: number; fusionMs: number };
}
