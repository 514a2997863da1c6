import crypto from 'node:crypto';
import { AppError } from '../errors.ts';

export const MANIFEST_FORMAT = 'az-korea-index';
/**
 * Version 2 records the corpus as one digest (see corpusDigest); version 1 listed every document
 * with its chunk labels, the chunk store's own information again (1.7 MB of JSON and 25 MiB of
 * memory once parsed at 100,000 passages). Version 1 is still read; the next ingest rewrites it.
 */
export const MANIFEST_FORMAT_VERSION = 2;
const READABLE_FORMAT_VERSIONS: readonly number[] = [1, MANIFEST_FORMAT_VERSION];

export const REBUILD_HINT = 'Run `npm run ingest` to rebuild it (or delete DATA_DIR and ingest again).';

export type IndexMode = 'hybrid' | 'lexical';

export interface ManifestModel {
  id: string;
  dimension: number;
  maxTokens: number;
}

export interface ManifestChunking {
  /** Model id whose tokenizer measured the chunks, or 'approximate' in lexical mode. */
  tokenizer: string;
  /** The budget actually used: min(CHUNK_MAX_TOKENS, model maximum). */
  maxTokens: number;
  overlapSentences: number;
}

export interface ManifestHnsw {
  space: 'ip';
  m: number;
  efConstruction: number;
  capacity: number;
  /** Live elements. */
  count: number;
  /** Elements marked deleted, still in the graph. */
  deleted: number;
}

/** A document as manifests of version 1 listed it. */
interface ManifestDocument {
  contentHash: string;
  chunkLabels: number[];
}

export interface ManifestFile {
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  /** MANIFEST_FORMAT_VERSION, or an older version this one still reads. */
  formatVersion: number;
  createdAt: string;
  mode: IndexMode;
  model: ManifestModel | null;
  chunking: ManifestChunking;
  analyzerVersion: number;
  hnsw: ManifestHnsw | null;
  counts: { documents: number; chunks: number };
  /** Next chunk label to hand out: labels are never reused within a chain of incremental ingests. */
  nextLabel: number;
  /** The documents the index holds, as corpusDigest of their sources and content hashes. */
  corpusDigest: string;
  files: Record<string, ManifestFile>;
}

/**
 * One sha256 over the documents' sources and content hashes, in source order: equal exactly when
 * the same files with the same contents are indexed. Ingest compares it with the corpus on disk
 * to see that nothing changed without reading the chunk store.
 */
export function corpusDigest(documents: Iterable<{ source: string; contentHash: string }>): string {
  const lines = [...documents].map(({ source, contentHash }) => JSON.stringify([source, contentHash]));
  const hash = crypto.createHash('sha256');
  for (const line of lines.sort()) hash.update(line + '\n');
  return hash.digest('hex');
}

/** What the caller needs from an index: a given model, or any index for lexical-only search. */
export type IndexExpectation = { mode: 'hybrid'; modelId: string; dimension: number } | { mode: 'lexical' };

function corrupt(why: string): AppError {
  return new AppError('INDEX_CORRUPT', `The index manifest is damaged (${why}). ${REBUILD_HINT}`, { why });
}

type Shape = Record<string, unknown>;

function isObject(value: unknown): value is Shape {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function count(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw corrupt(`${name} is not a count`);
  return value;
}

function text(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.length === 0) throw corrupt(`${name} is not a text`);
  return value;
}

function object(value: unknown, name: string): Shape {
  if (!isObject(value)) throw corrupt(`${name} is not an object`);
  return value;
}

function validateModel(value: unknown): ManifestModel | null {
  if (value === null) return null;
  const model = object(value, 'model');
  return { id: text(model.id, 'model.id'), dimension: count(model.dimension, 'model.dimension'), maxTokens: count(model.maxTokens, 'model.maxTokens') };
}

function validateHnsw(value: unknown): ManifestHnsw | null {
  if (value === null) return null;
  const hnsw = object(value, 'hnsw');
  if (hnsw.space !== 'ip') throw corrupt('hnsw.space is not ip');
  const result: ManifestHnsw = {
    space: 'ip',
    m: count(hnsw.m, 'hnsw.m'),
    efConstruction: count(hnsw.efConstruction, 'hnsw.efConstruction'),
    capacity: count(hnsw.capacity, 'hnsw.capacity'),
    count: count(hnsw.count, 'hnsw.count'),
    deleted: count(hnsw.deleted, 'hnsw.deleted'),
  };
  if (result.count + result.deleted > result.capacity) throw corrupt('hnsw holds more elements than its capacity');
  return result;
}

/** A version 1 manifest's document list. */
function validateDocuments(value: unknown): Record<string, ManifestDocument> {
  const documents = object(value, 'documents');
  // No prototype: keys come from the file and may be anything, "__proto__" included.
  const result: Record<string, ManifestDocument> = Object.create(null) as Record<string, ManifestDocument>;
  for (const [source, entry] of Object.entries(documents)) {
    const doc = object(entry, `documents[${source}]`);
    const labels = doc.chunkLabels;
    if (!Array.isArray(labels)) throw corrupt(`documents[${source}].chunkLabels is not a list`);
    result[source] = {
      contentHash: text(doc.contentHash, `documents[${source}].contentHash`),
      chunkLabels: labels.map((label) => count(label, `a label of ${source}`)),
    };
  }
  return result;
}

function validateFiles(value: unknown): Record<string, ManifestFile> {
  const files = object(value, 'files');
  // No prototype: keys come from the file and may be anything, "__proto__" included.
  const result: Record<string, ManifestFile> = Object.create(null) as Record<string, ManifestFile>;
  for (const [name, entry] of Object.entries(files)) {
    if (!/^[\w.-]+$/.test(name)) throw corrupt(`file name ${JSON.stringify(name)} is not allowed`);
    const file = object(entry, `files[${name}]`);
    result[name] = { bytes: count(file.bytes, `files[${name}].bytes`), sha256: sha256Text(file.sha256, `files[${name}].sha256`) };
  }
  return result;
}

/**
 * Checks a parsed manifest field by field. Unknown format or version: INDEX_FORMAT_UNSUPPORTED;
 * anything else malformed or inconsistent: INDEX_CORRUPT.
 */
export function validateManifest(value: unknown): Manifest {
  const raw = object(value, 'the manifest');
  if (raw.format !== MANIFEST_FORMAT || typeof raw.formatVersion !== 'number' || !READABLE_FORMAT_VERSIONS.includes(raw.formatVersion)) {
    throw new AppError(
      'INDEX_FORMAT_UNSUPPORTED',
      `The index in DATA_DIR has format ${JSON.stringify(raw.format)} version ${JSON.stringify(raw.formatVersion)}; this version reads ${MANIFEST_FORMAT} versions ${READABLE_FORMAT_VERSIONS.join(' and ')}. ${REBUILD_HINT}`,
      { format: raw.format, formatVersion: raw.formatVersion },
    );
  }
  if (raw.mode !== 'hybrid' && raw.mode !== 'lexical') throw corrupt('mode is neither hybrid nor lexical');
  const chunking = object(raw.chunking, 'chunking');
  const counts = object(raw.counts, 'counts');
  const counted = { documents: count(counts.documents, 'counts.documents'), chunks: count(counts.chunks, 'counts.chunks') };
  const nextLabel = count(raw.nextLabel, 'nextLabel');
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    formatVersion: raw.formatVersion,
    createdAt: text(raw.createdAt, 'createdAt'),
    mode: raw.mode,
    model: validateModel(raw.model),
    chunking: {
      tokenizer: text(chunking.tokenizer, 'chunking.tokenizer'),
      maxTokens: count(chunking.maxTokens, 'chunking.maxTokens'),
      overlapSentences: count(chunking.overlapSentences, 'chunking.overlapSentences'),
    },
    analyzerVersion: count(raw.analyzerVersion, 'analyzerVersion'),
    hnsw: validateHnsw(raw.hnsw),
    counts: counted,
    nextLabel,
    corpusDigest: raw.formatVersion === 1 ? digestOfVersion1(raw.documents, counted, nextLabel) : sha256Text(raw.corpusDigest, 'corpusDigest'),
    files: validateFiles(raw.files),
  };
  checkConsistency(manifest);
  return manifest;
}

function sha256Text(value: unknown, name: string): string {
  const digest = text(value, name);
  if (!/^[0-9a-f]{64}$/.test(digest)) throw corrupt(`${name} is not a sha256`);
  return digest;
}

/** The corpus digest of a version 1 manifest's documents, after checking them against its counts and labels. */
function digestOfVersion1(value: unknown, counts: Manifest['counts'], nextLabel: number): string {
  const documents = validateDocuments(value);
  const entries = Object.entries(documents);
  if (entries.length !== counts.documents) throw corrupt('counts.documents does not match documents');
  const labels = new Set<number>();
  for (const [, doc] of entries) {
    for (const label of doc.chunkLabels) {
      if (labels.has(label)) throw corrupt(`label ${label} belongs to two chunks`);
      if (label >= nextLabel) throw corrupt(`label ${label} is not below nextLabel`);
      labels.add(label);
    }
  }
  if (labels.size !== counts.chunks) throw corrupt('counts.chunks does not match the documents');
  return corpusDigest(entries.map(([source, doc]) => ({ source, contentHash: doc.contentHash })));
}

function checkConsistency(manifest: Manifest): void {
  const hybrid = manifest.mode === 'hybrid';
  if (hybrid !== (manifest.model !== null) || hybrid !== (manifest.hnsw !== null)) {
    throw corrupt('mode, model and hnsw disagree');
  }
  if (manifest.hnsw !== null && manifest.hnsw.count !== manifest.counts.chunks) {
    throw corrupt('the vector count does not match the chunk count');
  }
}

/**
 * Refuses an index that cannot serve `expected`: built with another model or dimension, or
 * built without a model when vectors are needed. A lexical expectation accepts any index.
 */
export function checkExpectation(manifest: Manifest, expected: IndexExpectation): void {
  if (expected.mode === 'lexical') return;
  const model = manifest.model;
  if (model === null) {
    throw new AppError(
      'INDEX_MODEL_MISMATCH',
      `The index in DATA_DIR was built without an embedding model (lexical only), but ${expected.modelId} is configured. Run \`npm run ingest\` to rebuild it with the model (or delete DATA_DIR and ingest again).`,
      { expectedModel: expected.modelId },
    );
  }
  if (model.id !== expected.modelId || model.dimension !== expected.dimension) {
    throw new AppError(
      'INDEX_MODEL_MISMATCH',
      `The index in DATA_DIR was built with ${model.id} (dimension ${model.dimension}), but ${expected.modelId} (dimension ${expected.dimension}) is configured. Run \`npm run ingest\`, which rebuilds it for the configured model (or delete DATA_DIR and ingest again).`,
      { indexModel: model.id, indexDimension: model.dimension, expectedModel: expected.modelId, expectedDimension: expected.dimension },
    );
  }
}
