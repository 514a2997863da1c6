import fs from 'node:fs';
import path from 'node:path';
import { AppError, isAppError } from '../../errors.ts';
import { CHUNK_STORE_FORMAT, chunkStoreFormat } from '../chunk-store.ts';
import { MANIFEST_FORMAT_VERSION, checkExpectation, validateManifest } from '../manifest.ts';
import type { IndexExpectation, Manifest, ManifestFile } from '../manifest.ts';
import { diskProblem, notAFolder } from '../disk.ts';
import { CURRENT_FILE, FILES, GENERATION_PATTERN, chunksFileOf, corrupt, hashFile, lexicalFileOf, sha256 } from './layout.ts';
import type { CurrentPointer } from './layout.ts';

/** A failed read of an index file: refused permission, or damage. */
function readProblem(folderPath: string, name: string, cause: unknown): AppError {
  return diskProblem(cause, path.join(folderPath, name), path.dirname(folderPath), 'read', () =>
    corrupt(`${name} cannot be read (${(cause as NodeJS.ErrnoException).code ?? 'error'})`, { file: name }, cause),
  );
}

export function readCurrent(dataDir: string): CurrentPointer {
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
export function readVerified(folderPath: string, name: string, expected: ManifestFile | undefined): Buffer {
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

export function readManifest(dataDir: string): OpenedGeneration {
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
