import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.ts';
import { diskProblem, realDisk } from '../../src/index/disk.ts';
import type { Disk } from '../../src/index/disk.ts';
import { saveIndex } from '../../src/index/store.ts';
import { silentLogger } from '../../src/log.ts';
import { createFakeEmbedder } from './fake-embedder.ts';
import { buildSnapshot, SAMPLE_DOCUMENTS } from './fixtures.ts';

const errno = (code: string) => Object.assign(new Error(code), { code });
const fallback = () => new AppError('INDEX_CORRUPT', 'damaged');

describe('diskProblem', () => {
  it('gives each cause its own code and fix', () => {
    expect(diskProblem(errno('ENOSPC'), '/d/index-1/lexical.bin', '/d', 'write', fallback)).toMatchObject({
      code: 'DISK_FULL',
      message: expect.stringMatching(/disk of DATA_DIR \/d is full \(ENOSPC writing lexical\.bin\)\. Free space/),
    });
    // An unreadable chunks.bin is a permission to fix, not damage to rebuild (and not "make it writable").
    const unreadable = diskProblem(errno('EACCES'), '/d/index-1/chunks.bin', '/d', 'read', fallback);
    expect(unreadable).toMatchObject({ code: 'DATA_DIR_PERMISSION', message: expect.stringMatching(/No permission to read \/d\/index-1\/chunks\.bin \(EACCES\)\. Let the user running the bot read DATA_DIR/) });
    expect(diskProblem(errno('EROFS'), '/d/ingest.lock', '/d', 'write', fallback).message).toMatch(/read-only file system/);
    expect(diskProblem(errno('EIO'), '/d/x', '/d', 'read', fallback)).toMatchObject({ code: 'INDEX_CORRUPT' });
  });
});

describe('saveIndex on a full disk', () => {
  it('reports a vector write that hnswlib failed silently as DISK_FULL when the disk has no room for it', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wt12-disk-'));
    try {
      const snapshot = await buildSnapshot(SAMPLE_DOCUMENTS, createFakeEmbedder());
      // The generation folder is never made, so hnswlib's write fails; the disk says it is full.
      const full: Disk = { ...realDisk, mkdir: () => {}, freeBytes: () => 0 };
      expect(() => saveIndex(dataDir, snapshot, silentLogger, full)).toThrow(expect.objectContaining({ code: 'DISK_FULL' }));
      // With room on the disk the same failure stays a write failure.
      expect(() => saveIndex(dataDir, snapshot, silentLogger, { ...full, freeBytes: () => 1e12 })).toThrow(expect.objectContaining({ code: 'INDEX_WRITE_FAILED' }));
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
