import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describeError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { migrate } from './schema.ts';
import { readStats, type FeedbackStats } from './stats.ts';
import { hashUserId, loadOrCreateUserKey } from './user-hash.ts';

/** The database file in DATA_DIR. */
export const FEEDBACK_FILE = 'feedback.sqlite';

export interface QuestionRecord {
  /** The id the answer's vote buttons carry (see newQuestionId). */
  id: string;
  text: string;
  /** Language detected in the question. */
  language: string;
  /** Telegram chat type: private, group, supergroup. */
  chatType: string;
  userId?: number;
  abstained: boolean;
  citations: readonly { n: number; source: string; score: number }[];
  latencyMs: number;
}

export type Vote = 'up' | 'down';
/** What a press did: a first vote, a changed vote, the same vote again, or nothing (database unavailable). */
export type VoteOutcome = 'recorded' | 'changed' | 'unchanged' | 'unrecorded';

export interface FeedbackStoreOptions {
  dataDir: string;
  retentionDays: number;
  logger: Logger;
  /** Clock in milliseconds since the epoch (tests set it). */
  now?: () => number;
  /** After a failure the database is left alone this long, so a broken file costs no time per question. */
  retryAfterMs?: number;
}

/** Another process holding the write lock makes a write wait this long before giving up. */
const BUSY_TIMEOUT_MS = 100;
const DEFAULT_RETRY_AFTER_MS = 60_000;
const PRUNE_EVERY_MS = 60 * 60_000;
const DAY_MS = 86_400_000;

/** Lower-case, single spaces, no closing punctuation: how repeated questions are recognised. */
export function normalizeForGrouping(text: string): string {
  return text.toLocaleLowerCase().replace(/\s+/gu, ' ').trim().replace(/[\s?!.。？！]+$/u, '');
}

/**
 * Questions, cited sources and votes in DATA_DIR/feedback.sqlite (SQLite, WAL mode). No method
 * throws: whatever the file's state (locked, corrupt, read-only, missing, unwritable folder), a
 * failure is logged once as a warning, the call returns its "nothing recorded" value, and the
 * database is tried again after a pause. Recording never delays an answer by more than the busy
 * timeout.
 */
export class FeedbackStore {
  readonly file: string;
  private db: Database.Database | undefined;
  private key: Buffer | undefined;
  private failing = false;
  private retryAt = 0;
  private lastPrune = 0;
  private readonly now: () => number;

  constructor(private readonly options: FeedbackStoreOptions) {
    this.file = path.join(options.dataDir, FEEDBACK_FILE);
    this.now = options.now ?? Date.now;
  }

  /** Opens (and migrates) the database now rather than at the first question; false if it cannot be used. */
  open(): boolean {
    return this.guarded('open', false, () => true);
  }

  /** A fresh id for an answer's vote buttons: 11 base64url characters. */
  newQuestionId(): string {
    return randomBytes(8).toString('base64url');
  }

  /** Records a question and the sources its answer cited; false when it could not be recorded. */
  recordQuestion(record: QuestionRecord): boolean {
    return this.guarded('record a question', false, (db, key) => {
      const at = this.now();
      db.transaction(() => {
        db.prepare(
          'INSERT OR IGNORE INTO questions (id, asked_at, text, normalized, language, chat_type, user_hash, abstained, latency_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        ).run(
          record.id,
          at,
          record.text,
          normalizeForGrouping(record.text),
          record.language,
          record.chatType,
          record.userId === undefined ? null : hashUserId(key, record.userId),
          record.abstained ? 1 : 0,
          record.latencyMs,
        );
        const cite = db.prepare('INSERT OR IGNORE INTO citations (question_id, n, source, score) VALUES (?, ?, ?, ?)');
        for (const c of record.citations) cite.run(record.id, c.n, c.source, c.score);
      })();
      if (at - this.lastPrune >= PRUNE_EVERY_MS) this.pruneWith(db);
      return true;
    });
  }

  /** One vote per user per answer: a later press replaces the earlier vote. */
  recordVote(questionId: string, userId: number, vote: Vote): VoteOutcome {
    return this.guarded<VoteOutcome>('record a vote', 'unrecorded', (db, key) => {
      const userHash = hashUserId(key, userId);
      const value = vote === 'up' ? 1 : -1;
      return db.transaction((): VoteOutcome => {
        const before = db.prepare('SELECT vote FROM votes WHERE question_id = ? AND user_hash = ?').get(questionId, userHash) as { vote: number } | undefined;
        if (before?.vote === value) return 'unchanged';
        db.prepare(
          'INSERT INTO votes (question_id, user_hash, vote, voted_at) VALUES (?, ?, ?, ?) ON CONFLICT (question_id, user_hash) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at',
        ).run(questionId, userHash, value, this.now());
        return before === undefined ? 'recorded' : 'changed';
      }).immediate();
    });
  }

  /** Figures for /stats; undefined when the database cannot be read. */
  stats(): FeedbackStats | undefined {
    return this.guarded('read statistics', undefined, (db) => readStats(db, this.now()));
  }

  /** Deletes questions and votes older than RETENTION_DAYS; the number of questions deleted. */
  prune(): number {
    return this.guarded('delete old records', 0, (db) => this.pruneWith(db));
  }

  close(): void {
    this.closeConnection();
  }

  private pruneWith(db: Database.Database): number {
    const now = this.now();
    const cutoff = now - this.options.retentionDays * DAY_MS;
    this.lastPrune = now;
    return db.transaction(() => {
      db.prepare('DELETE FROM votes WHERE voted_at < ?').run(cutoff);
      return db.prepare('DELETE FROM questions WHERE asked_at < ?').run(cutoff).changes;
    })();
  }

  private guarded<T>(what: string, fallback: T, action: (db: Database.Database, key: Buffer) => T): T {
    if (this.failing && this.now() < this.retryAt) return fallback;
    try {
      const db = this.connection();
      const result = action(db, this.key!);
      if (this.failing) {
        this.failing = false;
        this.options.logger.info('feedback database works again: recording resumed', { file: this.file });
      }
      return result;
    } catch (error) {
      if (!this.failing) {
        this.options.logger.warn('feedback database unavailable: answering without recording until it works again', {
          file: this.file,
          while: what,
          error: describeError(error),
        });
      }
      this.failing = true;
      this.retryAt = this.now() + (this.options.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS);
      this.closeConnection();
      return fallback;
    }
  }

  private connection(): Database.Database {
    // A file deleted under the open connection would swallow every later record unseen.
    if (this.db !== undefined && !fs.existsSync(this.file)) {
      this.options.logger.warn('feedback database file was removed: starting a new one', { file: this.file });
      this.closeConnection();
    }
    if (this.db !== undefined) return this.db;
    fs.mkdirSync(this.options.dataDir, { recursive: true });
    const created = !fs.existsSync(this.file);
    const db = new Database(this.file, { timeout: BUSY_TIMEOUT_MS });
    try {
      // What people asked is theirs: owner-only, like the key (SQLite gives its -wal and -shm files the same mode).
      if (created) fs.chmodSync(this.file, 0o600);
      db.pragma('journal_mode = WAL');
      // In WAL mode NORMAL loses nothing when the process dies (only on power loss) and keeps writes cheap.
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      migrate(db);
      this.key = loadOrCreateUserKey(this.options.dataDir);
      this.pruneWith(db);
    } catch (error) {
      db.close();
      throw error;
    }
    this.db = db;
    return db;
  }

  private closeConnection(): void {
    const db = this.db;
    this.db = undefined;
    try {
      db?.close();
    } catch {
      // Closing a broken connection can fail too; it is released either way.
    }
  }
}
