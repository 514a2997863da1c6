import { LRUCache } from 'lru-cache';
import { chunkRef } from '../corpus/types.ts';
import type { Chunk, DocumentMeta, Sentence, SourceDocument } from '../corpus/types.ts';
import { AppError } from '../errors.ts';
import { REBUILD_HINT } from './manifest.ts';

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
interface DocumentRecord extends StoredDocument {
  utf8: Buffer;
  /** Length of the decoded text in UTF-16 code units (what offsets are checked against). */
  textLength: number;
  numbers: Int32Array;
  /** Irregular chunks by position within the document. */
  irregular?: Map<number, Chunk>;
}

/**
 * On disk (format 4), little-endian:
 *   8 bytes "azkchunk" · uint32 format · uint32 J · J bytes of JSON (the documents' headers,
 *   characters above U+00FF as \u escapes) · zero padding to a multiple of 4 ·
 *   int32 section: per document in order, its n labels, then its numbers (layout above) ·
 *   text section: the documents' texts in UTF-8, one after another.
 * Loading keeps views of the file's bytes; nothing is made per chunk.
 */
interface DocumentHeader {
  source: string;
  contentHash: string;
  meta: DocumentMeta;
  /** Size of the text in the text section, and its length in UTF-16 code units once decoded. */
  textBytes: number;
  textLength: number;
  /** Chunks, and sentence spans over all of them: sizes of this document's part of the int32 section. */
  chunks: number;
  spans: number;
  irregular?: IrregularJson[];
}
interface IrregularJson {
  position: number;
  id: string;
  text: string;
  sentenceTexts: string[];
}

const MAGIC = 'azkchunk';
const HEADER_BYTES = 16;
/** Version of the chunk store file (see chunkStoreFormat). */
export const CHUNK_STORE_FORMAT = 4;
/** Decoded document texts kept at once (the documents a question's passages come from). */
const DECODED_TEXTS = 1024;
/** Format 1 (JSON, one object per chunk and sentence) is still read; the next ingest rewrites it. */
const LEGACY_FORMAT = 1;
const MAX_INT32 = 0x7fffffff;

function corrupt(why: string): AppError {
  return new AppError('INDEX_CORRUPT', `The chunk store is damaged (${why}). ${REBUILD_HINT}`, { why });
}

function defaultChunkId(source: string, ordinal: number): string {
  return `${source}#${ordinal}`;
}

const isInt32 = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= MAX_INT32;

function isSpan(start: unknown, end: unknown, length: number): boolean {
  return isInt32(start) && isInt32(end) && start <= end && end <= length;
}

/** The format a chunk store file declares in its first bytes (at least 16), without reading the rest. */
export function chunkStoreFormat(head: Uint8Array): number | undefined {
  const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (bytes.length >= HEADER_BYTES && bytes.toString('latin1', 0, MAGIC.length) === MAGIC) return bytes.readUInt32LE(MAGIC.length);
  const match = /^\{"format":(\d+)[,}]/.exec(bytes.toString('latin1', 0, Math.min(bytes.length, 32)));
  return match === null ? undefined : Number(match[1]);
}

function isRegular(chunk: Chunk, document: SourceDocument): boolean {
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
function packNumbers(chunks: readonly Chunk[]): Int32Array {
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

function buildChunk(record: Pick<DocumentRecord, 'source' | 'numbers' | 'chunkLabels' | 'irregular'>, position: number, text: string): Chunk {
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

function checkDocumentHeader<T extends { source?: unknown; contentHash?: unknown; meta?: unknown }>(raw: T | null): asserts raw is T & { source: string; contentHash: string; meta: DocumentMeta } {
  if (typeof raw !== 'object' || raw === null || typeof raw.source !== 'string') throw corrupt('a document is malformed');
  const meta = raw.meta as Partial<DocumentMeta> | null | undefined;
  if (typeof raw.contentHash !== 'string' || typeof meta !== 'object' || meta === null || typeof meta.title !== 'string' || typeof meta.language !== 'string') {
    throw corrupt(`document ${raw.source} is malformed`);
  }
}

function int32Array(value: unknown, length: number | undefined, what: string): number[] {
  if (!Array.isArray(value) || (length !== undefined && value.length !== length) || !value.every(isInt32)) throw corrupt(`${what} is malformed`);
  return value as number[];
}

/** What a document record is made of besides its header. */
interface PackedChunks {
  labels: number[];
  numbers: Int32Array;
  irregular?: Map<number, Chunk>;
}

/** A document's header fields as the store keeps them. */
interface DocumentBody {
  source: string;
  contentHash: string;
  meta: DocumentMeta;
  utf8: Buffer;
  textLength: number;
}

/** Checks one document's numbers (a view of the int32 section) against its text; throws INDEX_CORRUPT. */
function checkNumbers(numbers: Int32Array, n: number, spans: number, header: DocumentHeader): void {
  const { source, textLength } = header;
  for (let i = 0; i < n; i++) {
    if (numbers[i]! < 0 || numbers[3 * n + i]! < 0) throw corrupt(`a chunk of ${source} has invalid numbers`);
    if (numbers[n + i]! < 0 || numbers[n + i]! > numbers[2 * n + i]! || numbers[2 * n + i]! > textLength) throw corrupt(`a chunk of ${source} points outside its document`);
    if (numbers[4 * n + i]! < 0 || numbers[4 * n + i]! > numbers[4 * n + i + 1]!) throw corrupt(`the sentences of ${source} are malformed`);
  }
  if (numbers[4 * n] !== 0 || numbers[5 * n] !== spans) throw corrupt(`the sentences of ${source} are malformed`);
  for (let j = 5 * n + 1; j < numbers.length; j += 2) {
    if (numbers[j]! < 0 || numbers[j]! > numbers[j + 1]! || numbers[j + 1]! > textLength) throw corrupt(`a sentence of ${source} points outside its document`);
  }
}

/** A document's labels, numbers and irregular chunks from its header and its part of the int32 section. */
function decodeDocument(header: DocumentHeader, ints: Int32Array, offset: number, utf8: Buffer): { packed: PackedChunks; next: number } {
  const { source } = header;
  const n = header.chunks;
  const spans = header.spans;
  if (!isInt32(n) || !isInt32(spans) || !isInt32(header.textLength)) throw corrupt(`document ${source} is malformed`);
  const next = offset + n + 5 * n + 1 + 2 * spans;
  if (next > ints.length) throw corrupt('the numbers section is shorter than the documents need');
  const labels = Array.from(ints.subarray(offset, offset + n));
  if (!labels.every(isInt32)) throw corrupt(`the labels of ${source} are invalid`);
  const numbers = ints.subarray(offset + n, next);
  checkNumbers(numbers, n, spans, header);
  if (header.irregular === undefined) return { packed: { labels, numbers }, next };

  if (!Array.isArray(header.irregular)) throw corrupt(`the irregular chunks of ${source} are malformed`);
  const record = { source, chunkLabels: labels, numbers };
  const text = utf8.toString('utf8');
  const irregular = new Map<number, Chunk>();
  for (const item of header.irregular) {
    if (typeof item !== 'object' || item === null || !isInt32(item.position) || item.position >= n || typeof item.id !== 'string' || typeof item.text !== 'string') {
      throw corrupt(`an irregular chunk of ${source} is malformed`);
    }
    const sentenceCount = numbers[4 * n + item.position + 1]! - numbers[4 * n + item.position]!;
    if (!Array.isArray(item.sentenceTexts) || item.sentenceTexts.length !== sentenceCount || !item.sentenceTexts.every((t) => typeof t === 'string')) {
      throw corrupt(`an irregular chunk of ${source} is malformed`);
    }
    const plain = buildChunk(record, item.position, text);
    irregular.set(item.position, { ...plain, id: item.id, text: item.text, sentences: plain.sentences.map((sentence, j) => ({ ...sentence, text: item.sentenceTexts[j]! })) });
  }
  return { packed: { labels, numbers, irregular }, next };
}

/** Characters above U+00FF as JSON escapes: the text then decodes to a one-byte string (half the memory of a two-byte one). */
function latin1Json(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0100-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

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

/** Documents and their chunks, each chunk under a numeric label shared with the vector and lexical indexes. */
export class ChunkStore {
  private readonly documentsBySource = new Map<string, DocumentRecord>();
  private readonly documentsByLabel = new Map<number, DocumentRecord>();
  /** Documents by the first 12 hex digits of their content hash (the document part of a chunk ref). */
  private readonly documentsByHashPrefix = new Map<string, DocumentRecord[]>();
  private readonly decodedTexts = new LRUCache<DocumentRecord, string>({ max: DECODED_TEXTS });

  static create(): ChunkStore {
    return new ChunkStore();
  }

  /** Reads a chunk store file: the current binary format, or the JSON of format 1. */
  static deserialize(bytes: Uint8Array | string): ChunkStore {
    const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const format = chunkStoreFormat(buffer);
    if (format === LEGACY_FORMAT) return ChunkStore.deserializeLegacy(buffer.toString('utf8'));
    if (format !== CHUNK_STORE_FORMAT) throw corrupt('unknown layout');
    const jsonLength = buffer.readUInt32LE(MAGIC.length + 4);
    const sectionStart = Math.ceil((HEADER_BYTES + jsonLength) / 4) * 4;
    if (sectionStart > buffer.length) throw corrupt('its sections do not fit the file');
    let headers: unknown;
    try {
      headers = JSON.parse(buffer.toString('utf8', HEADER_BYTES, HEADER_BYTES + jsonLength));
    } catch (cause) {
      throw new AppError('INDEX_CORRUPT', `The chunk store's document headers are not valid JSON. ${REBUILD_HINT}`, {}, { cause });
    }
    if (!Array.isArray(headers)) throw corrupt('unknown layout');
    const list = headers as DocumentHeader[];
    let intCount = 0;
    let textBytes = 0;
    for (const header of list) {
      checkDocumentHeader(header);
      if (!isInt32(header.chunks) || !isInt32(header.spans) || !isInt32(header.textBytes)) throw corrupt(`document ${header.source} is malformed`);
      intCount += 6 * header.chunks + 1 + 2 * header.spans;
      textBytes += header.textBytes;
    }
    const textStart = sectionStart + 4 * intCount;
    if (textStart + textBytes !== buffer.length) throw corrupt('its sections do not fit the file');
    // Views of the file's bytes (its numbers and texts are what the store holds; copying them would
    // only add a transient copy that the process keeps as resident memory); a copy only when the
    // numbers are not 4-byte aligned in memory.
    const intsStart = buffer.byteOffset + sectionStart;
    const ints =
      intsStart % 4 === 0
        ? new Int32Array(buffer.buffer, intsStart, intCount)
        : new Int32Array(buffer.buffer.slice(intsStart, intsStart + 4 * intCount));
    const texts = buffer.subarray(textStart);
    const store = new ChunkStore();
    let offset = 0;
    let textOffset = 0;
    for (const header of list) {
      const utf8 = texts.subarray(textOffset, textOffset + header.textBytes);
      textOffset += header.textBytes;
      const { packed, next } = decodeDocument(header, ints, offset, utf8);
      store.addRecord({ source: header.source, contentHash: header.contentHash, meta: header.meta, utf8, textLength: header.textLength }, packed);
      offset = next;
    }
    return store;
  }

  private static deserializeLegacy(json: string): ChunkStore {
    let parsed: { documents?: unknown };
    try {
      parsed = JSON.parse(json) as typeof parsed;
    } catch (cause) {
      throw new AppError('INDEX_CORRUPT', `The chunk store is not valid JSON. ${REBUILD_HINT}`, {}, { cause });
    }
    if (typeof parsed !== 'object' || parsed === null || !Array.isArray(parsed.documents)) throw corrupt('unknown layout');
    const store = new ChunkStore();
    for (const raw of parsed.documents as { source: string; contentHash: string; meta: DocumentMeta; text: string; chunks?: LegacyChunk[] }[]) {
      checkDocumentHeader(raw);
      if (typeof raw.text !== 'string' || !Array.isArray(raw.chunks)) throw corrupt(`document ${raw.source} is malformed`);
      const chunks = raw.chunks.map((c) => ({ label: c.label, chunk: decodeLegacyChunk(c, raw.source, raw.text) }));
      store.addDocument({ source: raw.source, contentHash: raw.contentHash, meta: raw.meta, text: raw.text }, chunks);
    }
    return store;
  }

  get documentCount(): number {
    return this.documentsBySource.size;
  }

  get chunkCount(): number {
    return this.documentsByLabel.size;
  }

  /** Adds a document with its labelled chunks; a label or source already present is refused. */
  addDocument(document: SourceDocument, chunks: readonly { label: number; chunk: Chunk }[]): void {
    let irregular: Map<number, Chunk> | undefined;
    chunks.forEach(({ chunk }, position) => {
      if (!isRegular(chunk, document)) (irregular ??= new Map()).set(position, chunk);
    });
    // Irregular chunks keep their numbers in the layout too, clamped (they are built from `irregular`).
    const numbers = packNumbers(chunks.map(({ chunk }, position) => (irregular?.has(position) === true ? clampChunk(chunk, document.text.length) : chunk)));
    const body = { source: document.source, contentHash: document.contentHash, meta: document.meta, utf8: Buffer.from(document.text), textLength: document.text.length };
    this.addRecord(body, { labels: chunks.map((c) => c.label), numbers, irregular });
  }

  private addRecord(document: DocumentBody, { labels, numbers, irregular }: PackedChunks): void {
    if (this.documentsBySource.has(document.source)) throw corrupt(`document ${document.source} appears twice`);
    if (new Set(labels).size !== labels.length || labels.some((label) => this.documentsByLabel.has(label))) {
      throw corrupt(`a label of ${document.source} belongs to two chunks`);
    }
    const record: DocumentRecord = {
      source: document.source,
      contentHash: document.contentHash,
      meta: document.meta,
      utf8: document.utf8,
      textLength: document.textLength,
      chunkLabels: labels,
      numbers,
      ...(irregular !== undefined ? { irregular } : {}),
    };
    for (const label of labels) this.documentsByLabel.set(label, record);
    this.documentsBySource.set(document.source, record);
    const prefix = chunkRef(document.contentHash, 0).split('.')[0]!;
    const sameHash = this.documentsByHashPrefix.get(prefix);
    if (sameHash === undefined) this.documentsByHashPrefix.set(prefix, [record]);
    else sameHash.push(record);
  }

  /** Removes a document and its chunks; returns the labels it had (empty when unknown). */
  removeDocument(source: string): number[] {
    const record = this.documentsBySource.get(source);
    if (record === undefined) return [];
    for (const label of record.chunkLabels) this.documentsByLabel.delete(label);
    this.documentsBySource.delete(source);
    this.decodedTexts.delete(record);
    const prefix = chunkRef(record.contentHash, 0).split('.')[0]!;
    const remaining = (this.documentsByHashPrefix.get(prefix) ?? []).filter((r) => r !== record);
    if (remaining.length === 0) this.documentsByHashPrefix.delete(prefix);
    else this.documentsByHashPrefix.set(prefix, remaining);
    return [...record.chunkLabels];
  }

  document(source: string): StoredDocument | undefined {
    return this.publicView(this.documentsBySource.get(source));
  }

  documents(): StoredDocument[] {
    return [...this.documentsBySource.values()].map((record) => this.publicView(record)!);
  }

  /** The document holding the chunk under a label (cheap: nothing is decoded or built). */
  documentByLabel(label: number): StoredDocument | undefined {
    return this.publicView(this.documentsByLabel.get(label));
  }

  /** The chunk under a label, built afresh from the document's text on each call. */
  chunkByLabel(label: number): Chunk | undefined {
    const record = this.documentsByLabel.get(label);
    return record === undefined ? undefined : buildChunk(record, record.chunkLabels.indexOf(label), this.textOf(record));
  }

  /**
   * A chunk by its short reference (see chunkRef); undefined once its document changed or left.
   * Two files with identical bytes share refs; their chunks are the same passages.
   */
  chunkByRef(ref: string): Chunk | undefined {
    const dot = ref.lastIndexOf('.');
    const ordinal = Number(ref.slice(dot + 1));
    if (dot < 0 || !isInt32(ordinal)) return undefined;
    for (const record of this.documentsByHashPrefix.get(ref.slice(0, dot)) ?? []) {
      const n = record.chunkLabels.length;
      for (let i = 0; i < n; i++) if (record.numbers[i] === ordinal) return buildChunk(record, i, this.textOf(record));
    }
    return undefined;
  }

  /** Every (label, chunk) pair, in document order. */
  *entries(): IterableIterator<{ label: number; chunk: Chunk }> {
    for (const record of this.documentsBySource.values()) {
      const text = record.utf8.toString('utf8');
      for (let i = 0; i < record.chunkLabels.length; i++) yield { label: record.chunkLabels[i]!, chunk: buildChunk(record, i, text) };
    }
  }

  /** The store in the current file format (see DocumentHeader). */
  serialize(): Buffer {
    const records = [...this.documentsBySource.values()];
    const headers: DocumentHeader[] = records.map((record) => {
      const n = record.chunkLabels.length;
      const header: DocumentHeader = {
        source: record.source,
        contentHash: record.contentHash,
        meta: record.meta,
        textBytes: record.utf8.length,
        textLength: record.textLength,
        chunks: n,
        spans: record.numbers[5 * n]!,
      };
      if (record.irregular !== undefined) {
        header.irregular = [...record.irregular].map(([position, chunk]) => ({ position, id: chunk.id, text: chunk.text, sentenceTexts: chunk.sentences.map((s) => s.text) }));
      }
      return header;
    });
    const json = Buffer.from(latin1Json(headers), 'utf8');
    const sectionStart = Math.ceil((HEADER_BYTES + json.length) / 4) * 4;
    const intCount = records.reduce((sum, record) => sum + record.chunkLabels.length + record.numbers.length, 0);
    const textBytes = records.reduce((sum, record) => sum + record.utf8.length, 0);
    const file = Buffer.alloc(sectionStart + 4 * intCount + textBytes);
    file.write(MAGIC, 0, 'latin1');
    file.writeUInt32LE(CHUNK_STORE_FORMAT, MAGIC.length);
    file.writeUInt32LE(json.length, MAGIC.length + 4);
    json.copy(file, HEADER_BYTES);
    let offset = sectionStart;
    for (const record of records) {
      for (const label of record.chunkLabels) offset = file.writeInt32LE(label, offset);
      for (const value of record.numbers) offset = file.writeInt32LE(value, offset);
    }
    for (const record of records) offset += record.utf8.copy(file, offset);
    return file;
  }

  /** A document's text, decoded; the most recently used ones are kept decoded. */
  private textOf(record: DocumentRecord): string {
    let text = this.decodedTexts.get(record);
    if (text === undefined) {
      text = record.utf8.toString('utf8');
      this.decodedTexts.set(record, text);
    }
    return text;
  }

  private publicView(record: DocumentRecord | undefined): StoredDocument | undefined {
    if (record === undefined) return undefined;
    return { source: record.source, contentHash: record.contentHash, meta: record.meta, chunkLabels: record.chunkLabels };
  }
}

/** An irregular chunk's numbers made storable: spans inside the text, counts in Int32 range. */
function clampChunk(chunk: Chunk, length: number): Chunk {
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
