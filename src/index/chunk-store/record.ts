import type { Chunk, DocumentMeta, Sentence, SourceDocument } from '../../corpus/types.ts';
import { AppError } from '../../errors.ts';
import { REBUILD_HINT } from '../manifest.ts';

/** A document as the store keeps it: its metadata and the labels of its chunks, in order. */
export interface StoredDocument {
  source: string;
  contentHash: string;
  meta: DocumentMeta;
  chunkLabels: readonly number[];
}

/**
 * In memory, a document is its text as UTF-8 bytes plus one Int32Array of numbers, and chunks
 * are built from them when asked for: one object per sentence for 100,000 passages took 2.5 KB
 * per passage where the text needs 0.4 KB, and news text (curly quotes, dashes, Azerbaijani
 * letters) held as JS strings takes two bytes per character. Offsets count UTF-16 code units of
 * the decoded text, as everywhere else. Layout of `numbers`, n = number of chunks:
 *   [0, n) ordinals · [n, 2n) starts · [2n, 3n) ends · [3n, 4n) token counts ·
 *   [4n, 5n + 1) where each chunk's sentence spans begin (index of the span, n + 1 entries) ·
 *   then the sentence spans as (start, end) pairs.
 * Chunks whose text, id or sentence texts are not the plain spans of the document (none the
 * chunker makes, but the store does not rely on it) are kept whole in `irregular`.
 */
export interface DocumentRecord extends StoredDocument {
  utf8: Buffer;
  /** Length of the decoded text in UTF-16 code units (what offsets are checked against). */
  textLength: number;
  numbers: Int32Array;
  /** Irregular chunks by position within the document. */
  irregular?: Map<number, Chunk>;
}

const MAX_INT32 = 0x7fffffff;

export function corrupt(why: string): AppError {
  return new AppError('INDEX_CORRUPT', `The chunk store is damaged (${why}). ${REBUILD_HINT}`, { why });
}

export function defaultChunkId(source: string, ordinal: number): string {
  return `${source}#${ordinal}`;
}

export const isInt32 = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= MAX_INT32;

export function isSpan(start: unknown, end: unknown, length: number): boolean {
  return isInt32(start) && isInt32(end) && start <= end && end <= length;
}

export function isRegular(chunk: Chunk, document: SourceDocument): boolean {
  const text = document.text;
  return (
    chunk.source === document.source &&
    chunk.id === defaultChunkId(document.source, chunk.ordinal) &&
    isInt32(chunk.ordinal) &&
    isInt32(chunk.tokenCount) &&
    isSpan(chunk.start, chunk.end, text.length) &&
    chunk.text === text.slice(chunk.start, chunk.end) &&
    chunk.sentences.every((s) => isSpan(s.start, s.end, text.length) && s.text === text.slice(s.start, s.end))
  );
}

/** The numbers of a document's chunks in the layout described at DocumentRecord. */
export function packNumbers(chunks: readonly Chunk[]): Int32Array {
  const n = chunks.length;
  const spans = chunks.reduce((sum, c) => sum + c.sentences.length, 0);
  const numbers = new Int32Array(5 * n + 1 + 2 * spans);
  let span = 0;
  chunks.forEach((chunk, i) => {
    numbers[i] = chunk.ordinal;
    numbers[n + i] = chunk.start;
    numbers[2 * n + i] = chunk.end;
    numbers[3 * n + i] = chunk.tokenCount;
    numbers[4 * n + i] = span;
    for (const s of chunk.sentences) {
      numbers[5 * n + 1 + 2 * span] = s.start;
      numbers[5 * n + 2 + 2 * span] = s.end;
      span++;
    }
  });
  numbers[5 * n] = span;
  return numbers;
}

export function buildChunk(record: Pick<DocumentRecord, 'source' | 'numbers' | 'chunkLabels' | 'irregular'>, position: number, text: string): Chunk {
  const irregular = record.irregular?.get(position);
  if (irregular !== undefined) return irregular;
  const { numbers, source } = record;
  const n = record.chunkLabels.length;
  const sentences: Sentence[] = [];
  for (let span = numbers[4 * n + position]!; span < numbers[4 * n + position + 1]!; span++) {
    const start = numbers[5 * n + 1 + 2 * span]!;
    const end = numbers[5 * n + 2 + 2 * span]!;
    sentences.push({ start, end, text: text.slice(start, end) });
  }
  const ordinal = numbers[position]!;
  const start = numbers[n + position]!;
  const end = numbers[2 * n + position]!;
  return { id: defaultChunkId(source, ordinal), source, ordinal, start, end, text: text.slice(start, end), sentences, tokenCount: numbers[3 * n + position]! };
}

export function checkDocumentHeader<T extends { source?: unknown; contentHash?: unknown; meta?: unknown }>(raw: T | null): asserts raw is T & { source: string; contentHash: string; meta: DocumentMeta } {
  if (typeof raw !== 'object' || raw === null || typeof raw.source !== 'string') throw corrupt('a document is malformed');
  const meta = raw.meta as Partial<DocumentMeta> | null | undefined;
  if (typeof raw.contentHash !== 'string' || typeof meta !== 'object' || meta === null || typeof meta.title !== 'string' || typeof meta.language !== 'string') {
    throw corrupt(`document ${raw.source} is malformed`);
  }
}

/** What a document record is made of besides its header. */
export interface PackedChunks {
  labels: number[];
  numbers: Int32Array;
  irregular?: Map<number, Chunk>;
}

/** A document's header fields as the store keeps them. */
export interface DocumentBody {
  source: string;
  contentHash: string;
  meta: DocumentMeta;
  utf8: Buffer;
  textLength: number;
}

/** An irregular chunk's numbers made storable: spans inside the text, counts in Int32 range. */
export function clampChunk(chunk: Chunk, length: number): Chunk {
  const clamp = (n: number) => (isInt32(n) ? Math.min(n, length) : 0);
  const start = clamp(chunk.start);
  return {
    ...chunk,
    ordinal: isInt32(chunk.ordinal) ? chunk.ordinal : 0,
    tokenCount: isInt32(chunk.tokenCount) ? chunk.tokenCount : 0,
    start,
    end: Math.max(start, clamp(chunk.end)),
    sentences: chunk.sentences.map((s) => {
      const from = clamp(s.start);
      return { ...s, start: from, end: Math.max(from, clamp(s.end)) };
    }),
  };
}
