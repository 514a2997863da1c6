import { LRUCache } from 'lru-cache';
import { wrapEmbedder } from './types.ts';
import type { Embedder } from './types.ts';

/**
 * Wraps an embedder so that a question asked again is not embedded again: the next page of an
 * answer, the same question asked in several chats, an inline query asked again, and a follow-up's
 * searches (the whole corpus, then the documents its answer cited: the same text up to three
 * times) all ask the model for a vector it already gave. A question's vector depends only on its
 * text and the model, so the cache never goes stale; it keeps the `maxQuestions` most recently
 * asked. Questions asked again while their first asking is
 * still being embedded share that one model call; a failed call is not remembered.
 */
export function createQueryCachingEmbedder(inner: Embedder, maxQuestions: number): Embedder {
  if (maxQuestions < 1) return inner;
  const vectors = new LRUCache<string, Promise<Float32Array>>({ max: maxQuestions });
  const embedQuery = (text: string): Promise<Float32Array> => {
    const known = vectors.get(text);
    if (known !== undefined) return known;
    const computing = inner.embedQuery(text);
    vectors.set(text, computing);
    computing.catch(() => {
      if (vectors.peek(text) === computing) vectors.delete(text);
    });
    return computing;
  };
  return wrapEmbedder(inner, {
    embedQuery,
    embedQueries: (texts) => Promise.all(texts.map(embedQuery)),
  });
}
