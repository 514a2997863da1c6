import { setImmediate as eventLoopTurn } from 'node:timers/promises';
import type { Chunk, SourceDocument } from '../corpus/types.ts';
import type { Embedder } from '../embed/types.ts';
import { AppError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { passageKey } from './embedding-cache.ts';
import type { EmbeddingCache } from './embedding-cache.ts';
import type { IngestProgressEvent } from './ingest.ts';
import type { VectorIndex } from './vector.ts';

/** A new or changed document with its chunks and the labels they get. */
export interface PendingDocument {
  document: SourceDocument;
  chunks: { label: number; chunk: Chunk }[];
}

/** Embeds the pending passages the cache does not hold (and caches them); returns how many. */
export async function embedInto(
  vector: VectorIndex,
  embedder: Embedder,
  pending: readonly PendingDocument[],
  batchSize: number,
  onProgress: (event: IngestProgressEvent) => void,
  cache: EmbeddingCache,
  logger: Logger,
): Promise<number> {
  const missing: { label: number; chunk: Chunk; key: string }[] = [];
  let cached = 0;
  for (const { label, chunk } of pending.flatMap((p) => p.chunks)) {
    const key = passageKey(chunk.text);
    const known = cache.get(key);
    if (known === undefined) {
      missing.push({ label, chunk, key });
    } else {
      vector.add(label, known);
      cached++;
    }
  }
  if (cached > 0) logger.info('passages taken from the embedding cache, not embedded again', { cached, toEmbed: missing.length });
  // Shortest first: each call (and each batch inside it) then holds passages of similar length,
  // so the model pads little; in document order a quarter of its work was padding.
  const work = missing.sort((a, b) => a.chunk.tokenCount - b.chunk.tokenCount || a.label - b.label);
  onProgress({ phase: 'embed', done: 0, total: work.length });
  for (let start = 0; start < work.length; start += batchSize) {
    const batch = work.slice(start, start + batchSize);
    const vectors = await embedder.embedPassages(batch.map((item) => item.chunk.text));
    if (vectors.length !== batch.length) {
      throw new AppError('EMBEDDING_FAILED', `The embedder returned ${vectors.length} vectors for ${batch.length} passages.`, { model: embedder.modelId });
    }
    batch.forEach((item, i) => vector.add(item.label, vectors[i]!));
    cache.add(batch.map((item, i) => ({ key: item.key, vector: vectors[i]! })));
    onProgress({ phase: 'embed', done: start + batch.length, total: work.length });
    // With the model in this thread (EMBEDDING_THREAD=main) its promises settle without letting
    // timers or sockets in: without a turn here the bot froze for a whole ingest (the development
    // corpus's 246 passages with the bench model: one 4.9 s stall); with it, updates wait at most
    // one batch (0.66 s).
    await eventLoopTurn();
  }
  return work.length;
}
