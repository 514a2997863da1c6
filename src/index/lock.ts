import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../errors.ts';
import { diskProblem, realDisk } from './disk.ts';
import type { Disk } from './disk.ts';

export const LOCK_FILE = 'ingest.lock';

/**
 * Tries to acquire the lock (and to take over a stale one) this many times before reporting it
 * busy: each failed try means another process acted on the lock in between.
 */
const ACQUIRE_TRIES = 8;
/** Levels of takeover markers tried for one stale lock; each level is passed only when its taker died. */
const TAKEOVER_LEVELS = 8;

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/** The lock file as one process saw it: its owner, and what tells this file from any other. */
interface SeenLock {
  owner: LockOwner | undefined;
  /** The file's inode and content: a lock written later never has the same identity. */
  identity: string;
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

function parseOwner(text: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') return { pid: parsed.pid, host: parsed.host, since: String(parsed.since) };
  } catch {
    // unreadable: a lock without an owner is stale
  }
  return undefined;
}

/** The lock or marker at `filePath`, or undefined when there is none. */
function inspect(filePath: string): SeenLock | undefined {
  let fd: number;
  try {
    fd = fs.openSync(filePath, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const text = fs.readFileSync(fd, 'utf8');
    return { owner: parseOwner(text), identity: `${fs.fstatSync(fd).ino}:${text}` };
  } finally {
    fs.closeSync(fd);
  }
}

function isStale(seen: SeenLock): boolean {
  return seen.owner === undefined || ownerIsGone(seen.owner);
}

/** What link() fails with where the file system has no hard links (some network shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/**
 * Creates `filePath` holding `content`, whole or not at all, unless it exists: the content is
 * written to a file of this process's own and hard-linked into place, and a link never replaces
 * a file. So no reader ever sees a lock without its owner. Returns false when `filePath` exists.
 */
function createWhole(filePath: string, content: string, disk: Disk): boolean {
  const staging = path.join(path.dirname(filePath), `${LOCK_FILE}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  disk.writeFileDurably(staging, content);
  try {
    disk.link(staging, filePath);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(code)) throw error;
  } finally {
    fs.rmSync(staging, { force: true });
  }
  // Without hard links the file is created in place: for a moment a reader may find it empty.
  try {
    disk.writeFileDurably(filePath, content);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function markerPath(lockPath: string, stale: SeenLock, level: number): string {
  const key = createHash('sha256').update(stale.identity).digest('hex').slice(0, 16);
  return `${lockPath}.takeover-${key}-${level}`;
}

/** The first takeover marker of the lock now at `lockPath` (there for tests of a taker that died). */
export function firstTakeoverMarker(lockPath: string): string | undefined {
  const seen = inspect(lockPath);
  return seen === undefined ? undefined : markerPath(lockPath, seen, 0);
}

/**
 * Removes the stale lock `stale` if this process wins the right to: only the creator of a takeover
 * marker named after that very lock may remove it, and only after finding that very lock still in
 * place. Checking and removing by name alone would let two starting processes each remove the
 * fresh lock the other had just made. A marker whose taker died is passed over to the next level.
 * Returns the live process taking the lock over instead, if any.
 */
function takeOver(lockPath: string, stale: SeenLock, mine: string, disk: Disk): LockOwner | undefined {
  for (let level = 0; level < TAKEOVER_LEVELS; level++) {
    const marker = markerPath(lockPath, stale, level);
    if (createWhole(marker, mine, disk)) {
      try {
        // Nobody else may remove this lock now; it is either still the stale one or already gone.
        if (inspect(lockPath)?.identity === stale.identity) fs.rmSync(lockPath, { force: true });
      } finally {
        fs.rmSync(marker, { force: true });
      }
      return undefined;
    }
    const taker = inspect(marker);
    if (taker === undefined) return undefined; // that takeover just ended: look again
    if (taker.owner !== undefined && !ownerIsGone(taker.owner)) return taker.owner;
  }
  return undefined;
}

/**
 * Removes what processes that died while locking left: takeover markers (the locks they were
 * for are gone, this process's lock is in their place) and the staging files of dead processes.
 */
function removeLeftovers(dataDir: string): void {
  for (const name of fs.readdirSync(dataDir)) {
    if (!name.startsWith(`${LOCK_FILE}.`)) continue;
    const staging = /^\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name.slice(LOCK_FILE.length));
    const marker = /^\.takeover-[0-9a-f]+-\d+$/.test(name.slice(LOCK_FILE.length));
    const leftover = marker || (staging !== null && ownerIsGone({ pid: Number(staging[1]), host: os.hostname(), since: '' }));
    if (leftover) fs.rmSync(path.join(dataDir, name), { force: true });
  }
}

/**
 * Takes DATA_DIR's writer lock, so that two ingests (say, `npm run ingest` while the bot starts)
 * never write generations at the same time: one could remove the other's folder mid-write.
 * A lock left by a process that died on this host is taken over. Returns the release function.
 */
export function acquireWriteLock(dataDir: string, disk: Disk = realDisk): () => void {
  const lockPath = path.join(dataDir, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() } satisfies LockOwner);
  let busyWith: LockOwner | undefined;
  try {
    disk.mkdir(dataDir);
    for (let attempt = 0; attempt < ACQUIRE_TRIES && busyWith === undefined; attempt++) {
      if (createWhole(lockPath, mine, disk)) return holdLock(dataDir, lockPath, mine);
      const seen = inspect(lockPath);
      if (seen === undefined) continue; // released meanwhile
      if (!isStale(seen)) busyWith = seen.owner;
      else busyWith = takeOver(lockPath, seen, mine, disk);
    }
  } catch (error) {
    throw diskProblem(error, lockPath, dataDir, 'write', () =>
      new AppError('INDEX_WRITE_FAILED', `Cannot write to DATA_DIR ${dataDir} (${(error as NodeJS.ErrnoException).code ?? 'error'}). Make it a writable folder, then run \`npm run ingest\` again.`, { dataDir }, { cause: error }),
    );
  }
  throw new AppError(
    'INDEX_BUSY',
    `Another ingest is writing the index in ${dataDir} (process ${busyWith?.pid ?? '?'} on ${busyWith?.host ?? '?'} since ${busyWith?.since ?? '?'}). Wait for it to finish; if none is running, delete ${lockPath} and run \`npm run ingest\` again.`,
    { dataDir, owner: busyWith },
  );
}

function holdLock(dataDir: string, lockPath: string, mine: string): () => void {
  removeLeftovers(dataDir);
  // A process stopped mid-ingest (SIGTERM, an error) leaves no lock behind for the next start.
  const release = () => {
    process.off('exit', release);
    // While this process lives its lock is never taken over, so the file is still its own.
    if (inspect(lockPath)?.identity.endsWith(`:${mine}`) === true) fs.rmSync(lockPath, { force: true });
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
  for (let seen = inspect(lockPath); seen !== undefined && !isStale(seen); seen = inspect(lockPath)) {
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
