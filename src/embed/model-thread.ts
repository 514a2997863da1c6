/**
 * The embedding model in a worker thread. ONNX Runtime's Node binding runs a model call
 * synchronously in the thread that makes it, so a model in the main thread stops everything else
 * while it computes: a question's BM25 search and the composition of its answer wait for its
 * embedding, and the bot stops answering while documents are embedded. Here the main thread sends
 * token ids and gets unit vectors back (their buffers moved, not copied), and does its own work
 * meanwhile (bench/README.md, "The embedding thread", measures what that saves).
 *
 * One thread serves the whole process and every model loaded in it, and it never exits while the
 * process runs: onnxruntime-node 1.14 corrupts memory when a thread that loaded it exits while
 * another uses it (a double free within a few loads and disposals, reproduced here). Disposing an
 * embedder releases its model in that thread; the thread keeps the process alive only while it
 * has work.
 */
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../errors.ts';
import type { EmbedPurpose, EncoderSpec, EncoderThreads, ModelSource, SequenceEncoder } from './encoder.ts';

/** Messages to the embedding thread; `id` names the request its answer settles. */
export type ToModelThread =
  | { kind: 'load'; id: number; model: number; source: ModelSource; threads: EncoderThreads; spec?: EncoderSpec }
  /** The spec of a model whose load came without one: the session is made meanwhile. */
  | { kind: 'spec'; model: number; spec: EncoderSpec }
  | { kind: 'embed'; id: number; model: number; inputs: readonly number[][]; purpose: EmbedPurpose }
  | { kind: 'release'; id: number; model: number };

/** An error as it crosses between threads: an AppError's code and context survive. */
export interface ThreadError {
  message: string;
  code?: ErrorCode;
  context?: Record<string, unknown>;
}

/** Messages from the embedding thread. */
export type FromModelThread =
  | { kind: 'loaded'; id: number }
  | { kind: 'vectors'; id: number; vectors: Float32Array[] }
  | { kind: 'released'; id: number }
  | { kind: 'failed'; id: number; error: ThreadError };

export function toThreadError(error: unknown): ThreadError {
  if (error instanceof AppError) return { message: error.message, code: error.code, context: error.context };
  return { message: error instanceof Error ? error.message : String(error) };
}

function fromThreadError(error: ThreadError): AppError {
  return error.code === undefined
    ? new AppError('EMBEDDING_FAILED', `The embedding model failed to run (${error.message}).`)
    : new AppError(error.code, error.message, error.context ?? {});
}

type Settle = (message: FromModelThread) => void;

/** The process's embedding thread and the requests it has not answered yet. */
class ModelThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Settle>();
  private nextId = 0;
  private nextModel = 0;
  /** Set when the thread has stopped: every request after it fails with this. */
  private stopped: ThreadError | undefined;

  constructor() {
    // The bundled model-worker.js beside the bundle that starts it (bin/run.mjs makes both); from
    // the TypeScript sources (tests, a read-only install), model-worker.ts through tsx.
    const fromSources = import.meta.url.endsWith('.ts');
    this.worker = new Worker(new URL(fromSources ? './model-worker-tsx.mjs' : './model-worker.js', import.meta.url));
    this.worker.unref();
    this.worker.on('message', (message: FromModelThread) => {
      const settle = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (this.waiting.size === 0) this.worker.unref();
      settle?.(message);
    });
    this.worker.on('error', (error) => this.stop(new AppError('EMBEDDING_FAILED', `The embedding thread stopped (${error.message}).`, {}, { cause: error })));
    this.worker.on('exit', (code) => this.stop(new AppError('EMBEDDING_FAILED', `The embedding thread exited (code ${code}).`, { code })));
  }

  newModel(): number {
    return this.nextModel++;
  }

  /** Sends what needs no answer. */
  tell(message: Extract<ToModelThread, { kind: 'spec' }>): void {
    if (this.stopped === undefined) this.worker.postMessage(message);
  }

  /** Sends a request; resolves with the thread's answer, rejects with its ThreadError (or the thread's end, as one). */
  request(message: DistributiveOmit<Exclude<ToModelThread, { kind: 'spec' }>, 'id'>, transfer: ArrayBuffer[] = []): Promise<FromModelThread> {
    if (this.stopped !== undefined) return Promise.reject(this.stopped);
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      if (this.waiting.size === 0) this.worker.ref();
      this.waiting.set(id, (answer) => (answer.kind === 'failed' ? reject(answer.error) : resolve(answer)));
      this.worker.postMessage({ ...message, id } as ToModelThread, transfer);
    });
  }

  private stop(error: AppError): void {
    this.stopped ??= toThreadError(error);
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const settle of waiting) settle({ kind: 'failed', id: -1, error: this.stopped });
    if (thread === this) thread = undefined;
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

let thread: ModelThread | undefined;

/** The process's embedding thread, started on first use. */
function modelThread(): ModelThread {
  return (thread ??= new ModelThread());
}

/**
 * Starts the embedding thread if it is not running, so that it loads its code while the caller
 * does other work (the tokenizer loads meanwhile).
 */
export function prepareModelThread(): void {
  modelThread();
}

/**
 * Makes the model's session in the embedding thread (started on first use); a model given as bytes
 * moves there (the caller's array is emptied). Rejects with the thread's reason when it is no
 * model. A spec still to come (a promise) is sent once it is there, the session being made
 * meanwhile; should it fail, the model is released and this rejects with its reason.
 */
export async function startModelThread(model: ModelSource, spec: EncoderSpec | Promise<EncoderSpec>, threads: EncoderThreads): Promise<SequenceEncoder> {
  const host = modelThread();
  const handle = host.newModel();
  // Moved, not copied: only an array that is its whole buffer can move as it is.
  const source = 'file' in model || (model.bytes.byteOffset === 0 && model.bytes.byteLength === model.bytes.buffer.byteLength) ? model : { bytes: model.bytes.slice() };
  const later = spec instanceof Promise;
  const loading = host.request({ kind: 'load', model: handle, source, threads, ...(later ? {} : { spec }) }, 'bytes' in source ? [source.bytes.buffer as ArrayBuffer] : []);
  if (later) {
    // Handled now: a load that fails (no model in the bytes) may answer before the spec is there.
    loading.catch(() => undefined);
    const sent = spec.then((settled) => host.tell({ kind: 'spec', model: handle, spec: settled }));
    // Without its spec the load can never finish: the thread gives the model up, and the spec's failure is the answer.
    const failed = await sent.then(
      () => undefined,
      (error: unknown) => ({ error }),
    );
    if (failed !== undefined) {
      await host.request({ kind: 'release', model: handle }).catch(() => undefined);
      await loading.catch(() => undefined);
      throw failed.error;
    }
  }
  const loaded = await loading.catch((error: ThreadError) => {
    throw new Error(error.message);
  });
  if (loaded.kind !== 'loaded') throw new AppError('INTERNAL', `the embedding thread answered a load with ${loaded.kind}`);
  let released: Promise<void> | undefined;
  const encoder: SequenceEncoder = {
    async embed(inputs, purpose) {
      if (released !== undefined) throw new AppError('EMBEDDING_FAILED', 'The embedder was disposed; create a new one to embed more text.');
      const answer = await host.request({ kind: 'embed', model: handle, inputs, purpose }).catch((error: ThreadError) => {
        throw fromThreadError(error);
      });
      if (answer.kind !== 'vectors') throw new AppError('INTERNAL', `the embedding thread answered an embedding with ${answer.kind}`);
      return answer.vectors;
    },
    dispose() {
      // Work already sent still gets its vectors: the thread answers in order.
      released ??= host.request({ kind: 'release', model: handle }).then(
        () => {},
        () => {},
      );
      return released;
    },
  };
  return encoder;
}
