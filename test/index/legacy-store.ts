import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ChunkStore } from '../../src/index/chunk-store.ts';
import { CURRENT_FILE, FILES } from '../../src/index/store.ts';

/** A chunk store in file format 1 (one object per chunk, sentences as [start, end]). */
export function legacyChunkStoreJson(store: ChunkStore, textOf: (source: string) => string): string {
  const documents = store.documents().map((doc) => ({
    source: doc.source,
    contentHash: doc.contentHash,
    meta: doc.meta,
    text: textOf(doc.source),
    chunks: doc.chunkLabels.map((label) => {
      const c = store.chunkByLabel(label)!;
      return { label, ordinal: c.ordinal, start: c.start, end: c.end, tokenCount: c.tokenCount, sentences: c.sentences.map((s) => [s.start, s.end]) };
    }),
  }));
  return JSON.stringify({ format: 1, documents });
}

const sha256 = (bytes: string | Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

/**
 * Writes a file into the current generation (in place of `replaces`, when given), updating the
 * manifest and CURRENT so the checksums still hold.
 */
export function replaceIndexFile(dataDir: string, name: string, contents: string, replaces?: string): void {
  const pointer = JSON.parse(fs.readFileSync(path.join(dataDir, CURRENT_FILE), 'utf8')) as { folder: string; manifestSha256: string };
  const folder = path.join(dataDir, pointer.folder);
  fs.writeFileSync(path.join(folder, name), contents);
  const manifestPath = path.join(folder, FILES.manifest);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as { files: Record<string, { bytes: number; sha256: string }> };
  if (replaces !== undefined) {
    fs.rmSync(path.join(folder, replaces));
    delete manifest.files[replaces];
  }
  manifest.files[name] = { bytes: Buffer.byteLength(contents), sha256: sha256(contents) };
  const manifestText = JSON.stringify(manifest);
  fs.writeFileSync(manifestPath, manifestText);
  fs.writeFileSync(path.join(dataDir, CURRENT_FILE), JSON.stringify({ ...pointer, manifestSha256: sha256(manifestText) }));
}
