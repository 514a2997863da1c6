import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/corpus/load.ts';
import { CHUNK_STORE_FORMAT, chunkStoreFormat } from '../../src/index/chunk-store.ts';
import { hybridChunkingTokenizer, ingestCorpus } from '../../src/index/ingest.ts';
import type { IngestOptions, IngestProgressEvent } from '../../src/index/ingest.ts';
import { MANIFEST_FORMAT_VERSION } from '../../src/index/manifest.ts';
import type { IndexExpectation } from '../../src/index/manifest.ts';
import { LOCK_FILE } from '../../src/index/lock.ts';
import { CURRENT_FILE, FILES, loadIndex } from '../../src/index/store.ts';
import type { LoadedIndex } from '../../src/index/store.ts';
import type { Embedder } from '../../src/embed/types.ts';
import { createFakeEmbedder } from './fake-embedder.ts';
import type { FakeEmbedder } from './fake-embedder.ts';
import { downgradeManifestToVersion1, makeTempDir } from './fixtures.ts';
import { legacyChunkStoreJson, replaceIndexFile } from './legacy-store.ts';

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const DOCUMENTS: Record<string, string> = {
  'alpha.txt': 'Alpha Report\n\nBaku hosted a Korean trade delegation in spring. Samsung engineers toured the Sumgait technology park. The ministers signed a memorandum on shipping.',
  'beta.txt': 'Beta Report\n\nSeoul welcomed the Azerbaijani energy minister. Hydrogen cooperation was the main topic. A cultural festival followed in Busan with mugham music.',
  'gamma.txt': 'Gamma Report\n\nStudents from Ganja enrolled in Daejeon universities. The exchange programme doubled its scholarships. Korean language courses opened in Baku.',
};

function seedsWith(files: Record<string, string>): string {
  const dir = makeTempDir('ingest-seeds-', tempDirs);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

function optionsFor(seedsDir: string, dataDir: string, embedder?: Embedder): IngestOptions {
  return { seedsDir, dataDir, embedder, chunking: { maxTokens: 24, overlapSentences: 0 }, hnsw: { m: 8, efConstruction: 50 }, embedBatchSize: 2 };
}

function hybridOf(embedder: Embedder): IndexExpectation {
  return { mode: 'hybrid', modelId: embedder.modelId, dimension: embedder.dimension };
}

/** Sources of the chunks the vector index finds for a text, over every live chunk. */
async function vectorSources(index: LoadedIndex, embedder: Embedder, text: string): Promise<string[]> {
  const hits = index.vector!.search(await embedder.embedQuery(text), 1000, 200);
  return hits.map((hit) => index.chunkByLabel(hit.label)!.source);
}

function lexicalSources(index: LoadedIndex, text: string): string[] {
  return index.lexical.search(text, 100).map((hit) => index.chunkByLabel(hit.label)!.source);
}

async function firstIngest(embedder: FakeEmbedder = createFakeEmbedder()) {
  const seedsDir = seedsWith(DOCUMENTS);
  const dataDir = makeTempDir('ingest-data-', tempDirs);
  const summary = await ingestCorpus(optionsFor(seedsDir, dataDir, embedder));
  return { seedsDir, dataDir, embedder, summary };
}

describe('ingestCorpus', () => {
  it('builds a hybrid index, embedding every chunk in batches with progress', async () => {
    const seedsDir = seedsWith(DOCUMENTS);
    const dataDir = makeTempDir('ingest-data-', tempDirs);
    const embedder = createFakeEmbedder();
    const events: IngestProgressEvent[] = [];
    const summary = await ingestCorpus({ ...optionsFor(seedsDir, dataDir, embedder), onProgress: (e) => events.push(e) });

    expect(summary).toMatchObject({ documents: 3, addedDocuments: 3, changedDocuments: 0, removedDocuments: 0, reused: 0, mode: 'hybrid', unchanged: false });
    expect(summary.chunks).toBeGreaterThan(3);
    expect(summary.embeddedNow).toBe(summary.chunks);
    expect(embedder.embeddedPassages).toHaveLength(summary.chunks);
    expect(embedder.passageCalls).toBe(Math.ceil(summary.chunks / 2));
    expect(events.at(-1)).toEqual({ phase: 'embed', done: summary.chunks, total: summary.chunks });

    const index = loadIndex(dataDir, hybridOf(embedder));
    expect(index.manifest.chunking).toEqual({ tokenizer: hybridChunkingTokenizer(embedder.modelId), maxTokens: 24, overlapSentences: 0 });
    expect((await vectorSources(index, embedder, 'Hydrogen cooperation energy minister'))[0]).toBe('beta.txt');
    expect(lexicalSources(index, 'scholarships')).toEqual(['gamma.txt']);
    for (const { chunk } of index.store.entries()) expect(embedder.countPassageTokens(chunk.text)).toBeLessThanOrEqual(24);
    // Cut by the approximate count, each passage records the model's own: ingest sends them to it shortest first by that.
    for (const { chunk } of index.store.entries()) expect(chunk.tokenCount).toBe(embedder.countPassageTokens(chunk.text));
  });

  it('lets the event loop run between embedding batches, so a bot answers while it ingests', async () => {
    const seedsDir = seedsWith(DOCUMENTS);
    const dataDir = makeTempDir('ingest-data-', tempDirs);
    const inner = createFakeEmbedder();
    // The fake settles its promises at once, as the model's do: only a turn of the loop lets a timer in.
    let turns = 0;
    let ticking = true;
    const tick = (): void => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const turnsAtEachBatch: number[] = [];
    const embedder: Embedder = { ...inner, embedPassages: (texts) => (turnsAtEachBatch.push(turns), inner.embedPassages(texts)) };
    try {
      await ingestCorpus(optionsFor(seedsDir, dataDir, embedder));
    } finally {
      ticking = false;
    }
    expect(turnsAtEachBatch.length).toBeGreaterThan(2);
    for (let i = 1; i < turnsAtEachBatch.length; i++) expect(turnsAtEachBatch[i]).toBeGreaterThan(turnsAtEachBatch[i - 1]!);
  });

  it('does no embedding and writes nothing when the corpus did not change', async () => {
    const { seedsDir, dataDir, embedder, summary: first } = await firstIngest();
    const calls = embedder.passageCalls;
    const pointer = fs.readFileSync(path.join(dataDir, CURRENT_FILE), 'utf8');
    const entries = fs.readdirSync(dataDir).sort();

    const again = await ingestCorpus(optionsFor(seedsDir, dataDir, embedder));
    expect(again).toMatchObject({ unchanged: true, embeddedNow: 0, reused: first.chunks, chunks: first.chunks, documents: 3 });
    expect(embedder.passageCalls).toBe(calls);
    expect(fs.readFileSync(path.join(dataDir, CURRENT_FILE), 'utf8')).toBe(pointer);
    expect(fs.readdirSync(dataDir).sort()).toEqual(entries);
  });

  it('sees an unchanged corpus as unchanged even when a skipped file makes the quick check inconclusive', async () => {
    const { seedsDir, dataDir, embedder } = await firstIngest();
    fs.writeFileSync(path.join(seedsDir, 'empty.txt'), '   \n');
    const calls = embedder.passageCalls;
    const again = await ingestCorpus(optionsFor(seedsDir, dataDir, embedder));
    expect(again).toMatchObject({ unchanged: true, documents: 3, skipped: [{ source: 'empty.txt' }] });
    expect(embedder.passageCalls).toBe(calls);
  });

  it('re-embeds only the chunks of a changed document; its old text is no longer found', async () => {
    const { seedsDir, dataDir, embedder, summary: first } = await firstIngest();
    const before = loadIndex(dataDir, hybridOf(embedder));
    const oldBetaLabels = before.document('beta.txt')!.chunkLabels;
    const embeddedBefore = embedder.embeddedPassages.length;

    fs.writeFileSync(path.join(seedsDir, 'beta.txt'), 'Beta Report\n\nSeoul welcomed the Azerbaijani culture minister. Cinema week opened with Korean films.');
    const summary = await ingestCorpus(optionsFor(seedsDir, dataDir, embedder));
    const after = loadIndex(dataDir, hybridOf(embedder));
    const newBetaLabels = after.document('beta.txt')!.chunkLabels;

    expect(summary).toMatchObject({ changedDocuments: 1, addedDocuments: 0, removedDocuments: 0, unchanged: false });
    const embeddedNow = embedder.embeddedPassages.slice(embeddedBefore);
    // Shortest first, as ingest sends passages to the model: the same passages, in another order.
    expect([...embeddedNow].sort()).toEqual(newBetaLabels.map((label) => after.chunkByLabel(label)!.text).sort());
    expect(summary.embeddedNow).toBe(newBetaLabels.length);
    expect(summary.reused).toBe(first.chunks - oldBetaLabels.length);
    expect(newBetaLabels.some((label) => oldBetaLabels.includes(label))).toBe(false);

    expect(lexicalSources(after, 'Hydrogen')).toEqual([]);
    expect(lexicalSources(after, 'Cinema')).toEqual(['beta.txt']);
    const hits = after.vector!.search(await embedder.embedQuery('Hydrogen cooperation festival mugham'), 1000, 200);
    expect(hits.map((h) => h.label).filter((label) => oldBetaLabels.includes(label))).toEqual([]);
    expect(hits).toHaveLength(after.manifest.counts.chunks);
  });

  it('removes a deleted document from lexical and vector search, and embeds an added one', async () => {
    const { seedsDir, dataDir, embedder } = await firstIngest();
    fs.rmSync(path.join(seedsDir, 'gamma.txt'));
    fs.writeFileSync(path.join(seedsDir, 'delta.txt'), 'Delta Report\n\nA direct flight linked Baku and Incheon. Tourism grew quickly.');
    const embeddedBefore = embedder.embeddedPassages.length;

    const summary = await ingestCorpus(optionsFor(seedsDir, dataDir, embedder));
    expect(summary).toMatchObject({ removedDocuments: 1, addedDocuments: 1, changedDocuments: 0, documents: 3 });
    const index = loadIndex(dataDir, hybridOf(embedder));
    expect(index.document('gamma.txt')).toBeUndefined();
    expect(lexicalSources(index, 'scholarships Ganja Daejeon')).toEqual([]);
    expect(await vectorSources(index, embedder, 'Students from Ganja enrolled in Daejeon universities')).not.toContain('gamma.txt');
    expect(embedder.embeddedPassages.slice(embeddedBefore).join(' ')).toMatch(/Incheon/);
    expect(embedder.embeddedPassages.slice(embeddedBefore).join(' ')).not.toMatch(/Samsung|Hydrogen/);
    expect((await vectorSources(index, embedder, 'direct flight Baku Incheon'))[0]).toBe('delta.txt');
  });

  it('rebuilds the graph from kept vectors, without re-embedding, once deletions pile up', async () => {
    const { seedsDir, dataDir, embedder } = await firstIngest();
    fs.rmSync(path.join(seedsDir, 'alpha.txt'));
    fs.rmSync(path.join(seedsDir, 'beta.txt'));
    const calls = embedder.passageCalls;
    await ingestCorpus(optionsFor(seedsDir, dataDir, embedder));
    const index = loadIndex(dataDir, hybridOf(embedder));
    expect(embedder.passageCalls).toBe(calls);
    expect(index.manifest.hnsw).toMatchObject({ deleted: 0, count: index.manifest.counts.chunks });
    expect(await vectorSources(index, embedder, 'scholarships')).toEqual(index.document('gamma.txt')!.chunkLabels.map(() => 'gamma.txt'));
  });

  it('builds a lexical-only index without a model, then re-chunks and embeds everything once a model is given', async () => {
    const seedsDir = seedsWith(DOCUMENTS);
    const dataDir = makeTempDir('ingest-data-', tempDirs);
    const lexical = await ingestCorpus(optionsFor(seedsDir, dataDir));
    expect(lexical).toMatchObject({ mode: 'lexical', embeddedNow: 0, documents: 3 });
    const lexicalIndex = loadIndex(dataDir, { mode: 'lexical' });
    expect(lexicalIndex.manifest).toMatchObject({ mode: 'lexical', model: null, hnsw: null, chunking: { tokenizer: 'approximate' } });
    expect(lexicalSources(lexicalIndex, 'Samsung')).toEqual(['alpha.txt']);
    expect(() => loadIndex(dataDir, hybridOf(createFakeEmbedder()))).toThrow(expect.objectContaining({ code: 'INDEX_MODEL_MISMATCH' }));

    const embedder = createFakeEmbedder();
    const hybrid = await ingestCorpus(optionsFor(seedsDir, dataDir, embedder));
    expect(hybrid).toMatchObject({ mode: 'hybrid', reused: 0, unchanged: false });
    expect(hybrid.embeddedNow).toBe(hybrid.chunks);
    // This model's tokenizer counts fewer tokens than the estimate: passages are cut as in lexical mode.
    const texts = (index: ReturnType<typeof loadIndex>) => [...index.store.entries()].map((e) => e.chunk.text);
    expect(texts(loadIndex(dataDir, hybridOf(embedder)))).toEqual(texts(lexicalIndex));
  });

  it('cuts passages to fit the input of a model whose tokenizer counts more tokens than the estimate', async () => {
    const seedsDir = seedsWith(DOCUMENTS);
    const lexical = await ingestCorpus(optionsFor(seedsDir, makeTempDir('ingest-data-', tempDirs)));
    const fake = createFakeEmbedder({ maxTokens: 20 });
    const wordy = { ...fake, countPassageTokens: (text: string) => 3 * (fake.countPassageTokens(text) - 2) + 2 };
    const dataDir = makeTempDir('ingest-data-', tempDirs);
    const hybrid = await ingestCorpus(optionsFor(seedsDir, dataDir, wordy));
    expect(hybrid.chunks).toBeGreaterThan(lexical.chunks);
    for (const { chunk } of loadIndex(dataDir, hybridOf(wordy)).store.entries()) expect(wordy.countPassageTokens(chunk.text)).toBeLessThanOrEqual(20);
  });

  it('rebuilds everything for another model or dimension', async () => {
    const { seedsDir, dataDir, summary: first } = await firstIngest();
    const other = createFakeEmbedder({ modelId: 'fake/other', dimension: 24 });
    const summary = await ingestCorpus(optionsFor(seedsDir, dataDir, other));
    expect(summary).toMatchObject({ reused: 0, embeddedNow: first.chunks, unchanged: false });
    expect(loadIndex(dataDir, hybridOf(other)).manifest.model).toMatchObject({ id: 'fake/other', dimension: 24 });
  });

  it('repairs a damaged chunk store by rebuilding it, the vectors coming from the embedding cache', async () => {
    const { seedsDir, dataDir, embedder, summary: first } = await firstIngest();
    const folder = JSON.parse(fs.readFileSync(path.join(dataDir, CURRENT_FILE), 'utf8')).folder as string;
    fs.writeFileSync(path.join(dataDir, folder, FILES.chunks), '{}');
    const calls = embedder.passageCalls;
    const summary = await ingestCorpus(optionsFor(seedsDir, dataDir, embedder));
    expect(summary).toMatchObject({ unchanged: false, reused: 0, embeddedNow: 0 });
    expect(embedder.passageCalls).toBe(calls);
    const index = loadIndex(dataDir, hybridOf(embedder));
    expect(index.manifest.counts.chunks).toBe(first.chunks);
    expect((await vectorSources(index, embedder, 'Hydrogen cooperation energy minister'))[0]).toBe('beta.txt');
  });

  it('rewrites a chunk store of the previous file format without embedding anything', async () => {
    const { seedsDir, dataDir, embedder, summary: first } = await firstIngest();
    const before = loadIndex(dataDir, hybridOf(embedder));
    const cleanText = (source: string) => parseDocument(source, fs.readFileSync(path.join(seedsDir, source))).text;
    replaceIndexFile(dataDir, 'chunks.json', legacyChunkStoreJson(before.store, cleanText), FILES.chunks);
    expect([...loadIndex(dataDir, hybridOf(embedder)).store.entries()]).toEqual([...before.store.entries()]);
    const calls = embedder.passageCalls;

    const summary = await ingestCorpus(optionsFor(seedsDir, dataDir, embedder));
    expect(summary).toMatchObject({ unchanged: false, embeddedNow: 0, reused: first.chunks });
    expect(embedder.passageCalls).toBe(calls);
    const folder = JSON.parse(fs.readFileSync(path.join(dataDir, CURRENT_FILE), 'utf8')).folder as string;
    expect(chunkStoreFormat(fs.readFileSync(path.join(dataDir, folder, FILES.chunks)))).toBe(CHUNK_STORE_FORMAT);
    expect(await ingestCorpus(optionsFor(seedsDir, dataDir, embedder))).toMatchObject({ unchanged: true });
  });

  it('rewrites a manifest of format version 1 without embedding anything, then finds the index up to date', async () => {
    const { seedsDir, dataDir, embedder, summary: first } = await firstIngest();
    downgradeManifestToVersion1(dataDir, loadIndex(dataDir, hybridOf(embedder)).store);
    const calls = embedder.passageCalls;

    expect(await ingestCorpus(optionsFor(seedsDir, dataDir, embedder))).toMatchObject({ unchanged: false, embeddedNow: 0, reused: first.chunks });
    expect(embedder.passageCalls).toBe(calls);
    expect(loadIndex(dataDir, hybridOf(embedder)).manifest.formatVersion).toBe(MANIFEST_FORMAT_VERSION);
    expect(await ingestCorpus(optionsFor(seedsDir, dataDir, embedder))).toMatchObject({ unchanged: true });
  });

  it('with verifyUnchanged false, trusts the manifest of an unchanged index without hashing its files', async () => {
    const { seedsDir, dataDir, embedder } = await firstIngest();
    const folder = JSON.parse(fs.readFileSync(path.join(dataDir, CURRENT_FILE), 'utf8')).folder as string;
    const vectors = path.join(dataDir, folder, FILES.vectors);
    const damaged = fs.readFileSync(vectors);
    damaged.writeUInt8(damaged.readUInt8(damaged.length - 1) ^ 0xff, damaged.length - 1); // same size, wrong checksum
    fs.writeFileSync(vectors, damaged);
    expect(await ingestCorpus({ ...optionsFor(seedsDir, dataDir, embedder), verifyUnchanged: false })).toMatchObject({ unchanged: true });
    expect(() => loadIndex(dataDir, hybridOf(embedder))).toThrow(expect.objectContaining({ code: 'INDEX_CORRUPT' }));
    expect(await ingestCorpus(optionsFor(seedsDir, dataDir, embedder))).toMatchObject({ unchanged: false, reused: 0 });
  });

  it('refuses to write while another live ingest holds the lock, and takes over a dead one', async () => {
    const { seedsDir, dataDir, embedder } = await firstIngest();
    fs.writeFileSync(path.join(seedsDir, 'delta.txt'), 'Delta Report\n\nA direct flight linked Baku and Incheon.');
    const lockPath = path.join(dataDir, LOCK_FILE);

    fs.writeFileSync(lockPath, JSON.stringify({ pid: process.pid, host: os.hostname(), since: 'now' }));
    await expect(ingestCorpus(optionsFor(seedsDir, dataDir, embedder))).rejects.toMatchObject({ code: 'INDEX_BUSY', message: expect.stringMatching(/Another ingest/) });
    expect(loadIndex(dataDir, hybridOf(embedder)).document('delta.txt')).toBeUndefined();

    const exited = spawnSync(process.execPath, ['-e', '0']);
    fs.writeFileSync(lockPath, JSON.stringify({ pid: exited.pid, host: os.hostname(), since: 'earlier' }));
    expect(await ingestCorpus(optionsFor(seedsDir, dataDir, embedder))).toMatchObject({ addedDocuments: 1 });
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  it('says DATA_DIR_INVALID, with the fix, when DATA_DIR is a file or lies under one', async () => {
    const seedsDir = seedsWith(DOCUMENTS);
    const dir = makeTempDir('ingest-data-', tempDirs);
    const file = path.join(dir, 'file.txt');
    fs.writeFileSync(file, 'not a folder');
    for (const dataDir of [file, path.join(file, 'sub')]) {
      await expect(ingestCorpus(optionsFor(seedsDir, dataDir, createFakeEmbedder()))).rejects.toMatchObject({
        code: 'DATA_DIR_INVALID',
        message: expect.stringMatching(/is a file .*Set DATA_DIR to a folder/),
      });
    }
  });

  it('handles an empty corpus, then documents arriving later', async () => {
    const seedsDir = seedsWith({});
    const dataDir = makeTempDir('ingest-data-', tempDirs);
    const embedder = createFakeEmbedder();
    expect(await ingestCorpus(optionsFor(seedsDir, dataDir, embedder))).toMatchObject({ documents: 0, chunks: 0, embeddedNow: 0 });
    const empty = loadIndex(dataDir, hybridOf(embedder));
    expect(empty.vector!.search(await embedder.embedQuery('Baku'), 5)).toEqual([]);
    expect(empty.lexical.search('Baku', 5)).toEqual([]);

    fs.writeFileSync(path.join(seedsDir, 'alpha.txt'), DOCUMENTS['alpha.txt']!);
    expect(await ingestCorpus(optionsFor(seedsDir, dataDir, embedder))).toMatchObject({ documents: 1, addedDocuments: 1 });
    expect((await vectorSources(loadIndex(dataDir, hybridOf(embedder)), embedder, 'Samsung engineers'))[0]).toBe('alpha.txt');
  });

  it('leaves the previous index in place when embedding fails midway', async () => {
    const { seedsDir, dataDir, embedder } = await firstIngest();
    const before = fs.readFileSync(path.join(dataDir, CURRENT_FILE), 'utf8');
    fs.writeFileSync(path.join(seedsDir, 'delta.txt'), 'Delta Report\n\nA direct flight linked Baku and Incheon. Tourism grew quickly. Hotels filled up.');
    fs.writeFileSync(path.join(seedsDir, 'alpha.txt'), 'Alpha Report\n\nEverything about alpha changed. New words arrived. Old ones left.');
    let calls = 0;
    const failing: Embedder = {
      ...embedder,
      modelId: embedder.modelId,
      dimension: embedder.dimension,
      maxTokens: embedder.maxTokens,
      embedPassages: async (texts) => {
        if (++calls === 2) throw new Error('model crashed');
        return embedder.embedPassages(texts);
      },
    };
    await expect(ingestCorpus({ ...optionsFor(seedsDir, dataDir, failing), embedBatchSize: 1 })).rejects.toThrow(/model crashed/);
    expect(fs.readFileSync(path.join(dataDir, CURRENT_FILE), 'utf8')).toBe(before);
    const index = loadIndex(dataDir, hybridOf(embedder));
    expect(index.document('delta.txt')).toBeUndefined();
    expect(lexicalSources(index, 'Samsung')).toEqual(['alpha.txt']);
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  });

  it('re-links the graph without re-embedding when only the HNSW settings changed', async () => {
    const { seedsDir, dataDir, embedder, summary: first } = await firstIngest();
    const calls = embedder.passageCalls;
    const summary = await ingestCorpus({ ...optionsFor(seedsDir, dataDir, embedder), hnsw: { m: 12, efConstruction: 80 } });
    expect(summary).toMatchObject({ unchanged: false, embeddedNow: 0, reused: first.chunks });
    expect(embedder.passageCalls).toBe(calls);
    const index = loadIndex(dataDir, hybridOf(embedder));
    expect(index.manifest.hnsw).toMatchObject({ m: 12, efConstruction: 80, count: first.chunks, deleted: 0 });
    expect((await vectorSources(index, embedder, 'Hydrogen cooperation energy minister'))[0]).toBe('beta.txt');
  });
});
