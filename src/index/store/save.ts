import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ANALYZER_VERSION } from '../../corpus/terms.ts';
import { AppError, describeError, isAppError } from '../../errors.ts';
import { silentLogger } from '../../log.ts';
import type { Logger } from '../../log.ts';
import type { ChunkStore } from '../chunk-store.ts';
import type { LexicalIndex } from '../lexical.ts';
import { MANIFEST_FORMAT, MANIFEST_FORMAT_VERSION, corpusDigest, validateManifest } from '../manifest.ts';
import type { IndexMode, Manifest, ManifestChunking, ManifestFile, ManifestModel } from '../manifest.ts';
import type { VectorIndex } from '../vector.ts';
import { diskProblem, realDisk, saveVectors } from '../disk.ts';
import type { Disk } from '../disk.ts';
import { CURRENT_FILE, FILES, GENERATION_PATTERN, hashFile, sha256 } from './layout.ts';
import type { CurrentPointer } from './layout.ts';

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

function writeFailed(dataDir: string, why: string, cause?: unknown): AppError {
  return new AppError(
    'INDEX_WRITE_FAILED',
    `Could not write the index to ${dataDir}: ${why}. Check that DATA_DIR is a writable folder with free space, then run \`npm run ingest\` again. The previous index, if any, is untouched.`,
    { dataDir },
    { cause },
  );
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
