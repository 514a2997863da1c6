import type { RetrievedPassage } from '../retrieval/types.ts';
import type { AnswerSentence, Citation } from './types.ts';

/** Between two cited passages of a document that are not next to each other. */
const PASSAGE_GAP = '\n…\n';

/** A chosen answer sentence: its text, its document and the retrieved passage it was read in. */
export interface CitedSentence {
  text: string;
  source: string;
  passageIndex: number;
}

/** Cited passages of one document in document order: overlapping spans merge, others join with an ellipsis. */
function mergedText(cited: readonly RetrievedPassage[]): string {
  const ordered = [...cited].sort((a, b) => a.chunk.start - b.chunk.start);
  let text = ordered[0]!.chunk.text;
  let end = ordered[0]!.chunk.end;
  let ordinal = ordered[0]!.chunk.ordinal;
  for (const { chunk } of ordered.slice(1)) {
    if (chunk.end <= end) continue; // inside what is already there
    if (chunk.start <= end) text += chunk.text.slice(end - chunk.start);
    else text += (chunk.ordinal === ordinal + 1 ? ' ' : PASSAGE_GAP) + chunk.text;
    end = chunk.end;
    ordinal = chunk.ordinal;
  }
  return text;
}

/**
 * Answer sentences with their citation numbers and the citations: one per document, numbered
 * 1..n by first use. A citation's text holds every passage of its document the answer cites; its
 * ref and chunk are the passage of the document's first cited sentence, its score the best
 * relevance among them.
 */
export function cite(chosen: readonly CitedSentence[], passages: readonly RetrievedPassage[]): { sentences: AnswerSentence[]; citations: Citation[] } {
  const numberOf = new Map<string, number>();
  const citedPassages: RetrievedPassage[][] = [];
  const sentences = chosen.map((c) => {
    const p = passages[c.passageIndex]!;
    let n = numberOf.get(c.source);
    if (n === undefined) {
      n = citedPassages.length + 1;
      numberOf.set(c.source, n);
      citedPassages.push([]);
    }
    const cited = citedPassages[n - 1]!;
    if (!cited.includes(p)) cited.push(p);
    return { text: c.text, citation: n };
  });
  const citations = citedPassages.map((cited, i): Citation => {
    const first = cited[0]!;
    return {
      n: i + 1,
      source: first.chunk.source,
      chunkId: first.chunk.id,
      ref: first.ref,
      meta: first.meta,
      score: Math.max(...cited.map((p) => p.relevance)),
      text: mergedText(cited),
    };
  });
  return { sentences, citations };
}

