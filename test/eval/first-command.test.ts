import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_SENTENCE_FEATURES } from '../../src/answer/first-sentence.ts';
import { runCli } from '../helpers/cli.ts';
import { createWorkspace, type Workspace } from '../helpers/workspace.ts';

describe('npm run fit-first', () => {
  let ws: Workspace;
  let setDir: string;
  beforeAll(async () => {
    ws = await createWorkspace();
    // A question set of its own: articles whose opening tells the story and a later sentence the figure asked.
    setDir = path.join(ws.root, 'towns');
    mkdirSync(path.join(setDir, 'docs'), { recursive: true });
    const towns = ['Ganja', 'Shaki', 'Guba', 'Lankaran', 'Shamakhi', 'Zagatala'];
    const lines = towns.map((town, i) => {
      const file = `${town.toLowerCase()}-school.txt`;
      writeFileSync(path.join(setDir, 'docs', file), `Korean school opens in ${town}\n\nA Korean language school opened in ${town} on May ${i + 2}, 2024, the embassy said. The ambassador thanked the town. The school in ${town} has ${40 + i} pupils and ${3 + i} teachers.\n`);
      return { id: `x${i}`, q: `How many pupils does the Korean school in ${town} have?`, docs: [file], answer: [`${40 + i} pupils`], type: 'factoid' };
    });
    writeFileSync(path.join(setDir, 'questions.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n'));
  });
  afterAll(() => ws?.remove());

  it('fits on the seeds sets and the sets given, judges each set by the weights fitted on the others, and writes the model', async () => {
    const out = path.join(ws.root, 'first.json');
    const run = await runCli(['fit-first', '--dev', path.join(ws.root, 'missing.jsonl'), '--set', setDir, '--out', out], ws.env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/SKIPPED: the development set/);
    expect(run.stdout).toMatch(/others \/ seeds sets +[1-9]/);
    expect(run.stdout).toMatch(/each set left out, all +[1-9]/);
    expect(run.stdout).toMatch(/part A \/ part B \(held out\)/);
    // The article model is fitted from the same answers, or said to have nothing to learn from.
    expect(run.stdout).toMatch(/First-article model: /);
    const model = JSON.parse(readFileSync(out, 'utf8')) as { format: number; weights: Record<string, number>; fit: { trainAnswers: number } };
    expect(model.format).toBe(1);
    expect(Object.keys(model.weights).sort()).toEqual([...FIRST_SENTENCE_FEATURES].sort());
    expect(model.fit.trainAnswers).toBeGreaterThan(0);
  });

  it('refuses a penalty that is not a number', async () => {
    const run = await runCli(['fit-first', '--l2', 'much', '--set', setDir], ws.env);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/--l2 takes a number/);
  });
});
