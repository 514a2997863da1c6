import { describe, expect, it } from 'vitest';
import { createQueryCachingEmbedder } from '../../src/embed/query-cache.ts';
import type { Embedder } from '../../src/embed/types.ts';
import { createFakeEmbedder } from '../index/fake-embedder.ts';

/** The fake embedder, counting the questions it embeds and failing those `failing` names once each. */
function counting(failing: readonly string[] = []): { embedder: Embedder; asked: string[] } {
  const inner = createFakeEmbedder();
  const asked: string[] = [];
  const toFail = new Set(failing);
  const embedQuery = async (text: string): Promise<Float32Array> => {
    asked.push(text);
    if (toFail.delete(text)) throw new Error('model call failed');
    return inner.embedQuery(text);
  };
  return { embedder: { ...inner, embedQuery, embedQueries: (texts) => Promise.all(texts.map(embedQuery)) }, asked };
}

describe('createQueryCachingEmbedder', () => {
  it('embeds a question asked again only once, giving the same vector', async () => {
    const { embedder, asked } = counting();
    const cached = createQueryCachingEmbedder(embedder, 10);
    const first = await cached.embedQuery('Who is the ambassador?');
    const again = await cached.embedQuery('Who is the ambassador?');
    expect(again).toEqual(first);
    expect(await cached.embedQueries(['Who is the ambassador?', 'When was the visit?'])).toEqual([first, await embedder.embedQuery('When was the visit?')]);
    expect(asked.filter((q) => q === 'Who is the ambassador?')).toHaveLength(1);
  });

  it('lets a question asked again while it is being embedded share that model call', async () => {
    const { embedder, asked } = counting();
    const cached = createQueryCachingEmbedder(embedder, 10);
    const [a, b] = await Promise.all([cached.embedQuery('trade turnover'), cached.embedQuery('trade turnover')]);
    expect(a).toBe(b);
    expect(asked).toEqual(['trade turnover']);
  });

  it('does not remember a failed call: the question is embedded again the next time', async () => {
    const { embedder, asked } = counting(['trade turnover']);
    const cached = createQueryCachingEmbedder(embedder, 10);
    await expect(cached.embedQuery('trade turnover')).rejects.toThrow('model call failed');
    const vector = await cached.embedQuery('trade turnover');
    expect(vector).toHaveLength(embedder.dimension);
    expect(asked).toEqual(['trade turnover', 'trade turnover']);
  });

  it('keeps only the most recently asked questions', async () => {
    const { embedder, asked } = counting();
    const cached = createQueryCachingEmbedder(embedder, 2);
    for (const q of ['a', 'b', 'a', 'c', 'a', 'b']) await cached.embedQuery(q);
    // "b" was the least recently asked when "c" came: embedded again; "a" stayed.
    expect(asked).toEqual(['a', 'b', 'c', 'b']);
  });

  it('with a size of 0, is the embedder it wraps', () => {
    const { embedder } = counting();
    expect(createQueryCachingEmbedder(embedder, 0)).toBe(embedder);
  });
});
