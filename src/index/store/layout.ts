import crypto from 'node:crypto';
import fs from 'node:fs';
import { AppError } from '../../errors.ts';
import { REBUILD_HINT } from '../manifest.ts';
import type { Manifest, ManifestFile } from '../manifest.ts';

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
export const LEGACY_LEXICAL_FILE = 'lexical.json';
/** The chunk store of generations written before chunks.bin (format 1 JSON): still read; the next ingest rewrites it. */
const LEGACY_CHUNKS_FILE = 'chunks.json';
export const GENERATION_PATTERN = /^index-[0-9A-Za-z-]+$/;
const HASH_BUFFER_BYTES = 1 << 20;

export interface CurrentPointer {
  folder: string;
  manifestSha256: string;
}

export function corrupt(why: string, context: Record<string, unknown> = {}, cause?: unknown): AppError {
  return new AppError('INDEX_CORRUPT', `The index in DATA_DIR is damaged: ${why}. ${REBUILD_HINT}`, context, { cause });
}

export function sha256(bytes: Uint8Array | string): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/** Size and sha256 of a file, read in bounded pieces (vector files can be large). */
export function hashFile(filePath: string): ManifestFile {
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

/** The lexical file a generation lists: lexical.bin, or lexical.json in generations written before it. */
export function lexicalFileOf(manifest: Manifest): string {
  return manifest.files[FILES.lexical] === undefined && manifest.files[LEGACY_LEXICAL_FILE] !== undefined ? LEGACY_LEXICAL_FILE : FILES.lexical;
}

/** The chunk store file a generation lists: chunks.bin, or chunks.json (format 1) in generations written before it. */
export function chunksFileOf(manifest: Manifest): string {
  return manifest.files[FILES.chunks] === undefined && manifest.files[LEGACY_CHUNKS_FILE] !== undefined ? LEGACY_CHUNKS_FILE : FILES.chunks;
}
