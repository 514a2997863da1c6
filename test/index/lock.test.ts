import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { realDisk } from '../../src/index/disk.ts';
import { acquireWriteLock, firstTakeoverMarker, LOCK_FILE } from '../../src/index/lock.ts';

const CHILD = fileURLToPath(new URL('./lock-race-child.ts', import.meta.url));
const CONTENDERS = 4;
const ROUNDS = 40;

let root: string;
const children: ChildProcessWithoutNullStreams[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill();
  fs.rmSync(root, { recursive: true, force: true });
});

const EXITED_PID = spawnSync(process.execPath, ['-e', '0']).pid;

/** A lock left by a process that has exited, as a crash leaves it. */
function writeStaleLock(dataDir: string, since = 'earlier'): void {
  fs.writeFileSync(path.join(dataDir, LOCK_FILE), JSON.stringify({ pid: EXITED_PID, host: os.hostname(), since }));
}

/** A contender process; `next()` resolves to its next report line. */
function startContender(dataDir: string, held: string): { child: ChildProcessWithoutNullStreams; next: () => Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, held]);
  children.push(child);
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  return {
    child,
    next: async () => {
      const line = await lines.next();
      if (line.done === true) throw new Error(`contender exited: ${stderr}`);
      return line.value;
    },
  };
}

describe('acquireWriteLock', () => {
  it('lets one process at a time hold the lock when several take over the same stale lock at once', async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'lock-race-'));
    const dataDir = path.join(root, 'data');
    fs.mkdirSync(dataDir);
    const contenders = Array.from({ length: CONTENDERS }, () => startContender(dataDir, path.join(root, 'held')));
    const tally = { acquired: 0, busy: 0, overlap: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      writeStaleLock(dataDir, `round ${round}`);
      for (const { child } of contenders) child.stdin.write(`${round}\n`);
      const outcomes = await Promise.all(contenders.map(async ({ next }) => (await next()).split(' ')));
      expect(outcomes.map(([r]) => Number(r))).toEqual(contenders.map(() => round));
      for (const [, outcome] of outcomes) tally[outcome as keyof typeof tally] += 1;
      // The stale lock was taken over every round; whoever held the lock let it go, leaving nothing behind.
      expect(outcomes.some(([, outcome]) => outcome === 'acquired')).toBe(true);
      expect(fs.readdirSync(dataDir)).toEqual([]);
    }
    expect(tally.overlap).toBe(0);
    expect(tally.acquired + tally.busy).toBe(CONTENDERS * ROUNDS);
  });

  it('refuses while a live process holds the lock, and leaves that lock alone', () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'lock-live-'));
    const lockPath = path.join(root, LOCK_FILE);
    const live = JSON.stringify({ pid: process.ppid, host: os.hostname(), since: 'now' });
    fs.writeFileSync(lockPath, live);
    expect(() => acquireWriteLock(root)).toThrow(expect.objectContaining({ code: 'INDEX_BUSY', message: expect.stringMatching(new RegExp(`process ${process.ppid} on`)) }));
    expect(fs.readFileSync(lockPath, 'utf8')).toBe(live);
  });

  it('takes over a lock whose taker died mid-takeover, and removes what the dead left behind', () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'lock-dead-taker-'));
    const lockPath = path.join(root, LOCK_FILE);
    writeStaleLock(root);
    // A process that died holding this lock's takeover marker, and the staging file of another.
    const deadTaker = JSON.stringify({ pid: EXITED_PID, host: os.hostname(), since: 'then' });
    fs.writeFileSync(firstTakeoverMarker(lockPath)!, deadTaker);
    fs.writeFileSync(path.join(root, `${LOCK_FILE}.${EXITED_PID}.0a0b0c0d.tmp`), deadTaker);
    const release = acquireWriteLock(root);
    expect(fs.readdirSync(root)).toEqual([LOCK_FILE]);
    expect(JSON.parse(fs.readFileSync(lockPath, 'utf8')).pid).toBe(process.pid);
    release();
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it('waits for a live taker: a takeover marker held by a live process makes the lock busy', () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'lock-live-taker-'));
    const lockPath = path.join(root, LOCK_FILE);
    writeStaleLock(root);
    fs.writeFileSync(firstTakeoverMarker(lockPath)!, JSON.stringify({ pid: process.ppid, host: os.hostname(), since: 'now' }));
    expect(() => acquireWriteLock(root)).toThrow(expect.objectContaining({ code: 'INDEX_BUSY' }));
    expect(JSON.parse(fs.readFileSync(lockPath, 'utf8')).pid).toBe(EXITED_PID);
  });

  it('still locks on a file system without hard links, and still says when the lock is busy', () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'lock-no-links-'));
    const noLinks = { ...realDisk, link: () => { throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' }); } };
    const release = acquireWriteLock(root, noLinks);
    expect(JSON.parse(fs.readFileSync(path.join(root, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    expect(() => acquireWriteLock(root, noLinks)).toThrow(expect.objectContaining({ code: 'INDEX_BUSY' }));
    release();
    writeStaleLock(root);
    acquireWriteLock(root, noLinks)();
    expect(fs.readdirSync(root)).toEqual([]);
  });
});
