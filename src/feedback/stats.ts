import type Database from 'better-sqlite3';

const DAY_MS = 86_400_000;
/** The window of every figure except the question counts. */
export const STATS_WINDOW_DAYS = 30;
const TOP = 5;

export interface FeedbackStats {
  /** Questions since midnight UTC, in the last 7 days and in the last 30 days. */
  questions: { today: number; week: number; month: number };
  /** The rest is over the last 30 days. */
  abstained: number;
  /** abstained / questions; undefined without questions. */
  abstentionRate: number | undefined;
  votes: { up: number; down: number };
  medianLatencyMs: number | undefined;
  /** Documents cited most often, with how many answers cited them. */
  topSources: { source: string; count: number }[];
  /** Questions it could not answer, most frequent first (grouped ignoring case and spacing). */
  unanswered: { text: string; count: number }[];
}

function count(db: Database.Database, sql: string, ...params: unknown[]): number {
  return (db.prepare(sql).pluck().get(...params) as number | null) ?? 0;
}

function median(db: Database.Database, since: number, total: number): number | undefined {
  if (total === 0) return undefined;
  const at = (offset: number) =>
    db.prepare('SELECT latency_ms FROM questions WHERE asked_at >= ? ORDER BY latency_ms LIMIT 1 OFFSET ?').pluck().get(since, offset) as number;
  return (at(Math.floor((total - 1) / 2)) + at(Math.floor(total / 2))) / 2;
}

/** The /stats figures at time `now` (milliseconds since the epoch). */
export function readStats(db: Database.Database, now: number): FeedbackStats {
  const today = now - (now % DAY_MS);
  const week = now - 7 * DAY_MS;
  const month = now - STATS_WINDOW_DAYS * DAY_MS;
  const questionsSince = (since: number) => count(db, 'SELECT COUNT(*) FROM questions WHERE asked_at >= ?', since);
  const total = questionsSince(month);
  const abstained = count(db, 'SELECT COUNT(*) FROM questions WHERE asked_at >= ? AND abstained = 1', month);
  const votes = db
    .prepare('SELECT COALESCE(SUM(vote = 1), 0) AS up, COALESCE(SUM(vote = -1), 0) AS down FROM votes WHERE voted_at >= ?')
    .get(month) as { up: number; down: number };
  const topSources = db
    .prepare(
      `SELECT c.source AS source, COUNT(*) AS count FROM citations c JOIN questions q ON q.id = c.question_id
       WHERE q.asked_at >= ? GROUP BY c.source ORDER BY count DESC, source LIMIT ?`,
    )
    .all(month, TOP) as { source: string; count: number }[];
  // The most recent wording stands for each group of repeated questions.
  const unanswered = db
    .prepare(
      `SELECT (SELECT text FROM questions r WHERE r.normalized = q.normalized AND r.abstained = 1 ORDER BY asked_at DESC LIMIT 1) AS text,
              COUNT(*) AS count
       FROM questions q WHERE q.asked_at >= ? AND q.abstained = 1
       GROUP BY q.normalized ORDER BY count DESC, MAX(q.asked_at) DESC LIMIT ?`,
    )
    .all(month, TOP) as { text: string; count: number }[];
  return {
    questions: { today: questionsSince(today), week: questionsSince(week), month: total },
    abstained,
    abstentionRate: total === 0 ? undefined : abstained / total,
    votes: { up: votes.up, down: votes.down },
    medianLatencyMs: median(db, month, total),
    topSources,
    unanswered,
  };
}
