import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILE_FILE_NAME } from '../../src/embed/profiles.ts';
import { createTransformersEmbedder, type TransformersEmbedderOptions } from '../../src/embed/transformers.ts';
import type { Embedder } from '../../src/embed/types.ts';
import { expectAppError } from '../helpers/errors.ts';
import { SHARED_MODELS_DIR } from '../helpers/shared.ts';
import { createTinyModel, type TinyModel } from '../helpers/tiny-model.ts';
import { dot, maxDifference, norm } from './vectors.ts';

let tiny: TinyModel;
let embedder: Embedder;
let options: TransformersEmbedderOptions;

/** Far more words than the tiny model's 128-token limit. */
const LONG_TEXT = Array.from({ length: 150 }, (_, i) => (i % 2 === 0 ? 'Korea' : 'Azerbaijan')).join(' ');

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
    expect(norm(await embedder.embedQuery('Who is the ambassador?'))).toBeCloseTo(1, 5);
  });

  it('returns nothing for no passages', async () => {
    expect(await embedder.embedPassages([])).toEqual([]);
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

  it('counts passage tokens with the "passage: " prefix and special tokens', () => {
    // "passage", ":" and [CLS] [SEP] around the two words.
    expect(embedder.countPassageTokens('Korea Azerbaijan')).toBe(6);
    expect(embedder.countPassageTokens('Korea Azerbaijan Korea')).toBe(7);
  });

  it('dresses questions with "query: " and passages with "passage: " (e5 profile)', async () => {
    // Same tokenizer and weights under an id with no profile: prefixes must then be added by hand.
    const plainModel = await createTinyModel({ modelId: 'test/tiny-plain' });
    const plain = await createTransformersEmbedder({ ...options, modelsDir: plainModel.modelsDir, modelId: plainModel.modelId });
    try {
      const question = 'Who is the ambassador of Korea?';
      expect(embedder.countPassageTokens(question)).toBe(plain.countPassageTokens(question) + 2);
      const [e5Query, plainPrefixed, plainBare] = [
        await embedder.embedQuery(question),
        await plain.embedQuery(`query: ${question}`),
        await plain.embedQuery(question),
      ];
      expect(maxDifference(e5Query, plainPrefixed)).toBeLessThan(1e-5);
      expect(maxDifference(e5Query, plainBare)).toBeGreaterThan(1e-3);
      const [e5Passage] = await embedder.embedPassages([question]);
      const [plainPassage] = await plain.embedPassages([`passage: ${question}`]);
      expect(maxDifference(e5Passage!, plainPassage!)).toBeLessThan(1e-5);
    } finally {
      await plain.dispose();
    }
  });

  it('follows embedding_profile.json in the model folder (no prefixes, CLS pooling)', async () => {
    const customModelsDir = await mkdtemp(path.join(os.tmpdir(), 'custom-profile-'));
    const modelDir = path.join(customModelsDir, tiny.modelId);
    await cp(path.join(tiny.modelsDir, tiny.modelId), modelDir, { recursive: true });
    await writeFile(path.join(modelDir, PROFILE_FILE_NAME), JSON.stringify({ queryPrefix: '', passagePrefix: '', pooling: 'cls' }));
    const custom = await createTransformersEmbedder({ ...options, modelsDir: customModelsDir });
    try {
      expect(custom.countPassageTokens('Korea Azerbaijan')).toBe(embedder.countPassageTokens('Korea Azerbaijan') - 2);
      // The tiny model's output at [CLS] ignores the text, so CLS pooling makes every text alike.
      const [korea, cotton] = await custom.embedPassages(['Korea', 'cotton harvest statistics']);
      expect(maxDifference(korea!, cotton!)).toBeLessThan(1e-6);
    } finally {
      await custom.dispose();
    }
  });

  it('refuses an over-long passage with INPUT_TOO_LONG instead of truncating it', async () => {
    expect(embedder.countPassageTokens(LONG_TEXT)).toBeGreaterThan(embedder.maxTokens);
    const error = await expectAppError(embedder.embedPassages(['Korea', LONG_TEXT]));
    expect(error.code).toBe('INPUT_TOO_LONG');
    expect(error.context).toMatchObject({ index: 1, tokens: embedder.countPassageTokens(LONG_TEXT), maxTokens: embedder.maxTokens });
  });

  it('truncates an over-long question to maxTokens instead of refusing it', async () => {
    const [query] = await embedder.embedQueries([LONG_TEXT]);
    expect(norm(query!)).toBeCloseTo(1, 5);
    // Words past the limit are cut off, so they cannot change the vector.
    const extended = await embedder.embedQuery(`${LONG_TEXT} cotton harvest statistics`);
    expect(maxDifference(query!, extended)).toBeLessThan(1e-5);
  });

  it('fails with MODEL_LOAD_FAILED and advice when the model is not in modelsDir and remote is off', async () => {
    const emptyModelsDir = await mkdtemp(path.join(os.tmpdir(), 'no-models-'));
    const error = await expectAppError(createTransformersEmbedder({ ...options, modelsDir: emptyModelsDir, modelId: 'nobody/missing-e5' }));
    expect(error.code).toBe('MODEL_LOAD_FAILED');
    expect(error.context).toEqual({ modelId: 'nobody/missing-e5', modelsDir: emptyModelsDir, allowRemoteModels: false });
    expect(error.message).toContain(path.join(emptyModelsDir, 'nobody/missing-e5'));
    expect(error.message).toContain('ALLOW_REMOTE_MODELS');
    // The embedder made before still works: a failed load does not break the process or the library.
    expect((await embedder.embedPassages(['Korea']))[0]!.length).toBe(tiny.dimension);
  });

  it('fails with MODEL_LOAD_FAILED when the ONNX file is corrupt', async () => {
    const brokenModelsDir = await mkdtemp(path.join(os.tmpdir(), 'broken-model-'));
    await cp(path.join(tiny.modelsDir, tiny.modelId), path.join(brokenModelsDir, tiny.modelId), { recursive: true });
    await writeFile(path.join(brokenModelsDir, tiny.modelId, 'onnx', 'model_quantized.onnx'), 'not an onnx model');
    const error = await expectAppError(createTransformersEmbedder({ ...options, modelsDir: brokenModelsDir }));
    expect(error.code).toBe('MODEL_LOAD_FAILED');
  });

  it('fails with MODEL_LOAD_FAILED when config.json states a dimension the model does not produce', async () => {
    const mismatchedModelsDir = await mkdtemp(path.join(os.tmpdir(), 'mismatched-model-'));
    const modelDir = path.join(mismatchedModelsDir, tiny.modelId);
    await cp(path.join(tiny.modelsDir, tiny.modelId), modelDir, { recursive: true });
    const config = JSON.parse(await readFile(path.join(modelDir, 'config.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(path.join(modelDir, 'config.json'), JSON.stringify({ ...config, hidden_size: tiny.dimension * 2 }));
    const error = await expectAppError(createTransformersEmbedder({ ...options, modelsDir: mismatchedModelsDir }));
    expect(error.code).toBe('MODEL_LOAD_FAILED');
    expect(error.message).toContain('hidden_size');
  });

  it('refuses to embed after dispose', async () => {
    const second = await createTransformersEmbedder(options);
    await second.dispose();
    const error = await expectAppError(second.embedQuery('Korea'));
    expect(error.code).toBe('EMBEDDING_FAILED');
  });
});

const BENCH_MODELS_DIR = SHARED_MODELS_DIR;
const BENCH_MODEL_ID = 'bench-e5-small-shape';

describe.skipIf(!existsSync(path.join(BENCH_MODELS_DIR, BENCH_MODEL_ID)))('the e5-small-shaped bench model', () => {
  it('loads with dimension 384 and a 512-token limit', async () => {
    const bench = await createTransformersEmbedder({ ...options, modelsDir: BENCH_MODELS_DIR, modelId: BENCH_MODEL_ID });
    try {
      expect(bench.dimension).toBe(384);
      expect(bench.maxTokens).toBe(512);
      const [vector] = await bench.embedPassages(['Korea and Azerbaijan']);
      expect(vector!.length).toBe(384);
      expect(norm(vector!)).toBeCloseTo(1, 5);
    } finally {
      await bench.dispose();
    }
  });
});
