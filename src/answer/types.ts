import type { DocumentMeta, Language } from '../corpus/types.ts';

/**
 * A numbered source in an answer: one document. Numbers are dense (1, 2, 3) in order of first use;
 * every sentence taken from any passage of the document cites the same number.
 */
export interface Citation {
  n: number;
  /** Path relative to SEEDS_DIR. */
  source: string;
  /** The passage holding the first sentence that cites this document. */
  chunkId: string;
  /** Short stable reference of that passage (see chunkRef), usable in Telegram callback data. */
  ref: string;
  meta: DocumentMeta;
  /** Best relevance among the cited passages (a similarity, larger is better). */
  score: number;
  /**
   * The cited passages of the document in document order: overlapping ones merged into one span,
   * others joined by "\n…\n". Holds every sentence that cites this number.
   */
  text: string;
}

/** One sentence of the answer and the citation it came from. */
export interface AnswerSentence {
  text: string;
  citation: number;
  /**
   * The day the sentence's "today", "yesterday" ("bu gün", "вчера", 오늘 ...) names, worked out from
   * its article's date and written in the answer's language ("12 May 2017"); shown after it.
   */
  day?: string;
}

/** A sentence as the reader sees it: its text, then the day its "today" names, in brackets. */
export function shownSentence(sentence: AnswerSentence): string {
  return sentence.day === undefined ? sentence.text : `${sentence.text} (${sentence.day})`;
}

export interface Answer {
  question: string;
  /** Language of the question as detected; the abstention text follows it. */
  language: Language;
  abstained: boolean;
  sentences: AnswerSentence[];
  citations: Citation[];
  /**
   * Where the next page of passages starts ("more"): set by the engine when this page was full,
   * undefined when no further passages exist. Pages count passages, not citations (one citation
   * may merge several passages of a document).
   */
  nextOffset?: number;
  /** The question as it was answered, when typing slips in it were read as other words ("agreemet" → "agreement"). */
  readAs?: string;
}
