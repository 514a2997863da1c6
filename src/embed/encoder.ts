/**
 * The model side of embedding: token id sequences in, pooled unit vectors out, through ONNX
 * Runtime sessions made from the model file. It runs wherever the session lives: in the
 * embedding thread (./model-thread.ts), or in the calling thread. Tokenizing and finding the model
 * file stay with @xenova/transformers in the calling thread (./transformers.ts), which also needs
 * token counts synchronously for chunking; this side needs only onnxruntime-node (the library's
 * own runtime, the same version): importing the whole library in the embedding thread cost about
 * 0.3 s of every start (measured: 290 ms against 38 ms for onnxruntime-node alone).
 */
import ort from 'onnxruntime-node';
import { AppError, describeError } from '../errors.ts';
import type { ModelProfile } from './types.ts';

/** What the sequences are: a question's few tokens, or passages in batches. */
export type EmbedPurpose = 'query' | 'passage';

/** Embeds token id sequences, in order; work queued before dispose() still runs. */
export interface SequenceEncoder {
  embed(inputs: readonly number[][], purpose: EmbedPurpose): Promise<Float32Array[]>;
  dispose(): Promise<void>;
}

/** The model: a file ONNX Runtime reads itself, or the file's bytes. */
export type ModelSource = { file: string } | { bytes: Uint8Array };

/**
 * ONNX Runtime's intra-op threads for each purpose (0 = its choice, one per physical core).
 * onnxruntime-node 1.14 reads session options only for a model given by path: from bytes, one
 * session with its default threads serves both (the test in test/embed/encoder-threads.test.ts).
 */
export interface EncoderThreads {
  query: number;
  passage: number;
}

/** How the model's outputs become vectors, as plain data a worker thread can receive. */
export interface EncoderSpec {
  pooling: ModelProfile['pooling'];
  /** hidden_size in config.json; checked against what the model gives. */
  dimension: number;
  /** Inputs per model call. */
  batchSize: number;
  padId: number;
}

interface OutputTensor {
  data: Float32Array;
  dims: readonly number[];
}

/**
 * Makes the questions' session from the model; throws when it is no ONNX model. The spec may come
 * later (its pad id is the tokenizer's, built meanwhile): the session is made without it. The
 * passages' session, when its threads differ, is made at the first passages' call: a bot whose
 * index is built never holds the model twice.
 */
export async function createOnnxEncoder(model: ModelSource, spec: EncoderSpec | Promise<EncoderSpec>, threads: EncoderThreads): Promise<SequenceEncoder> {
  const sessionWith = (intraOpNumThreads: number) => ('file' in model ? ort.InferenceSession.create(model.file, { intraOpNumThreads }) : ort.InferenceSession.create(model.bytes));
  const [query, settled] = await Promise.all([sessionWith(threads.query), spec]);
  const made = Promise.resolve(query);
  const oneSession = !('file' in model) || threads.passage === threads.query;
  return new BatchEncoder({ query: () => made, passage: oneSession ? () => made : lazily(() => sessionWith(threads.passage)) }, settled);
}

function lazily<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

type SessionFor = Record<EmbedPurpose, () => Promise<ort.InferenceSession>>;

/**
 * Runs token id sequences through the model in length-sorted batches (so padding wastes little
 * compute), one model call at a time, and returns pooled unit vectors in input order.
 */
class BatchEncoder implements SequenceEncoder {
  private queue: Promise<unknown> = Promise.resolve();
  private disposed = false;
  private readonly pooling: ModelProfile['pooling'];
  private readonly dimension: number;
  private readonly batchSize: number;
  private readonly padId: number;

  constructor(
    private readonly sessionFor: SessionFor,
    spec: EncoderSpec,
  ) {
    this.pooling = spec.pooling;
    this.dimension = spec.dimension;
    this.batchSize = Math.max(1, spec.batchSize);
    this.padId = spec.padId;
  }

  /** Work queued before dispose() still runs; dispose waits for it. */
  embed(inputs: readonly number[][], purpose: EmbedPurpose): Promise<Float32Array[]> {
    if (this.disposed) {
      return Promise.reject(new AppError('EMBEDDING_FAILED', 'The embedder was disposed; create a new one to embed more text.'));
    }
    const run = this.queue.then(() => this.embedNow(inputs, purpose));
    this.queue = run.catch(() => {});
    return run;
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await this.queue;
    // onnxruntime-node 1.14's sessions have no release(): the session is freed when collected.
  }

  private async embedNow(inputs: readonly number[][], purpose: EmbedPurpose): Promise<Float32Array[]> {
    const session = await this.sessionFor[purpose]().catch((error: unknown) => {
      throw new AppError('EMBEDDING_FAILED', `The embedding model's session for ${purpose}s could not be made (${describeError(error)}).`, { purpose }, { cause: error });
    });
    const order = inputs.map((_, index) => index).sort((a, b) => inputs[a]!.length - inputs[b]!.length);
    const vectors = new Array<Float32Array>(inputs.length);
    for (let start = 0; start < order.length; start += this.batchSize) {
      const batch = order.slice(start, start + this.batchSize);
      const pooled = await this.runBatch(session, batch.map((index) => inputs[index]!));
      batch.forEach((index, position) => (vectors[index] = pooled[position]!));
    }
    return vectors;
  }

  private async runBatch(session: ort.InferenceSession, sequences: readonly number[][]): Promise<Float32Array[]> {
    const batch = sequences.length;
    const length = Math.max(1, ...sequences.map((ids) => ids.length));
    const padId = BigInt(this.padId);
    const inputIds = new BigInt64Array(batch * length).fill(padId);
    const attentionMask = new BigInt64Array(batch * length);
    sequences.forEach((ids, row) => {
      ids.forEach((id, column) => {
        inputIds[row * length + column] = BigInt(id);
        attentionMask[row * length + column] = 1n;
      });
    });

    const feeds: Record<string, ort.Tensor> = {
      input_ids: new ort.Tensor('int64', inputIds, [batch, length]),
      attention_mask: new ort.Tensor('int64', attentionMask, [batch, length]),
    };
    // BERT-style models also take segment ids: all zero, one segment.
    if (session.inputNames.includes('token_type_ids')) feeds.token_type_ids = new ort.Tensor('int64', new BigInt64Array(batch * length), [batch, length]);
    let hidden: OutputTensor | undefined;
    try {
      const outputs = await session.run(feeds);
      hidden = outputs.last_hidden_state as OutputTensor | undefined;
    } catch (error) {
      throw new AppError('EMBEDDING_FAILED', `The embedding model failed to run (${describeError(error)}).`, { batch, length }, { cause: error });
    }
    this.checkShape(hidden, batch, length);
    return sequences.map((ids, row) => pool(hidden!.data, row, length, this.dimension, ids.length, this.pooling));
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
