import crypto from 'node:crypto';
import type { Embedder } from '../../src/embed/types.ts';

export interface FakeEmbedder extends Embedder {
  /** embedPassages calls so far. */
  readonly passageCalls: number;
  /** Every passage embedded so far, in order. */
  readonly embeddedPassages: readonly string[];
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A deterministic stand-in for the model: a text's vector is the normalized sum of one
 * pseudo-random ±1 vector per word, so texts sharing words are close. Counts its work.
 */
export function createFakeEmbedder(options: { modelId?: string; dimension?: number; maxTokens?: number } = {}): FakeEmbedder {
  const dimension = options.dimension ?? 32;
  const embedded: string[] = [];
  let passageCalls = 0;

  const wordVector = (word: string): Float32Array => {
    const digest = crypto.createHash('sha256').update(word).digest();
    const vector = new Float32Array(dimension);
    for (let i = 0; i < dimension; i++) vector[i] = (digest[i % digest.length]! >> (i % 8)) & 1 ? 1 : -1;
    return vector;
  };
  const embed = (text: string): Float32Array => {
    const sum = new Float32Array(dimension);
    for (const word of words(text)) {
      const v = wordVector(word);
      for (let i = 0; i < dimension; i++) sum[i]! += v[i]!;
    }
    const norm = Math.hypot(...sum) || 1;
    if (norm === 1 && sum.every((x) => x === 0)) sum[0] = 1;
    return sum.map((x) => x / norm);
  };

  return {
    modelId: options.modelId ?? 'fake/hash-words',
    dimension,
    maxTokens: options.maxTokens ?? 512,
    get passageCalls() {
      return passageCalls;
    },
    get embeddedPassages() {
      return embedded;
    },
    countPassageTokens: (text) => words(text).length + 2,
    embedPassages: async (texts) => {
      passageCalls++;
      embedded.push(...texts);
      return texts.map(embed);
    },
    embedQuery: async (text) => embed(text),
    embedQueries: async (texts) => texts.map(embed),
    dispose: async () => {},
  };
}
