import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createConfig } from '../src/config.ts';
import { createLiveEngine } from '../src/live-engine.ts';
import { LOCK_FILE } from '../src/index/lock.ts';
import { createLogger } from '../src/log.ts';
import { createFakeEmbedder } from './index/fake-embedder.ts';

let root: string;
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

it('says in its status, and once in the log, that it answers from the last good index while the index cannot be updated', async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'wt12-live-'));
  fs.mkdirSync(path.join(root, 'seeds'));
  fs.writeFileSync(path.join(root, 'seeds', 'a.txt'), 'Quillmoor summit\n\nBAKU, May 2. The Quillmoor summit on shipping opened in Baku, the ministry told Trend.');
  const config = createConfig({ SEEDS_DIR: path.join(root, 'seeds'), DATA_DIR: path.join(root, 'data') });
  const logs: string[] = [];
  const embedder = createFakeEmbedder();
  const live = await createLiveEngine(config, { createEmbedder: async () => embedder, logger: createLogger({ level: 'info', write: (l) => logs.push(l) }) });
  try {
    await live.refresh();
    expect(live.status().indexStale).toBeUndefined();
    fs.writeFileSync(path.join(root, 'seeds', 'b.txt'), 'Zorbulax fair\n\nBAKU, May 3. The Zorbulax fair opened, Report said.');
    fs.writeFileSync(path.join(config.dataDir, LOCK_FILE), JSON.stringify({ pid: process.ppid, host: os.hostname(), since: 'now' }));
    await live.refresh();
    await live.refresh();
    expect(live.status().indexStale).toMatch(/Another ingest is writing the index/);
    expect(logs.filter((l) => l.includes('answering from the last good index'))).toHaveLength(1);
    expect((await live.ask('What opened at the Quillmoor summit?')).abstained).toBe(false);
    fs.rmSync(path.join(config.dataDir, LOCK_FILE));
    await live.refresh();
    expect(live.status().indexStale).toBeUndefined();
    expect(live.status().documents).toBe(2);
  } finally {
    await live.close();
  }
});
