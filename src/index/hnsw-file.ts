import crypto from 'node:crypto';
import fs from 'node:fs';

/**
 * Reads and checks the layout of a file written by hnswlib's HierarchicalNSW::saveIndex
 * (hnswalg.h) WITHOUT handing it to hnswlib: hnswlib-node 3.0.0 trusts the header and can
 * segfault on a file whose max_elements is below its element count, on a file of another
 * dimension, or on neighbour ids past the end. Layout (little-endian, 64-bit size_t):
 *
 *   offsetLevel0 u64 | max_elements u64 | cur_element_count u64 | size_data_per_element u64 |
 *   label_offset u64 | offsetData u64 | maxlevel i32 | enterpoint_node u32 | maxM u64 | maxM0 u64 |
 *   M u64 | mult f64 | ef_construction u64                                          (96 bytes)
 *   level-0 block: cur_element_count × size_data_per_element bytes, each element being
 *     [link count u32 (low 16 bits; byte 2 = deleted mark) | maxM0 × u32 neighbours] [vector] [label u64]
 *   then per element: linkListSize u32 and linkListSize bytes (levels × (maxM + 1) × u32)
 */
export interface HnswFileHeader {
  maxElements: number;
  elementCount: number;
  dimension: number;
  maxM: number;
  maxM0: number;
  m: number;
  efConstruction: number;
  maxLevel: number;
  deleted: number;
  fileBytes: number;
  /** sha256 of the whole file, computed while walking it (the walk reads every byte once). */
  sha256: string;
}

export const HNSW_HEADER_BYTES = 96;
const U32 = 4;
const LABEL_BYTES = 8;
/** Generous caps so garbage numbers fail the checks instead of overflowing arithmetic. */
const MAX_ELEMENTS_CAP = 2 ** 32 - 1;
const MAX_M_CAP = 10_000;
const MAX_LEVEL_CAP = 64;
const READ_BUFFER_BYTES = 1 << 20;

/** Thrown for any inconsistency; callers turn it into INDEX_CORRUPT or INDEX_WRITE_FAILED. */
export class HnswFileProblem extends Error {}

function u64(buffer: Buffer, offset: number, name: string): number {
  const value = buffer.readBigUInt64LE(offset);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new HnswFileProblem(`${name} is out of range`);
  return Number(value);
}

/**
 * Sequential reader over a file descriptor with one bounded buffer, refilled in place (the file
 * may be hundreds of MB): a fresh buffer per refill, and a view per element, left about 10 MiB
 * that the process kept as resident memory after loading 100,000 vectors.
 */
class SequentialReader {
  private storage = Buffer.allocUnsafe(0);
  /** The part of `storage` holding file bytes from bufferStart on. */
  private buffer = this.storage;
  private bufferStart = 0;
  position = 0;
  /** sha256 of the file's bytes up to hashedUpTo (each byte once, though a refill may read some again). */
  readonly hash = crypto.createHash('sha256');
  private hashedUpTo = 0;

  constructor(
    private readonly fd: number,
    private readonly fileBytes: number,
  ) {}

  /** Returns `length` bytes at the current position (a view valid until the next call: the buffer is reused). */
  take(length: number): Buffer {
    const start = this.advance(length);
    return this.buffer.subarray(start, start + length);
  }

  /**
   * Moves past `length` bytes and returns where they start in `bytes` (valid until the next call):
   * no object is made per read, which matters over 100,000 elements.
   */
  advance(length: number): number {
    if (this.position + length > this.fileBytes) throw new HnswFileProblem('the file ends early');
    const offsetInBuffer = this.position - this.bufferStart;
    if (offsetInBuffer < 0 || offsetInBuffer + length > this.buffer.length) {
      const size = Math.min(Math.max(length, READ_BUFFER_BYTES), this.fileBytes - this.position);
      if (this.storage.length < size) this.storage = Buffer.allocUnsafe(size);
      let filled = 0;
      while (filled < size) {
        const read = fs.readSync(this.fd, this.storage, filled, size - filled, this.position + filled);
        if (read === 0) throw new HnswFileProblem('the file ends early');
        filled += read;
      }
      this.buffer = this.storage.subarray(0, size);
      this.bufferStart = this.position;
      const end = this.bufferStart + size;
      if (end > this.hashedUpTo) {
        this.hash.update(this.buffer.subarray(this.hashedUpTo - this.bufferStart));
        this.hashedUpTo = end;
      }
    }
    const start = this.position - this.bufferStart;
    this.position += length;
    return start;
  }

  /** The bytes `advance` returns offsets into. */
  get bytes(): Buffer {
    return this.buffer;
  }
}

/** Checks the link list at `offset` of `bytes` (of element `element` at `level`). */
function checkNeighbours(bytes: Buffer, offset: number, capacity: number, elementCount: number, element: number, level: number): void {
  const count = bytes.readUInt16LE(offset);
  if (count > capacity) throw new HnswFileProblem(`element ${element} level ${level} has ${count} links, more than ${capacity}`);
  for (let i = 0; i < count; i++) {
    const neighbour = bytes.readUInt32LE(offset + U32 * (i + 1));
    if (neighbour >= elementCount) throw new HnswFileProblem(`element ${element} level ${level} links to element ${neighbour} of ${elementCount}`);
  }
}

/**
 * Reads the header of an hnswlib index file and walks the whole file checking every size,
 * level and neighbour id against the header, the file length and the expected dimension, and
 * hashes it on the way. Throws HnswFileProblem on the first inconsistency; never touches hnswlib.
 */
export function inspectHnswFile(filePath: string, expectedDimension: number): HnswFileHeader {
  let fd: number;
  try {
    fd = fs.openSync(filePath, 'r');
  } catch (cause) {
    throw new HnswFileProblem(`cannot open the file (${(cause as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const fileBytes = fs.fstatSync(fd).size;
    const reader = new SequentialReader(fd, fileBytes);
    if (fileBytes < HNSW_HEADER_BYTES) throw new HnswFileProblem(`the file has ${fileBytes} bytes, less than a header`);
    const head = Buffer.from(reader.take(HNSW_HEADER_BYTES));

    const offsetLevel0 = u64(head, 0, 'offsetLevel0');
    const maxElements = u64(head, 8, 'max_elements');
    const elementCount = u64(head, 16, 'cur_element_count');
    const sizeDataPerElement = u64(head, 24, 'size_data_per_element');
    const labelOffset = u64(head, 32, 'label_offset');
    const offsetData = u64(head, 40, 'offsetData');
    const maxLevel = head.readInt32LE(48);
    const enterPoint = head.readUInt32LE(52);
    const maxM = u64(head, 56, 'maxM');
    const maxM0 = u64(head, 64, 'maxM0');
    const m = u64(head, 72, 'M');
    const mult = head.readDoubleLE(80);
    const efConstruction = u64(head, 88, 'ef_construction');

    if (offsetLevel0 !== 0) throw new HnswFileProblem('offsetLevel0 is not 0');
    if (maxElements > MAX_ELEMENTS_CAP) throw new HnswFileProblem('max_elements is out of range');
    if (maxElements < elementCount) {
      throw new HnswFileProblem(`max_elements ${maxElements} is below the element count ${elementCount}`);
    }
    if (m < 2 || m > MAX_M_CAP || maxM !== m || maxM0 !== 2 * m) throw new HnswFileProblem('the graph degree fields disagree');
    if (!Number.isFinite(mult) || mult <= 0) throw new HnswFileProblem('the level multiplier is invalid');
    const linksLevel0Bytes = maxM0 * U32 + U32;
    const vectorBytes = expectedDimension * 4;
    if (offsetData !== linksLevel0Bytes || labelOffset !== linksLevel0Bytes + vectorBytes) {
      throw new HnswFileProblem(`the element layout does not match dimension ${expectedDimension}`);
    }
    if (sizeDataPerElement !== linksLevel0Bytes + vectorBytes + LABEL_BYTES) {
      throw new HnswFileProblem(`the element size does not match dimension ${expectedDimension}`);
    }
    if (elementCount > 0) {
      if (maxLevel < 0 || maxLevel > MAX_LEVEL_CAP) throw new HnswFileProblem('maxlevel is out of range');
      if (enterPoint >= elementCount) throw new HnswFileProblem('the entry point is past the last element');
    }
    if (HNSW_HEADER_BYTES + elementCount * sizeDataPerElement + elementCount * U32 > fileBytes) {
      throw new HnswFileProblem('the file is shorter than its header says');
    }

    let deleted = 0;
    for (let i = 0; i < elementCount; i++) {
      const element = reader.advance(sizeDataPerElement);
      if ((reader.bytes.readUInt8(element + 2) & 0x01) !== 0) deleted++;
      checkNeighbours(reader.bytes, element, maxM0, elementCount, i, 0);
    }

    const linksPerLevelBytes = maxM * U32 + U32;
    for (let i = 0; i < elementCount; i++) {
      const linkListSize = reader.bytes.readUInt32LE(reader.advance(U32));
      if (linkListSize === 0) continue;
      const levels = linkListSize / linksPerLevelBytes;
      if (!Number.isInteger(levels) || levels > maxLevel) throw new HnswFileProblem(`element ${i} has an invalid link list size`);
      const lists = reader.advance(linkListSize);
      for (let level = 0; level < levels; level++) checkNeighbours(reader.bytes, lists + level * linksPerLevelBytes, maxM, elementCount, i, level + 1);
    }
    if (reader.position !== fileBytes) throw new HnswFileProblem('the file has bytes past its last element');

    return { maxElements, elementCount, dimension: expectedDimension, maxM, maxM0, m, efConstruction, maxLevel, deleted, fileBytes, sha256: reader.hash.digest('hex') };
  } finally {
    fs.closeSync(fd);
  }
}
