import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTransformersEmbedder, type TransformersEmbedderOptions } from '../../src/embed/transformers.ts';
import type { Embedder } from '../../src/embed/types.ts';
import { isAppError } from '../../src/errors.ts';
import { createTinyModel, type TinyModel } from '../helpers/tiny-model.ts';

const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, value, i) => sum + value * b[i]!, 0);
const norm = (a: Float32Array) => Math.sqrt(dot(a, a));
const maxDifference = (a: Float32Array, b: Float32Array) => Math.max(...a.map((value, i) => Math.abs(value - b[i]!)));

let tiny: TinyModel;
let embedder: Embedder;
let options: TransformersEmbedderOptions;

beforeAll(async () => {
  tiny = await createTinyModel();
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'embed-cache-'));
  options = { modelId: tiny.modelId, modelsDir: tiny.modelsDir, allowRemoteModels: false, cacheDir, quantized: true, batchSize: 3 };
  embedder = await createTransformersEmbedder(options);
});

afterAll(async () => {
  await embedder?.dispose();
});

describe('createTransformersEmbedder with the tiny model', () => {
  it('reports the model id, dimension and token limit from the model files', () => {
    expect(embedder.modelId).toBe(tiny.modelId);
    expect(embedder.dimension).toBe(tiny.dimension);
    expect(embedder.maxTokens).toBe(tiny.maxTokens);
  });

  it('returns unit vectors of the model dimension', async () => {
    const vectors = await embedder.embedPassages(['Korea and Azerbaijan signed an agreement.', 'Bakı']);
    expect(vectors).toHaveLength(2);
    for (const vector of vectors) {
      expect(vector).toBeInstanceOf(Float32Array);
      expect(vector.length).toBe(tiny.dimension);
      expect(norm(vector)).toBeCloseTo(1, 5);
    }
  });

  it('makes passages that share words more similar than unrelated ones', async () => {
    const [a, b, c] = await embedder.embedPassages([
      'The ambassador of Korea met the minister of foreign affairs in Baku.',
      'The minister of foreign affairs received the ambassador of Korea.',
      'Cotton harvest statistics were published for the agricultural season.',
    ]);
    expect(dot(a!, b!)).toBeGreaterThan(dot(a!, c!) + 0.2);
  });

  it('keeps input order across length-sorted batches', async () => {
    const texts = [
      'A long passage about the intergovernmental commission on economic cooperation between the two countries.',
      'Short.',
      'Korea',
      'The embassy opened in Seoul.',
      'Azərbaycan Respublikasının xarici işlər naziri.',
      'Trade turnover grew.',
      'x',
    ];
    const together = await embedder.embedPassages(texts);
    for (const [index, text] of texts.entries()) {
      const [alone] = await embedder.embedPassages([text]);
      expect(maxDifference(together[index]!, alone!)).toBeLessThan(1e-5);
    }
  });
});
