import type { Embedder } from './types.ts';

export interface BatchingOptions {
  /**
   * How long the first waiting question holds the batch open, in milliseconds. The window starts
   * at the first call and does not slide, so no question waits longer than this. 0 still
   * coalesces the calls made in the same tick of the event loop (the flush runs on setImmediate).
   */
  windowMs: number;
  /** A batch is sent as soon as it has this many questions. */
  maxBatch: number;
}

interface Waiting {
  text: string;
  resolve: (vector: Float32Array) => void;
  reject: (error: unknown) => void;
}

/**
 * Wraps an embedder so that concurrent questions (e.g. from many chats at once) share one model
 * call: embedQuery calls that arrive within the window, up to maxBatch, go to inner.embedQueries
 * together and each caller gets its own vector, or the batch's error. Everything else delegates.
 */
export function createBatchingEmbedder(inner: Embedder, options: BatchingOptions): Embedder {
  const windowMs = Math.max(0, options.windowMs);
  const maxBatch = Math.max(1, Math.floor(options.maxBatch));
  let waiting: Waiting[] = [];
  let cancelTimer: (() => void) | undefined;

  /** Sends the waiting questions; settles once every caller has its answer or error. */
  const flush = (): Promise<void> => {
    cancelTimer?.();
    cancelTimer = undefined;
    const batch = waiting;
    waiting = [];
    if (batch.length === 0) return Promise.resolve();
    // Through a promise, so that even a synchronous throw reaches every caller.
    return Promise.resolve(batch.map((item) => item.text))
      .then((texts) => inner.embedQueries(texts))
      .then(
        (vectors) => batch.forEach((item, index) => item.resolve(vectors[index]!)),
        (error: unknown) => batch.forEach((item) => item.reject(error)),
      );
  };

  const schedule = (): void => {
    if (windowMs === 0) {
      const handle = setImmediate(() => void flush());
      cancelTimer = () => clearImmediate(handle);
    } else {
      const handle = setTimeout(() => void flush(), windowMs);
      cancelTimer = () => clearTimeout(handle);
    }
  };

  return {
    modelId: inner.modelId,
    dimension: inner.dimension,
    maxTokens: inner.maxTokens,
    countPassageTokens: (text) => inner.countPassageTokens(text),
    embedPassages: (texts) => inner.embedPassages(texts),
    embedQueries: (texts) => inner.embedQueries(texts),
    embedQuery: (text) =>
      new Promise<Float32Array>((resolve, reject) => {
        waiting.push({ text, resolve, reject });
        if (waiting.length >= maxBatch) void flush();
        else if (cancelTimer === undefined) schedule();
      }),
    dispose: async () => {
      // Questions already waiting still get their answers before the model goes away.
      await flush();
      await inner.dispose();
    },
  };
}
