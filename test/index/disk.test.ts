import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.ts';
import { diskProblem } from '../../src/index/disk.ts';

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
