import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.ts';
import { LOCK_FILE } from '../src/index/lock.ts';
import { createWorkspace, type Workspace } from './helpers/workspace.ts';

describe('the command line when the index cannot be updated', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await createWorkspace();
    expect((await runCli(['ingest'], ws.env)).code).toBe(0);
  });
  afterAll(() => ws?.remove());

  it('ask answers from the last good index while another process holds the lock; ingest says why it cannot', async () => {
    fs.writeFileSync(path.join(ws.seedsDir, 'late.txt'), 'A late report\n\nBAKU, July 9. Something happened after the index was built.');
    const lock = path.join(ws.dataDir, LOCK_FILE);
    fs.writeFileSync(lock, JSON.stringify({ pid: process.ppid, host: os.hostname(), since: 'now' }));
    try {
      const ask = await runCli(['ask', '--json', 'Who did Jeyhun Bayramov receive on May 23?'], ws.env);
      expect(ask.code).toBe(0);
      expect(JSON.parse(ask.stdout.trim()).answer).toMatch(/Kang Kymgu/);
      expect(ask.stderr.match(/answering from the last good index/g)).toHaveLength(1);
      const status = await runCli(['ask', '--status'], ws.env);
      expect(status.stdout).toMatch(/NOT UPDATED: answering from this last good index\. Another ingest is writing the index/);
      const ingest = await runCli(['ingest'], ws.env);
      expect(ingest.code).toBe(1);
      expect(ingest.stderr).toMatch(/error: Another ingest is writing the index/);
    } finally {
      fs.rmSync(lock, { force: true });
      fs.rmSync(path.join(ws.seedsDir, 'late.txt'));
    }
  });

  it('ask says in one line that it updates the index first, when the corpus changed', async () => {
    fs.writeFileSync(path.join(ws.seedsDir, 'later.txt'), 'A later report\n\nBAKU, July 10. Another thing happened after the index was built.');
    try {
      const ask = await runCli(['ask', 'Who did Jeyhun Bayramov receive on May 23?'], ws.env);
      expect(ask.code).toBe(0);
      expect(ask.stderr.match(/updating it before answering; .* \(\d+ passages to embed\)/g)).toHaveLength(1);
    } finally {
      fs.rmSync(path.join(ws.seedsDir, 'later.txt'));
    }
  });

  it('DATA_DIR that is a file: one line naming the problem and the fix', async () => {
    const file = path.join(ws.root, 'not-a-folder');
    fs.writeFileSync(file, 'x');
    for (const command of [['ingest'], ['ask', 'Who is the ambassador?']]) {
      const run = await runCli(command, { ...ws.env, DATA_DIR: file });
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: DATA_DIR .*not-a-folder is a file .*Set DATA_DIR to a folder/)]);
    }
  });

  it('EMBEDDING_MODEL=none: lexical on purpose, said in one short line', async () => {
    const env = { ...ws.env, DATA_DIR: path.join(ws.root, 'lexical'), EMBEDDING_MODEL: 'none', LOG_LEVEL: 'info' };
    expect((await runCli(['ingest'], env)).code).toBe(0);
    const run = await runCli(['ask', '--status'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/retrieval: LEXICAL ONLY/);
    const about = run.stderr.split('\n').filter((line) => /model|lexical|BM25/i.test(line));
    expect(about).toHaveLength(1);
    expect(about[0]!.length).toBeLessThan(160);
    expect(run.stderr).not.toMatch(/could not|NOT AVAILABLE/i);
  });
});
