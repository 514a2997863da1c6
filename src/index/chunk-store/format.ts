import type { Chunk, DocumentMeta } from '../../corpus/types.ts';
import { AppError } from '../../errors.ts';
import { REBUILD_HINT } from '../manifest.ts';
import { buildChunk, checkDocumentHeader, corrupt, isInt32 } from './record.ts';
import type { DocumentBody, DocumentRecord, PackedChunks } from './record.ts';

/**
 * On disk (format 4), little-endian:
 *   8 bytes "azkchunk" · uint32 format · uint32 J · J bytes of JSON (the documents' headers,
 *   characters above U+00FF as \u escapes) · zero padding to a multiple of 4 ·
 *   int32 section: per document in order, its n labels, then its numbers (layout at DocumentRecord) ·
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

/** The format a chunk store file declares in its first bytes (at least 16), without reading the rest. */
export function chunkStoreFormat(head: Uint8Array): number | undefined {
  const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (bytes.length >= HEADER_BYTES && bytes.toString('latin1', 0, MAGIC.length) === MAGIC) return bytes.readUInt32LE(MAGIC.length);
  const match = /^\{"format":(\d+)[,}]/.exec(bytes.toString('latin1', 0, Math.min(bytes.length, 32)));
  return match === null ? undefined : Number(match[1]);
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

/** Decodes a file of the current format, handing each document to `add` in file order. */
export function decodeStore(buffer: Buffer, add: (document: DocumentBody, packed: PackedChunks) => void): void {
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
  let offset = 0;
  let textOffset = 0;
  for (const header of list) {
    const utf8 = texts.subarray(textOffset, textOffset + header.textBytes);
    textOffset += header.textBytes;
    const { packed, next } = decodeDocument(header, ints, offset, utf8);
    add({ source: header.source, contentHash: header.contentHash, meta: header.meta, utf8, textLength: header.textLength }, packed);
    offset = next;
  }
}

/** The documents' records in the current file format. */
export function encodeStore(records: readonly DocumentRecord[]): Buffer {
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
