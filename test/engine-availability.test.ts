import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConfig } from '../src/config.ts';
import type { Config } from '../src/config.ts';
import { createEngine } from '../src/engine.ts';
import type { EngineDeps } from '../src/engine.ts';
import { realDisk } from '../src/index/disk.ts';
import type { Disk } from '../src/index/disk.ts';
import { LOCK_FILE } from '../src/index/lock.ts';
import { createLogger } from '../src/log.ts';
import { createFakeEmbedder } from './index/fake-embedder.ts';
import type { FakeEmbedder } from './index/fake-embedder.ts';

/**
 * A disk whose writes fail with `code` (ENOSPC, EACCES…) as the kernel reports them: every
 * write, or only those of files named `only` (the lock then is taken, the index is not written).
 */
function failingDisk(code: string, only?: string): Disk {
  const fail = (target: string) => {
    throw Object.assign(new Error(`${code}: simulated, open '${target}'`), { code, path: target });
  };
  return {
    ...realDisk,
    writeFileDurably: (filePath, data) => (only === undefined || path.basename(filePath) === only ? fail(filePath) : realDisk.writeFileDurably(filePath, data)),
    mkdir: (dir) => (only !== undefined || fs.existsSync(dir) ? realDisk.mkdir(dir) : fail(dir)),
  };
}

const DOCUMENT = 'Zorbulax summit\n\nBAKU, May 2. The Zorbulax summit on shipping opened in Baku, the ministry told Trend.';

let root: string;
let config: Config;
let embedder: FakeEmbedder;
let logs: string[];

function deps(extra: Partial<EngineDeps> = {}): EngineDeps {
  return { logger: createLogger({ level: 'info', write: (line) => logs.push(line) }), createEmbedder: async () => embedder, ...extra };
}

beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'wt12-avail-'));
  fs.mkdirSync(path.join(root, 'seeds'));
  fs.writeFileSync(path.join(root, 'seeds', 'first.txt'), DOCUMENT.replaceAll('Zorbulax', 'Quillmoor'));
  config = createConfig({ SEEDS_DIR: path.join(root, 'seeds'), DATA_DIR: path.join(root, 'data'), LOG_LEVEL: 'info' });
  embedder = createFakeEmbedder();
  logs = [];
  const { engine } = await createEngine(config, deps());
  await engine.close();
  // The corpus changes after the last good index was built.
  fs.writeFileSync(path.join(root, 'seeds', 'second.txt'), DOCUMENT);
  logs = [];
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('createEngine when the index cannot be updated', () => {
  it.each([
    ['ENOSPC', 'lexical.bin', 'DISK_FULL', /disk of DATA_DIR .* is full \(ENOSPC writing lexical\.bin\)\. Free space/],
    ['ENOSPC', undefined, 'DISK_FULL', /disk of DATA_DIR .* is full \(ENOSPC writing ingest\.lock\)/],
    ['EACCES', undefined, 'DATA_DIR_PERMISSION', /No permission to write .*\(EACCES\)\. Let the user running the bot write DATA_DIR/],
    ['EACCES', 'chunks.bin', 'DATA_DIR_PERMISSION', /No permission to write .*chunks\.bin \(EACCES\)/],
    ['EROFS', undefined, 'DATA_DIR_PERMISSION', /read-only file system/],
  ])('%s on %s: answers from the last good index, says so once in the log and in the status', async (errno, only, code, message) => {
    const { engine, ingest } = await createEngine(config, deps({ disk: failingDisk(errno, only) }));
    try {
      expect(ingest).toBeUndefined();
      const status = engine.status();
      expect(status).toMatchObject({ mode: 'hybrid', documents: 1 });
      expect(status.indexStale).toMatch(message);
      const answer = await engine.ask('What opened at the Quillmoor summit?');
      expect(answer.abstained).toBe(false);
      const warnings = logs.filter((line) => line.includes('answering from the last good index'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(code);
    } finally {
      await engine.close();
    }
  });

  it('answers while another live process holds the ingest lock', async () => {
    fs.writeFileSync(path.join(config.dataDir, LOCK_FILE), JSON.stringify({ pid: process.ppid, host: os.hostname(), since: 'now' }));
    const { engine } = await createEngine(config, deps());
    try {
      expect(engine.status().indexStale).toMatch(/Another ingest is writing the index/);
      expect((await engine.ask('What opened at the Quillmoor summit?')).abstained).toBe(false);
    } finally {
      await engine.close();
    }
  });

  it('falls back to BM25 over a last good index built without the model', async () => {
    fs.rmSync(path.join(root, 'seeds', 'second.txt'));
    const lexicalConfig = createConfig({ SEEDS_DIR: config.seedsDir, DATA_DIR: path.join(root, 'lexical'), EMBEDDING_MODEL: 'none' });
    await (await createEngine(lexicalConfig, deps())).engine.close();
    fs.writeFileSync(path.join(root, 'seeds', 'second.txt'), DOCUMENT);
    const { engine } = await createEngine({ ...config, dataDir: lexicalConfig.dataDir }, deps({ disk: failingDisk('ENOSPC') }));
    try {
      expect(engine.status()).toMatchObject({ mode: 'lexical', documents: 1 });
      expect((await engine.ask('What opened at the Quillmoor summit?')).abstained).toBe(false);
    } finally {
      await engine.close();
    }
  });

  it('without any index, fails with the reason the index could not be built', async () => {
    const empty = { ...config, dataDir: path.join(root, 'empty') };
    await expect(createEngine(empty, deps({ disk: failingDisk('ENOSPC') }))).rejects.toMatchObject({ code: 'DISK_FULL' });
  });

  it('refuses before any embedding when the free space cannot hold the new index', async () => {
    const calls = embedder.passageCalls;
    const tight: Disk = { ...realDisk, freeBytes: () => 1024 };
    const { engine } = await createEngine(config, deps({ disk: tight }));
    try {
      expect(engine.status().indexStale).toMatch(/has 0\.0 MB free; this ingest needs about .* MB/);
      expect(embedder.passageCalls).toBe(calls);
    } finally {
      await engine.close();
    }
  });

  it('says what to do when DATA_DIR is a file', async () => {
    const file = path.join(root, 'a-file');
    fs.writeFileSync(file, 'x');
    await expect(createEngine({ ...config, dataDir: file }, deps())).rejects.toMatchObject({
      code: 'DATA_DIR_INVALID',
      message: expect.stringMatching(/DATA_DIR .*a-file is a file .*Set DATA_DIR to a folder/),
    });
  });
});

describe('createEngine while another process builds the first index', () => {
  it('waits for that ingest to finish, then answers from the index it built', async () => {
    const fresh = { ...config, dataDir: path.join(root, 'fresh') };
    fs.mkdirSync(fresh.dataDir);
    const lock = path.join(fresh.dataDir, LOCK_FILE);
    fs.writeFileSync(lock, JSON.stringify({ pid: process.ppid, host: os.hostname(), since: 'now' }));
    let waiting!: () => void;
    const waitingLogged = new Promise<void>((resolve) => (waiting = resolve));
    const logger = createLogger({ level: 'info', write: (line) => (line.includes('waiting for it to finish') ? waiting() : undefined) });
    const starting = createEngine(fresh, deps({ logger }));
    await waitingLogged;
    // The other process finishes: its index is there and its lock is gone.
    await (await createEngine({ ...fresh, dataDir: path.join(root, 'other') }, deps())).engine.close();
    fs.cpSync(path.join(root, 'other'), fresh.dataDir, { recursive: true });
    fs.rmSync(lock);
    const { engine } = await starting;
    try {
      expect(engine.status().indexStale).toBeUndefined();
      expect((await engine.ask('What opened at the Zorbulax summit?')).abstained).toBe(false);
    } finally {
      await engine.close();
    }
  });
});
