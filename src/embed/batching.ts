import { wrapEmbedder } from './types.ts';
import type { Embedder } from './types.ts';

export interface BatchingOptions {
  /**
   * Extra milliseconds to hold a gathered batch open for more questions before sending it. Only
   * questions that had to queue behind a running model call ever wait for it; a question that
   * finds the model idle is sent at once. 0 (the default): send as soon as the model is free.
   */
  windowMs?: number;
  /** Most questions in one model call; more waiting questions go in the following call. */
  maxBatch: number;
}

interface Waiting {
  text: string;
  resolve: (vector: Float32Array) => void;
  reject: (error: unknown) => void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Wraps an embedder so that concurrent questions (e.g. from many chats at once) share model
 * calls without making a lone question wait: a question that finds the model idle is sent at
 * once (together with any asked in the same tick); questions asked while a call runs are
 * gathered and sent together, up to maxBatch, when it returns. One question-embedding call runs
 * at a time (the model computes on the same cores anyway); each caller gets its own vector or its
 * batch's error. Everything else delegates.
 */
export function createBatchingEmbedder(inner: Embedder, options: BatchingOptions): Embedder {
  const windowMs = Math.max(0, options.windowMs ?? 0);
  const maxBatch = Math.max(1, Math.floor(options.maxBatch));
  const queue: Waiting[] = [];
  /** The loop sending queued questions; undefined while the model is idle. */
  let sending: Promise<void> | undefined;

  /** Settles every caller of the batch with its vector or the batch's error; never throws. */
  const send = async (batch: readonly Waiting[]): Promise<void> => {
    try {
      // Through a promise, so that even a synchronous throw reaches every caller.
      const vectors = await Promise.resolve().then(() => inner.embedQueries(batch.map((item) => item.text)));
      batch.forEach((item, index) => item.resolve(vectors[index]!));
    } catch (error) {
      batch.forEach((item) => item.reject(error));
    }
  };

  const sendQueued = async (): Promise<void> => {
    await Promise.resolve(); // questions asked in this same tick go in the first call too
    while (queue.length > 0) {
      await send(queue.splice(0, maxBatch));
      if (windowMs > 0 && queue.length > 0 && queue.length < maxBatch) await sleep(windowMs);
    }
    sending = undefined;
  };

  return wrapEmbedder(inner, {
    embedQuery: (text) =>
      new Promise<Float32Array>((resolve, reject) => {
        queue.push({ text, resolve, reject });
        sending ??= sendQueued();
      }),
    dispose: async () => {
      // Questions already waiting still get their answers before the model goes away.
      await sending;
      await inner.dispose();
    },
  });
}
