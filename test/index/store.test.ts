import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chunkRef } from '../../src/corpus/types.ts';
import { createLogger } from '../../src/log.ts';
import { CURRENT_FILE, FILES, loadIndex, saveIndex } from '../../src/index/store.ts';
import { corpusDigest } from '../../src/index/manifest.ts';
import type { IndexExpectation } from '../../src/index/manifest.ts';
import { createFakeEmbedder } from './fake-embedder.ts';
import { SAMPLE_DOCUMENTS, buildSnapshot, currentFolder, downgradeManifestToVersion1, makeTempDir, resealCurrent } from './fixtures.ts';

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const embedder = createFakeEmbedder({ dimension: 16 });
const HYBRID: IndexExpectation = { mode: 'hybrid', modelId: embedder.modelId, dimension: embedder.dimension };
const QUERIES = ['Korean trade delegation in Baku', 'energy shipping minister', 'scholarships for students'];

async function savedIndex(): Promise<string> {
  const dataDir = makeTempDir('store-test-', tempDirs);
  saveIndex(dataDir, await buildSnapshot(SAMPLE_DOCUMENTS, embedder));
  return dataDir;
}

const LOAD_CHILD = fileURLToPath(new URL('./load-child.ts', import.meta.url));

/** Loads in a child process: a segfault would show as a non-zero exit instead of killing the test worker. */
async function loadInChild(dataDir: string, expectation: IndexExpectation = HYBRID): Promise<{ ok: boolean; code?: string; chunks?: number }> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', LOAD_CHILD, dataDir, JSON.stringify(expectation)], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as { ok: boolean; code?: string };
}

function truncate(file: string, keepBytes: number): void {
  fs.writeFileSync(file, fs.readFileSync(file).subarray(0, keepBytes));
}

describe('saveIndex / loadIndex', () => {
  it('refuses a hybrid snapshot without its vectors as an INTERNAL error (a bug), writing nothing', async () => {
    const dataDir = makeTempDir('store-test-', tempDirs);
    const snapshot = await buildSnapshot(SAMPLE_DOCUMENTS, embedder);
    expect(() => saveIndex(dataDir, { ...snapshot, vector: undefined })).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('round-trips: the loaded index answers exactly like the saved one', async () => {
    const dataDir = makeTempDir('store-test-', tempDirs);
    const snapshot = await buildSnapshot(SAMPLE_DOCUMENTS, embedder);
    saveIndex(dataDir, snapshot);
    const loaded = loadIndex(dataDir, HYBRID);

    expect(loaded.manifest.counts).toEqual({ documents: 3, chunks: snapshot.store.chunkCount });
    for (const query of QUERIES) {
      const vector = await embedder.embedQuery(query);
      expect(loaded.vector!.search(vector, 4, 50)).toEqual(snapshot.vector!.search(vector, 4, 50));
      expect(loaded.lexical.search(query, 4)).toEqual(snapshot.lexical.search(query, 4));
    }
    for (const { label, chunk } of snapshot.store.entries()) expect(loaded.chunkByLabel(label)).toEqual(chunk);
    const doc = SAMPLE_DOCUMENTS[1]!;
    expect(loaded.chunkByRef(chunkRef(doc.contentHash, 1))?.text).toBe('A cultural festival followed in Busan.');
    expect(loaded.documents().map((d) => d.source)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(loaded.document('b.txt')?.meta.title).toBe('b.txt');
  });

  it('keeps only the new generation after a save', async () => {
    const dataDir = await savedIndex();
    const first = currentFolder(dataDir);
    saveIndex(dataDir, await buildSnapshot(SAMPLE_DOCUMENTS.slice(0, 1), embedder));
    expect(fs.existsSync(first)).toBe(false);
    expect(fs.readdirSync(dataDir).sort()).toEqual([CURRENT_FILE, path.basename(currentFolder(dataDir))].sort());
    expect(loadIndex(dataDir, HYBRID).manifest.counts.documents).toBe(1);
  });

  it('refuses an index built with another model id or dimension', async () => {
    const dataDir = await savedIndex();
    expect(() => loadIndex(dataDir, { ...HYBRID, modelId: 'other/model' })).toThrow(expect.objectContaining({ code: 'INDEX_MODEL_MISMATCH' }));
    expect(() => loadIndex(dataDir, { ...HYBRID, dimension: 384 })).toThrow(expect.objectContaining({ code: 'INDEX_MODEL_MISMATCH' }));
    expect(() => loadIndex(dataDir, { ...HYBRID, dimension: 384 })).toThrow(/npm run ingest/);
  });

  it('loads a hybrid index without its vectors for lexical-only use', async () => {
    const loaded = loadIndex(await savedIndex(), { mode: 'lexical' });
    expect(loaded.vector).toBeUndefined();
    expect(loaded.lexical.search('Samsung', 1)).toHaveLength(1);
  });

  it('reports a missing index as INDEX_MISSING and an unknown format as INDEX_FORMAT_UNSUPPORTED', async () => {
    const empty = makeTempDir('store-test-', tempDirs);
    expect(() => loadIndex(empty, HYBRID)).toThrow(expect.objectContaining({ code: 'INDEX_MISSING' }));
    expect(() => loadIndex(path.join(empty, 'nope'), HYBRID)).toThrow(expect.objectContaining({ code: 'INDEX_MISSING' }));

    const dataDir = await savedIndex();
    resealCurrent(dataDir, (manifest) => (manifest.formatVersion = 3));
    expect(() => loadIndex(dataDir, HYBRID)).toThrow(expect.objectContaining({ code: 'INDEX_FORMAT_UNSUPPORTED' }));
  });

  it('writes a manifest that does not grow with the corpus: the documents are one digest', async () => {
    const dataDir = await savedIndex();
    const manifest = JSON.parse(fs.readFileSync(path.join(currentFolder(dataDir), FILES.manifest), 'utf8')) as Record<string, unknown>;
    expect(manifest).not.toHaveProperty('documents');
    expect(manifest.corpusDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(loadIndex(dataDir, HYBRID).manifest.corpusDigest).toBe(corpusDigest(SAMPLE_DOCUMENTS));
  });

  it('reads a manifest of format version 1 (every document with its chunk labels)', async () => {
    const dataDir = makeTempDir('store-test-', tempDirs);
    const snapshot = await buildSnapshot(SAMPLE_DOCUMENTS, embedder);
    saveIndex(dataDir, snapshot);
    downgradeManifestToVersion1(dataDir, snapshot.store);
    const loaded = loadIndex(dataDir, HYBRID);
    expect(loaded.manifest).toMatchObject({ formatVersion: 1, corpusDigest: corpusDigest(SAMPLE_DOCUMENTS) });
    expect([...loaded.store.entries()]).toEqual([...snapshot.store.entries()]);

    resealCurrent(dataDir, (manifest) => (manifest.nextLabel = 1));
    expect(() => loadIndex(dataDir, HYBRID)).toThrow(expect.objectContaining({ code: 'INDEX_CORRUPT', message: expect.stringMatching(/nextLabel/) }));
  });

  it('refuses a chunk store that holds other documents than the manifest names', async () => {
    const dataDir = await savedIndex();
    resealCurrent(dataDir, (manifest) => (manifest.corpusDigest = corpusDigest(SAMPLE_DOCUMENTS.slice(1))));
    expect(() => loadIndex(dataDir, HYBRID)).toThrow(expect.objectContaining({ code: 'INDEX_CORRUPT', message: expect.stringMatching(/other documents/) }));
    resealCurrent(dataDir, (manifest) => (manifest.corpusDigest = 'not a digest'));
    expect(() => loadIndex(dataDir, HYBRID)).toThrow(expect.objectContaining({ code: 'INDEX_CORRUPT' }));
  });

  it('rebuilds the lexical index from the chunks when the analyzer version changed', async () => {
    const dataDir = await savedIndex();
    resealCurrent(dataDir, (manifest) => (manifest.analyzerVersion = 0));
    fs.writeFileSync(path.join(currentFolder(dataDir), FILES.lexical), '{"not":"a lexical index"}');
    resealCurrent(dataDir, (manifest) => (manifest.analyzerVersion = 0));
    const lines: string[] = [];
    const loaded = loadIndex(dataDir, HYBRID, { logger: createLogger({ write: (line) => lines.push(line) }) });
    expect(loaded.lexical.search('Samsung office', 1)[0]?.label).toBe(0);
    expect(lines.join('\n')).toMatch(/rebuilding the lexical index/);
  });

  it.each([FILES.vectors, FILES.chunks, FILES.lexical, FILES.manifest])('reports a truncated %s as INDEX_CORRUPT without crashing', async (name) => {
    const dataDir = await savedIndex();
    truncate(path.join(currentFolder(dataDir), name), 100);
    expect(await loadInChild(dataDir)).toEqual({ ok: false, code: 'INDEX_CORRUPT' });
  });

  it('rejects a forged vector header (max_elements < count) before hnswlib reads it', async () => {
    const dataDir = await savedIndex();
    const file = path.join(currentFolder(dataDir), FILES.vectors);
    const bytes = fs.readFileSync(file);
    bytes.writeBigUInt64LE(1n, 8);
    fs.writeFileSync(file, bytes);
    resealCurrent(dataDir);
    expect(await loadInChild(dataDir)).toEqual({ ok: false, code: 'INDEX_CORRUPT' });
  });

  it('survives garbage in every file without crashing', async () => {
    const dataDir = await savedIndex();
    const folder = currentFolder(dataDir);
    for (const name of [FILES.vectors, FILES.chunks, FILES.lexical]) fs.writeFileSync(path.join(folder, name), Buffer.alloc(3000, 0x5a));
    resealCurrent(dataDir);
    expect(await loadInChild(dataDir)).toEqual({ ok: false, code: 'INDEX_CORRUPT' });
    fs.writeFileSync(path.join(dataDir, CURRENT_FILE), '\u0000garbage');
    expect(await loadInChild(dataDir)).toEqual({ ok: false, code: 'INDEX_CORRUPT' });
  });

  it('reports a forged lexical.bin that passes its checksum as INDEX_CORRUPT', async () => {
    const dataDir = await savedIndex();
    const file = path.join(currentFolder(dataDir), FILES.lexical);
    const bytes = fs.readFileSync(file);
    bytes.writeUInt32LE(bytes.readUInt32LE(12) + 1, 12); // one more passage than the file holds
    fs.writeFileSync(file, bytes);
    resealCurrent(dataDir);
    expect(() => loadIndex(dataDir, HYBRID)).toThrow(expect.objectContaining({ code: 'INDEX_CORRUPT' }));
  });

  it.each([
    [FILES.chunks, () => JSON.stringify({ format: 1, documents: [{ source: 'a.txt', text: 'x', contentHash: 'h', meta: {}, chunks: [] }] })],
    [FILES.chunks, () => JSON.stringify({ format: 1, documents: [{ source: 'a.txt', text: 'x', contentHash: 'h', meta: { title: 't', language: 'en' }, chunks: [null] }] })],
  ])('reports a forged %s that passes its checksum as INDEX_CORRUPT', async (name, content) => {
    const dataDir = await savedIndex();
    const file = path.join(currentFolder(dataDir), name);
    fs.writeFileSync(file, content());
    resealCurrent(dataDir);
    expect(() => loadIndex(dataDir, HYBRID)).toThrow(expect.objectContaining({ code: 'INDEX_CORRUPT' }));
  });

  it('leaves the previous index loadable after a write that crashed before switching CURRENT', async () => {
    const dataDir = await savedIndex();
    const before = loadIndex(dataDir, HYBRID).manifest.createdAt;
    // A crashed writer: a half-written generation folder and a torn CURRENT.tmp.
    const stray = path.join(dataDir, 'index-20990101000000000-deadbeef');
    fs.mkdirSync(stray);
    fs.writeFileSync(path.join(stray, FILES.vectors), 'partial');
    fs.writeFileSync(path.join(dataDir, `${CURRENT_FILE}.tmp`), '{"folder":"index-2099');
    const loaded = await loadInChild(dataDir);
    expect(loaded).toMatchObject({ ok: true });
    expect(loadIndex(dataDir, HYBRID).manifest.createdAt).toBe(before);

    // The next successful save cleans up after the crash.
    saveIndex(dataDir, await buildSnapshot(SAMPLE_DOCUMENTS, embedder));
    expect(fs.existsSync(stray)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, `${CURRENT_FILE}.tmp`))).toBe(false);
  });

  it('throws DATA_DIR_INVALID when DATA_DIR lies under a regular file', async () => {
    const dir = makeTempDir('store-test-', tempDirs);
    fs.writeFileSync(path.join(dir, 'file.txt'), 'not a folder');
    const snapshot = await buildSnapshot(SAMPLE_DOCUMENTS, embedder);
    expect(() => saveIndex(path.join(dir, 'file.txt', 'sub'), snapshot)).toThrow(expect.objectContaining({ code: 'DATA_DIR_INVALID' }));
    expect(() => loadIndex(path.join(dir, 'file.txt'), { mode: 'lexical' })).toThrow(expect.objectContaining({ code: 'DATA_DIR_INVALID' }));
  });

  it('reads the new generation when an ingest switched CURRENT and removed the folder mid-load', async () => {
    const dataDir = await savedIndex();
    const oldFolder = currentFolder(dataDir);
    const other = makeTempDir('store-test-', tempDirs);
    saveIndex(other, await buildSnapshot(SAMPLE_DOCUMENTS.slice(0, 2), embedder));
    const newFolder = path.basename(currentFolder(other));
    fs.cpSync(path.join(other, newFolder), path.join(dataDir, newFolder), { recursive: true });

    // The "ingest" finishes exactly while the loader is about to read the old manifest.
    const realRead = fs.readFileSync;
    const spy = vi.spyOn(fs, 'readFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, options?: unknown) => {
      if (file === path.join(oldFolder, FILES.manifest)) {
        fs.copyFileSync(path.join(other, CURRENT_FILE), path.join(dataDir, CURRENT_FILE));
        fs.rmSync(oldFolder, { recursive: true });
      }
      return realRead(file, options as never);
    }) as typeof fs.readFileSync);
    try {
      expect(loadIndex(dataDir, HYBRID).manifest.counts.documents).toBe(2);
      expect(spy).toHaveBeenCalledWith(path.join(oldFolder, FILES.manifest));
    } finally {
      spy.mockRestore();
    }
  });
});
