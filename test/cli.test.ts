import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.ts';
import { createWorkspace, type Workspace } from './helpers/workspace.ts';

describe('command line', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await createWorkspace();
  });
  afterAll(() => ws?.remove());

  it('ingest builds the index, then finds nothing to do', async () => {
    const first = await runCli(['ingest'], ws.env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/documents: 5 \(added 5/);
    expect(first.stdout).toMatch(/mode: +hybrid/);
    const second = await runCli(['ingest'], ws.env);
    expect(second.stdout).toMatch(/up to date/);
    expect(second.stdout).toMatch(/embedded now 0, reused \d+/);
  });

  it('ask prints the answer and numbered sources for a person', async () => {
    const run = await runCli(['ask', 'Who did Jeyhun Bayramov receive on May 23?'], ws.env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Kang Kymgu.*\[1\]/);
    expect(run.stdout).toMatch(/\[1\] Trend .*001_78dadeea37e1d210\.txt/);
  });

  it('ask --json prints one object of the documented shape', async () => {
    const run = await runCli(['ask', '--json', 'Who chairs the Korea Importers Association?'], ws.env);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!);
    expect(Object.keys(result).sort()).toEqual(['abstained', 'answer', 'citations', 'question', 'readAs']);
    expect(result.abstained).toBe(false);
    expect(result.citations.length).toBeGreaterThan(0);
    for (const citation of result.citations) {
      expect(Object.keys(citation).sort()).toEqual(['date', 'n', 'outlet', 'score', 'source', 'text', 'title', 'url']);
      expect(typeof citation.score).toBe('number');
      expect(path.isAbsolute(citation.source)).toBe(false);
    }
    expect(result.answer).toMatch(/\[1\]/);
  });

  it('ask with no question reads one question per line and writes one JSON object per line', async () => {
    const run = await runCli(['ask', '--json'], ws.env, 'KOICA-nın prezidenti kimdir?\n\nHow do I bake sourdough bread at home?\nWho\u0001 is it?\n');
    const objects = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(objects.map((o) => o.question)).toEqual(['KOICA-nın prezidenti kimdir?', 'How do I bake sourdough bread at home?', 'Who\u0001 is it?']);
    expect(objects[0].abstained).toBe(false);
    expect(objects[1].abstained).toBe(true);
    expect(objects[2].error.code).toBe('QUESTION_INVALID');
    expect(run.code).toBe(1);
  });

  it.each([
    ['an empty question', ''],
    ['a 100 KB question', 'a'.repeat(100_000)],
    ['control characters', 'Who\u0007 is \u001b[2J the ambassador?'],
  ])('refuses %s with a clear message and a non-zero exit, no stack trace', async (_label, question) => {
    const run = await runCli(['ask', question], ws.env);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/^error: The question /m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('ask --status reports lexical mode and why when the model cannot load', async () => {
    const run = await runCli(['ask', '--status'], { ...ws.env, DATA_DIR: path.join(ws.root, 'data-lexical'), EMBEDDING_MODEL: 'absent/model' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/retrieval: LEXICAL ONLY/);
    expect(run.stdout).toMatch(/why: .*absent\/model/);
    expect(run.stderr.match(/EMBEDDING MODEL NOT AVAILABLE/g)).toHaveLength(1);
  });

  it('rejects unknown commands, options and bad settings with usage help', async () => {
    expect((await runCli(['fly'], ws.env)).code).toBe(2);
    expect((await runCli(['ask', '--bogus', 'x'], ws.env)).stderr).toMatch(/Unknown option --bogus/);
    const bad = await runCli(['ingest'], { ...ws.env, TOP_K: 'lots' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/TOP_K must be a whole number/);
  });

  it.each([
    [['ask', '--bogus', 'x'], /^error: Unknown option --bogus for "ask"\.\n\nUsage: node bin\/run\.mjs/],
    [['eval', '--verbose=yes', 'set.jsonl'], /^error: --verbose takes no value\./],
    [['ingest', 'now'], /^error: ingest takes no arguments\./],
    [['calibrate', '--dev'], /^error: --dev needs a value\.\n\nUsage: calibrate /],
    [['calibrate', '--fast'], /^error: Unknown option --fast for "calibrate"\./],
    [['feedback', 'export', '--since'], /^error: --since needs a value\.\n\nUsage:\n  feedback export/],
    [['feedback', 'export', '--since', 'May'], /^error: --since takes a date such as 2026-05-01 \(got "May"\)\./],
    [['feedback', 'stats', '--all'], /^error: Unknown option --all for "feedback stats"\./],
    [['feedback', 'purge'], /^error: Unknown feedback command "purge"\./],
  ])('refuses %j as a usage error: the reason, the usage, exit code 2', async (argv, message) => {
    const run = await runCli(argv, ws.env);
    expect(run.stderr).toMatch(message);
    expect(run.code).toBe(2);
  });

  it('eval runs a question file and reports the metrics', async () => {
    const file = path.join(ws.root, 'mini.jsonl');
    writeFileSync(
      file,
      [
        { id: 'a', q: 'Who did Jeyhun Bayramov receive on May 23?', lang: 'en', docs: ['001_78dadeea37e1d210.txt'], answer: ['Kang Kymgu'], type: 'factoid' },
        { id: 'b', q: 'How do I bake sourdough bread at home?', lang: 'en', docs: [], answer: [], type: 'unanswerable' },
      ]
        .map((o) => JSON.stringify(o))
        .join('\n'),
    );
    const run = await runCli(['eval', file, '--json'], ws.env);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.metrics.overall.hitAt1).toBe(1);
    expect(report.metrics.overall.abstentionAccuracy).toBe(1);
  });

  it('eval prints one table for several files, per file, per type and overall, and per half with --halves', async () => {
    const first = path.join(ws.root, 'one.jsonl');
    const second = path.join(ws.root, 'two.jsonl');
    writeFileSync(first, JSON.stringify({ id: 'a', q: 'Who did Jeyhun Bayramov receive on May 23?', docs: ['001_78dadeea37e1d210.txt'], answer: ['Kang Kymgu'], type: 'who' }));
    writeFileSync(second, JSON.stringify({ id: 'b', q: 'How do I bake sourdough bread at home?', docs: [], answer: [], type: 'unanswerable' }));
    const run = await runCli(['eval', first, second], ws.env);
    expect(run.code).toBe(0);
    const rows = run.stdout.split('\n').map((line) => line.split(/\s{2,}/)[0]);
    expect(rows).toEqual(expect.arrayContaining(['one.jsonl: who', 'one.jsonl: overall', 'two.jsonl: unanswerable', 'two.jsonl: overall', 'all sets: overall']));
    const halves = await runCli(['eval', '--halves', first], ws.env);
    expect(halves.stdout).toMatch(/one\.jsonl half [AB]: who/);
    expect(halves.stdout).not.toMatch(/all sets/);
    // --tally counts where each answer stands and shows no question.
    const tally = await runCli(['eval', '--tally', first, second], ws.env);
    expect(tally.code).toBe(0);
    expect(tally.stdout).toMatch(/^set +\| first \| in reply, not first \|/m);
    expect(tally.stdout).toMatch(/^one\.jsonl +\| +1 \|/m);
    expect(tally.stdout).toMatch(/^two\.jsonl +\|( +0 \|){6} +1 \| +0$/m);
    expect(tally.stdout).not.toMatch(/Bayramov|sourdough/);
  });
});
