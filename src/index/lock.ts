import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../errors.ts';
import { diskProblem, realDisk } from './disk.ts';
import type { Disk } from './disk.ts';

export const LOCK_FILE = 'ingest.lock';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

function ownerIsGone(owner: LockOwner): boolean {
  if (owner.host !== os.hostname()) return false; // cannot tell: keep it
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function readOwner(lockPath: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') return { pid: parsed.pid, host: parsed.host, since: String(parsed.since) };
  } catch {
    // unreadable or torn: treated as stale below
  }
  return undefined;
}

/**
 * Takes DATA_DIR's writer lock, so that two ingests (say, `npm run ingest` while the bot starts)
 * never write generations at the same time: one could remove the other's folder mid-write.
 * A lock left by a process that died on this host is taken over. Returns the release function.
 */
export function acquireWriteLock(dataDir: string, disk: Disk = realDisk): () => void {
  const lockPath = path.join(dataDir, LOCK_FILE);
  const mine: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      disk.mkdir(dataDir);
      disk.writeFileDurably(lockPath, JSON.stringify(mine));
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST' || !fs.existsSync(lockPath)) {
        throw diskProblem(error, lockPath, dataDir, 'write', () =>
          new AppError('INDEX_WRITE_FAILED', `Cannot write to DATA_DIR ${dataDir} (${code ?? 'error'}). Make it a writable folder, then run \`npm run ingest\` again.`, { dataDir }, { cause: error }),
        );
      }
      const owner = readOwner(lockPath);
      if (attempt === 0 && (owner === undefined || ownerIsGone(owner))) {
        fs.rmSync(lockPath, { force: true });
        continue;
      }
      throw new AppError(
        'INDEX_BUSY',
        `Another ingest is writing the index in ${dataDir} (process ${owner?.pid ?? '?'} on ${owner?.host ?? '?'} since ${owner?.since ?? '?'}). Wait for it to finish; if none is running, delete ${lockPath} and run \`npm run ingest\` again.`,
        { dataDir, owner },
      );
    }
  }
  // A process stopped mid-ingest (SIGTERM, an error) leaves no lock behind for the next start.
  const release = () => {
    process.off('exit', release);
    if (readOwner(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
  };
  process.on('exit', release);
  return release;
}

/**
 * Resolves once DATA_DIR's writer lock is free, or left by a process that died: for a start that
 * has no index to answer from while another process builds the first one.
 */
export async function writeLockReleased(dataDir: string, pollMs = 500): Promise<void> {
  const lockPath = path.join(dataDir, LOCK_FILE);
  while (fs.existsSync(lockPath)) {
    const owner = readOwner(lockPath);
    if (owner === undefined || ownerIsGone(owner)) return;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
