import type { Chunk, DocumentMeta, Sentence, SourceDocument } from '../../corpus/types.ts';
import { AppError } from '../../errors.ts';
import { REBUILD_HINT } from '../manifest.ts';
import { checkDocumentHeader, corrupt, defaultChunkId, isInt32, isSpan } from './record.ts';

/** Format 1 (JSON, one object per chunk and sentence) is still read; the next ingest rewrites it. */
export const LEGACY_FORMAT = 1;

/** Format 1: one object per chunk, sentences as [start, end] or [start, end, text]. */
interface LegacyChunk {
  label: number;
  ordinal: number;
  start: number;
  end: number;
  tokenCount: number;
  sentences: ([number, number] | [number, number, string])[];
  text?: string;
  id?: string;
}

function decodeLegacyChunk(raw: LegacyChunk, source: string, text: string): Chunk {
  if (typeof raw !== 'object' || raw === null || !Array.isArray(raw.sentences)) throw corrupt(`a chunk of ${source} is malformed`);
  if (!Number.isSafeInteger(raw.label) || raw.label < 0 || !isInt32(raw.ordinal) || !isInt32(raw.tokenCount)) throw corrupt(`a chunk of ${source} has invalid numbers`);
  if (!isSpan(raw.start, raw.end, text.length)) throw corrupt(`a chunk of ${source} points outside its document`);
  const sentences: Sentence[] = raw.sentences.map((s) => {
    if (!Array.isArray(s) || !isSpan(s[0], s[1], text.length) || (s.length === 3 && typeof s[2] !== 'string')) throw corrupt(`a sentence of ${source} is malformed`);
    return { start: s[0], end: s[1], text: s.length === 3 ? s[2] : text.slice(s[0], s[1]) };
  });
  return {
    id: typeof raw.id === 'string' ? raw.id : defaultChunkId(source, raw.ordinal),
    source,
    ordinal: raw.ordinal,
    start: raw.start,
    end: raw.end,
    text: typeof raw.text === 'string' ? raw.text : text.slice(raw.start, raw.end),
    sentences,
    tokenCount: raw.tokenCount,
  };
}

/** Decodes a format 1 file, handing each document and its chunks to `add` in file order. */
export function decodeLegacyStore(json: string, add: (document: SourceDocument, chunks: readonly { label: number; chunk: Chunk }[]) => void): void {
  let parsed: { documents?: unknown };
  try {
    parsed = JSON.parse(json) as typeof parsed;
  } catch (cause) {
    throw new AppError('INDEX_CORRUPT', `The chunk store is not valid JSON. ${REBUILD_HINT}`, {}, { cause });
  }
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray(parsed.documents)) throw corrupt('unknown layout');
  for (const raw of parsed.documents as { source: string; contentHash: string; meta: DocumentMeta; text: string; chunks?: LegacyChunk[] }[]) {
    checkDocumentHeader(raw);
    if (typeof raw.text !== 'string' || !Array.isArray(raw.chunks)) throw corrupt(`document ${raw.source} is malformed`);
    const chunks = raw.chunks.map((c) => ({ label: c.label, chunk: decodeLegacyChunk(c, raw.source, raw.text) }));
    add({ source: raw.source, contentHash: raw.contentHash, meta: raw.meta, text: raw.text }, chunks);
  }
}
