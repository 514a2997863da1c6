import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOnnxEncoder, type EncoderSpec } from '../../src/embed/encoder.ts';
import { startModelThread } from '../../src/embed/model-thread.ts';
import { createTransformersEmbedder, type TransformersEmbedderOptions } from '../../src/embed/transformers.ts';
import type { Embedder } from '../../src/embed/types.ts';
import { expectAppError } from '../helpers/errors.ts';
import { createTinyModel } from '../helpers/tiny-model.ts';
import { maxDifference } from './vectors.ts';

let options: TransformersEmbedderOptions;
let threaded: Embedder;
let inProcess: Embedder;

const PASSAGES = Array.from({ length: 120 }, (_, i) => `Korea and Azerbaijan signed agreement number ${i} in Baku`);

beforeAll(async () => {
  const tiny = await createTinyModel();
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'embed-cache-'));
  options = { modelId: tiny.modelId, modelsDir: tiny.modelsDir, allowRemoteModels: false, cacheDir, quantized: true, batchSize: 4 };
  threaded = await createTransformersEmbedder({ ...options, thread: 'worker' });
  inProcess = await createTransformersEmbedder({ ...options, thread: 'main' });
});

afterAll(async () => {
  await threaded?.dispose();
  await inProcess?.dispose();
});

describe('the model in its own thread', () => {
  it('gives the vectors the model gives in the calling thread', async () => {
    const questions = ['Who is Kim Jin-pyo?', 'When did Korea and Azerbaijan sign the agreement?'];
    const [fromThread, fromHere] = await Promise.all([threaded.embedQueries(questions), inProcess.embedQueries(questions)]);
    questions.forEach((_, i) => expect(maxDifference(fromThread[i]!, fromHere[i]!)).toBeLessThan(1e-6));
    expect(maxDifference((await threaded.embedPassages(PASSAGES.slice(0, 7)))[6]!, (await inProcess.embedPassages(PASSAGES.slice(0, 7)))[6]!)).toBeLessThan(1e-6);
  });

  it('leaves the event loop running while it embeds', async () => {
    // Turns of the event loop taken while the passages are embedded, batch after batch. Enough
    // passages that the thread's work outlasts a turn of the loop: with a few, the thread could
    // answer before the first turn came, and no turn would be counted though none was held.
    const many = Array.from({ length: 10 }, () => PASSAGES).flat();
    const turnsWhileEmbedding = async (embedder: Embedder) => {
      let turns = 0;
      let embedding = true;
      const turn = () => {
        turns += 1;
        if (embedding) setImmediate(turn);
      };
      setImmediate(turn);
      await embedder.embedPassages(many);
      embedding = false;
      return turns;
    };
    expect(await turnsWhileEmbedding(threaded)).toBeGreaterThan(0);
    // In the calling thread the model's calls hold the loop until all the batches are done.
    expect(await turnsWhileEmbedding(inProcess)).toBe(0);
  });

  it('keeps serving one model while others are loaded and disposed beside it', async () => {
    const expected = await threaded.embedQuery('Korea Azerbaijan');
    for (let round = 0; round < 4; round++) {
      const other = await createTransformersEmbedder({ ...options, thread: 'worker' });
      const [mine, theirs] = await Promise.all([threaded.embedQuery('Korea Azerbaijan'), other.embedQuery('Korea Azerbaijan')]);
      expect(maxDifference(mine, expected)).toBe(0);
      expect(maxDifference(theirs, expected)).toBeLessThan(1e-6);
      await other.dispose();
      expect((await expectAppError(other.embedQuery('Korea'))).code).toBe('EMBEDDING_FAILED');
    }
    expect(maxDifference(await threaded.embedQuery('Korea Azerbaijan'), expected)).toBe(0);
  });

  it('answers work sent before dispose, in order, and refuses work after it', async () => {
    const other = await createTransformersEmbedder({ ...options, thread: 'worker' });
    const pending = [other.embedQuery('Baku'), other.embedPassages(PASSAGES.slice(0, 9))];
    const disposed = other.dispose();
    const [question, passages] = await Promise.all(pending);
    expect(question).toHaveLength(other.dimension);
    expect(passages).toHaveLength(9);
    await disposed;
    expect((await expectAppError(other.embedPassages(['Seoul']))).code).toBe('EMBEDDING_FAILED');
  });

  it('makes the session before its spec comes, and gives it up when the spec fails', async () => {
    const bytes = () => readFile(path.join(options.modelsDir, options.modelId, 'onnx', 'model_quantized.onnx')).then((b) => ({ bytes: new Uint8Array(b) }));
    const threads = { query: 0, passage: 0 };
    const spec: EncoderSpec = { pooling: 'mean', dimension: threaded.dimension, batchSize: 4, padId: 0 };
    const ids = [[0, 5, 7, 2]];
    let give: (value: EncoderSpec) => void = () => {};
    const later = startModelThread(await bytes(), new Promise<EncoderSpec>((resolve) => (give = resolve)), threads);
    setTimeout(() => give(spec), 20);
    const encoder = await later;
    const [fromLater] = await encoder.embed(ids, 'query');
    const [fromNow] = await (await createOnnxEncoder(await bytes(), spec, threads)).embed(ids, 'query');
    expect(maxDifference(fromLater!, fromNow!)).toBe(0);
    await encoder.dispose();

    const noTokenizer = new Error('the tokenizer could not be read');
    await expect(startModelThread(await bytes(), Promise.reject(noTokenizer), threads)).rejects.toBe(noTokenizer);
    await expect(createOnnxEncoder(await bytes(), Promise.reject(noTokenizer), threads)).rejects.toBe(noTokenizer);
    // The thread goes on serving the models it holds.
    expect(await threaded.embedQuery('Korea')).toHaveLength(threaded.dimension);
  });

  it('runs the work it is given while the session is made, once, and not when the model files are missing', async () => {
    let runs = 0;
    const other = await createTransformersEmbedder({ ...options, thread: 'worker', whileSessionLoads: () => (runs += 1) });
    await other.dispose();
    expect(runs).toBe(1);
    await expectAppError(createTransformersEmbedder({ ...options, modelId: 'nobody/missing', whileSessionLoads: () => (runs += 1) }));
    expect(runs).toBe(1);
  });
});
