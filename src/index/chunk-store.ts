/**
 * The chunk store. Its parts: a document's chunks packed into numbers (chunk-store/record.ts),
 * the file format (chunk-store/format.ts) and the format 1 JSON still read (chunk-store/legacy.ts).
 */
import { LRUCache } from 'lru-cache';
import { chunkRef } from '../corpus/types.ts';
import type { Chunk, SourceDocument } from '../corpus/types.ts';
import { CHUNK_STORE_FORMAT, chunkStoreFormat, decodeStore, encodeStore } from './chunk-store/format.ts';
import { LEGACY_FORMAT, decodeLegacyStore } from './chunk-store/legacy.ts';
import { buildChunk, clampChunk, corrupt, isInt32, isRegular, packNumbers } from './chunk-store/record.ts';
import type { DocumentBody, DocumentRecord, PackedChunks, StoredDocument } from './chunk-store/record.ts';

export { CHUNK_STORE_FORMAT, chunkStoreFormat } from './chunk-store/format.ts';
export type { StoredDocument } from './chunk-store/record.ts';

/** Decoded document texts kept at once (the documents a question's passages come from). */
const DECODED_TEXTS = 1024;

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
    const store = new ChunkStore();
    decodeStore(buffer, (document, packed) => store.addRecord(document, packed));
    return store;
  }

  private static deserializeLegacy(json: string): ChunkStore {
    const store = new ChunkStore();
    decodeLegacyStore(json, (document, chunks) => store.addDocument(document, chunks));
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

  /** The store in the current file format (see DocumentHeader in chunk-store/format.ts). */
  serialize(): Buffer {
    return encodeStore([...this.documentsBySource.values()]);
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
