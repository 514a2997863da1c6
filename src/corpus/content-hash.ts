import { createHash } from 'node:crypto';

/**
 * Version of what reading makes of a document's bytes: extraction, cleaning, metadata, sentences
 * and chunks. It is part of every document's content hash, so an index built by an older reading
 * reads its documents again on the next ingest (passages whose text did not change keep their
 * cached embeddings). Bump it whenever clean.ts, metadata.ts, sentences.ts, chunk.ts or an
 * extractor changes what it returns for the same bytes.
 */
export const READING_VERSION = 9;

/** A document's content hash: its bytes as read by this READING_VERSION. */
export function documentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(`reading ${READING_VERSION}\n`).update(bytes).digest('hex');
}
