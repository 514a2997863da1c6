/**
 * Synthetic unit vectors for the scale benchmark, exact (brute-force) search to measure HNSW recall
 * against, and an Embedder that hands out such vectors while counting tokens with a real one.
 *
 * Why clustered: real sentence embeddings are not spread uniformly over the sphere; passages of
 * one topic sit close together. Vectors here are `normalize(center + noise)` around a few hundred
 * random centers (cosine to their center about 0.7), and queries are drawn the same way, so a
 * query has a neighbourhood of similar passages to tell apart — harder for HNSW than well
 * separated points, easier than uniform noise, where nearest neighbours barely exist.
 */
import type { Embedder } from '../src/embed/types.ts';
import { createRandom, mixSeed } from './synthetic.ts';

export interface ClusteredVectors {
  dimension: number;
  count: number;
  /** count × dimension, row-major, each row unit length. */
  data: Float32Array;
  row(index: number): Float32Array;
}

/** Noise per dimension: with sqrt(dimension) × NOISE ≈ 1 a vector's cosine to its center is ≈ 0.7. */
function noiseFor(dimension: number): number {
  return 1 / Math.sqrt(dimension);
}

function gaussian(random: () => number): () => number {
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const value = spare;
      spare = undefined;
      return value;
    }
    const u1 = Math.max(random(), 1e-12);
    const u2 = random();
    const radius = Math.sqrt(-2 * Math.log(u1));
    spare = radius * Math.sin(2 * Math.PI * u2);
    return radius * Math.cos(2 * Math.PI * u2);
  };
}

function normalizeInPlace(data: Float32Array, offset: number, dimension: number): void {
  let norm = 0;
  for (let d = 0; d < dimension; d++) norm += data[offset + d]! * data[offset + d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dimension; d++) data[offset + d]! /= norm;
}

/** The shared cluster centers of a seed. */
function centers(seed: number, clusters: number, dimension: number): Float32Array {
  const normal = gaussian(createRandom(mixSeed(seed, 0xc3)));
  const data = new Float32Array(clusters * dimension);
  for (let i = 0; i < data.length; i++) data[i] = normal();
  for (let c = 0; c < clusters; c++) normalizeInPlace(data, c * dimension, dimension);
  return data;
}

export interface ClusterOptions {
  dimension: number;
  seed: number;
  /** Default 256. */
  clusters?: number;
}

/**
 * `count` clustered unit vectors; `stream` tells them apart (e.g. 1 for passages, 2 for queries)
 * while sharing the centers of the seed.
 */
export function clusteredVectors(count: number, stream: number, options: ClusterOptions): ClusteredVectors {
  const { dimension, seed } = options;
  const clusters = options.clusters ?? 256;
  const center = centers(seed, clusters, dimension);
  const random = createRandom(mixSeed(seed, stream));
  const normal = gaussian(random);
  const noise = noiseFor(dimension);
  const data = new Float32Array(count * dimension);
  for (let i = 0; i < count; i++) {
    const c = Math.floor(random() * clusters);
    const offset = i * dimension;
    for (let d = 0; d < dimension; d++) data[offset + d] = center[c * dimension + d]! + noise * normal();
    normalizeInPlace(data, offset, dimension);
  }
  return { dimension, count, data, row: (index) => data.subarray(index * dimension, (index + 1) * dimension) };
}

/** The labels (row indexes) of the k rows with the largest inner product with the query, best first. */
export function exactTopK(vectors: ClusteredVectors, query: Float32Array, k: number): number[] {
  const { data, dimension, count } = vectors;
  // A small sorted buffer: k is tiny next to count.
  const bestLabels: number[] = [];
  const bestScores: number[] = [];
  for (let i = 0; i < count; i++) {
    const offset = i * dimension;
    let dot = 0;
    for (let d = 0; d < dimension; d++) dot += data[offset + d]! * query[d]!;
    if (bestScores.length === k && dot <= bestScores[k - 1]!) continue;
    let at = bestScores.length;
    while (at > 0 && bestScores[at - 1]! < dot) at--;
    bestScores.splice(at, 0, dot);
    bestLabels.splice(at, 0, i);
    if (bestScores.length > k) {
      bestScores.pop();
      bestLabels.pop();
    }
  }
  return bestLabels;
}

/** Share of the exact top-k found in the approximate result. */
export function recallAtK(exact: readonly number[], approximate: readonly number[]): number {
  if (exact.length === 0) return 1;
  const found = new Set(approximate);
  return exact.filter((label) => found.has(label)).length / exact.length;
}

/**
 * An Embedder for building large indexes without running the model: tokens are counted by the
 * real embedder (so chunks are exactly those the real pipeline makes), vectors are synthetic
 * (deterministic per passage text). Clearly not for quality: the vectors mean nothing.
 */
export function syntheticVectorEmbedder(tokenCounter: Embedder, seed: number, clusters = 256): Embedder {
  const dimension = tokenCounter.dimension;
  const center = centers(seed, clusters, dimension);
  const noise = noiseFor(dimension);
  const vectorFor = (text: string): Float32Array => {
    let h = 0;
    for (let i = 0; i < text.length; i++) h = mixSeed(h, text.charCodeAt(i));
    const random = createRandom(mixSeed(seed, h));
    const normal = gaussian(random);
    const c = Math.floor(random() * clusters);
    const v = new Float32Array(dimension);
    for (let d = 0; d < dimension; d++) v[d] = center[c * dimension + d]! + noise * normal();
    normalizeInPlace(v, 0, dimension);
    return v;
  };
  return {
    modelId: tokenCounter.modelId,
    dimension,
    maxTokens: tokenCounter.maxTokens,
    countPassageTokens: (text) => tokenCounter.countPassageTokens(text),
    embedPassages: async (texts) => texts.map(vectorFor),
    embedQuery: async (text) => vectorFor(text),
    embedQueries: async (texts) => texts.map(vectorFor),
    dispose: async () => {},
  };
}
