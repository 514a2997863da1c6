import type { DocumentMeta, Language } from '../corpus/types.ts';

/** A numbered source in an answer. Numbers are dense (1, 2, 3) in order of first use. */
export interface Citation {
  n: number;
  /** Path relative to SEEDS_DIR. */
  source: string;
  chunkId: string;
  /** Short stable reference of the passage (see chunkRef), usable in Telegram callback data. */
  ref: string;
  meta: DocumentMeta;
  /** Relevance of the cited passage (a similarity, larger is better). */
  score: number;
  /** The cited passage in full. */
  text: string;
}

/** One sentence of the answer and the citation it came from. */
export interface AnswerSentence {
  text: string;
  citation: number;
}

export interface Answer {
  question: string;
  /** Language of the question as detected; the abstention text follows it. */
  language: Language;
  abstained: boolean;
  sentences: AnswerSentence[];
  citations: Citation[];
}
