/**
 * What the rest of the project knows about embeddings. Vectors are unit length, so the inner
 * product of two of them is their cosine similarity.
 */
export interface Embedder {
  /** Model id as configured, recorded in the index manifest. */
  readonly modelId: string;
  readonly dimension: number;
  /** Longest input the model accepts, in tokens, special tokens included. */
  readonly maxTokens: number;
  /** Tokens of a passage as embedPassages will feed it (prefix and special tokens included). */
  countPassageTokens(text: string): number;
  /** Passages in, one normalized vector each, same order. Throws INPUT_TOO_LONG rather than truncating. */
  embedPassages(texts: readonly string[]): Promise<Float32Array[]>;
  /** Questions in, one normalized vector each; questions past maxTokens are cut to it on purpose. */
  embedQuery(text: string): Promise<Float32Array>;
  embedQueries(texts: readonly string[]): Promise<Float32Array[]>;
  /** Releases the model session. */
  dispose(): Promise<void>;
}

/**
 * An embedder that does what `inner` does except where `changes` says otherwise (a batching
 * queue for questions, a dispose that leaves the model to its owner, a gate in tests).
 */
export function wrapEmbedder(inner: Embedder, changes: Partial<Pick<Embedder, 'embedPassages' | 'embedQuery' | 'embedQueries' | 'dispose'>>): Embedder {
  return {
    modelId: inner.modelId,
    dimension: inner.dimension,
    maxTokens: inner.maxTokens,
    countPassageTokens: (text) => inner.countPassageTokens(text),
    embedPassages: changes.embedPassages ?? ((texts) => inner.embedPassages(texts)),
    embedQuery: changes.embedQuery ?? ((text) => inner.embedQuery(text)),
    embedQueries: changes.embedQueries ?? ((texts) => inner.embedQueries(texts)),
    dispose: changes.dispose ?? (() => inner.dispose()),
  };
}

/** How a model family wants its inputs dressed; looked up by model id, not hard-coded. */
export interface ModelProfile {
  queryPrefix: string;
  passagePrefix: string;
  pooling: 'mean' | 'cls';
}
