/**
 * The Embedder backed by @xenova/transformers (ONNX Runtime). This is the ONLY file in the project
 * that touches the library's global `env`; it sets it on every load, so the last embedder created
 * decides where models come from.
 *
 * We do tokenization, padding, pooling and normalization ourselves instead of using the
 * feature-extraction pipeline, because the pipeline silently truncates long passages and pads a
 * whole call to its longest input.
 */
import { AutoModel, AutoTokenizer, env, Tensor } from '@xenova/transformers';
import { AppError, describeError, isAppError } from '../errors.ts';
import { silentLogger, type Logger } from '../log.ts';
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
  logger?: Logger;
}

/** The parts of the library's tokenizer and model objects this file uses. */
interface Tokenizer {
  encode(text: string): number[];
  model_max_length?: unknown;
  pad_token_id?: number;
  all_special_ids?: number[];
}
interface OutputTensor {
  data: Float32Array;
  dims: number[];
}
interface EncoderModel {
  config: Record<string, unknown>;
  (inputs: Record<string, Tensor>): Promise<Record<string, OutputTensor | undefined>>;
  dispose?: () => Promise<unknown>;
}

/** Larger limits are placeholders (tokenizer_config often says 1e30), not real limits. */
const MAX_PLAUSIBLE_TOKENS = 1_000_000;
const FALLBACK_MAX_TOKENS = 512;

export async function createTransformersEmbedder(options: TransformersEmbedderOptions): Promise<Embedder> {
  const logger = options.logger ?? silentLogger;
  const { modelId, modelsDir, allowRemoteModels } = options;
  const startedAt = Date.now();

  env.localModelPath = modelsDir;
  env.allowLocalModels = true;
  env.allowRemoteModels = allowRemoteModels;
  env.cacheDir = options.cacheDir;
  env.useBrowserCache = false;

  const profile = await profileForModel(modelId, modelsDir);
  let tokenizer: Tokenizer;
  let model: EncoderModel;
  try {
    tokenizer = (await AutoTokenizer.from_pretrained(modelId)) as unknown as Tokenizer;
    model = (await AutoModel.from_pretrained(modelId, { quantized: options.quantized })) as unknown as EncoderModel;
  } catch (error) {
    throw loadFailed(options, error);
  }

  const dimension = Number(model.config.hidden_size);
  if (!Number.isInteger(dimension) || dimension <= 0) {
    await model.dispose?.().catch(() => {});
    throw loadFailed(options, new Error(`config.json has no valid hidden_size (got ${String(model.config.hidden_size)})`));
  }
  const maxTokens = modelMaxTokens(tokenizer, model.config, logger);
  const encoder = new BatchEncoder(tokenizer, model, profile, dimension, Math.max(1, options.batchSize));

  // One real forward pass now: a corrupt or mis-shaped model fails here, at load, with advice.
  try {
    await encoder.embed([encoder.tokenize(profile.passagePrefix + 'warm up')]);
  } catch (error) {
    await model.dispose?.().catch(() => {});
    throw loadFailed(options, error);
  }

  logger.info('embedding model loaded', { modelId, dimension, maxTokens, pooling: profile.pooling, ms: Date.now() - startedAt });

  const embedQueries = async (texts: readonly string[]): Promise<Float32Array[]> => {
    // Long questions are cut on purpose: the start of a question carries its meaning.
    const inputs = texts.map((text) => truncateIds(encoder.tokenize(profile.queryPrefix + text), maxTokens, tokenizer));
    return encoder.embed(inputs);
  };

  return {
    modelId,
    dimension,
    maxTokens,
    countPassageTokens: (text) => encoder.tokenize(profile.passagePrefix + text).length,
    embedPassages: async (texts) => {
      const inputs = texts.map((text) => encoder.tokenize(profile.passagePrefix + text));
      inputs.forEach((ids, index) => {
        if (ids.length > maxTokens) {
          throw new AppError(
            'INPUT_TOO_LONG',
            `Passage ${index} is ${ids.length} tokens but the model reads at most ${maxTokens}; split it into smaller chunks (CHUNK_MAX_TOKENS).`,
            { index, tokens: ids.length, maxTokens },
          );
        }
      });
      return encoder.embed(inputs);
    },
    embedQuery: async (text) => (await embedQueries([text]))[0]!,
    embedQueries,
    dispose: () => encoder.dispose(),
  };
}

function loadFailed(options: TransformersEmbedderOptions, error: unknown): AppError {
  if (isAppError(error, 'MODEL_LOAD_FAILED')) return error;
  const { modelId, modelsDir, allowRemoteModels } = options;
  const file = options.quantized ? 'onnx/model_quantized.onnx' : 'onnx/model.onnx';
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
function modelMaxTokens(tokenizer: Tokenizer, config: Record<string, unknown>, logger: Logger): number {
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

/**
 * Runs token id sequences through the model in length-sorted batches (so padding wastes little
 * compute), one model call at a time, and returns pooled unit vectors in input order.
 */
class BatchEncoder {
  private queue: Promise<unknown> = Promise.resolve();
  private disposed = false;

  constructor(
    private readonly tokenizer: Tokenizer,
    private readonly model: EncoderModel,
    private readonly profile: ModelProfile,
    private readonly dimension: number,
    private readonly batchSize: number,
  ) {}

  tokenize(text: string): number[] {
    return this.tokenizer.encode(text);
  }

  /** Work queued before dispose() still runs; dispose waits for it. */
  embed(inputs: readonly number[][]): Promise<Float32Array[]> {
    if (this.disposed) {
      return Promise.reject(new AppError('EMBEDDING_FAILED', 'The embedder was disposed; create a new one to embed more text.'));
    }
    const run = this.queue.then(() => this.embedNow(inputs));
    this.queue = run.catch(() => {});
    return run;
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await this.queue;
    await this.model.dispose?.().catch(() => {});
  }

  private async embedNow(inputs: readonly number[][]): Promise<Float32Array[]> {
    const order = inputs.map((_, index) => index).sort((a, b) => inputs[a]!.length - inputs[b]!.length);
    const vectors = new Array<Float32Array>(inputs.length);
    for (let start = 0; start < order.length; start += this.batchSize) {
      const batch = order.slice(start, start + this.batchSize);
      const pooled = await this.runBatch(batch.map((index) => inputs[index]!));
      batch.forEach((index, position) => (vectors[index] = pooled[position]!));
    }
    return vectors;
  }

  private async runBatch(sequences: readonly number[][]): Promise<Float32Array[]> {
    const batch = sequences.length;
    const length = Math.max(1, ...sequences.map((ids) => ids.length));
    const padId = BigInt(this.tokenizer.pad_token_id ?? 0);
    const inputIds = new BigInt64Array(batch * length).fill(padId);
    const attentionMask = new BigInt64Array(batch * length);
    sequences.forEach((ids, row) => {
      ids.forEach((id, column) => {
        inputIds[row * length + column] = BigInt(id);
        attentionMask[row * length + column] = 1n;
      });
    });

    let hidden: OutputTensor | undefined;
    try {
      const outputs = await this.model({
        input_ids: new Tensor('int64', inputIds, [batch, length]),
        attention_mask: new Tensor('int64', attentionMask, [batch, length]),
      });
      hidden = outputs.last_hidden_state;
    } catch (error) {
      throw new AppError('EMBEDDING_FAILED', `The embedding model failed to run (${describeError(error)}).`, { batch, length }, { cause: error });
    }
    this.checkShape(hidden, batch, length);
    return sequences.map((ids, row) => pool(hidden!.data, row, length, this.dimension, ids.length, this.profile.pooling));
  }

  private checkShape(hidden: OutputTensor | undefined, batch: number, length: number): asserts hidden is OutputTensor {
    const dims = hidden?.dims ?? [];
    const ok = dims.length === 3 && dims[0] === batch && dims[1] === length && dims[2] === this.dimension;
    if (!ok) {
      throw new AppError(
        'EMBEDDING_FAILED',
        `The model's last_hidden_state has shape [${dims.join(', ')}], expected [${batch}, ${length}, ${this.dimension}] (hidden_size in config.json). Use an encoder model with a matching config.`,
        { dims, expectedDimension: this.dimension },
      );
    }
  }
}

/**
 * Mean over the real (unpadded) tokens, or the first token for CLS pooling, then scaled to unit
 * length (summing is enough: dividing by the token count would not survive normalization).
 * An all-zero vector stays zero rather than becoming NaN.
 */
function pool(
  data: Float32Array,
  row: number,
  length: number,
  dimension: number,
  tokens: number,
  pooling: ModelProfile['pooling'],
): Float32Array {
  const vector = new Float32Array(dimension);
  const rowStart = row * length * dimension;
  const used = pooling === 'cls' ? Math.min(1, tokens) : tokens;
  for (let position = 0; position < used; position += 1) {
    const offset = rowStart + position * dimension;
    for (let d = 0; d < dimension; d += 1) vector[d]! += data[offset + d]!;
  }
  let norm = 0;
  for (let d = 0; d < dimension; d += 1) norm += vector[d]! * vector[d]!;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let d = 0; d < dimension; d += 1) vector[d]! /= norm;
  return vector;
}
