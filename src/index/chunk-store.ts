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

interface DocumentRecord extends StoredDocument {
  /** Cleaned text, kept so chunks can be stored as spans of it instead of repeated text. */
  text: string;
}

/**
 * On disk, a chunk is stored as spans of its document's text; text is written out only where
 * it differs from that span (it should not, but the store does not rely on it), so overlapping
 * chunks and sentence texts do not repeat the document.
 */
type StoredSentence = [start: number, end: number] | [start: number, end: number, text: string];
interface StoredChunk {
  label: number;
  ordinal: number;
  start: number;
  end: number;
  tokenCount: number;
  sentences: StoredSentence[];
  text?: string;
  id?: string;
}
interface StoredDocumentJson {
  source: string;
  contentHash: string;
  meta: DocumentMeta;
  text: string;
  chunks: StoredChunk[];
}

const STORE_FORMAT = 1;

function corrupt(why: string): AppError {
  return new AppError('INDEX_CORRUPT', `The chunk store is damaged (${why}). ${REBUILD_HINT}`, { why });
}

function defaultChunkId(source: string, ordinal: number): string {
  return `${source}#${ordinal}`;
}

function encodeChunk(label: number, chunk: Chunk, text: string): StoredChunk {
  const stored: StoredChunk = {
    label,
    ordinal: chunk.ordinal,
    start: chunk.start,
    end: chunk.end,
    tokenCount: chunk.tokenCount,
    sentences: chunk.sentences.map((s): StoredSentence => (text.slice(s.start, s.end) === s.text ? [s.start, s.end] : [s.start, s.end, s.text])),
  };
  if (text.slice(chunk.start, chunk.end) !== chunk.text) stored.text = chunk.text;
  if (chunk.id !== defaultChunkId(chunk.source, chunk.ordinal)) stored.id = chunk.id;
  return stored;
}

function isSpan(start: unknown, end: unknown, length: number): boolean {
  return Number.isSafeInteger(start) && Number.isSafeInteger(end) && (start as number) >= 0 && (start as number) <= (end as number) && (end as number) <= length;
}

function decodeChunk(raw: StoredChunk, source: string, text: string): Chunk {
  if (typeof raw !== 'object' || raw === null || !Array.isArray(raw.sentences)) throw corrupt(`a chunk of ${source} is malformed`);
  if (!Number.isSafeInteger(raw.label) || raw.label < 0 || !Number.isSafeInteger(raw.ordinal) || !Number.isSafeInteger(raw.tokenCount)) {
    throw corrupt(`a chunk of ${source} has invalid numbers`);
  }
  if (!isSpan(raw.start, raw.end, text.length)) throw corrupt(`a chunk of ${source} points outside its document`);
  const sentences: Sentence[] = raw.sentences.map((s) => {
    if (!Array.isArray(s) || !isSpan(s[0], s[1], text.length) || (s.length === 3 && typeof s[2] !== 'string')) {
      throw corrupt(`a sentence of ${source} is malformed`);
    }
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
  private readonly chunksByLabel = new Map<number, Chunk>();
  private readonly labelsByRef = new Map<string, number>();

  static create(): ChunkStore {
    return new ChunkStore();
  }

  static deserialize(json: string | Buffer): ChunkStore {
    let parsed: { format?: unknown; documents?: unknown };
    try {
      parsed = JSON.parse(json.toString()) as typeof parsed;
    } catch (cause) {
      throw new AppError('INDEX_CORRUPT', `The chunk store is not valid JSON. ${REBUILD_HINT}`, {}, { cause });
    }
    if (typeof parsed !== 'object' || parsed === null || parsed.format !== STORE_FORMAT || !Array.isArray(parsed.documents)) {
      throw corrupt('unknown layout');
    }
    const store = new ChunkStore();
    for (const raw of parsed.documents as StoredDocumentJson[]) {
      if (typeof raw !== 'object' || raw === null || typeof raw.source !== 'string' || typeof raw.text !== 'string') {
        throw corrupt('a document is malformed');
      }
      const meta = raw.meta as Partial<DocumentMeta> | null;
      if (typeof raw.contentHash !== 'string' || typeof meta !== 'object' || meta === null || typeof meta.title !== 'string' || typeof meta.language !== 'string' || !Array.isArray(raw.chunks)) {
        throw corrupt(`document ${raw.source} is malformed`);
      }
      const chunks = raw.chunks.map((c) => ({ label: c.label, chunk: decodeChunk(c, raw.source, raw.text) }));
      store.addDocument({ source: raw.source, contentHash: raw.contentHash, meta: raw.meta, text: raw.text }, chunks);
    }
    return store;
  }

  get documentCount(): number {
    return this.documentsBySource.size;
  }

  get chunkCount(): number {
    return this.chunksByLabel.size;
  }

  /** Adds a document with its labelled chunks; a label or source already present is refused. */
  addDocument(document: SourceDocument, chunks: readonly { label: number; chunk: Chunk }[]): void {
    if (this.documentsBySource.has(document.source)) throw corrupt(`document ${document.source} appears twice`);
    for (const { label, chunk } of chunks) {
      if (this.chunksByLabel.has(label)) throw corrupt(`label ${label} belongs to two chunks`);
      this.chunksByLabel.set(label, chunk);
      const ref = chunkRef(document.contentHash, chunk.ordinal);
      // Two files with identical bytes share refs; their chunks are the same passages.
      if (!this.labelsByRef.has(ref)) this.labelsByRef.set(ref, label);
    }
    this.documentsBySource.set(document.source, {
      source: document.source,
      contentHash: document.contentHash,
      meta: document.meta,
      text: document.text,
      chunkLabels: chunks.map((c) => c.label),
    });
  }

  /** Removes a document and its chunks; returns the labels it had (empty when unknown). */
  removeDocument(source: string): number[] {
    const record = this.documentsBySource.get(source);
    if (record === undefined) return [];
    for (const label of record.chunkLabels) {
      const chunk = this.chunksByLabel.get(label);
      this.chunksByLabel.delete(label);
      if (chunk === undefined) continue;
      const ref = chunkRef(record.contentHash, chunk.ordinal);
      if (this.labelsByRef.get(ref) === label) this.labelsByRef.delete(ref);
    }
    this.documentsBySource.delete(source);
    return [...record.chunkLabels];
  }

  document(source: string): StoredDocument | undefined {
    return this.publicView(this.documentsBySource.get(source));
  }

  documents(): StoredDocument[] {
    return [...this.documentsBySource.values()].map((record) => this.publicView(record)!);
  }

  chunkByLabel(label: number): Chunk | undefined {
    return this.chunksByLabel.get(label);
  }

  /** A chunk by its short reference (see chunkRef); undefined once its document changed or left. */
  chunkByRef(ref: string): Chunk | undefined {
    const label = this.labelsByRef.get(ref);
    return label === undefined ? undefined : this.chunksByLabel.get(label);
  }

  /** Every (label, chunk) pair, in document order. */
  *entries(): IterableIterator<{ label: number; chunk: Chunk }> {
    for (const record of this.documentsBySource.values()) {
      for (const label of record.chunkLabels) {
        const chunk = this.chunksByLabel.get(label);
        if (chunk !== undefined) yield { label, chunk };
      }
    }
  }

  serialize(): string {
    const documents: StoredDocumentJson[] = [...this.documentsBySource.values()].map((record) => ({
      source: record.source,
      contentHash: record.contentHash,
      meta: record.meta,
      text: record.text,
      chunks: record.chunkLabels.map((label) => encodeChunk(label, this.chunksByLabel.get(label)!, record.text)),
    }));
    return JSON.stringify({ format: STORE_FORMAT, documents });
  }

  private publicView(record: DocumentRecord | undefined): StoredDocument | undefined {
    if (record === undefined) return undefined;
    return { source: record.source, contentHash: record.contentHash, meta: record.meta, chunkLabels: record.chunkLabels };
  }
}
