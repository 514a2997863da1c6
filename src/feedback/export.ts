import type Database from 'better-sqlite3';

/**
 * A question for the eval set (see `npm run eval`): `id, q, lang, docs, answer, type`. `docs` and
 * `answer` are left empty and `type` is "unanswerable" for a maintainer to fill in, which also
 * keeps the file valid eval input as it is. The other fields say why it was exported.
 */
export interface ExportedQuestion {
  id: string;
  q: string;
  lang: string;
  docs: string[];
  answer: string[];
  type: 'unanswerable';
  /** "down": an answer someone voted 👎; "abstained": the bot could not answer. */
  feedback: 'down' | 'abstained';
  /** When it was first asked (ISO time). */
  asked: string;
  /** How often it was asked (ignoring case and spacing) in the exported period. */
  times: number;
  /** The sources the answer cited (empty for an abstention). */
  cited: string[];
}

interface Row {
  id: string;
  text: string;
  language: string;
  asked_at: number;
  abstained: number;
  times: number;
  cited: string | null;
}

/**
 * Questions asked since `since` (ms since the epoch) that were abstained or whose answer has a 👎
 * vote, one per distinct question (its first asking), oldest first.
 */
export function exportCandidates(db: Database.Database, since: number): ExportedQuestion[] {
  const rows = db
    .prepare(
      `WITH candidates AS (
         SELECT q.* FROM questions q
         WHERE q.asked_at >= ? AND (q.abstained = 1 OR EXISTS (SELECT 1 FROM votes v WHERE v.question_id = q.id AND v.vote = -1))
       ),
       grouped AS (
         SELECT normalized, MIN(asked_at) AS first, COUNT(*) AS times FROM candidates GROUP BY normalized
       )
       SELECT c.id, c.text, c.language, c.asked_at, c.abstained, g.times,
              (SELECT json_group_array(source) FROM (SELECT source FROM citations WHERE question_id = c.id ORDER BY n)) AS cited
       FROM grouped g JOIN candidates c ON c.normalized = g.normalized AND c.asked_at = g.first
       GROUP BY g.normalized
       ORDER BY c.asked_at, c.id`,
    )
    .all(since) as Row[];
  return rows.map((row) => ({
    id: `feedback-${row.id}`,
    q: row.text,
    lang: row.language,
    docs: [],
    answer: [],
    type: 'unanswerable',
    feedback: row.abstained === 1 ? 'abstained' : 'down',
    asked: new Date(row.asked_at).toISOString(),
    times: row.times,
    cited: row.cited === null ? [] : (JSON.parse(row.cited) as string[]),
  }));
}

/** JSON Lines, one question per line. */
export function formatJsonLines(questions: readonly ExportedQuestion[]): string {
  return questions.map((q) => JSON.stringify(q) + '\n').join('');
}
