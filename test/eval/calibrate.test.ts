import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAbstentionModel } from '../../src/answer/abstention.ts';
import { halfOfDocument } from '../../src/eval/split.ts';
import { runCli } from '../helpers/cli.ts';
import { createWorkspace, type Workspace } from '../helpers/workspace.ts';

describe('npm run calibrate', () => {
  let ws: Workspace;
  let devSet: string;
  let devCorpus: string;
  beforeAll(async () => {
    ws = await createWorkspace();
    // A small development set of its own: two articles and questions about them, some unanswerable.
    devCorpus = path.join(ws.root, 'dev-corpus');
    mkdirSync(devCorpus);
    writeFileSync(path.join(devCorpus, 'festival.txt'), 'Kimchi festival in Ganja\n\nThe kimchi festival in Ganja drew 900 visitors on June 3, 2024. Chef Park Min-ho cooked for the guests.\n');
    writeFileSync(path.join(devCorpus, 'bridge.txt'), 'Bridge opened in Shaki\n\nA new bridge over the Kish river in Shaki was opened by mayor Elchin Amirov in 2021.\n');
    devSet = path.join(ws.root, 'dev.jsonl');
    const lines = [
      { id: 'd1', q: 'How many visitors came to the kimchi festival in Ganja?', docs: ['festival.txt'], answer: ['900'], type: 'factoid' },
      { id: 'd2', q: 'Who cooked at the kimchi festival?', docs: ['festival.txt'], answer: ['Park Min-ho'], type: 'who' },
      { id: 'd3', q: 'Who opened the bridge over the Kish river?', docs: ['bridge.txt'], answer: ['Elchin Amirov'], type: 'who' },
      { id: 'd4', q: 'When was the bridge in Shaki opened?', docs: ['bridge.txt'], answer: ['2021'], type: 'when' },
      { id: 'd5', q: 'What is the price of a ticket to the opera in Vienna?', docs: [], answer: [], type: 'unanswerable' },
      { id: 'd6', q: 'How long is the Kish river bridge in metres?', docs: [], answer: [], type: 'unanswerable' },
    ];
    writeFileSync(devSet, lines.map((l) => JSON.stringify(l)).join('\n'));
  });
  afterAll(() => ws?.remove());

  it('fits a model for the configured embedding model, reports both halves, and the engine reads it', async () => {
    const run = await runCli(['calibrate', '--dev', devSet, '--dev-corpus', devCorpus], ws.env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/half B \(held out\)/);
    expect(run.stdout).toMatch(/half A \(held out\)/);
    expect(run.stdout).toMatch(/held out: dev +6 /);
    // Answerable questions are asked again without their articles, and without their articles'
    // sentences that hold the answer, as unanswerable ones.
    const withheld = /\((\d+) of them asked without their documents, (\d+) without their answers\)/.exec(run.stdout);
    expect(Number(withheld?.[1])).toBeGreaterThan(0);
    expect(Number(withheld?.[2])).toBeGreaterThan(0);
    expect(run.stdout).toMatch(/shipped \(fit on all\): withheld/);
    expect(run.stdout).toMatch(/held out, both halves: no answer +[1-9]/);
    expect(run.stdout).toMatch(/held out, both halves /);
    const model: unknown = JSON.parse(readFileSync(path.join(ws.dataDir, 'abstention-model.json'), 'utf8'));
    expect(isAbstentionModel(model)).toBe(true);
    expect((model as { fittedFor: string }).fittedFor).toBe(ws.env.EMBEDDING_MODEL);
    expect(Object.keys((model as { weights: object }).weights)).toContain('denseTop');
    const asked = await runCli(['ask', '--json', 'Who did Jeyhun Bayramov receive on May 23?'], ws.env);
    expect(asked.code).toBe(0);
    expect(JSON.parse(asked.stdout).abstained).toBe(false);
  });

  it('answers with the shipped model when the fitted file is damaged', async () => {
    writeFileSync(path.join(ws.dataDir, 'abstention-model.json'), '{ not json');
    const asked = await runCli(['ask', '--json', 'Who did Jeyhun Bayramov receive on May 23?'], { ...ws.env, LOG_LEVEL: 'warn' });
    expect(asked.code).toBe(0);
    expect(JSON.parse(asked.stdout).abstained).toBe(false);
    expect(asked.stderr).toMatch(/abstention-model\.json .* not valid JSON/);
  });

  it('fits on other question sets given with --set, each over the seeds and its own documents, reading only the half asked for', async () => {
    const setDir = path.join(ws.root, 'extra-set');
    mkdirSync(path.join(setDir, 'docs'), { recursive: true });
    // Enough articles that both halves hold some (halfOfDocument splits them by a hash of the name).
    const towns = ['Ganja', 'Shaki', 'Guba', 'Lankaran', 'Shamakhi', 'Zagatala', 'Gabala', 'Sumgait'];
    const lines = towns.map((town, i) => {
      const file = `${town.toLowerCase()}-school.txt`;
      writeFileSync(path.join(setDir, 'docs', file), `Korean school opens in ${town}\n\nA Korean language school opened in ${town} on May ${i + 2}, 2024, with ${40 + i} pupils. Its head is teacher Lee Min-${i}.\n`);
      return { id: `x${i}`, q: `How many pupils does the Korean school in ${town} have?`, docs: [file], answer: [`${40 + i} pupils`], type: 'factoid' };
    });
    writeFileSync(path.join(setDir, 'questions.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n'));
    const halfA = lines.filter((l) => halfOfDocument(l.docs[0]!) === 'A').length;
    expect(halfA).toBeGreaterThan(0);
    expect(halfA).toBeLessThan(lines.length);

    const rowsFile = path.join(ws.root, 'rows.jsonl');
    const both = await runCli(['calibrate', '--dev', devSet, '--dev-corpus', devCorpus, '--set', setDir, '--rows', rowsFile, '--out', path.join(ws.root, 'm1.json')], ws.env);
    expect(both.code, both.stderr).toBe(0);
    expect(both.stdout).toMatch(new RegExp(`held out: extra-set +${lines.length} `));
    const rowsOf = (name: string) => readFileSync(rowsFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { set: string; withheld: string | false; answerInReply: boolean }).filter((r) => r.set.startsWith(name));
    const asked = rowsOf('extra-set').filter((r) => r.withheld === false);
    expect(asked).toHaveLength(lines.length);
    // Its articles are in the corpus it is asked over: the answers are found.
    expect(asked.filter((r) => r.answerInReply).length).toBeGreaterThan(lines.length / 2);
    // Asked without their articles, they are unanswerable rows.
    expect(rowsOf('extra-set').some((r) => r.withheld === 'article')).toBe(true);

    const onlyA = await runCli(['calibrate', '--dev', devSet, '--dev-corpus', devCorpus, '--set', `${setDir}:A`, '--rows', rowsFile, '--out', path.join(ws.root, 'm2.json')], ws.env);
    expect(onlyA.code, onlyA.stderr).toBe(0);
    expect(onlyA.stdout).toMatch(new RegExp(`held out: extra-set half A +${halfA} `));
    expect(rowsOf('extra-set').filter((r) => r.withheld === false)).toHaveLength(halfA);
  });

  it('says what it needs when the development set is missing', async () => {
    const run = await runCli(['calibrate', '--dev', path.join(ws.root, 'none.jsonl')], ws.env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/needs a development set/);
  });
});
