/** Retrieved passages of one document cut the way the chunker cuts it, for answer and citation tests. */
import type { RetrievedPassage } from '../../src/retrieval/types.ts';

/**
 * The document is `sentences` joined by spaces; `spans` are [first, last) sentence indexes, one per
 * passage (ordinal = position in `spans`). Offsets are in the document's text, so consecutive spans
 * that share a sentence overlap, as chunks with a one-sentence overlap do.
 */
export function documentPassages(
  source: string,
  sentences: readonly string[],
  spans: readonly [number, number][],
  relevances: readonly number[],
): RetrievedPassage[] {
  const text = sentences.join(' ');
  const starts = sentences.map((_, i) => sentences.slice(0, i).join(' ').length + (i > 0 ? 1 : 0));
  const sentenceAt = (i: number) => ({ start: starts[i]!, end: starts[i]! + sentences[i]!.length, text: sentences[i]! });
  return spans.map(([first, last], ordinal) => {
    const start = starts[first]!;
    const end = sentenceAt(last - 1).end;
    return {
      chunk: {
        id: `${source}#${ordinal}`,
        source,
        ordinal,
        start,
        end,
        text: text.slice(start, end),
        sentences: sentences.slice(first, last).map((_, i) => sentenceAt(first + i)),
        tokenCount: 10,
      },
      meta: { title: `Title of ${source}`, language: 'en' },
      relevance: relevances[ordinal]!,
      ref: `${source.slice(0, 1).repeat(12)}.${ordinal}`,
    };
  });
}
