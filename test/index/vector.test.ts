import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HnswFileProblem, inspectHnswFile } from '../../src/index/hnsw-file.ts';
import { VectorIndex } from '../../src/index/vector.ts';

const DIMENSION = 8;
const tempDirs: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vector-test-'));
  tempDirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A deterministic unit vector per seed. */
function unitVector(seed: number): Float32Array {
  const v = new Float32Array(DIMENSION).map((_, i) => Math.sin(seed * 12.9898 + i * 78.233));
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

function dot(a: Float32Array, b: Float32Array): number {
  return a.reduce((sum, x, i) => sum + x * b[i]!, 0);
}

function filledIndex(count: number, capacity = 4): VectorIndex {
  const index = VectorIndex.create({ dimension: DIMENSION, capacity, m: 8, efConstruction: 50 });
  for (let label = 0; label < count; label++) index.add(label, unitVector(label));
  return index;
}

describe('VectorIndex', () => {
  it('returns similarities equal to the inner product, best first', () => {
    const index = filledIndex(20);
    const query = unitVector(3);
    const hits = index.search(query, 5, 50);
    expect(hits[0]!.label).toBe(3);
    expect(hits[0]!.similarity).toBeCloseTo(1, 5);
    for (const hit of hits) expect(hit.similarity).toBeCloseTo(dot(query, unitVector(hit.label)), 5);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.similarity).toBeGreaterThanOrEqual(hits[i]!.similarity);
  });

  it('grows past its initial capacity', () => {
    const index = filledIndex(100, 16);
    expect(index.count).toBe(100);
    expect(index.capacity).toBeGreaterThanOrEqual(100);
    expect(index.search(unitVector(99), 1, 50)[0]!.label).toBe(99);
  });

  it('returns every live item without throwing when k exceeds the index size', () => {
    const index = filledIndex(5, 16);
    index.remove(2);
    const hits = index.search(unitVector(0), 1000, 10);
    expect(hits.map((h) => h.label).sort()).toEqual([0, 1, 3, 4]);
    expect(VectorIndex.create({ dimension: DIMENSION, capacity: 4, m: 8, efConstruction: 50 }).search(unitVector(0), 10)).toEqual([]);
  });

  it('hides removed labels and counts them as deleted', () => {
    const index = filledIndex(10);
    index.remove(4);
    expect(index.count).toBe(9);
    expect(index.deleted).toBe(1);
    expect(index.search(unitVector(4), 10, 50).map((h) => h.label)).not.toContain(4);
  });

  it('rebuilds a compact copy from the kept vectors', () => {
    const index = filledIndex(10);
    for (const label of [1, 2, 3]) index.remove(label);
    const copy = index.rebuilt([0, 4, 5, 6, 7, 8, 9], { extraCapacity: 0, m: 12 });
    expect(copy.deleted).toBe(0);
    expect(copy.count).toBe(7);
    expect(copy.m).toBe(12);
    expect(copy.search(unitVector(6), 1, 50)[0]).toMatchObject({ label: 6 });
  });

  it('saves and loads into identical search results', () => {
    const index = filledIndex(50);
    index.remove(7);
    const file = path.join(tempDir(), 'vectors.hnsw');
    index.save(file);
    const loaded = VectorIndex.load(file, { dimension: DIMENSION, count: 49, deleted: 1, capacity: index.capacity, m: 8, efConstruction: 50 });
    for (const seed of [0, 7, 13, 42]) expect(loaded.search(unitVector(seed), 10, 50)).toEqual(index.search(unitVector(seed), 10, 50));
  });

  it('refuses a file whose counts or dimension differ from the manifest, before hnswlib reads it', () => {
    const index = filledIndex(10);
    const file = path.join(tempDir(), 'vectors.hnsw');
    index.save(file);
    const expected = { dimension: DIMENSION, count: 10, deleted: 0, capacity: index.capacity, m: 8, efConstruction: 50 };
    expect(() => VectorIndex.load(file, { ...expected, count: 11 })).toThrow(expect.objectContaining({ code: 'INDEX_CORRUPT' }));
    expect(() => VectorIndex.load(file, { ...expected, dimension: 16 })).toThrow(expect.objectContaining({ code: 'INDEX_CORRUPT' }));
  });

  it('saves a file whose size and sha256 it reports, and refuses one that does not match them, before hnswlib reads it', () => {
    const index = filledIndex(10);
    const file = path.join(tempDir(), 'vectors.hnsw');
    const written = index.save(file);
    const bytes = fs.readFileSync(file);
    expect(written).toEqual({ bytes: bytes.length, sha256: crypto.createHash('sha256').update(bytes).digest('hex') });
    const expected = { dimension: DIMENSION, count: 10, deleted: 0, capacity: index.capacity, m: 8, efConstruction: 50 };
    expect(VectorIndex.load(file, { ...expected, file: written }).count).toBe(10);
    // A byte of the first element's vector (after the 96-byte header and its level-0 links)
    // changed: the layout still holds, only the checksum can tell.
    const firstVector = 96 + (2 * 8 + 1) * 4;
    bytes.writeUInt8(bytes.readUInt8(firstVector + 5) ^ 0xff, firstVector + 5);
    fs.writeFileSync(file, bytes);
    expect(() => VectorIndex.load(file, { ...expected, file: written })).toThrow(expect.objectContaining({ code: 'INDEX_CORRUPT', message: expect.stringMatching(/checksum/) }));
  });

  it('reports a write to an impossible path as INDEX_WRITE_FAILED (hnswlib itself reports success)', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'file.txt'), 'x');
    expect(() => filledIndex(3).save(path.join(dir, 'file.txt', 'sub', 'vectors.hnsw'))).toThrow(expect.objectContaining({ code: 'INDEX_WRITE_FAILED' }));
  });
});

describe('inspectHnswFile', () => {
  function savedFile(count: number): string {
    const file = path.join(tempDir(), 'vectors.hnsw');
    filledIndex(count).save(file);
    return file;
  }

  it('reads the header of a file hnswlib wrote', () => {
    const header = inspectHnswFile(savedFile(30), DIMENSION);
    expect(header.elementCount).toBe(30);
    expect(header.maxElements).toBeGreaterThanOrEqual(30);
    expect(header.m).toBe(8);
  });

  it('rejects max_elements below the element count', () => {
    const file = savedFile(30);
    const bytes = fs.readFileSync(file);
    bytes.writeBigUInt64LE(5n, 8);
    fs.writeFileSync(file, bytes);
    expect(() => inspectHnswFile(file, DIMENSION)).toThrow(HnswFileProblem);
    expect(() => inspectHnswFile(file, DIMENSION)).toThrow(/max_elements/);
  });

  it('rejects truncated files, garbage and neighbour ids past the end', () => {
    const file = savedFile(30);
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, bytes.length - 3));
    expect(() => inspectHnswFile(file, DIMENSION)).toThrow(HnswFileProblem);
    fs.writeFileSync(file, bytes.subarray(0, 40));
    expect(() => inspectHnswFile(file, DIMENSION)).toThrow(HnswFileProblem);
    fs.writeFileSync(file, Buffer.alloc(5000, 0xab));
    expect(() => inspectHnswFile(file, DIMENSION)).toThrow(HnswFileProblem);

    const forged = Buffer.from(bytes);
    // First element's level-0 list: count at offset 96, first neighbour right after it.
    forged.writeUInt16LE(1, 96);
    forged.writeUInt32LE(1_000_000, 100);
    fs.writeFileSync(file, forged);
    expect(() => inspectHnswFile(file, DIMENSION)).toThrow(/links to element/);
  });
});
