import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parseCommandArgs, usageError } from '../cli/args.ts';
import type { Config } from '../config.ts';
import { AppError, describeError } from '../errors.ts';
import { exportCandidates, formatJsonLines } from './export.ts';
import { migrate } from './schema.ts';
import { readStats, STATS_WINDOW_DAYS, type FeedbackStats } from './stats.ts';
import { FEEDBACK_FILE } from './store.ts';

export const FEEDBACK_USAGE = `  feedback export [--since DATE] [--out FILE]
                               👎 answers and unanswered questions as eval JSON lines
  feedback stats               questions, abstentions, votes, latency, top sources`;

interface Output {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = `Usage:\n${FEEDBACK_USAGE}`;
const usage = (message: string): AppError => usageError(message, USAGE);

/** Opens the bot's feedback database for reading; AppError FEEDBACK_UNAVAILABLE says why not. */
export function openFeedbackForReading(dataDir: string): Database.Database {
  const file = path.join(dataDir, FEEDBACK_FILE);
  if (!fs.existsSync(file)) {
    throw new AppError('FEEDBACK_UNAVAILABLE', `No feedback recorded yet: ${file} does not exist (the bot creates it when QUESTION_LOG=true).`, { file });
  }
  try {
    const db = new Database(file, { fileMustExist: true, timeout: 2_000 });
    try {
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return db;
  } catch (first) {
    // A copy on read-only storage can still be read, if it needs no migration.
    let db: Database.Database | undefined;
    try {
      db = new Database(file, { readonly: true, fileMustExist: true });
      db.prepare('SELECT COUNT(*) FROM questions').get();
      return db;
    } catch {
      db?.close();
      throw new AppError('FEEDBACK_UNAVAILABLE', `Cannot read ${file}: ${describeError(first)}`, { file }, { cause: first });
    }
  }
}

/** "2026-05-01" (midnight UTC) or an ISO date-time, as milliseconds since the epoch. */
export function parseSince(text: string): number {
  const time = /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(text) ? Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text) : Number.NaN;
  if (Number.isNaN(time)) throw usage(`--since takes a date such as 2026-05-01 (got "${text}").`);
  return time;
}

function parseExportArgs(args: readonly string[]): { since: number; out?: string } {
  const { values } = parseCommandArgs(args, { command: 'feedback export', options: { since: { type: 'string' }, out: { type: 'string' } }, positionals: false, usage: USAGE });
  return { since: values.since === undefined ? 0 : parseSince(values.since), ...(values.out !== undefined ? { out: values.out } : {}) };
}

/** Writes next to the target and renames, so a reader never sees half a file. */
function writeAtomically(file: string, text: string): void {
  const staging = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(staging, text);
  fs.renameSync(staging, file);
}

function percent(rate: number | undefined): string {
  return rate === undefined ? '–' : `${(rate * 100).toFixed(1)}%`;
}

/** The /stats figures as terminal text. */
export function formatStatsPlain(stats: FeedbackStats): string {
  const lines = [
    `questions:        ${stats.questions.today} today, ${stats.questions.week} in 7 days, ${stats.questions.month} in ${STATS_WINDOW_DAYS} days`,
    `abstained:        ${stats.abstained} (${percent(stats.abstentionRate)})`,
    `votes:            👍 ${stats.votes.up}  👎 ${stats.votes.down}`,
    `median latency:   ${stats.medianLatencyMs === undefined ? '–' : `${Math.round(stats.medianLatencyMs)} ms`}`,
    'most cited:',
    ...(stats.topSources.length === 0 ? ['  –'] : stats.topSources.map((s) => `  ${s.count}× ${s.source}`)),
    'not answered:',
    ...(stats.unanswered.length === 0 ? ['  –'] : stats.unanswered.map((u) => `  ${u.count}× ${u.text}`)),
  ];
  return `Last ${STATS_WINDOW_DAYS} days unless said otherwise.\n${lines.join('\n')}\n`;
}

/** `feedback export …` and `feedback stats`; returns the exit code. */
export function runFeedbackCommand(args: readonly string[], config: Config, io: Output): number {
  const [sub, ...rest] = args;
  if (sub !== 'export' && sub !== 'stats') throw usage(sub === undefined ? 'Say what to do: export or stats.' : `Unknown feedback command "${sub}".`);
  if (sub === 'stats') parseCommandArgs(rest, { command: 'feedback stats', options: {}, positionals: false, usage: USAGE });
  const options = sub === 'export' ? parseExportArgs(rest) : undefined;
  const db = openFeedbackForReading(config.dataDir);
  try {
    if (options === undefined) {
      io.stdout.write(formatStatsPlain(readStats(db, Date.now())));
      return 0;
    }
    const questions = exportCandidates(db, options.since);
    const text = formatJsonLines(questions);
    if (options.out === undefined) io.stdout.write(text);
    else writeAtomically(options.out, text);
    const down = questions.filter((q) => q.feedback === 'down').length;
    io.stderr.write(
      `${questions.length} question(s) exported (${down} with 👎, ${questions.length - down} not answered)${options.out === undefined ? '' : ` to ${options.out}`}.\n`,
    );
    return 0;
  } finally {
    db.close();
  }
}
