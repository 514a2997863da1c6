import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describeError } from '../errors.ts';
import { diskProblem } from './disk.ts';
import type { Logger } from '../log.ts';

/**
 * Passage vectors as the model computed them, kept under DATA_DIR/embeddings/ one file per model
 * and dimension, keyed by the sha256 of the passage text. Written after every model call, so an
 * ingest that is killed resumes with only the passages it had not embedded yet, and an index
 * whose lexical part or chunk store is damaged is rebuilt without embedding anything again.
 *
 * File: a header line {"format":"az-korea-embeddings","version":1,"model":…,"dimension":…}\n,
 * then fixed-size records: sha256(text) 32 bytes | dimension × float32 LE | crc32 of both, u32 LE.
 * A torn last record (a kill mid-write) is cut off; a record failing its crc is skipped.
 */
export const EMBEDDINGS_DIR = 'embeddings';
const FORMAT = 'az-korea-embeddings';
const VERSION = 1;
const KEY_BYTES = 32;
const CRC_BYTES = 4;
const READ_BUFFER_RECORDS = 1024;
/** Compacted when dead records outnumber live ones by this much. */
const COMPACT_SLACK = 1_000;

export function passageKey(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

export class EmbeddingCache {
  private readonly offsets = new Map<string, number>();
  private fd: number | undefined;
  private end: number;
  private failed = false;

  private constructor(
    private readonly filePath: string,
    private readonly dimension: number,
    private readonly headerBytes: number,
    private readonly logger: Logger,
  ) {
    this.end = headerBytes;
  }

  private get recordBytes(): number {
    return KEY_BYTES + this.dimension * 4 + CRC_BYTES;
  }

  /**
   * Opens (or creates) the cache of `modelId` in `dataDir`. Never throws: a cache that cannot be
   * read or written is logged once and the ingest goes on without it.
   */
  static open(dataDir: string, modelId: string, dimension: number, logger: Logger): EmbeddingCache {
    const name = `${crypto.createHash('sha256').update(`${modelId}\n${dimension}`).digest('hex').slice(0, 16)}.bin`;
    const filePath = path.join(dataDir, EMBEDDINGS_DIR, name);
    const header = JSON.stringify({ format: FORMAT, version: VERSION, model: modelId, dimension }) + '\n';
    const cache = new EmbeddingCache(filePath, dimension, Buffer.byteLength(header), logger);
    try {
      fs.mkdirSync(path.dirname(filePath), { recursive: true });
      cache.fd = fs.openSync(filePath, fs.existsSync(filePath) ? 'r+' : 'w+');
      const size = fs.fstatSync(cache.fd).size;
      const head = Buffer.alloc(cache.headerBytes);
      const read = size >= cache.headerBytes ? fs.readSync(cache.fd, head, 0, head.length, 0) : 0;
      if (read !== head.length || head.toString('utf8') !== header) {
        // New, or another format or model: start it over.
        fs.ftruncateSync(cache.fd, 0);
        fs.writeSync(cache.fd, header, 0);
      } else {
        cache.scan(size);
      }
      fs.ftruncateSync(cache.fd, cache.end);
    } catch (error) {
      cache.disable(error);
    }
    return cache;
  }

  private scan(size: number): void {
    const recordBytes = this.recordBytes;
    const whole = Math.floor((size - this.headerBytes) / recordBytes);
    const buffer = Buffer.alloc(recordBytes * READ_BUFFER_RECORDS);
    let skipped = 0;
    for (let first = 0; first < whole; first += READ_BUFFER_RECORDS) {
      const count = Math.min(READ_BUFFER_RECORDS, whole - first);
      const start = this.headerBytes + first * recordBytes;
      fs.readSync(this.fd!, buffer, 0, count * recordBytes, start);
      for (let i = 0; i < count; i++) {
        const at = i * recordBytes;
        const body = buffer.subarray(at, at + recordBytes - CRC_BYTES);
        if (zlib.crc32(body) !== buffer.readUInt32LE(at + recordBytes - CRC_BYTES)) {
          skipped++;
          continue;
        }
        this.offsets.set(body.subarray(0, KEY_BYTES).toString('hex'), start + at);
      }
    }
    this.end = this.headerBytes + whole * recordBytes;
    if (skipped > 0) this.logger.warn('embedding cache: damaged records skipped (they are embedded again)', { file: this.filePath, skipped });
  }

  private disable(error: unknown): void {
    if (!this.failed) this.logger.warn('embedding cache unavailable: this ingest keeps no embeddings for a resume', { file: this.filePath, error: describeError(error) });
    this.failed = true;
    this.offsets.clear();
    this.close();
  }

  get size(): number {
    return this.offsets.size;
  }

  has(key: string): boolean {
    return this.offsets.has(key);
  }

  /** The stored vector for a passage key, or undefined. */
  get(key: string): Float32Array | undefined {
    const offset = this.offsets.get(key);
    if (offset === undefined || this.fd === undefined) return undefined;
    const bytes = Buffer.alloc(this.dimension * 4);
    try {
      fs.readSync(this.fd, bytes, 0, bytes.length, offset + KEY_BYTES);
    } catch (error) {
      this.disable(error);
      return undefined;
    }
    return new Float32Array(bytes.buffer, bytes.byteOffset, this.dimension).slice();
  }

  /** Appends vectors and makes them durable before returning, so a kill right after keeps them. */
  add(entries: readonly { key: string; vector: Float32Array | readonly number[] }[]): void {
    if (this.fd === undefined) return;
    const fresh = entries.filter((e) => !this.offsets.has(e.key) && e.vector.length === this.dimension);
    if (fresh.length === 0) return;
    const recordBytes = this.recordBytes;
    const buffer = Buffer.alloc(recordBytes * fresh.length);
    fresh.forEach((entry, i) => {
      const at = i * recordBytes;
      buffer.write(entry.key, at, KEY_BYTES, 'hex');
      for (let d = 0; d < this.dimension; d++) buffer.writeFloatLE(entry.vector[d]!, at + KEY_BYTES + d * 4);
      buffer.writeUInt32LE(zlib.crc32(buffer.subarray(at, at + recordBytes - CRC_BYTES)), at + recordBytes - CRC_BYTES);
    });
    try {
      fs.writeSync(this.fd, buffer, 0, buffer.length, this.end);
      fs.fdatasyncSync(this.fd);
    } catch (error) {
      // A full disk stops the ingest now: the index could not be saved at its end either.
      const problem = diskProblem(error, this.filePath, path.dirname(path.dirname(this.filePath)), 'write', () => undefined);
      this.disable(error);
      if (problem !== undefined && problem.code === 'DISK_FULL') throw problem;
      return;
    }
    fresh.forEach((entry, i) => this.offsets.set(entry.key, this.end + i * recordBytes));
    this.end += buffer.length;
  }

  /**
   * Drops the vectors of passages no longer indexed once they outnumber the live ones: the
   * live records are copied to a new file that replaces the old one.
   */
  compact(liveKeys: ReadonlySet<string>): void {
    if (this.fd === undefined || this.offsets.size <= 2 * liveKeys.size + COMPACT_SLACK) return;
    const temporary = `${this.filePath}.tmp`;
    const recordBytes = this.recordBytes;
    try {
      const out = fs.openSync(temporary, 'w');
      const offsets = new Map<string, number>();
      try {
        const header = Buffer.alloc(this.headerBytes);
        fs.readSync(this.fd, header, 0, header.length, 0);
        fs.writeSync(out, header, 0, header.length, 0);
        const record = Buffer.alloc(recordBytes);
        let end = this.headerBytes;
        for (const [key, offset] of this.offsets) {
          if (!liveKeys.has(key)) continue;
          fs.readSync(this.fd, record, 0, recordBytes, offset);
          fs.writeSync(out, record, 0, recordBytes, end);
          offsets.set(key, end);
          end += recordBytes;
        }
        fs.fdatasyncSync(out);
        this.end = end;
      } finally {
        fs.closeSync(out);
      }
      fs.renameSync(temporary, this.filePath);
      fs.closeSync(this.fd);
      this.fd = fs.openSync(this.filePath, 'r+');
      this.offsets.clear();
      for (const [key, offset] of offsets) this.offsets.set(key, offset);
    } catch (error) {
      fs.rmSync(temporary, { force: true });
      this.disable(error);
    }
  }

  close(): void {
    if (this.fd === undefined) return;
    try {
      fs.closeSync(this.fd);
    } catch {
      // nothing left to keep
    }
    this.fd = undefined;
  }
}

/**
 * Puts the vectors of an index's live passages into the cache when it lacks them (an index built
 * before the cache existed): from then on a damaged chunk store or lexical index costs no
 * embedding. Labels are looked up in the index the vectors come from.
 */
export function rememberIndexed(
  cache: EmbeddingCache,
  passages: Iterable<{ label: number; chunk: { text: string } }>,
  vectorOf: (label: number) => Float32Array | readonly number[],
): void {
  let batch: { key: string; vector: Float32Array | readonly number[] }[] = [];
  for (const { label, chunk } of passages) {
    const key = passageKey(chunk.text);
    if (cache.has(key)) continue;
    batch.push({ key, vector: vectorOf(label) });
    if (batch.length >= 1024) {
      cache.add(batch);
      batch = [];
    }
  }
  cache.add(batch);
}
