import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBatchingEmbedder } from '../../src/embed/batching.ts';
import { createTransformersEmbedder } from '../../src/embed/transformers.ts';
import type { Embedder } from '../../src/embed/types.ts';
import { AppError } from '../../src/errors.ts';
import { createTinyModel } from '../helpers/tiny-model.ts';
import { maxDifference } from './vectors.ts';

let model: Embedder;

/** The real tiny-model embedder, recording each embedQueries call it receives. */
function recording(inner: Embedder): { embedder: Embedder; calls: string[][] } {
  const calls: string[][] = [];
  const embedder: Embedder = {
    ...inner,
    countPassageTokens: (text) => inner.countPassageTokens(text),
    embedPassages: (texts) => inner.embedPassages(texts),
    embedQuery: (text) => inner.embedQuery(text),
    embedQueries: (texts) => {
      calls.push([...texts]);
      return inner.embedQueries(texts);
    },
    dispose: () => inner.dispose(),
  };
  return { embedder, calls };
}

const QUESTIONS = ['Who is the ambassador of Korea?', 'When did Bayramov visit Seoul?', 'Azərbaycan və Koreya', 'trade turnover', 'x'];

beforeAll(async () => {
  const tiny = await createTinyModel();
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'embed-cache-'));
  model = await createTransformersEmbedder({
    modelId: tiny.modelId,
    modelsDir: tiny.modelsDir,
    allowRemoteModels: false,
    cacheDir,
    quantized: true,
    batchSize: 8,
  });
});

afterAll(async () => {
  await model?.dispose();
});

describe('createBatchingEmbedder', () => {
  it('sends a lone question at once, without waiting out the window', async () => {
    const { embedder, calls } = recording(model);
    const batching = createBatchingEmbedder(embedder, { windowMs: 60_000, maxBatch: 64 });
    const pending = batching.embedQuery(QUESTIONS[0]!);
    await new Promise((resolve) => setImmediate(resolve)); // long before any window could end
    expect(calls).toEqual([[QUESTIONS[0]]]);
    const vector = await pending;
    expect(maxDifference(vector, await model.embedQuery(QUESTIONS[0]!))).toBeLessThan(1e-5);
  });

  it('embeds questions asked in the same tick in one model call, each caller getting its own vector', async () => {
    const { embedder, calls } = recording(model);
    const batching = createBatchingEmbedder(embedder, { maxBatch: 64 });
    const vectors = await Promise.all(QUESTIONS.map((question) => batching.embedQuery(question)));
    expect(calls).toEqual([QUESTIONS]);
    for (const [index, question] of QUESTIONS.entries()) {
      expect(maxDifference(vectors[index]!, await model.embedQuery(question))).toBeLessThan(1e-5);
    }
  });

  it('gathers the questions asked while a model call runs and sends them together when it returns', async () => {
    const { embedder, calls } = recording(model);
    let releaseFirst!: () => void;
    const firstCallHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    const held: Embedder = {
      ...embedder,
      embedQueries: async (texts) => {
        if (calls.length === 0) await firstCallHeld;
        return embedder.embedQueries(texts);
      },
    };
    const batching = createBatchingEmbedder(held, { maxBatch: 64 });
    const first = batching.embedQuery('first');
    await new Promise((resolve) => setTimeout(resolve, 5)); // the first call is now running
    const later = ['second', 'third', 'fourth'].map(async (question, i) => {
      await new Promise((resolve) => setTimeout(resolve, i)); // arriving at different moments
      return batching.embedQuery(question);
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    releaseFirst();
    await Promise.all([first, ...later]);
    expect(calls).toEqual([['first'], ['second', 'third', 'fourth']]);
  });

  it('sends at most maxBatch questions per call, the rest in the following calls', async () => {
    const { embedder, calls } = recording(model);
    const batching = createBatchingEmbedder(embedder, { maxBatch: 2 });
    await Promise.all(QUESTIONS.map((question) => batching.embedQuery(question)));
    expect(calls).toEqual([QUESTIONS.slice(0, 2), QUESTIONS.slice(2, 4), QUESTIONS.slice(4)]);
  });

  it('sends each question asked after the previous one was answered on its own', async () => {
    const { embedder, calls } = recording(model);
    const batching = createBatchingEmbedder(embedder, { maxBatch: 64 });
    await batching.embedQuery('first');
    await batching.embedQuery('second');
    expect(calls).toEqual([['first'], ['second']]);
  });

  it("gives every waiting caller the batch's error", async () => {
    const failure = new AppError('EMBEDDING_FAILED', 'model broke');
    const failing: Embedder = { ...model, embedQueries: () => Promise.reject(failure) };
    const batching = createBatchingEmbedder(failing, { windowMs: 0, maxBatch: 64 });
    const results = await Promise.allSettled(QUESTIONS.map((question) => batching.embedQuery(question)));
    expect(results.map((result) => (result.status === 'rejected' ? result.reason : 'fulfilled'))).toEqual(QUESTIONS.map(() => failure));
  });

  it('passes a synchronous throw of the inner embedder to the callers', async () => {
    const failure = new AppError('EMBEDDING_FAILED', 'thrown synchronously');
    const throwing: Embedder = {
      ...model,
      embedQueries: () => {
        throw failure;
      },
    };
    const batching = createBatchingEmbedder(throwing, { windowMs: 0, maxBatch: 64 });
    await expect(batching.embedQuery('Korea')).rejects.toBe(failure);
  });

  it('delegates everything else to the inner embedder', async () => {
    const { embedder, calls } = recording(model);
    const batching = createBatchingEmbedder(embedder, { windowMs: 0, maxBatch: 64 });
    expect([batching.modelId, batching.dimension, batching.maxTokens]).toEqual([model.modelId, model.dimension, model.maxTokens]);
    expect(batching.countPassageTokens('Korea Azerbaijan')).toBe(model.countPassageTokens('Korea Azerbaijan'));
    const [passage] = await batching.embedPassages(['Korea']);
    expect(maxDifference(passage!, (await model.embedPassages(['Korea']))[0]!)).toBeLessThan(1e-6);
    await batching.embedQueries(['a', 'b']);
    expect(calls).toEqual([['a', 'b']]);
  });

  it('answers questions still waiting when disposed', async () => {
    const tiny = await createTinyModel();
    const own = await createTransformersEmbedder({
      modelId: tiny.modelId,
      modelsDir: tiny.modelsDir,
      allowRemoteModels: false,
      cacheDir: await mkdtemp(path.join(os.tmpdir(), 'embed-cache-')),
      quantized: true,
      batchSize: 8,
    });
    const batching = createBatchingEmbedder(own, { windowMs: 1000, maxBatch: 64 });
    const pending = batching.embedQuery('Korea');
    await batching.dispose();
    expect((await pending).length).toBe(tiny.dimension);
  });
});
