import type { Chunk, DocumentMeta } from '../corpus/types.ts';
import type { QuestionEvidence } from './evidence.ts';

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
  /**
   * Credit of each evidence word of the question in the passage (by QuestionWord.key, see
   * retrieval/evidence.ts), as retrieval read it from the index: composition uses it instead of
   * analysing the passage's text again. A credit depends only on the word's terms and the
   * passage, so it holds for any question with that word.
   */
  wordCredits?: ReadonlyMap<string, number>;
}

export interface RetrievalResult {
  question: string;
  mode: RetrievalMode;
  passages: RetrievedPassage[];
  /**
   * Hybrid mode, first page: the passages lexical retrieval alone would rank in the top k that the
   * fused top k left out. The answer is composed from both (answerPassages): the dense ranking adds
   * candidates, it never takes away the ones the question's words rank best.
   */
  lexicalExtras?: RetrievedPassage[];
  /**
   * Hybrid mode: this page as lexical mode would retrieve it, with lexical mode's relevances. An
   * abstention model fitted on lexical features decides on these (answer/compose.ts, traceAnswerDecidedOn).
   */
  lexicalRanking?: RetrievedPassage[];
  /**
   * Evidence weight of each evidence word of the question (keyed by the word as analyzeWords
   * gives it), from how common it is in the corpus: words in nearly every passage ("Korea" in a
   * Korea corpus) weigh little. Pass to composeAnswer's `wordWeights`.
   */
  wordWeights?: Record<string, number>;
  /** Tokens of the question's words that no passage of the corpus contains: pass to composeAnswer's `unseenWords`. */
  unseenWords?: string[];
  /** The question's evidence words as retrieval read them (unweighted): pass to composeAnswer's `evidence`. */
  evidence?: QuestionEvidence;
  /** Time spent per stage, in milliseconds. */
  timings: { embedMs: number; vectorMs: number; lexicalMs: number; fusionMs: number };
}

/** The passages an answer is composed from: the retrieved ones and any lexical extras, by relevance. */
export function answerPassages(result: Pick<RetrievalResult, 'passages' | 'lexicalExtras'>): RetrievedPassage[] {
  if (result.lexicalExtras === undefined || result.lexicalExtras.length === 0) return result.passages;
  return [...result.passages, ...result.lexicalExtras].sort((a, b) => b.relevance - a.relevance);
}
