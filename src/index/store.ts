/**
 * Index generations in DATA_DIR. Loading is here; the layout on disk is in store/layout.ts,
 * saving in store/save.ts, reading and verifying in store/read.ts.
 */
import path from 'node:path';
import type { Chunk } from '../corpus/types.ts';
import { ANALYZER_VERSION } from '../corpus/terms.ts';
import { describeError, isAppError } from '../errors.ts';
import { silentLogger } from '../log.ts';
import type { Logger } from '../log.ts';
import { ChunkStore } from './chunk-store.ts';
import type { StoredDocument } from './chunk-store.ts';
import { LexicalIndex } from './lexical.ts';
import { checkExpectation, corpusDigest } from './manifest.ts';
import type { IndexExpectation, Manifest } from './manifest.ts';
import { VectorIndex } from './vector.ts';
import { FILES, LEGACY_LEXICAL_FILE, chunksFileOf, corrupt, lexicalFileOf } from './store/layout.ts';
import { readCurrent, readManifest, readVerified } from './store/read.ts';
import { indexedPassageText } from './passage-text.ts';

export { CURRENT_FILE, FILES } from './store/layout.ts';
export type { CurrentPointer } from './store/layout.ts';
export { saveIndex } from './store/save.ts';
export type { IndexSnapshot, SaveResult } from './store/save.ts';
export { isCurrentFormat, readCheckedManifest, readVerifiedManifest } from './store/read.ts';
export type { OpenedGeneration } from './store/read.ts';

/** An index in memory, ready for retrieval. Vectors live only inside `vector`. */
export interface LoadedIndex {
  manifest: Manifest;
  /** Folder of DATA_DIR the index was read from. */
  folder: string;
  store: ChunkStore;
  lexical: LexicalIndex;
  /** Absent for a lexical-only index, or when loaded with a lexical expectation. */
  vector?: VectorIndex;
  documents(): StoredDocument[];
  document(source: string): StoredDocument | undefined;
  documentByLabel(label: number): StoredDocument | undefined;
  chunkByLabel(label: number): Chunk | undefined;
  chunkByRef(ref: string): Chunk | undefined;
}

function checkStoreAgainstManifest(store: ChunkStore, manifest: Manifest): void {
  if (store.documentCount !== manifest.counts.documents || store.chunkCount !== manifest.counts.chunks) {
    throw corrupt('the chunk store and the manifest disagree on counts');
  }
  if (corpusDigest(store.documents()) !== manifest.corpusDigest) throw corrupt('the chunk store holds other documents than the manifest names');
  // The store refuses a label twice; labels are handed out below nextLabel.
  for (const doc of store.documents()) {
    if (doc.chunkLabels.some((label) => label >= manifest.nextLabel)) throw corrupt(`a label of ${doc.source} is not below nextLabel`);
  }
}

/** A lexical index over every chunk of the store (cheap: no embedding). */
export function buildLexicalIndex(store: ChunkStore): LexicalIndex {
  const lexical = LexicalIndex.create();
  const entries = [...store.entries()].map(({ label, chunk }) => ({ label, text: indexedPassageText(chunk, store.document(chunk.source)?.meta) }));
  lexical.add(entries);
  return lexical;
}

function loadLexical(bytes: Buffer | undefined, manifest: Manifest, store: ChunkStore, logger: Logger): LexicalIndex {
  if (manifest.analyzerVersion !== ANALYZER_VERSION) {
    logger.info('rebuilding the lexical index: the text analyzer changed', { stored: manifest.analyzerVersion, current: ANALYZER_VERSION });
    return buildLexicalIndex(store);
  }
  if (bytes === undefined) {
    logger.info(`rebuilding the lexical index: ${LEGACY_LEXICAL_FILE} is an older format; \`npm run ingest\` writes ${FILES.lexical}`);
    return buildLexicalIndex(store);
  }
  let lexical: LexicalIndex;
  try {
    lexical = LexicalIndex.deserialize(bytes);
  } catch (error) {
    if (!isAppError(error, 'INDEX_FORMAT_UNSUPPORTED')) throw error;
    logger.info('rebuilding the lexical index: its stored format changed', { error: describeError(error) });
    return buildLexicalIndex(store);
  }
  if (lexical.size !== store.chunkCount) throw corrupt('the lexical index and the chunk store disagree on counts');
  return lexical;
}

export interface LoadOptions {
  logger?: Logger;
  /** Build the lexical index from the chunk store instead of reading it (ingest's repair of a damaged one). */
  lexicalFromChunks?: boolean;
}

/**
 * Loads the current index: CURRENT → manifest (checksum from CURRENT, validated, checked
 * against `expected`) → chunks and lexical, each read once and checked against its size and
 * sha256 → lexical rebuilt from the chunks if the analyzer changed → vectors (hybrid expectation
 * only): checksum and layout in one pass, then read into a fresh HNSW object.
 * Throws AppError INDEX_MISSING / INDEX_FORMAT_UNSUPPORTED / INDEX_MODEL_MISMATCH / INDEX_CORRUPT;
 * it does not crash on garbage files.
 */
export function loadIndex(dataDir: string, expected: IndexExpectation, options: LoadOptions = {}): LoadedIndex {
  const folderBefore = currentFolderName(dataDir);
  try {
    return loadOnce(dataDir, expected, options.logger ?? silentLogger, options.lexicalFromChunks === true);
  } catch (error) {
    // An ingest may have switched CURRENT and removed the generation being read: read the new one.
    if (!isAppError(error, 'INDEX_CORRUPT') || folderBefore === undefined || currentFolderName(dataDir) === folderBefore) throw error;
    return loadOnce(dataDir, expected, options.logger ?? silentLogger, options.lexicalFromChunks === true);
  }
}

function currentFolderName(dataDir: string): string | undefined {
  try {
    return readCurrent(dataDir).folder;
  } catch {
    return undefined;
  }
}

/** Files that passed their checksum can still be forged: whatever a parser throws becomes INDEX_CORRUPT. */
function parsingSafely<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (isAppError(error)) throw error;
    throw corrupt(`a file could not be parsed (${describeError(error)})`, {}, error);
  }
}

function loadOnce(dataDir: string, expected: IndexExpectation, logger: Logger, lexicalFromChunks: boolean): LoadedIndex {
  const { folder, folderPath, manifest } = readManifest(dataDir);
  checkExpectation(manifest, expected);
  const wantVectors = expected.mode === 'hybrid';
  const vectorsFile = manifest.files[FILES.vectors];
  if (wantVectors && vectorsFile === undefined) throw corrupt(`the manifest does not list ${FILES.vectors}`);
  const chunkBytes = readVerified(folderPath, chunksFileOf(manifest), manifest.files[chunksFileOf(manifest)]);
  const lexicalFile = lexicalFileOf(manifest);
  const lexicalBytes = lexicalFile === FILES.lexical && !lexicalFromChunks ? readVerified(folderPath, lexicalFile, manifest.files[lexicalFile]) : undefined;

  const { store, lexical } = parsingSafely(() => {
    const parsedStore = ChunkStore.deserialize(chunkBytes);
    checkStoreAgainstManifest(parsedStore, manifest);
    return { store: parsedStore, lexical: lexicalFromChunks ? buildLexicalIndex(parsedStore) : loadLexical(lexicalBytes, manifest, parsedStore, logger) };
  });

  let vector: VectorIndex | undefined;
  if (wantVectors && manifest.hnsw !== null && manifest.model !== null) {
    // Its checksum is verified in the same pass as its layout, before hnswlib reads it.
    vector = VectorIndex.load(path.join(folderPath, FILES.vectors), { ...manifest.hnsw, dimension: manifest.model.dimension, file: vectorsFile });
  }
  logger.debug('index loaded', { folder, mode: manifest.mode, chunks: manifest.counts.chunks, vectors: vector !== undefined });

  return {
    manifest,
    folder,
    store,
    lexical,
    vector,
    documents: () => store.documents(),
    document: (source) => store.document(source),
    documentByLabel: (label) => store.documentByLabel(label),
    chunkByLabel: (label) => store.chunkByLabel(label),
    chunkByRef: (ref) => store.chunkByRef(ref),
  };
}
