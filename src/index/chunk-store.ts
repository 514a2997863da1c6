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
 * In memory, a document is its text plus one Int32Array of numbers, and chunks are built from
 * them when asked for: one object per sentence for 100,000 passages took 2.5 KB per passage
 * where the text needs 0.4 KB. Layout of `numbers`, n = number of chunks:
 *   [0, n) ordinals · [n, 2n) starts · [2n, 3n) ends · [3n, 4n) token counts ·
 *   [4n, 5n + 1) where each chunk's sentence spans begin (index of the span, n + 1 entries) ·
 *   then the sentence spans as (start, end) pairs.
 * Chunks whose text, id or sentence texts are not the plain spans of the document (none the
 * chunker makes, but the store does not rely on it) are kept whole in `irregular`.
 */
interface DocumentRecord extends StoredDocument {
  text: string;
  numbers: Int32Array;
  /** Irregular chunks by position within the document. */
  irregular?: Map<number, Chunk>;
}

/** On disk (format 2): JSON, one object per document with flat number arrays. */
interface DocumentJson {
  source: string;
  contentHash: string;
  meta: DocumentMeta;
  text: string;
  labels: number[];
  ordinals: number[];
  starts: number[];
  ends: number[];
  tokens: number[];
  sentenceCounts: number[];
  /** (start, end) pairs of every chunk's sentences, in order. */
  sentences: number[];
  irregular?: IrregularJson[];
}
interface IrregularJson {
  position: number;
  id: string;
  text: string;
  sentenceTexts: string[];
}

/** Version of the chunk store file; the first bytes of the file name it (see chunkStoreFormat). */
export const CHUNK_STORE_FORMAT = 2;
/** Format 1 (one object per chunk and sentence) is still read; the next ingest rewrites it. */
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

/** The format a chunk store file declares in its first bytes, without parsing the rest. */
export function chunkStoreFormat(head: string): number | undefined {
  const match = /^\{"format":(\d+)[,}]/.exec(head);
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

function buildChunk(record: Pick<DocumentRecord, 'text' | 'source' | 'numbers' | 'chunkLabels' | 'irregular'>, position: number): Chunk {
  const irregular = record.irregular?.get(position);
  if (irregular !== undefined) return irregular;
  const { numbers, text, source } = record;
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

function checkDocumentHeader(raw: Partial<DocumentJson> | null): asserts raw is Partial<DocumentJson> & { source: string; text: string; contentHash: string; meta: DocumentMeta } {
  if (typeof raw !== 'object' || raw === null || typeof raw.source !== 'string' || typeof raw.text !== 'string') throw corrupt('a document is malformed');
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

/**
 * The packed numbers of one format-2 document, every number and span checked against the
 * document, without making an object per chunk or sentence (only irregular chunks are built).
 */
function decodeDocument(raw: DocumentJson): PackedChunks {
  const { source, text } = raw;
  const labels = int32Array(raw.labels, undefined, `the labels of ${source}`);
  const n = labels.length;
  const [ordinals, starts, ends, tokens, counts] = (['ordinals', 'starts', 'ends', 'tokens', 'sentenceCounts'] as const).map((key) =>
    int32Array(raw[key], n, `the ${key} of ${source}`),
  ) as [number[], number[], number[], number[], number[]];
  const spans = counts.reduce((sum, c) => sum + c, 0);
  const sentences = int32Array(raw.sentences, 2 * spans, `the sentences of ${source}`);
  for (let i = 0; i < n; i++) if (starts[i]! > ends[i]! || ends[i]! > text.length) throw corrupt(`a chunk of ${source} points outside its document`);
  for (let j = 0; j < sentences.length; j += 2) {
    if (sentences[j]! > sentences[j + 1]! || sentences[j + 1]! > text.length) throw corrupt(`a sentence of ${source} points outside its document`);
  }
  const numbers = new Int32Array(5 * n + 1 + 2 * spans);
  numbers.set(ordinals, 0);
  numbers.set(starts, n);
  numbers.set(ends, 2 * n);
  numbers.set(tokens, 3 * n);
  let span = 0;
  for (let i = 0; i < n; i++) {
    numbers[4 * n + i] = span;
    span += counts[i]!;
  }
  numbers[5 * n] = span;
  numbers.set(sentences, 5 * n + 1);
  if (raw.irregular === undefined) return { labels, numbers };

  if (!Array.isArray(raw.irregular)) throw corrupt(`the irregular chunks of ${source} are malformed`);
  const record = { source, text, chunkLabels: labels, numbers };
  const irregular = new Map<number, Chunk>();
  for (const item of raw.irregular) {
    if (typeof item !== 'object' || item === null || !isInt32(item.position) || item.position >= n || typeof item.id !== 'string' || typeof item.text !== 'string') {
      throw corrupt(`an irregular chunk of ${source} is malformed`);
    }
    if (!Array.isArray(item.sentenceTexts) || item.sentenceTexts.length !== counts[item.position] || !item.sentenceTexts.every((t) => typeof t === 'string')) {
      throw corrupt(`an irregular chunk of ${source} is malformed`);
    }
    const plain = buildChunk(record, item.position);
    irregular.set(item.position, { ...plain, id: item.id, text: item.text, sentences: plain.sentences.map((sentence, j) => ({ ...sentence, text: item.sentenceTexts[j]! })) });
  }
  return { labels, numbers, irregular };
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
    if (typeof parsed !== 'object' || parsed === null || (parsed.format !== CHUNK_STORE_FORMAT && parsed.format !== LEGACY_FORMAT) || !Array.isArray(parsed.documents)) {
      throw corrupt('unknown layout');
    }
    const store = new ChunkStore();
    for (const raw of parsed.documents as (DocumentJson & { chunks?: LegacyChunk[] })[]) {
      checkDocumentHeader(raw);
      const document = { source: raw.source, contentHash: raw.contentHash, meta: raw.meta, text: raw.text };
      if (parsed.format === CHUNK_STORE_FORMAT) store.addRecord(document, decodeDocument(raw));
      else if (Array.isArray(raw.chunks)) store.addDocument(document, raw.chunks.map((c) => ({ label: c.label, chunk: decodeLegacyChunk(c, raw.source, raw.text) })));
      else throw corrupt(`document ${raw.source} is malformed`);
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
    this.addRecord(document, { labels: chunks.map((c) => c.label), numbers, irregular });
  }

  private addRecord(document: SourceDocument, { labels, numbers, irregular }: PackedChunks): void {
    if (this.documentsBySource.has(document.source)) throw corrupt(`document ${document.source} appears twice`);
    if (new Set(labels).size !== labels.length || labels.some((label) => this.documentsByLabel.has(label))) {
      throw corrupt(`a label of ${document.source} belongs to two chunks`);
    }
    const record: DocumentRecord = {
      source: document.source,
      contentHash: document.contentHash,
      meta: document.meta,
      text: document.text,
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

  /** The chunk under a label, built afresh from the document's text on each call. */
  chunkByLabel(label: number): Chunk | undefined {
    const record = this.documentsByLabel.get(label);
    return record === undefined ? undefined : buildChunk(record, record.chunkLabels.indexOf(label));
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
      for (let i = 0; i < n; i++) if (record.numbers[i] === ordinal) return buildChunk(record, i);
    }
    return undefined;
  }

  /** Every (label, chunk) pair, in document order. */
  *entries(): IterableIterator<{ label: number; chunk: Chunk }> {
    for (const record of this.documentsBySource.values()) {
      for (let i = 0; i < record.chunkLabels.length; i++) yield { label: record.chunkLabels[i]!, chunk: buildChunk(record, i) };
    }
  }

  serialize(): string {
    const documents: DocumentJson[] = [...this.documentsBySource.values()].map((record) => {
      const { numbers } = record;
      const n = record.chunkLabels.length;
      const slice = (from: number, to: number) => Array.from(numbers.subarray(from, to));
      const sentenceCounts = Array.from({ length: n }, (_, i) => numbers[4 * n + i + 1]! - numbers[4 * n + i]!);
      const doc: DocumentJson = {
        source: record.source,
        contentHash: record.contentHash,
        meta: record.meta,
        text: record.text,
        labels: [...record.chunkLabels],
        ordinals: slice(0, n),
        starts: slice(n, 2 * n),
        ends: slice(2 * n, 3 * n),
        tokens: slice(3 * n, 4 * n),
        sentenceCounts,
        sentences: slice(5 * n + 1, numbers.length),
      };
      if (record.irregular !== undefined) {
        doc.irregular = [...record.irregular].map(([position, chunk]) => ({ position, id: chunk.id, text: chunk.text, sentenceTexts: chunk.sentences.map((s) => s.text) }));
      }
      return doc;
    });
    // "format" first: chunkStoreFormat reads it from the file's first bytes. Characters above
    // U+00FF are written as \u escapes: the file then reads back as a one-byte string, and
    // English texts stay one-byte strings in memory (half the size of a two-byte copy).
    return JSON.stringify({ format: CHUNK_STORE_FORMAT, documents }).replace(/[\u0100-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
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
