import type Database from 'better-sqlite3';

/**
 * The feedback database's schema, one migration per version. `PRAGMA user_version` holds the
 * version a database has reached; each migration runs in its own transaction, so a crash leaves
 * the database at the version before or after it, never between.
 */
const MIGRATIONS: readonly string[] = [
  // 1: questions with their cited sources, and one vote per user per answer.
  `CREATE TABLE questions (
     id TEXT PRIMARY KEY,
     asked_at INTEGER NOT NULL,
     text TEXT NOT NULL,
     normalized TEXT NOT NULL,
     language TEXT NOT NULL,
     chat_type TEXT NOT NULL,
     user_hash TEXT,
     abstained INTEGER NOT NULL CHECK (abstained IN (0, 1)),
     latency_ms REAL NOT NULL
   );
   CREATE INDEX questions_by_time ON questions (asked_at);
   CREATE TABLE citations (
     question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
     n INTEGER NOT NULL,
     source TEXT NOT NULL,
     score REAL NOT NULL,
     PRIMARY KEY (question_id, n)
   ) WITHOUT ROWID;
   CREATE TABLE votes (
     question_id TEXT NOT NULL,
     user_hash TEXT NOT NULL,
     vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
     voted_at INTEGER NOT NULL,
     PRIMARY KEY (question_id, user_hash)
   ) WITHOUT ROWID;
   CREATE INDEX votes_by_time ON votes (voted_at);`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the database to SCHEMA_VERSION. Throws if it was written by a newer version of the bot. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(`the feedback database has schema version ${current}, newer than this bot's ${SCHEMA_VERSION}`);
  }
  for (let version = current + 1; version <= SCHEMA_VERSION; version += 1) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version - 1]!);
      db.pragma(`user_version = ${version}`);
    }).immediate();
  }
}
