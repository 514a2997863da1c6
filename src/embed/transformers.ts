/**
 * The Embedder backed by @xenova/transformers (ONNX Runtime). This is the ONLY file in the project
 * that touches the library's global `env`; it sets it on every load, so the last embedder created
 * decides where models come from.
 *
 * We do tokenization, padding, pooling and normalization ourselves instead of using the
 * feature-extraction pipeline, because the pipeline silently truncates long passages and pads a
 * whole call to its longest input.
 *
 * The library finds (or downloads) and reads the tokenizer and config.json, and the ONNX file when
 * it is not in the models folder, in the calling thread, which keeps the tokenizer (chunking counts
 * tokens synchronously). The model
 * computes through ONNX Runtime (./encoder.ts), by default in a worker thread of its own
 * (./model-thread.ts), so that the event loop answers, reads the indexes and composes answers
 * while the model computes.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AutoConfig, AutoTokenizer, env } from '@xenova/transformers';
// The library's own file lookup (local folder, cache, then the hub), which its models use too; its package index does not export it.
import { getModelFile } from '@xenova/transformers/src/utils/hub.js';
import { AppError, describeError, isAppError } from '../errors.ts';
import { silentLogger, type Logger } from '../log.ts';
import { createOnnxEncoder, type EncoderSpec, type EncoderThreads, type ModelSource, type SequenceEncoder } from './encoder.ts';
import { prepareModelThread, startModelThread } from './model-thread.ts';
import { profileForModel } from './profiles.ts';
import type { Embedder, ModelProfile } from './types.ts';

export interface TransformersEmbedderOptions {
  /** e.g. Xenova/multilingual-e5-small; looked up as `<modelsDir>/<modelId>/` first. */
  modelId: string;
  modelsDir: string;
  allowRemoteModels: boolean;
  /** Download cache, e.g. <DATA_DIR>/models-cache (never inside node_modules). */
  cacheDir: string;
  /** Load onnx/model_quantized.onnx instead of onnx/model.onnx. */
  quantized: boolean;
  /** Inputs per model call. */
  batchSize: number;
  /** Where the model computes: a worker thread of its own (default), or the calling thread. */
  thread?: 'worker' | 'main';
  /** ONNX Runtime's threads for questions and for passages; both its own choice when not given. */
  threads?: EncoderThreads;
  /**
   * Work for the calling thread while the model's session is made in its own thread (loading the
   * index, at start-up): run once, right after the model file is handed over.
   */
  whileSessionLoads?: () => void;
  logger?: Logger;
}

/** The model's config.json entries this file reads (the dimension, the input limit). */
interface ModelConfig {
  hidden_size?: unknown;
  max_position_embeddings?: unknown;
  model_type?: unknown;
}

/** The parts of the library's tokenizer object this file uses. */
interface Tokenizer {
  encode(text: string): number[];
  model_max_length?: unknown;
  pad_token_id?: number;
  all_special_ids?: number[];
}

/** Larger limits are placeholders (tokenizer_config often says 1e30), not real limits. */
const MAX_PLAUSIBLE_TOKENS = 1_000_000;
const FALLBACK_MAX_TOKENS = 512;

export async function createTransformersEmbedder(options: TransformersEmbedderOptions): Promise<Embedder> {
  const logger = options.logger ?? silentLogger;
  const { modelId, modelsDir } = options;
  const startedAt = Date.now();
  useModelSources(options);
  if (options.thread !== 'main') prepareModelThread();

  const file = modelFile(options.quantized);
  let tokenizer: Tokenizer;
  let config: ModelConfig;
  let spec: EncoderSpec;
  let encoder: SequenceEncoder;
  let profile: ModelProfile;
  try {
    // The session is made from the model file while the tokenizer is built in this thread: the
    // spec it needs later (the tokenizer's pad id) follows it there (bench/README.md, "Startup").
    const tokenizing = AutoTokenizer.from_pretrained(modelId) as unknown as Promise<Tokenizer>;
    tokenizing.catch(() => undefined); // awaited below, or its failure is the spec's
    let model: ModelSource;
    [profile, config, model] = await Promise.all([
      profileForModel(modelId, modelsDir),
      AutoConfig.from_pretrained(modelId) as Promise<ModelConfig>,
      locateModelFile(options, file),
    ]);
    const dimension = Number(config.hidden_size);
    if (!Number.isInteger(dimension) || dimension <= 0) throw new Error(`config.json has no valid hidden_size (got ${String(config.hidden_size)})`);
    const { pooling } = profile;
    const specLater = tokenizing.then((built): EncoderSpec => ({ pooling, dimension, batchSize: options.batchSize, padId: built.pad_token_id ?? 0 }));
    const threads = options.threads ?? { query: 0, passage: 0 };
    const starting = options.thread === 'main' ? createOnnxEncoder(model, specLater, threads) : startModelThread(model, specLater, threads);
    starting.catch(() => undefined); // awaited below, once the calling thread's work is done
    options.whileSessionLoads?.();
    encoder = await starting;
    [tokenizer, spec] = await Promise.all([tokenizing, specLater]);
  } catch (error) {
    throw loadFailed(options, error);
  }
  const { dimension } = spec;
  const maxTokens = modelMaxTokens(tokenizer, config, logger);
  const tokenize = (text: string) => tokenizer.encode(text);

  // One real forward pass now: a corrupt or mis-shaped model fails here, at load, with advice.
  try {
    await encoder.embed([tokenize(profile.queryPrefix + 'warm up')], 'query');
  } catch (error) {
    await encoder.dispose().catch(() => {});
    throw loadFailed(options, error);
  }

  logger.info('embedding model loaded', { modelId, dimension, maxTokens, pooling: profile.pooling, thread: options.thread ?? 'worker', ms: Date.now() - startedAt });

  const embedQueries = async (texts: readonly string[]): Promise<Float32Array[]> => {
    // Long questions are cut on purpose: the start of a question carries its meaning.
    const inputs = texts.map((text) => truncateIds(tokenize(profile.queryPrefix + text), maxTokens, tokenizer));
    return encoder.embed(inputs, 'query');
  };

  return {
    modelId,
    dimension,
    maxTokens,
    countPassageTokens: (text) => tokenize(profile.passagePrefix + text).length,
    embedPassages: async (texts) => {
      const inputs = texts.map((text) => tokenize(profile.passagePrefix + text));
      inputs.forEach((ids, index) => {
        if (ids.length > maxTokens) {
          throw new AppError(
            'INPUT_TOO_LONG',
            `Passage ${index} is ${ids.length} tokens but the model reads at most ${maxTokens}; split it into smaller chunks (CHUNK_MAX_TOKENS).`,
            { index, tokens: ids.length, maxTokens },
          );
        }
      });
      return encoder.embed(inputs, 'passage');
    },
    embedQuery: async (text) => (await embedQueries([text]))[0]!,
    embedQueries,
    dispose: () => encoder.dispose(),
  };
}

function useModelSources(options: Pick<TransformersEmbedderOptions, 'modelsDir' | 'allowRemoteModels' | 'cacheDir'>): void {
  env.localModelPath = options.modelsDir;
  env.allowLocalModels = true;
  env.allowRemoteModels = options.allowRemoteModels;
  env.cacheDir = options.cacheDir;
  env.useBrowserCache = false;
}

function modelFile(quantized: boolean): string {
  return quantized ? 'onnx/model_quantized.onnx' : 'onnx/model.onnx';
}

/**
 * The model file, for ONNX Runtime to read itself (onnxruntime-node 1.14 applies session options,
 * the threads among them, only to a model given by path): `<modelsDir>/<modelId>/` when it is
 * there, else as found or downloaded by the library into its cache folder. Its bytes only when
 * the library gives no file (a cache that is not a folder).
 */
async function locateModelFile(options: TransformersEmbedderOptions, file: string): Promise<ModelSource> {
  for (const folder of [options.modelsDir, options.cacheDir]) {
    const local = path.join(folder, options.modelId, file);
    if (await isFile(local)) return { file: local };
  }
  const bytes = (await getModelFile(options.modelId, file, true, {})) as Uint8Array;
  const cached = path.join(options.cacheDir, options.modelId, file);
  return (await isFile(cached)) ? { file: cached } : { bytes };
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

function loadFailed(options: TransformersEmbedderOptions, error: unknown): AppError {
  if (isAppError(error, 'MODEL_LOAD_FAILED')) return error;
  const { modelId, modelsDir, allowRemoteModels } = options;
  const file = modelFile(options.quantized);
  const remoteAdvice = allowRemoteModels
    ? 'or check the internet connection to the Hugging Face hub'
    : 'or set ALLOW_REMOTE_MODELS=true on a machine with internet access to download it';
  return new AppError(
    'MODEL_LOAD_FAILED',
    `Could not load embedding model "${modelId}" (${describeError(error)}). Put the model under ` +
      `${modelsDir}/${modelId}/ with config.json, tokenizer.json, tokenizer_config.json and ${file}, ${remoteAdvice}.`,
    { modelId, modelsDir, allowRemoteModels },
    { cause: error },
  );
}

/** The smaller of the tokenizer's and the model's limits, ignoring placeholder values. */
function modelMaxTokens(tokenizer: Tokenizer, config: ModelConfig, logger: Logger): number {
  const plausible = (value: unknown): value is number =>
    typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_PLAUSIBLE_TOKENS;
  // RoBERTa-family position tables hold two extra rows (padding offset) that inputs cannot use.
  const positionOffset = /roberta|camembert/.test(String(config.model_type)) ? 2 : 0;
  const positions = typeof config.max_position_embeddings === 'number' ? config.max_position_embeddings - positionOffset : undefined;
  const limits = [tokenizer.model_max_length, positions].filter(plausible);
  if (limits.length === 0) {
    logger.warn('model states no input limit; assuming a default', { maxTokens: FALLBACK_MAX_TOKENS });
    return FALLBACK_MAX_TOKENS;
  }
  return Math.floor(Math.min(...limits));
}

/** Keeps the first tokens and, when the sequence ends in a special token ([SEP], </s>), that end marker. */
function truncateIds(ids: number[], maxTokens: number, tokenizer: Tokenizer): number[] {
  if (ids.length <= maxTokens) return ids;
  const last = ids[ids.length - 1]!;
  const endsWithSpecial = tokenizer.all_special_ids?.includes(last) ?? false;
  return endsWithSpecial ? [...ids.slice(0, maxTokens - 1), last] : ids.slice(0, maxTokens);
}
