import fs from 'node:fs';
import path from 'node:path';
import { AppError, isAppError } from '../errors.ts';
import type { VectorIndex } from './vector.ts';

/**
 * The few writes the index writer makes, behind one small facade: tests inject a full disk or a
 * refused write here (they run as root, whom permissions do not stop).
 */
export interface Disk {
  mkdir(dir: string): void;
  /** Creates `filePath` (it must not exist), writes `data` and fsyncs it. */
  writeFileDurably(filePath: string, data: string | Uint8Array): void;
  rename(from: string, to: string): void;
  /** Gives the file `existing` the further name `target`; fails with EEXIST when `target` exists. */
  link(existing: string, target: string): void;
  /** Bytes free for this process on the file system holding `dir`, or undefined when unknown. */
  freeBytes(dir: string): number | undefined;
}

export const realDisk: Disk = {
  mkdir: (dir) => fs.mkdirSync(dir, { recursive: true }),
  writeFileDurably: (filePath, data) => {
    const fd = fs.openSync(filePath, 'wx');
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  },
  rename: (from, to) => fs.renameSync(from, to),
  link: (existing, target) => fs.linkSync(existing, target),
  freeBytes: (dir) => {
    try {
      const stats = fs.statfsSync(dir);
      return stats.bavail * stats.bsize;
    } catch {
      return undefined;
    }
  },
};

const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
const REFUSED = new Set(['EACCES', 'EPERM', 'EROFS']);
const NOT_A_FOLDER = new Set(['ENOTDIR', 'EEXIST']);

function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** DATA_DIR, or a folder above it, is a file: nothing can be read or written there. */
export function notAFolder(dataDir: string, cause?: unknown): AppError {
  return new AppError(
    'DATA_DIR_INVALID',
    `DATA_DIR ${dataDir} is a file (or lies under one), not a folder. Set DATA_DIR to a folder; it is created if missing.`,
    { dataDir },
    { cause },
  );
}

/** Refuses a DATA_DIR that exists and is not a folder, before anything tries to use it. */
export function checkDataDir(dataDir: string): void {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(dataDir);
  } catch (error) {
    if (errnoOf(error) === 'ENOTDIR') throw notAFolder(dataDir, error);
    return; // missing: created by the first ingest
  }
  if (!stats.isDirectory()) throw notAFolder(dataDir);
}

/**
 * The message for a failed read or write under DATA_DIR, one kind per cause: a full disk, a
 * refused permission, a path that is not a folder; anything else stays `fallback`.
 */
export function diskProblem<T extends AppError | undefined>(error: unknown, target: string, dataDir: string, action: 'read' | 'write', fallback: () => T): AppError | T {
  if (isAppError(error)) return error;
  const code = errnoOf(error) ?? 'error';
  if (FULL.has(code)) {
    return new AppError(
      'DISK_FULL',
      `The disk of DATA_DIR ${dataDir} is full (${code} writing ${path.basename(target)}). Free space on it or set DATA_DIR to a folder on a bigger disk, then run \`npm run ingest\`. The previous index, if any, is untouched.`,
      { dataDir, file: target, errno: code },
      { cause: error },
    );
  }
  if (REFUSED.has(code)) {
    return new AppError(
      'DATA_DIR_PERMISSION',
      `No permission to ${action} ${target} (${code}${code === 'EROFS' ? ': read-only file system' : ''}). Let the user running the bot ${action} DATA_DIR ${dataDir} (for example with chown), or set DATA_DIR to a folder it may ${action}.`,
      { dataDir, file: target, errno: code },
      { cause: error },
    );
  }
  if (NOT_A_FOLDER.has(code) && action === 'write') {
    try {
      checkDataDir(dataDir);
    } catch (problem) {
      if (isAppError(problem)) return problem;
    }
  }
  return fallback();
}

/** Failures that stop an index update but leave the last good index usable. */
export function blocksUpdateOnly(error: unknown): error is AppError {
  return isAppError(error, 'INDEX_BUSY') || isAppError(error, 'DISK_FULL') || isAppError(error, 'DATA_DIR_PERMISSION') || isAppError(error, 'INDEX_WRITE_FAILED');
}

/**
 * hnswlib reports no error of its own when its write fails: a failed write next to a nearly
 * full disk is taken for what it almost surely is.
 */
export function saveVectors(vector: VectorIndex, filePath: string, dataDir: string, disk: Disk): { bytes: number; sha256: string } {
  try {
    return vector.save(filePath);
  } catch (error) {
    const free = disk.freeBytes(dataDir);
    if (isAppError(error, 'INDEX_WRITE_FAILED') && free !== undefined && free < vector.capacity * (vector.dimension * 4 + vector.m * 8 * 3 + 64)) {
      throw diskProblem(Object.assign(new Error('no space left'), { code: 'ENOSPC' }), filePath, dataDir, 'write', () => error);
    }
    throw error;
  }
}
