import fs from 'node:fs';
import hnswlib from 'hnswlib-node';
import { AppError } from '../errors.ts';
import { HnswFileProblem, inspectHnswFile } from './hnsw-file.ts';

const { HierarchicalNSW } = hnswlib;
type Hnsw = InstanceType<typeof HierarchicalNSW>;

/** A dense hit: `similarity` is the inner product of unit vectors, i.e. their cosine (larger is closer). */
export interface VectorHit {
  label: number;
  similarity: number;
}

export interface VectorIndexOptions {
  dimension: number;
  /** Elements the index holds before it must grow (it grows by itself, doubling). */
  capacity: number;
  m: number;
  efConstruction: number;
  /** Seed of the level generator, fixed so that builds are reproducible. */
  seed?: number;
}

/** What our manifest says about a stored vector file; checked against the file before hnswlib reads it. */
export interface StoredVectorsExpectation {
  dimension: number;
  /** Live (not deleted) elements. */
  count: number;
  /** Elements marked deleted but still in the graph. */
  deleted: number;
  capacity: number;
  m: number;
  efConstruction: number;
  /** Size and sha256 the file must have (our manifest's record), checked in the same pass as its layout. */
  file?: { bytes: number; sha256: string };
}

const DEFAULT_SEED = 100;
const MIN_CAPACITY = 16;
const MAX_LABEL = 2 ** 32 - 1;

function toArray(vector: Float32Array | readonly number[]): number[] {
  return Array.from(vector);
}

/**
 * HNSW over unit vectors in hnswlib's 'ip' space. hnswlib reports `1 - inner product` as a
 * distance; this class only ever hands out the similarity (`1 - distance`).
 * Not safe to search while loading: every load creates a new object (see `load`).
 */
export class VectorIndex {
  private constructor(
    private readonly hnsw: Hnsw,
    readonly dimension: number,
    readonly m: number,
    readonly efConstruction: number,
    private liveCount: number,
    private deletedCount: number,
  ) {}

  static create(options: VectorIndexOptions): VectorIndex {
    const hnsw = new HierarchicalNSW('ip', options.dimension);
    hnsw.initIndex({
      maxElements: Math.max(MIN_CAPACITY, options.capacity),
      m: options.m,
      efConstruction: options.efConstruction,
      randomSeed: options.seed ?? DEFAULT_SEED,
    });
    return new VectorIndex(hnsw, options.dimension, options.m, options.efConstruction, 0, 0);
  }

  /**
   * Loads a file written by `save`. Call only after the manifest was verified; the file's
   * checksum (expected.file) and layout are checked here in one pass BEFORE hnswlib sees it
   * (hnswlib segfaults on some malformed headers), and the read goes into a fresh
   * HierarchicalNSW that is dropped if it throws (hnswlib-node leaves a dangling pointer in an
   * object whose read failed).
   */
  static load(filePath: string, expected: StoredVectorsExpectation): VectorIndex {
    const corrupt = (why: string, cause?: unknown) =>
      new AppError(
        'INDEX_CORRUPT',
        `The vector index file is damaged (${why}). Run \`npm run ingest\` to rebuild it.`,
        { file: filePath },
        { cause },
      );
    let header;
    try {
      header = inspectHnswFile(filePath, expected.dimension);
    } catch (error) {
      if (error instanceof HnswFileProblem) throw corrupt(error.message, error);
      throw error;
    }
    if (expected.file !== undefined && (header.fileBytes !== expected.file.bytes || header.sha256 !== expected.file.sha256)) {
      throw corrupt('it does not match its checksum');
    }
    if (header.elementCount !== expected.count + expected.deleted || header.deleted !== expected.deleted) {
      throw corrupt(`it holds ${header.elementCount} elements, ${header.deleted} deleted; the manifest says ${expected.count} live and ${expected.deleted} deleted`);
    }
    if (header.maxElements !== expected.capacity) {
      throw corrupt(`its capacity is ${header.maxElements}, the manifest says ${expected.capacity}`);
    }
    if (header.m !== expected.m) throw corrupt(`its M is ${header.m}, the manifest says ${expected.m}`);
    if (header.elementCount === 0) {
      // hnswlib would size an empty file's index to 0 elements; an empty index is simply new.
      return VectorIndex.create({ dimension: expected.dimension, capacity: expected.capacity, m: expected.m, efConstruction: expected.efConstruction });
    }

    const fresh = new HierarchicalNSW('ip', expected.dimension);
    try {
      fresh.readIndexSync(filePath);
    } catch (error) {
      // `fresh` is never used again: after a failed read it holds a freed pointer.
      throw corrupt('hnswlib could not read it', error);
    }
    if (fresh.getCurrentCount() !== header.elementCount || fresh.getNumDimensions() !== expected.dimension) {
      throw corrupt('hnswlib read a different element count or dimension');
    }
    return new VectorIndex(fresh, expected.dimension, header.m, expected.efConstruction, expected.count, expected.deleted);
  }

  /** Live (searchable) elements. */
  get count(): number {
    return this.liveCount;
  }

  /** Elements marked deleted that still take room in the graph. */
  get deleted(): number {
    return this.deletedCount;
  }

  get capacity(): number {
    return this.hnsw.getMaxElements();
  }

  /** Adds a unit vector under a label that was never used in this index. */
  add(label: number, vector: Float32Array | readonly number[]): void {
    // hnswlib-node keeps labels as uint32 and would silently wrap anything else.
    if (!Number.isInteger(label) || label < 0 || label > MAX_LABEL) throw new RangeError(`vector label ${label} is not a uint32`);
    this.checkDimension(vector);
    const needed = this.liveCount + this.deletedCount + 1;
    if (needed > this.capacity) this.hnsw.resizeIndex(Math.max(needed, this.capacity * 2));
    this.hnsw.addPoint(toArray(vector), label);
    this.liveCount++;
  }

  /** Hides a label from searches; its room is reclaimed only by a rebuild. */
  remove(label: number): void {
    try {
      this.hnsw.markDelete(label);
    } catch (cause) {
      throw new AppError('INDEX_CORRUPT', `Vector ${label} is not in the index. Run \`npm run ingest\` to rebuild it.`, { label }, { cause });
    }
    this.liveCount--;
    this.deletedCount++;
  }

  setEf(ef: number): void {
    this.hnsw.setEf(Math.max(1, Math.floor(ef)));
  }

  /**
   * The k nearest live elements, best first. k is clamped to the live count on purpose
   * (hnswlib-node refuses k above its capacity, and asking for more than exists is not an
   * error here): with fewer live items than k, all of them come back. `ef` (search breadth)
   * is raised to at least k. HNSW is approximate, so with many deleted elements slightly
   * fewer than k may be found.
   */
  search(vector: Float32Array | readonly number[], k: number, ef?: number): VectorHit[] {
    this.checkDimension(vector);
    const wanted = Math.min(Math.floor(k), this.liveCount);
    if (wanted <= 0) return [];
    if (ef !== undefined) this.setEf(Math.max(ef, wanted));
    const { neighbors, distances } = this.hnsw.searchKnn(toArray(vector), wanted);
    const hits = neighbors.map((label, i) => ({ label, similarity: 1 - (distances[i] ?? 1) }));
    return hits.sort((a, b) => b.similarity - a.similarity || a.label - b.label);
  }

  /** The stored vector of a live label (hnswlib hands out a copy). */
  vectorOf(label: number): number[] {
    return this.hnsw.getPoint(label);
  }

  /**
   * A compact copy holding only the given live labels (their stored vectors, no re-embedding),
   * for when deletions waste too much room or the graph parameters changed.
   */
  rebuilt(liveLabels: readonly number[], options: { extraCapacity: number; m?: number; efConstruction?: number }): VectorIndex {
    const copy = VectorIndex.create({
      dimension: this.dimension,
      capacity: liveLabels.length + options.extraCapacity,
      m: options.m ?? this.m,
      efConstruction: options.efConstruction ?? this.efConstruction,
    });
    for (const label of liveLabels) copy.add(label, this.hnsw.getPoint(label));
    return copy;
  }

  /**
   * Writes the index and checks the written file: hnswlib-node reports success even when it
   * could not write, so a missing or malformed file is detected here (INDEX_WRITE_FAILED).
   * Returns the written file's size and sha256 (from the same check's pass over it).
   */
  save(filePath: string): { bytes: number; sha256: string } {
    const failed = (why: string, cause?: unknown) =>
      new AppError('INDEX_WRITE_FAILED', `Could not write the vector index to ${filePath} (${why}). Check that DATA_DIR is writable and has free space, then run \`npm run ingest\` again.`, { file: filePath }, { cause });
    try {
      this.hnsw.writeIndexSync(filePath);
    } catch (cause) {
      throw failed('hnswlib reported an error', cause);
    }
    let header;
    try {
      header = inspectHnswFile(filePath, this.dimension);
    } catch (error) {
      if (error instanceof HnswFileProblem) throw failed(error.message, error);
      throw error;
    }
    if (header.fileBytes === 0 || header.elementCount !== this.liveCount + this.deletedCount || header.deleted !== this.deletedCount) {
      throw failed('the written file does not hold what was in memory');
    }
    try {
      const fd = fs.openSync(filePath, 'r+');
      try {
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    } catch (cause) {
      throw failed('fsync failed', cause);
    }
    return { bytes: header.fileBytes, sha256: header.sha256 };
  }

  private checkDimension(vector: Float32Array | readonly number[]): void {
    if (vector.length !== this.dimension) {
      throw new AppError(
        'INDEX_MODEL_MISMATCH',
        `A vector of dimension ${vector.length} met an index of dimension ${this.dimension}. Run \`npm run ingest\` to rebuild the index with the configured model.`,
        { dimension: this.dimension, got: vector.length },
      );
    }
  }
}
