import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOnnxEncoder, type EncoderSpec, type ModelSource } from '../../src/embed/encoder.ts';
import { createTransformersEmbedder } from '../../src/embed/transformers.ts';
import { createTinyModel, type TinyModel } from '../helpers/tiny-model.ts';
import { maxDifference } from './vectors.ts';

/** The process's OS threads (Linux): ONNX Runtime starts its intra-op pool with a session. */
const osThreads = () => readdirSync('/proc/self/task').length;
const linux = process.platform === 'linux';
if (!linux) console.warn('SKIPPED: counting a session\'s threads reads /proc/self/task (Linux only).');

let tiny: TinyModel;
let file: string;
let spec: EncoderSpec;
const ids = [
  [0, 5, 7, 9, 2],
  [0, 11, 2],
];

beforeAll(async () => {
  tiny = await createTinyModel();
  file = path.join(tiny.modelsDir, tiny.modelId, 'onnx', 'model_quantized.onnx');
  spec = { pooling: 'mean', dimension: tiny.dimension, batchSize: 4, padId: 0 };
  await readFile(file); // the event loop's file threads are up before threads are counted
});

/** OS threads started while `make` runs. */
async function threadsStartedBy(make: () => Promise<unknown>): Promise<number> {
  const before = osThreads();
  await make();
  return osThreads() - before;
}

describe.runIf(linux)("the model's sessions and their threads", () => {
  it('gives questions a session of the threads asked for, and passages another, made at their first call', async () => {
    let encoder: Awaited<ReturnType<typeof createOnnxEncoder>> | undefined;
    // One thread for questions: the calling thread computes, no pool thread starts.
    expect(await threadsStartedBy(async () => (encoder = await createOnnxEncoder({ file }, spec, { query: 1, passage: 3 })))).toBe(0);
    const [question] = await encoder!.embed(ids.slice(0, 1), 'query');
    // Three for passages: two pool threads beside the calling one, started with their session.
    let passages: Float32Array[] = [];
    expect(await threadsStartedBy(async () => (passages = await encoder!.embed(ids, 'passage')))).toBe(2);
    expect(await threadsStartedBy(() => encoder!.embed(ids, 'passage'))).toBe(0);
    // Both sessions are the same model.
    expect(maxDifference(passages[0]!, question!)).toBeLessThan(1e-6);
    await encoder!.dispose();
  });

  it("cannot set the threads of a model given as bytes (onnxruntime-node 1.14 reads no options then): one session serves both", async () => {
    const bytes = async (): Promise<ModelSource> => ({ bytes: new Uint8Array(await readFile(file)) });
    const asOne = await threadsStartedBy(async () => createOnnxEncoder(await bytes(), spec, { query: 1, passage: 1 }));
    const asThree = await threadsStartedBy(async () => createOnnxEncoder(await bytes(), spec, { query: 3, passage: 3 }));
    expect(asThree).toBe(asOne);
    const encoder = await createOnnxEncoder(await bytes(), spec, { query: 1, passage: 3 });
    await encoder.embed(ids, 'query');
    expect(await threadsStartedBy(() => encoder.embed(ids, 'passage'))).toBe(0);
  });

  it('reads the model from its folder as a file, so that the threads setting applies', async () => {
    // Through the whole embedder, in the calling thread: questions' session of one thread starts none.
    const started = await threadsStartedBy(() =>
      createTransformersEmbedder({ modelId: tiny.modelId, modelsDir: tiny.modelsDir, allowRemoteModels: false, cacheDir: tiny.modelsDir, quantized: true, batchSize: 4, thread: 'main', threads: { query: 1, passage: 2 } }).then(async (embedder) => {
        await embedder.embedQuery('Baku');
        return embedder;
      }),
    );
    expect(started).toBe(0);
  });
});
