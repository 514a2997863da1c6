/**
 * Answer quality over the seeds, without the engine: the dev set and the extra set (other
 * phrasings, Azerbaijani, mixed-language and Russian questions, more unanswerable ones) must meet
 * the targets in lexical mode and in hybrid mode with the tiny bag-of-words test model.
 * On failure the misses are printed with what was cited instead.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { computeMetrics, formatMetricsTable, formatMisses } from '../../src/eval/metrics.ts';
import type { Answer } from '../../src/answer/types.ts';
import type { MetricsRow } from '../../src/eval/metrics.ts';
import { readEvalFile, runEval } from '../../src/eval/run.ts';
import { buildPipeline } from './pipeline.ts';
import type { Pipeline } from './pipeline.ts';
import { dressedForms } from './chat-dressings.ts';
import { tinyEmbedder } from './tiny-embedder.ts';

const TARGETS = { hitAt3: 0.95, answerInReply: 0.9, abstentionAccuracy: 1, falseAbstentionRate: 0.05 };
const SETS = ['seeds-dev.jsonl', 'seeds-extra.jsonl'];
const setPath = (name: string) => fileURLToPath(new URL(`../fixtures/eval/${name}`, import.meta.url));

function belowTargets(row: MetricsRow): string[] {
  const problems: string[] = [];
  if ((row.hitAt3 ?? 1) < TARGETS.hitAt3) problems.push(`hit@3 ${row.hitAt3}`);
  if ((row.answerInReply ?? 1) < TARGETS.answerInReply) problems.push(`answer-in-reply ${row.answerInReply}`);
  if ((row.abstentionAccuracy ?? 1) < TARGETS.abstentionAccuracy) problems.push(`abstention accuracy ${row.abstentionAccuracy}`);
  if ((row.falseAbstentionRate ?? 0) > TARGETS.falseAbstentionRate) problems.push(`false abstentions ${row.falseAbstentionRate}`);
  return problems;
}

async function check(pipeline: Pipeline, file: string): Promise<void> {
  const results = await runEval(await readEvalFile(setPath(file)), (q) => pipeline.ask(q));
  const metrics = computeMetrics(results);
  const problems = belowTargets(metrics.overall);
  expect(problems, `${file}\n${formatMetricsTable(metrics)}\n\n${formatMisses(results)}`).toEqual([]);
  // Every answerable question is found and every unanswerable one declined: no silent holes.
  expect(metrics.overall.answerable).toBeGreaterThan(0);
  expect(metrics.overall.unanswerable).toBeGreaterThan(0);
  for (const { answer } of results) expectCitationsPerDocument(answer);
}

/** One citation per document, numbered 1..n by first use, each holding every sentence that cites it. */
function expectCitationsPerDocument(answer: Answer): void {
  const firstUse = [...new Set(answer.sentences.map((s) => s.citation))];
  expect(firstUse).toEqual(firstUse.map((_, i) => i + 1));
  expect(answer.citations.map((c) => c.n)).toEqual(firstUse);
  expect(new Set(answer.citations.map((c) => c.source)).size).toBe(answer.citations.length);
  for (const s of answer.sentences) expect(answer.citations[s.citation - 1]!.text, answer.question).toContain(s.text);
}

describe('answer quality on the seeds, lexical mode', () => {
  const pipeline = buildPipeline();
  it.each(SETS)('meets the targets on %s', async (file) => {
    await check(await pipeline, file);
  });

  // Russian and Azerbaijani write a Korean given name as two words ("Ким Джин Пхё"); English as one ("Kim Jin-pyo").
  it.each([
    ['Кто такой Ким Джин Пхё?', 'Kim Jin-pyo'],
    ['Что обсуждали Алиев и Пак Бён Сок?', 'Park Byeong-seug'],
    ['김진표는 누구인가?', 'Kim Jin-pyo'],
  ])('answers "%s" with the sentence naming %s', async (question, name) => {
    const answer = await (await pipeline).ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.sentences[0]?.text).toContain(name);
  });

  it.each([
    ['I was reading the news about Azerbaijan and Korea. Who did Jeyhun Bayramov receive on May 23?', 'Kang Kymgu'],
    ['Jeyhun Bayramov received a new ambassador on May 23. Who was it?', 'Kang Kymgu'],
  ])('answers a question after a sentence that sets it up: %s', async (question, name) => {
    const answer = await (await pipeline).ask(question);
    expect(answer.sentences[0]?.text).toContain(name);
  });

  // Greetings, "please", thanks, "do you know" around a question (chat-dressings.ts).
  it.each(SETS)('answers the questions of %s the same when they are asked the way people chat', async (file) => {
    const ready = await pipeline;
    for (const question of await readEvalFile(setPath(file))) {
      const plain = await ready.ask(question.q);
      for (const form of dressedForms(question.q, question.lang)) {
        const dressed = await ready.ask(form);
        expect({ abstained: dressed.abstained, sentences: dressed.sentences.map((x) => x.text) }, form).toEqual({
          abstained: plain.abstained,
          sentences: plain.sentences.map((x) => x.text),
        });
      }
    }
  });
});

describe('answer quality on the seeds, hybrid mode with the tiny model', () => {
  const embedder = tinyEmbedder();
  const pipeline = embedder.then((embed) => buildPipeline({ embed }));
  afterAll(async () => (await embedder).dispose());
  it('retrieves in hybrid mode', async () => {
    expect((await pipeline).retriever.mode).toBe('hybrid');
  });
  it.each(SETS)('meets the targets on %s', async (file) => {
    await check(await pipeline, file);
  });
});
