import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/feedback/schema.ts';
import { FEEDBACK_FILE, FeedbackStore, type QuestionRecord } from '../../src/feedback/store.ts';
import { USER_KEY_FILE } from '../../src/feedback/user-hash.ts';
import { DAY_MS, fakeClock, makeSqliteReadOnly, recordingLogger, tempDataDir } from './helpers.ts';

function question(id: string, overrides: Partial<QuestionRecord> = {}): QuestionRecord {
  return { id, text: `question ${id}?`, language: 'en', chatType: 'private', userId: 4242, abstained: false, citations: [], latencyMs: 10, ...overrides };
}

function openStore(dataDir: string, clock = fakeClock(), retentionDays = 90) {
  const { logger, lines } = recordingLogger();
  const store = new FeedbackStore({ dataDir, retentionDays, logger, now: clock.now, retryAfterMs: 60_000 });
  return { store, lines, clock, warnings: () => lines.filter((l) => / WARN /.test(l)) };
}

function rows<T>(dataDir: string, sql: string): T[] {
  const db = new Database(path.join(dataDir, FEEDBACK_FILE), { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

describe('FeedbackStore', () => {
  it('creates the database in WAL mode at the current schema version, with a private key file', () => {
    const dataDir = tempDataDir();
    const { store } = openStore(dataDir);
    expect(store.open()).toBe(true);
    expect(fs.existsSync(path.join(dataDir, FEEDBACK_FILE))).toBe(true);
    expect(store.recordQuestion(question('a'))).toBe(true);
    const db = new Database(path.join(dataDir, FEEDBACK_FILE));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
    expect(fs.statSync(path.join(dataDir, USER_KEY_FILE)).mode & 0o077).toBe(0);
    expect(fs.statSync(path.join(dataDir, FEEDBACK_FILE)).mode & 0o077).toBe(0);
    store.close();
  });

  it('stores a vote once per user per answer, and lets the user change it', () => {
    const dataDir = tempDataDir();
    const { store } = openStore(dataDir);
    store.recordQuestion(question('q1'));
    expect(store.recordVote('q1', 4242, 'up')).toBe('recorded');
    expect(store.recordVote('q1', 4242, 'up')).toBe('unchanged');
    expect(store.recordVote('q1', 4242, 'down')).toBe('changed');
    expect(store.recordVote('q1', 77, 'up')).toBe('recorded');
    store.close();
    const votes = rows<{ user_hash: string; vote: number }>(dataDir, 'SELECT user_hash, vote FROM votes ORDER BY vote');
    expect(votes.map((v) => v.vote)).toEqual([-1, 1]);
    // Only keyed hashes: neither user id appears anywhere in the file.
    for (const v of votes) expect(v.user_hash).not.toMatch(/4242|^77$/);
    const bytes = fs.readFileSync(path.join(dataDir, FEEDBACK_FILE)).toString('latin1');
    expect(bytes).not.toContain('4242');
    // The same user hashes alike for questions and votes, so they can be related without the id.
    const asked = rows<{ user_hash: string }>(dataDir, 'SELECT user_hash FROM questions');
    expect(votes.map((v) => v.user_hash)).toContain(asked[0]!.user_hash);
  });

  it('computes the /stats figures of a known sequence of questions and votes', () => {
    const dataDir = tempDataDir();
    const clock = fakeClock();
    const { store } = openStore(dataDir, clock);
    const now = clock.now();
    // [days ago, abstained, latency ms, cited sources, text]
    const sequence: [number, boolean, number, string[], string][] = [
      [0, false, 40, ['a.txt', 'b.txt'], 'Who is the ambassador?'],
      [0, true, 20, [], 'What is the weather in Seoul?'],
      [0.1, true, 30, [], 'what is the weather in  Seoul'],
      [2, false, 80, ['a.txt'], 'When did KOICA open?'],
      [6, true, 60, [], 'Who won the match?'],
      [12, false, 100, ['c.txt'], 'How many students?'],
      [29, false, 10, ['a.txt'], 'Trade volume?'],
      [45, true, 5, [], 'Old question outside the window?'],
    ];
    sequence.forEach(([daysAgo, abstained, latencyMs, sources, text], i) => {
      clock.set(now - daysAgo * DAY_MS);
      store.recordQuestion(question(`s${i}`, { text, abstained, latencyMs, citations: sources.map((source, n) => ({ n: n + 1, source, score: 0.5 })) }));
    });
    clock.set(now);
    store.recordVote('s0', 1, 'up');
    store.recordVote('s0', 2, 'down');
    store.recordVote('s3', 1, 'up');
    store.recordVote('s3', 1, 'down'); // changed: counts once, as 👎

    const stats = store.stats()!;
    const startOfDay = now - (now % DAY_MS);
    const within = (days: number) => sequence.filter(([d]) => now - d * DAY_MS >= now - days * DAY_MS);
    const month = within(30);
    expect(stats.questions.today).toBe(sequence.filter(([d]) => now - d * DAY_MS >= startOfDay).length);
    expect(stats.questions.week).toBe(within(7).length);
    expect(stats.questions.month).toBe(month.length);
    const abstained = month.filter(([, a]) => a).length;
    expect(stats.abstained).toBe(abstained);
    expect(stats.abstentionRate).toBeCloseTo(abstained / month.length);
    expect(stats.votes).toEqual({ up: 1, down: 2 });
    const latencies = month.map(([, , l]) => l).sort((a, b) => a - b);
    expect(stats.medianLatencyMs).toBe((latencies[(latencies.length - 1) >> 1]! + latencies[latencies.length >> 1]!) / 2);
    expect(stats.topSources[0]).toEqual({ source: 'a.txt', count: month.filter(([, , , s]) => s.includes('a.txt')).length });
    expect(stats.topSources.map((s) => s.source).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
    // The two weather questions differ only in case, spacing and the question mark: one entry, twice.
    expect(stats.unanswered[0]!.count).toBe(2);
    expect(stats.unanswered[0]!.text.toLowerCase()).toContain('weather');
    expect(stats.unanswered.map((u) => u.text)).not.toContain('Old question outside the window?');
    store.close();
  });

  it('reports no rates or median before anything is recorded', () => {
    const { store } = openStore(tempDataDir());
    expect(store.stats()).toMatchObject({ questions: { today: 0, week: 0, month: 0 }, abstentionRate: undefined, medianLatencyMs: undefined });
    store.close();
  });

  it('deletes questions and votes older than RETENTION_DAYS', () => {
    const dataDir = tempDataDir();
    const clock = fakeClock();
    const { store } = openStore(dataDir, clock, 10);
    store.recordQuestion(question('old', { citations: [{ n: 1, source: 'a.txt', score: 1 }] }));
    store.recordVote('old', 1, 'down');
    clock.advance(5 * DAY_MS);
    store.recordQuestion(question('newer'));
    clock.advance(6 * DAY_MS);
    expect(store.prune()).toBe(1);
    store.close();
    expect(rows<{ id: string }>(dataDir, 'SELECT id FROM questions').map((r) => r.id)).toEqual(['newer']);
    expect(rows(dataDir, 'SELECT * FROM votes')).toEqual([]);
    expect(rows(dataDir, 'SELECT * FROM citations')).toEqual([]);
  });

  it('keeps what was recorded across a restart', () => {
    const dataDir = tempDataDir();
    const first = openStore(dataDir);
    first.store.recordQuestion(question('kept'));
    first.store.recordVote('kept', 5, 'up');
    first.store.close();
    const second = openStore(dataDir);
    expect(second.store.recordVote('kept', 5, 'up')).toBe('unchanged');
    expect(second.store.stats()!.questions.month).toBe(1);
    second.store.close();
  });
});

describe('FeedbackStore when the database fails', () => {
  it('a corrupt file: nothing recorded, one warning, no exception', () => {
    const dataDir = tempDataDir();
    fs.writeFileSync(path.join(dataDir, FEEDBACK_FILE), 'this is not an SQLite database, just some text that is long enough '.repeat(100));
    const { store, warnings } = openStore(dataDir);
    expect(store.open()).toBe(false);
    expect(store.recordQuestion(question('x'))).toBe(false);
    expect(store.recordVote('x', 1, 'up')).toBe('unrecorded');
    expect(store.stats()).toBeUndefined();
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(/feedback database unavailable/);
    expect(warnings()[0]).toMatch(/not a database/);
    store.close();
  });

  it('a read-only file: nothing recorded, one warning', () => {
    const dataDir = tempDataDir();
    const setup = openStore(dataDir);
    setup.store.recordQuestion(question('before'));
    setup.store.close();
    makeSqliteReadOnly(path.join(dataDir, FEEDBACK_FILE));
    const { store, warnings } = openStore(dataDir);
    expect(store.recordQuestion(question('after'))).toBe(false);
    expect(store.recordQuestion(question('after2'))).toBe(false);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(/readonly/i);
    store.close();
  });

  it('a DATA_DIR that cannot be created: nothing recorded, one warning', () => {
    const parent = tempDataDir();
    const blocker = path.join(parent, 'file');
    fs.writeFileSync(blocker, '');
    const { store, warnings } = openStore(path.join(blocker, 'data'));
    expect(store.recordQuestion(question('x'))).toBe(false);
    expect(store.recordQuestion(question('y'))).toBe(false);
    expect(warnings()).toHaveLength(1);
  });

  it('a database locked by another process: skipped, and recording resumes after the pause', () => {
    const dataDir = tempDataDir();
    const { store, warnings, lines, clock } = openStore(dataDir);
    expect(store.recordQuestion(question('first'))).toBe(true);
    const other = new Database(path.join(dataDir, FEEDBACK_FILE));
    other.exec('BEGIN EXCLUSIVE');
    expect(store.recordQuestion(question('while-locked'))).toBe(false);
    other.exec('ROLLBACK');
    other.close();
    // Within the pause the database is left alone; after it, recording works again.
    expect(store.recordQuestion(question('paused'))).toBe(false);
    clock.advance(61_000);
    expect(store.recordQuestion(question('after'))).toBe(true);
    expect(warnings()).toHaveLength(1);
    expect(lines.some((l) => /recording resumed/.test(l))).toBe(true);
    store.close();
    expect(rows<{ id: string }>(dataDir, 'SELECT id FROM questions ORDER BY asked_at, id').map((r) => r.id)).toEqual(['first', 'after']);
  });

  it('a database file removed while in use: a new one is started, nothing is written into the void', () => {
    const dataDir = tempDataDir();
    const { store, warnings } = openStore(dataDir);
    expect(store.recordQuestion(question('before'))).toBe(true);
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path.join(dataDir, FEEDBACK_FILE + suffix), { force: true });
    expect(store.recordQuestion(question('after'))).toBe(true);
    store.close();
    expect(rows<{ id: string }>(dataDir, 'SELECT id FROM questions').map((r) => r.id)).toEqual(['after']);
    expect(warnings()).toHaveLength(1);
  });

  it('a database from a newer version of the bot is left alone', () => {
    const dataDir = tempDataDir();
    const db = new Database(path.join(dataDir, FEEDBACK_FILE));
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const { store, warnings } = openStore(dataDir);
    expect(store.recordQuestion(question('x'))).toBe(false);
    expect(warnings()[0]).toMatch(/newer than this bot/);
  });
});
