import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { parseEvalLines } from '../../src/eval/run.ts';
import { FeedbackStore, type QuestionRecord } from '../../src/feedback/store.ts';
import { DAY_MS, fakeClock, recordingLogger, tempDataDir } from './helpers.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

interface Asked {
  id: string;
  daysAgo: number;
  text: string;
  language: string;
  abstained: boolean;
  cited: string[];
  votes: [userId: number, vote: 'up' | 'down'][];
}

/** What was asked, ten days ago and today; the export should keep abstentions and 👎 answers. */
const ASKED: Asked[] = [
  { id: 'old-abstained', daysAgo: 10, text: 'What is the weather in Seoul?', language: 'en', abstained: true, cited: [], votes: [] },
  { id: 'down', daysAgo: 0, text: 'Who is the ambassador?', language: 'en', abstained: false, cited: ['a.txt', 'b.txt'], votes: [[1, 'up'], [2, 'down']] },
  { id: 'up-only', daysAgo: 0, text: 'How many students?', language: 'en', abstained: false, cited: ['c.txt'], votes: [[1, 'up']] },
  { id: 'changed-to-up', daysAgo: 0, text: 'When did KOICA open?', language: 'en', abstained: false, cited: ['a.txt'], votes: [[3, 'down'], [3, 'up']] },
  { id: 'no-votes', daysAgo: 0, text: 'Trade volume?', language: 'en', abstained: false, cited: ['a.txt'], votes: [] },
  { id: 'abstained-az', daysAgo: 0, text: 'Bakıda hava necədir?', language: 'az', abstained: true, cited: [], votes: [] },
  { id: 'abstained-again', daysAgo: 0, text: 'bakıda hava  necədir', language: 'az', abstained: true, cited: [], votes: [] },
];

/** Exported: abstained, or some user's latest vote is 👎. */
function wanted(a: Asked): boolean {
  const latest = new Map(a.votes);
  return a.abstained || [...latest.values()].includes('down');
}

/** The same question, case, spacing and the question mark aside. */
const grouping = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').replace(/\?$/, '');

describe('npm run feedback -- export', () => {
  const dataDir = tempDataDir();
  const clock = fakeClock(Date.now());
  const env = { DATA_DIR: dataDir, SEEDS_DIR: path.join(dataDir, 'seeds') };

  beforeAll(() => {
    const store = new FeedbackStore({ dataDir, retentionDays: 90, logger: recordingLogger().logger, now: clock.now });
    const now = clock.now();
    ASKED.forEach((a, i) => {
      clock.set(now - a.daysAgo * DAY_MS + i);
      const record: QuestionRecord = {
        id: a.id,
        text: a.text,
        language: a.language,
        chatType: 'private',
        userId: 100 + i,
        abstained: a.abstained,
        citations: a.cited.map((source, n) => ({ n: n + 1, source, score: 0.4 })),
        latencyMs: 12,
      };
      store.recordQuestion(record);
      for (const [userId, vote] of a.votes) store.recordVote(a.id, userId, vote);
    });
    store.close();
  });

  it('writes 👎 answers and abstained questions as eval JSON lines that npm run eval accepts', async () => {
    const out = path.join(dataDir, 'feedback.jsonl');
    const run = await runCli(['feedback', 'export', '--out', out], env);
    expect(run.code).toBe(0);
    const text = fs.readFileSync(out, 'utf8');
    const lines = text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    // Repeated questions (case and spacing aside) appear once, as first asked, with how often.
    const distinct = ASKED.filter(wanted).filter((a, i, all) => all.findIndex((b) => grouping(b.text) === grouping(a.text)) === i);
    expect(lines.map((l) => l.q)).toEqual(distinct.map((a) => a.text));
    for (const [i, line] of lines.entries()) {
      const asked = distinct[i]!;
      expect(Object.keys(line).slice(0, 6)).toEqual(['id', 'q', 'lang', 'docs', 'answer', 'type']);
      expect(line).toMatchObject({ lang: asked.language, docs: [], answer: [], feedback: asked.abstained ? 'abstained' : 'down', cited: asked.cited });
      expect(line.id).toContain(asked.id);
    }
    expect(lines.find((l) => l.lang === 'az')!.times).toBe(2);
    // The file is an eval set as it is; a maintainer fills in docs and answer.
    expect(parseEvalLines(text).map((q) => q.q)).toEqual(distinct.map((a) => a.text));
    expect(run.stderr).toMatch(new RegExp(`${distinct.length} question\\(s\\) exported \\(1 with 👎`));
  });

  it('--since leaves out what was asked before the date; without --out it writes to standard output', async () => {
    const yesterday = new Date(clock.now() - DAY_MS).toISOString().slice(0, 10);
    const run = await runCli(['feedback', 'export', '--since', yesterday], env);
    expect(run.code).toBe(0);
    const questions = run.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { q: string }).q);
    expect(questions).not.toContain('What is the weather in Seoul?');
    expect(questions).toContain('Who is the ambassador?');
  });

  it('refuses a bad date or argument, and says when nothing was recorded yet', async () => {
    expect(await runCli(['feedback', 'export', '--since', 'last week'], env)).toMatchObject({ code: 2, stderr: expect.stringMatching(/--since takes a date/) });
    expect(await runCli(['feedback', 'export', 'extra'], env)).toMatchObject({ code: 2 });
    expect(await runCli(['feedback', 'erase'], env)).toMatchObject({ code: 2 });
    const empty = tempDataDir();
    expect(await runCli(['feedback', 'export'], { DATA_DIR: empty })).toMatchObject({ code: 1, stderr: expect.stringMatching(/No feedback recorded yet/) });
    const corrupt = tempDataDir();
    fs.writeFileSync(path.join(corrupt, 'feedback.sqlite'), 'not a database '.repeat(200));
    expect(await runCli(['feedback', 'stats'], { DATA_DIR: corrupt })).toMatchObject({ code: 1, stderr: expect.stringMatching(/^error: Cannot read .*feedback\.sqlite/) });
  });

  it('feedback stats prints the figures /stats shows', async () => {
    const run = await runCli(['feedback', 'stats'], env);
    expect(run.code).toBe(0);
    const month = ASKED.length;
    expect(run.stdout).toMatch(new RegExp(`questions: .* ${month} in 30 days`));
    expect(run.stdout).toMatch(/2× b[aA]kıda hava/);
  });

  it('runs as npm runs it: node bin/run.mjs feedback export (the bundled command line)', async () => {
    const out = path.join(dataDir, 'bundled.jsonl');
    const { stderr } = await promisify(execFile)(process.execPath, ['bin/run.mjs', 'feedback', 'export', '--out', out], {
      cwd: REPO,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    expect(stderr).toMatch(/exported/);
    expect(parseEvalLines(fs.readFileSync(out, 'utf8')).length).toBeGreaterThan(0);
  });
});
