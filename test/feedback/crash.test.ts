import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { FEEDBACK_FILE, FeedbackStore } from '../../src/feedback/store.ts';
import { recordingLogger, tempDataDir } from './helpers.ts';

const WRITER = fileURLToPath(new URL('./writer-child.ts', import.meta.url));

/** Runs the writer until it reports at least `atLeast` records, then kills it with SIGKILL; the last count it reported. */
function writeThenKill(dataDir: string, atLeast: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let reported = 0;
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      for (const line of String(d).split('\n')) if (/^\d+$/.test(line)) reported = Number(line);
      if (reported >= atLeast && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(reported);
      else reject(new Error(`writer exited with ${code} before it was killed: ${stderr}`));
    });
  });
}

it('a kill -9 in the middle of writing leaves a readable database holding every committed record', async () => {
  const dataDir = tempDataDir();
  let committed = 0;
  // Killed at three different moments; each run adds to the same database.
  for (const atLeast of [100, 175, 250]) {
    const reported = await writeThenKill(dataDir, atLeast);
    expect(reported).toBeGreaterThanOrEqual(atLeast);
    committed += reported;
    // Killed, not closed: the last commits are still only in the write-ahead log, which opening must replay.
    expect(fs.statSync(path.join(dataDir, `${FEEDBACK_FILE}-wal`)).size).toBeGreaterThan(0);

    const db = new Database(path.join(dataDir, FEEDBACK_FILE));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const questions = db.prepare('SELECT COUNT(*) FROM questions').pluck().get() as number;
    const votes = db.prepare('SELECT COUNT(*) FROM votes').pluck().get() as number;
    const citations = db.prepare('SELECT COUNT(*) FROM citations').pluck().get() as number;
    db.close();
    expect(questions).toBeGreaterThanOrEqual(committed);
    // Each question was written with its three citations in one transaction: never half of them.
    expect(citations).toBe(questions * 3);
    expect(votes).toBeGreaterThanOrEqual(committed);
  }

  // And the bot's store opens it and records as before.
  const { logger, lines } = recordingLogger();
  const store = new FeedbackStore({ dataDir, retentionDays: 90, logger });
  expect(store.recordQuestion({ id: 'after-crash', text: 'after?', language: 'en', chatType: 'private', abstained: true, citations: [], latencyMs: 1 })).toBe(true);
  expect(store.stats()!.questions.month).toBeGreaterThan(committed);
  store.close();
  expect(lines.filter((l) => / WARN /.test(l))).toEqual([]);
});
