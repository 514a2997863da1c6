import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger, type Logger } from '../../src/log.ts';

/** The folders tempDataDir made, removed by one exit listener (one per folder passed Node's limit of ten). */
const madeDirs: string[] = [];

/** A fresh DATA_DIR under the system temp folder; removed when the test process exits. */
export function tempDataDir(prefix = 'azk-feedback-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (madeDirs.length === 0) process.once('exit', () => madeDirs.forEach((made) => fs.rmSync(made, { recursive: true, force: true })));
  madeDirs.push(dir);
  return dir;
}

export function recordingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: createLogger({ level: 'debug', write: (line) => lines.push(line) }), lines };
}

/** A settable clock in milliseconds. */
export function fakeClock(start = Date.UTC(2026, 4, 20, 12, 0, 0)): { now: () => number; set(ms: number): void; advance(ms: number): void } {
  let current = start;
  return {
    now: () => current,
    set: (ms) => {
      current = ms;
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

/**
 * Makes an SQLite file read-only for SQLite itself: a write version above 2 in the header (byte
 * 18) means "read-only" to any SQLite library, whoever runs it; file permissions alone do not
 * stop root, which the tests may run as. The file is also made 0444 for everyone else.
 */
export function makeSqliteReadOnly(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.from([3]), 0, 1, 18);
  } finally {
    fs.closeSync(fd);
  }
  fs.chmodSync(file, 0o444);
}

export const DAY_MS = 86_400_000;
