/** Retrieved passages built from plain texts, for answer tests. */
import { splitSentences } from '../../src/corpus/sentences.ts';
import type { DocumentMeta } from '../../src/corpus/types.ts';
import type { RetrievedPassage } from '../../src/retrieval/types.ts';

export function passage(source: string, text: string, options: { ordinal?: number; relevance?: number; meta?: Partial<DocumentMeta> } = {}): RetrievedPassage {
  const ordinal = options.ordinal ?? 0;
  return {
    chunk: { id: `${source}#${ordinal}`, source, ordinal, start: 0, end: text.length, text, sentences: splitSentences(text), tokenCount: 10 },
    meta: { title: `Title of ${source}`, language: 'en', ...options.meta },
    lexicalScore: options.relevance ?? 1,
    relevance: options.relevance ?? 1,
    ref: `0123456789ab.${ordinal}`,
  };
}
