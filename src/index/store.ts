import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Chunk } from '../corpus/types.ts';
import { ANALYZER_VERSION } from '../corpus/terms.ts';
import { AppError, describeError, isAppError } from '../errors.ts';
import { silentLogger } from '../log.ts';
import type { Logger } from '../log.ts';
import { CHUNK_STORE_FORMAT, ChunkStore, chunkStoreFormat } from './chunk-store.ts';
import type { StoredDocument } from './chunk-store.ts';
import { LexicalIndex } from './lexical.ts';
import { MANIFEST_FORMAT, MANIFEST_FORMAT_VERSION, REBUILD_HINT, checkExpectation, corpusDigest, validateManifest } from './manifest.ts';
import type { IndexExpectation, IndexMode, Manifest, ManifestChunking, ManifestFile, ManifestModel } from './manifest.ts';
import { VectorIndex } from './vector.ts';
import { diskProblem, notAFolder, realDisk, saveVectors } from './disk.ts';
import type { Disk } from './disk.ts';

/**
 * On-disk layout of DATA_DIR:
 *   CURRENT                      {"folder": "index-…", "manifestSha256": "…"} — the one live generation
 *   index-<time>-<random>/       one generation: vectors.hnsw (hybrid only), lexical.bin, chunks.bin,
 *                                manifest.json (written last, with the size and sha256 of every other file)
 * A new generation is written and verified in its own folder, then CURRENT is replaced by rename;
 * a crash at any point leaves the previous CURRENT and its folder intact.
 */
export const CURRENT_FILE = 'CURRENT';
export const FILES = { vectors: 'vectors.hnsw', lexical: 'lexical.bin', chunks: 'chunks.bin', manifest: 'manifest.json' } as const;
/** The lexical index of generations written before lexical.bin: still verified, rebuilt from the chunks on load. */
const LEGACY_LEXICAL_FILE = 'lexical.json';
/** The chunk store of generations written before chunks.bin (format 1 JSON): still read; the next ingest rewrites it. */
const LEGACY_CHUNKS_FILE = 'chunks.json';
const GENERATION_PATTERN = /^index-[0-9A-Za-z-]+$/;
const HASH_BUFFER_BYTES = 1 << 20;

export interface CurrentPointer {
  folder: string;
  manifestSha256: string;
}

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

/** Everything a new generation is made of. */
export interface IndexSnapshot {
  mode: IndexMode;
  model: ManifestModel | null;
  chunking: ManifestChunking;
  store: ChunkStore;
  lexical: LexicalIndex;
  /** Required in hybrid mode. */
  vector?: VectorIndex;
  nextLabel: number;
}

export interface SaveResult {
  folder: string;
  manifest: Manifest;
}

function corrupt(why: string, context: Record<string, unknown> = {}, cause?: unknown): AppError {
  return new AppError('INDEX_CORRUPT', `The index in DATA_DIR is damaged: ${why}. ${REBUILD_HINT}`, context, { cause });
}

function writeFailed(dataDir: string, why: string, cause?: unknown): AppError {
  return new AppError(
    'INDEX_WRITE_FAILED',
    `Could not write the index to ${dataDir}: ${why}. Check that DATA_DIR is a writable folder with free space, then run \`npm run ingest\` again. The previous index, if any, is untouched.`,
    { dataDir },
    { cause },
  );
}

function sha256(bytes: Uint8Array | string): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/** Size and sha256 of a file, read in bounded pieces (vector files can be large). */
function hashFile(filePath: string): ManifestFile {
  const hash = crypto.createHash('sha256');
  const buffer = Buffer.alloc(HASH_BUFFER_BYTES);
  const fd = fs.openSync(filePath, 'r');
  let bytes = 0;
  try {
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, buffer.length, bytes);
      if (read === 0) break;
      hash.update(buffer.subarray(0, read));
      bytes += read;
    }
  } finally {
    fs.closeSync(fd);
  }
  return { bytes, sha256: hash.digest('hex') };
}

function fsyncPath(target: string, flags: string): void {
  const fd = fs.openSync(target, flags);
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** A failed write as the operator can act on it: full disk, refused permission, or `why`. */
function writeProblem(dataDir: string, error: unknown, why: string): AppError {
  const target = (error as NodeJS.ErrnoException | undefined)?.path ?? dataDir;
  return diskProblem(error, target, dataDir, 'write', () => writeFailed(dataDir, why, error));
}

/** A failed read of an index file: refused permission, or damage. */
function readProblem(folderPath: string, name: string, cause: unknown): AppError {
  return diskProblem(cause, path.join(folderPath, name), path.dirname(folderPath), 'read', () =>
    corrupt(`${name} cannot be read (${(cause as NodeJS.ErrnoException).code ?? 'error'})`, { file: name }, cause),
  );
}

function generationName(): string {
  const time = new Date().toISOString().replace(/[-:.TZ]/g, '');
  return `index-${time}-${crypto.randomBytes(4).toString('hex')}`;
}

/**
 * Writes a new generation and makes it current. Checksums are taken from the bytes read back
 * from disk, so a short or failed write (hnswlib-node reports success even then) is caught
 * before CURRENT moves. Older generations are removed only after the switch.
 */
export function saveIndex(dataDir: string, snapshot: IndexSnapshot, logger: Logger = silentLogger, disk: Disk = realDisk): SaveResult {
  if (snapshot.mode === 'hybrid' && (snapshot.vector === undefined || snapshot.model === null)) {
    throw new AppError('INTERNAL', 'A hybrid index needs a model and a vector index (internal error).', {});
  }
  const folder = generationName();
  const folderPath = path.join(dataDir, folder);
  try {
    disk.mkdir(folderPath);
  } catch (cause) {
    throw writeProblem(dataDir, cause, `cannot create ${folderPath} (${(cause as NodeJS.ErrnoException).code ?? 'error'})`);
  }

  let manifest: Manifest;
  let manifestText: string;
  try {
    const files: Record<string, ManifestFile> = {};
    const vector = snapshot.mode === 'hybrid' ? snapshot.vector : undefined;
    if (vector !== undefined) files[FILES.vectors] = saveVectors(vector, path.join(folderPath, FILES.vectors), dataDir, disk);
    // One serialized file in memory at a time: at 100,000 chunks these strings are large.
    for (const [name, serialize] of [
      [FILES.lexical, () => snapshot.lexical.serialize()],
      [FILES.chunks, () => snapshot.store.serialize()],
    ] as const) {
      const text = serialize();
      const filePath = path.join(folderPath, name);
      disk.writeFileDurably(filePath, text);
      files[name] = hashFile(filePath);
      if (files[name].bytes !== Buffer.byteLength(text) || files[name].sha256 !== sha256(text)) {
        throw writeFailed(dataDir, `${name} did not read back as written`);
      }
    }

    manifest = {
      format: MANIFEST_FORMAT,
      formatVersion: MANIFEST_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      mode: snapshot.mode,
      model: snapshot.model,
      chunking: snapshot.chunking,
      analyzerVersion: ANALYZER_VERSION,
      hnsw:
        vector === undefined
          ? null
          : { space: 'ip', m: vector.m, efConstruction: vector.efConstruction, capacity: vector.capacity, count: vector.count, deleted: vector.deleted },
      counts: { documents: snapshot.store.documentCount, chunks: snapshot.store.chunkCount },
      nextLabel: snapshot.nextLabel,
      corpusDigest: corpusDigest(snapshot.store.documents()),
      files,
    };
    validateManifest(manifest); // never write a manifest we would refuse to read
    manifestText = JSON.stringify(manifest, null, 1);
    const manifestPath = path.join(folderPath, FILES.manifest);
    disk.writeFileDurably(manifestPath, manifestText);
    if (hashFile(manifestPath).sha256 !== sha256(manifestText)) throw writeFailed(dataDir, 'manifest.json did not read back as written');
    fsyncPath(folderPath, 'r');
  } catch (error) {
    removeQuietly(folderPath);
    if (isAppError(error)) throw error;
    throw writeProblem(dataDir, error, describeError(error));
  }

  switchCurrent(dataDir, { folder, manifestSha256: sha256(manifestText) }, logger, disk);
  removeOtherGenerations(dataDir, folder, logger);
  logger.info('index saved', { folder, mode: manifest.mode, documents: manifest.counts.documents, chunks: manifest.counts.chunks });
  return { folder, manifest };
}

/** Best-effort cleanup after a failed write; the error being reported matters more. */
function removeQuietly(target: string): void {
  try {
    fs.rmSync(target, { recursive: true, force: true });
  } catch {
    // left for the next successful save, which removes stray generations
  }
}

function switchCurrent(dataDir: string, pointer: CurrentPointer, logger: Logger, disk: Disk): void {
  const temporary = path.join(dataDir, `${CURRENT_FILE}.tmp`);
  try {
    fs.rmSync(temporary, { force: true });
    disk.writeFileDurably(temporary, JSON.stringify(pointer) + '\n');
    disk.rename(temporary, path.join(dataDir, CURRENT_FILE));
  } catch (cause) {
    // CURRENT still names the previous generation: drop the new one.
    removeQuietly(temporary);
    removeQuietly(path.join(dataDir, pointer.folder));
    throw writeProblem(dataDir, cause, `cannot switch ${CURRENT_FILE} to the new index`);
  }
  try {
    fsyncPath(dataDir, 'r');
  } catch (error) {
    // The rename happened; only its durability across a power cut is in doubt.
    logger.warn('could not fsync DATA_DIR after switching the index', { error: describeError(error) });
  }
}

/** Removes generations other than `keep` (older ones and leftovers of interrupted writes). */
function removeOtherGenerations(dataDir: string, keep: string, logger: Logger): void {
  for (const entry of fs.readdirSync(dataDir)) {
    if (entry === keep || !GENERATION_PATTERN.test(entry)) continue;
    try {
      fs.rmSync(path.join(dataDir, entry), { recursive: true, force: true });
    } catch (error) {
      logger.warn('could not remove an old index folder', { folder: entry, error: describeError(error) });
    }
  }
}

function readCurrent(dataDir: string): CurrentPointer {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dataDir, CURRENT_FILE), 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new AppError('INDEX_MISSING', `There is no index in ${dataDir}. Run \`npm run ingest\` to build it.`, { dataDir }, { cause });
    }
    if (code === 'ENOTDIR') throw notAFolder(dataDir, cause);
    throw readProblem(dataDir, CURRENT_FILE, cause);
  }
  let pointer: Partial<CurrentPointer>;
  try {
    pointer = JSON.parse(text) as Partial<CurrentPointer>;
  } catch (cause) {
    throw corrupt(`${CURRENT_FILE} is not valid`, { dataDir }, cause);
  }
  if (
    typeof pointer !== 'object' ||
    pointer === null ||
    typeof pointer.folder !== 'string' ||
    !GENERATION_PATTERN.test(pointer.folder) ||
    typeof pointer.manifestSha256 !== 'string'
  ) {
    throw corrupt(`${CURRENT_FILE} is not valid`, { dataDir });
  }
  return { folder: pointer.folder, manifestSha256: pointer.manifestSha256 };
}

/** Reads a whole file, refusing it unless its size and sha256 are the ones recorded. */
function readVerified(folderPath: string, name: string, expected: ManifestFile | undefined): Buffer {
  if (expected === undefined) throw corrupt(`the manifest does not list ${name}`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(folderPath, name));
  } catch (cause) {
    throw readProblem(folderPath, name, cause);
  }
  if (bytes.length !== expected.bytes) throw corrupt(`${name} has ${bytes.length} bytes instead of ${expected.bytes}`, { file: name });
  if (sha256(bytes) !== expected.sha256) throw corrupt(`${name} does not match its checksum`, { file: name });
  return bytes;
}

/** Same check as readVerified, streaming, for files that are not needed in memory. */
function checkVerified(folderPath: string, name: string, expected: ManifestFile | undefined): void {
  if (expected === undefined) throw corrupt(`the manifest does not list ${name}`);
  let actual: ManifestFile;
  try {
    const size = fs.statSync(path.join(folderPath, name)).size;
    if (size !== expected.bytes) throw corrupt(`${name} has ${size} bytes instead of ${expected.bytes}`, { file: name });
    actual = hashFile(path.join(folderPath, name));
  } catch (cause) {
    if (isAppError(cause)) throw cause;
    throw readProblem(folderPath, name, cause);
  }
  if (actual.bytes !== expected.bytes || actual.sha256 !== expected.sha256) throw corrupt(`${name} does not match its checksum`, { file: name });
}

export interface OpenedGeneration {
  folder: string;
  folderPath: string;
  manifest: Manifest;
}

/** The lexical file a generation lists: lexical.bin, or lexical.json in generations written before it. */
function lexicalFileOf(manifest: Manifest): string {
  return manifest.files[FILES.lexical] === undefined && manifest.files[LEGACY_LEXICAL_FILE] !== undefined ? LEGACY_LEXICAL_FILE : FILES.lexical;
}

/** The chunk store file a generation lists: chunks.bin, or chunks.json (format 1) in generations written before it. */
function chunksFileOf(manifest: Manifest): string {
  return manifest.files[FILES.chunks] === undefined && manifest.files[LEGACY_CHUNKS_FILE] !== undefined ? LEGACY_CHUNKS_FILE : FILES.chunks;
}

function requiredFiles(manifest: Manifest): string[] {
  const lexical = lexicalFileOf(manifest);
  const chunks = chunksFileOf(manifest);
  return manifest.mode === 'hybrid' ? [FILES.vectors, lexical, chunks] : [lexical, chunks];
}

/**
 * Reads CURRENT and the manifest it names (its sha256 checked against CURRENT), validates it and
 * checks it against `expected`, without reading the files it lists: enough to see that nothing
 * changed when loadIndex (which verifies every file as it reads it) comes next.
 */
export function readCheckedManifest(dataDir: string, expected: IndexExpectation): OpenedGeneration {
  const opened = readManifest(dataDir);
  checkExpectation(opened.manifest, expected);
  return opened;
}

/**
 * Whether the generation's files are in the formats this version writes (the chunk store's from
 * its first bytes). Older ones are still read; the next ingest rewrites them.
 */
export function isCurrentFormat(opened: OpenedGeneration): boolean {
  if (opened.manifest.formatVersion !== MANIFEST_FORMAT_VERSION || lexicalFileOf(opened.manifest) !== FILES.lexical) return false;
  const head = Buffer.alloc(32);
  let read = 0;
  try {
    if (chunksFileOf(opened.manifest) !== FILES.chunks) return false;
    const fd = fs.openSync(path.join(opened.folderPath, FILES.chunks), 'r');
    try {
      read = fs.readSync(fd, head, 0, head.length, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
  return chunkStoreFormat(head.subarray(0, read)) === CHUNK_STORE_FORMAT;
}

/**
 * readCheckedManifest, and verifies size and sha256 of every file of the generation. Parses
 * nothing but the manifest.
 */
export function readVerifiedManifest(dataDir: string, expected: IndexExpectation): OpenedGeneration {
  const opened = readCheckedManifest(dataDir, expected);
  for (const name of requiredFiles(opened.manifest)) checkVerified(opened.folderPath, name, opened.manifest.files[name]);
  return opened;
}

function readManifest(dataDir: string): OpenedGeneration {
  const pointer = readCurrent(dataDir);
  const folderPath = path.join(dataDir, pointer.folder);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(folderPath, FILES.manifest));
  } catch (cause) {
    throw diskProblem(cause, path.join(folderPath, FILES.manifest), dataDir, 'read', () =>
      corrupt(`${pointer.folder}/${FILES.manifest} cannot be read (${(cause as NodeJS.ErrnoException).code ?? 'error'})`, { folder: pointer.folder }, cause),
    );
  }
  if (sha256(bytes) !== pointer.manifestSha256) throw corrupt(`${FILES.manifest} does not match the checksum in ${CURRENT_FILE}`, { folder: pointer.folder });
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch (cause) {
    throw corrupt(`${FILES.manifest} is not valid JSON`, { folder: pointer.folder }, cause);
  }
  return { folder: pointer.folder, folderPath, manifest: validateManifest(parsed) };
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
  const entries = [...store.entries()].map(({ label, chunk }) => ({ label, text: chunk.text }));
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
