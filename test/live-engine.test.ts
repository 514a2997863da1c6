import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createConfig, type Config } from '../src/config.ts';
import { createEngine, prepareIndex } from '../src/engine.ts';
import { createLiveEngine, type LiveEngine } from '../src/live-engine.ts';
import { watchCorpus, type CorpusWatcher } from '../src/watch.ts';
import { gatedModel } from './helpers/gated-model.ts';
import { createWorkspace, type Workspace } from './helpers/workspace.ts';

const FIRST = { name: 'ambassador.txt', text: 'Bayramov receives the Korean ambassador\n\nBAKU, May 23. Foreign Minister Jeyhun Bayramov received the Korean ambassador Kang Kymgu, the ministry told Trend.' };
const ADDED = { name: 'bridge.txt', text: 'Quokka bridge opens\n\nSEOUL, May 2. The Quokka bridge between Seoul and Baku opened for traffic, Yonhap reported.' };
const QUESTION = 'When did the Quokka bridge open?';
/** Generous: these wait for events (an ingest, a file-system notice), they do not measure speed. */
const WAIT = { timeout: 30_000, interval: 50 };

const cited = async (engine: LiveEngine, question: string) => (await engine.ask(question)).citations.map((c) => c.source);

describe('live engine', () => {
  const workspaces: Workspace[] = [];
  const engines: LiveEngine[] = [];
  const watchers: CorpusWatcher[] = [];
  afterEach(async () => {
    for (const w of watchers.splice(0)) await w.close();
    for (const e of engines.splice(0)) await e.close();
  });
  afterAll(() => workspaces.forEach((ws) => ws.remove()));

  async function setUp(): Promise<{ ws: Workspace; config: Config }> {
    const ws = await createWorkspace({ withSeeds: false });
    workspaces.push(ws);
    mkdirSync(ws.seedsDir, { recursive: true });
    writeFileSync(path.join(ws.seedsDir, FIRST.name), FIRST.text);
    return { ws, config: createConfig(ws.env) };
  }

  it('answers from the previous index while an ingest runs, then from the new one, never a mix', async () => {
    const { ws, config } = await setUp();
    const model = gatedModel();
    const engine = await createLiveEngine(config, { createEmbedder: model.factory });
    engines.push(engine);
    expect(engine.status().documents).toBe(1);

    writeFileSync(path.join(ws.seedsDir, ADDED.name), ADDED.text);
    model.close();
    const refreshed = engine.refresh();
    await vi.waitFor(() => expect(model.held()).toBeGreaterThan(0), WAIT);
    // The ingest is held inside embedding: questions are answered, from the old index.
    expect(engine.status().documents).toBe(1);
    expect(await cited(engine, QUESTION)).not.toContain(ADDED.name);
    expect(engine.documents().map((d) => d.source)).toEqual([FIRST.name]);
    model.open();
    const result = await refreshed;
    expect(result.swapped).toBe(true);
    expect(result.summary?.addedDocuments).toBe(1);
    expect(engine.status().documents).toBe(2);
    expect(await cited(engine, QUESTION)).toContain(ADDED.name);
  });

  it('serves an existing index at once and brings it up to date in the background', async () => {
    const { ws, config } = await setUp();
    const first = await createEngine(config);
    await first.engine.close();
    writeFileSync(path.join(ws.seedsDir, ADDED.name), ADDED.text);
    const model = gatedModel();
    model.close();
    // With embedding held, creation can only finish by serving the index already on disk.
    const ingests: number[] = [];
    const engine = await createLiveEngine(config, { createEmbedder: model.factory, onIngest: (summary) => ingests.push(summary.addedDocuments) });
    engines.push(engine);
    expect(engine.status().documents).toBe(1);
    expect(ingests).toEqual([]);
    model.open();
    await vi.waitFor(() => expect(engine.status().documents).toBe(2), WAIT);
    expect(await cited(engine, QUESTION)).toContain(ADDED.name);
    // The background ingest is reported (the bot's ingest metrics count it).
    expect(ingests).toEqual([1]);
  });

  it('runs one ingest at a time: refreshes asked for during one share a single follow-up', async () => {
    const { ws, config } = await setUp();
    const model = gatedModel();
    const engine = await createLiveEngine(config, { createEmbedder: model.factory });
    engines.push(engine);
    model.close();
    writeFileSync(path.join(ws.seedsDir, ADDED.name), ADDED.text);
    const first = engine.refresh();
    await vi.waitFor(() => expect(model.held()).toBe(1), WAIT);
    writeFileSync(path.join(ws.seedsDir, 'third.txt'), 'Wombat fund\n\nThe Wombat fund supports students from Baku in Seoul.');
    const second = engine.refresh();
    const third = engine.refresh();
    expect(third).toBe(second);
    model.open();
    const [a, b] = await Promise.all([first, second]);
    expect(a.summary?.addedDocuments).toBe(1);
    expect(b.summary?.addedDocuments).toBe(1);
    expect(engine.status().documents).toBe(3);
  });

  it('keeps answering from the index it has when an ingest fails', async () => {
    const { ws, config } = await setUp();
    const engine = await createLiveEngine(config);
    engines.push(engine);
    // A lock held by a live process (this one's parent) makes the next ingest fail with INDEX_BUSY.
    writeFileSync(path.join(ws.dataDir, 'ingest.lock'), JSON.stringify({ pid: process.ppid, host: (await import('node:os')).hostname(), since: 'now' }));
    writeFileSync(path.join(ws.seedsDir, ADDED.name), ADDED.text);
    const result = await engine.refresh();
    expect(result.error).toMatchObject({ code: 'INDEX_BUSY' });
    expect(engine.status().documents).toBe(1);
    expect(await cited(engine, 'Who did Bayramov receive?')).toContain(FIRST.name);
    rmSync(path.join(ws.dataDir, 'ingest.lock'));
    expect((await engine.refresh()).swapped).toBe(true);
    expect(engine.status().documents).toBe(2);
  });

  it('closes without waiting for an ingest in progress to embed, and writes nothing then', async () => {
    const { ws, config } = await setUp();
    const model = gatedModel();
    const engine = await createLiveEngine(config, { createEmbedder: model.factory });
    const current = readFileSync(path.join(ws.dataDir, 'CURRENT'), 'utf8');
    writeFileSync(path.join(ws.seedsDir, ADDED.name), ADDED.text);
    model.close();
    const refreshed = engine.refresh();
    await vi.waitFor(() => expect(model.held()).toBeGreaterThan(0), WAIT);
    const closed = engine.close();
    model.open();
    await closed;
    const result = await refreshed;
    expect(result.swapped).toBe(false);
    expect(result.error).toBeDefined();
    expect(readFileSync(path.join(ws.dataDir, 'CURRENT'), 'utf8')).toBe(current);
  });

  it('with the watcher, picks up files written, changed and removed in SEEDS_DIR, and an ingest run by another process', async () => {
    const { ws, config } = await setUp();
    const engine = await createLiveEngine(config);
    engines.push(engine);
    watchers.push(await watchCorpus(engine, config, { debounceMs: 100 }));

    writeFileSync(path.join(ws.seedsDir, ADDED.name), ADDED.text);
    await vi.waitFor(() => expect(engine.documents().map((d) => d.source)).toContain(ADDED.name), WAIT);
    expect(await cited(engine, QUESTION)).toContain(ADDED.name);

    mkdirSync(path.join(ws.seedsDir, 'news'));
    writeFileSync(path.join(ws.seedsDir, 'news', 'fund.md'), '# Wombat fund\n\nThe Wombat fund supports students from Baku in Seoul.');
    await vi.waitFor(() => expect(engine.documents().map((d) => d.source)).toContain('news/fund.md'), WAIT);

    rmSync(path.join(ws.seedsDir, ADDED.name));
    await vi.waitFor(() => expect(engine.documents().map((d) => d.source)).not.toContain(ADDED.name), WAIT);
    expect(await cited(engine, QUESTION)).not.toContain(ADDED.name);

  });

  it('with the watcher, serves an index another process wrote, without ingesting again', async () => {
    const { ws, config } = await setUp();
    const engine = await createLiveEngine(config);
    engines.push(engine);
    watchers.push(await watchCorpus(engine, config, { debounceMs: 100 }));
    // The other ingest reads another folder, so only DATA_DIR/CURRENT tells the watcher anything;
    // an ingest of SEEDS_DIR here would replace what it wrote.
    const otherSeeds = path.join(ws.root, 'other-seeds');
    mkdirSync(otherSeeds);
    writeFileSync(path.join(otherSeeds, 'cli.txt'), 'Numbat summit\n\nThe Numbat summit in Baku gathered Korean investors.');
    const other = await prepareIndex(createConfig({ ...ws.env, SEEDS_DIR: otherSeeds }));
    await other.embedder?.dispose();
    await vi.waitFor(() => expect(engine.documents().map((d) => d.source)).toEqual(['cli.txt']), WAIT);
    expect(await cited(engine, 'What did the Numbat summit gather?')).toContain('cli.txt');
  });
});
