import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../src/answer/types.ts';
import { computeMetrics, formatMetricsTable, formatMisses, judge, normalizeForMatch } from '../../src/eval/metrics.ts';
import type { EvalQuestion } from '../../src/eval/metrics.ts';
import { parseEvalLines, readEvalFile, runEval } from '../../src/eval/run.ts';

function citation(n: number, source: string): Citation {
  return { n, source, chunkId: `${source}#0`, ref: `abc.${n}`, meta: { title: source, language: 'en' }, score: 1, text: 'text' };
}

function answered(question: string, sentences: string[], sources: string[]): Answer {
  return {
    question,
    language: 'en',
    abstained: false,
    sentences: sentences.map((text, i) => ({ text, citation: Math.min(i + 1, sources.length) })),
    citations: sources.map((s, i) => citation(i + 1, s)),
  };
}

const abstained = (question: string): Answer => ({ question, language: 'en', abstained: true, sentences: [], citations: [] });

const q = (id: string, docs: string[], answer: string[], type = 'factoid'): EvalQuestion => ({ id, q: `question ${id}`, docs, answer, type });

describe('judge and computeMetrics', () => {
  const results = [
    // Gold first, answer in the first sentence.
    judge(q('a', ['d1.txt'], ['Kim Jin-pyo']), answered('qa', ['Speaker KIM JIN-PYO said so.'], ['d1.txt'])),
    // Gold second, answer only in the second sentence, diacritics differ.
    judge(q('b', ['d2.txt'], ['Məmmədov']), answered('qb', ['Nothing here.', 'Mammadov came.'], ['d9.txt', 'sub/d2.txt'])),
    // Gold fourth: a miss for hit@3; the answer is absent.
    judge(q('c', ['d3.txt'], ['200']), answered('qc', ['One.', 'Two.', 'Three.', 'Four.'], ['x.txt', 'y.txt', 'z.txt', 'd3.txt'])),
    // Wrongly abstained.
    judge(q('d', ['d4.txt'], ['COP29'], 'crosslingual'), abstained('qd')),
    // Unanswerable: one declined, one answered.
    judge(q('e', [], [], 'unanswerable'), abstained('qe')),
    judge(q('f', [], [], 'unanswerable'), answered('qf', ['Something.'], ['d1.txt'])),
  ];

  it('finds the gold rank by file name or path suffix and the answer case- and diacritic-insensitively', () => {
    expect(results.map((r) => r.goldRank)).toEqual([1, 2, 4, undefined, undefined, undefined]);
    expect(results.map((r) => r.answerInReply)).toEqual([true, true, false, false, false, false]);
    expect(results.map((r) => r.answerInFirstSentence)).toEqual([true, false, false, false, false, false]);
    expect(normalizeForMatch('20–23 İyul  2022')).toBe(normalizeForMatch('20-23 iyul 2022'));
  });

  it('computes hit@1, hit@3, MRR, answer rates and abstention rates overall and per type', () => {
    const { overall, byType } = computeMetrics(results);
    expect(overall.questions).toBe(6);
    expect(overall.answerable).toBe(4);
    expect(overall.hitAt1).toBeCloseTo(1 / 4);
    expect(overall.hitAt3).toBeCloseTo(2 / 4);
    expect(overall.mrr).toBeCloseTo((1 + 1 / 2 + 1 / 4 + 0) / 4);
    expect(overall.answerInReply).toBeCloseTo(2 / 4);
    expect(overall.answerInFirstSentence).toBeCloseTo(1 / 4);
    expect(overall.falseAbstentionRate).toBeCloseTo(1 / 4);
    expect(overall.abstentionAccuracy).toBeCloseTo(1 / 2);
    expect(byType.crosslingual?.falseAbstentionRate).toBe(1);
    expect(byType.unanswerable?.hitAt1).toBeUndefined();
    expect(byType.factoid?.abstentionAccuracy).toBeUndefined();
  });

  it('formats a table with a row per type and the misses with what was cited instead', () => {
    const table = formatMetricsTable(computeMetrics(results));
    expect(table.split('\n').map((line) => line.split(/\s+/)[0])).toEqual(['type', 'crosslingual', 'factoid', 'unanswerable', 'overall']);
    const misses = formatMisses(results);
    expect(misses).not.toContain('question a');
    expect(misses).toContain('✗ c: question c');
    expect(misses).toContain('[4] d3.txt');
    expect(misses).toContain('abstained although the sources answer it');
    expect(misses).toContain('answered a question the sources do not cover');
    expect(formatMisses(results.slice(0, 1))).toBe('No misses.');
  });
});

describe('reading eval files', () => {
  const good = '{"id":"q1","q":"Who?","lang":"en","docs":["a.txt"],"answer":["X"],"type":"factoid"}';

  it('parses lines, skipping blank ones', () => {
    const questions = parseEvalLines(`${good}\n\n{"id":"q2","q":"Bread?","docs":[],"answer":[],"type":"unanswerable"}\n`);
    expect(questions.map((x) => x.id)).toEqual(['q1', 'q2']);
    expect(questions[0]!.lang).toBe('en');
  });

  it('reads a follow-up asked in reply to the answer to the question', () => {
    const [question] = parseEvalLines('{"id":"f1","q":"Who visited Baku?","followUp":"and when?","docs":["a.txt"],"answer":["May"],"type":"followup-when"}');
    expect(question).toMatchObject({ q: 'Who visited Baku?', followUp: 'and when?' });
    expect(parseEvalLines(good)[0]).not.toHaveProperty('followUp');
  });

  it.each([
    ['not json', 'not valid JSON'],
    ['[1]', 'not a JSON object'],
    ['{"q":"Who?","docs":[],"answer":[],"type":"unanswerable"}', '"id"'],
    ['{"id":"q9","q":"","docs":["a"],"answer":["x"],"type":"factoid"}', '"q"'],
    ['{"id":"q9","q":"Who?","docs":"a","answer":["x"],"type":"factoid"}', '"docs"'],
    ['{"id":"q9","q":"Who?","docs":["a"],"answer":[],"type":"factoid"}', 'at least one'],
    ['{"id":"q9","q":"Who?","docs":["a"],"answer":[],"type":"unanswerable"}', 'unanswerable'],
    ['{"id":"q9","q":"Who?","docs":["a"],"answer":["x"],"type":"followup-when","followUp":" "}', '"followUp"'],
    [good, 'appears twice'],
  ])('refuses %s naming the line', (line, why) => {
    try {
      parseEvalLines(`${good}\n${line}`, 'set.jsonl');
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'EVAL_INPUT_INVALID' });
      expect((error as Error).message).toContain('set.jsonl line 2');
      expect((error as Error).message).toContain(why);
    }
  });

  it('reads a file and reports a missing one as EVAL_INPUT_INVALID', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'eval-'));
    await writeFile(path.join(dir, 'set.jsonl'), `${good}\n`);
    expect(await readEvalFile(path.join(dir, 'set.jsonl'))).toHaveLength(1);
    await expect(readEvalFile(path.join(dir, 'missing.jsonl'))).rejects.toMatchObject({ code: 'EVAL_INPUT_INVALID' });
  });
});

describe('runEval', () => {
  it('asks every question and keeps the order of the questions', async () => {
    const questions = [q('a', ['d1.txt'], ['one']), q('b', ['d2.txt'], ['two']), q('c', [], [], 'unanswerable')];
    const delays: Record<string, number> = { 'question a': 30, 'question b': 0, 'question c': 10 };
    const progress: number[] = [];
    const results = await runEval(
      questions,
      async (text) => {
        await new Promise((resolve) => setTimeout(resolve, delays[text]));
        return text === 'question c' ? abstained(text) : answered(text, [`the answer is ${text === 'question a' ? 'one' : 'two'}`], [text === 'question a' ? 'd1.txt' : 'd2.txt']);
      },
      { concurrency: 3, onResult: (_r, done) => progress.push(done) },
    );
    expect(results.map((r) => r.question.id)).toEqual(['a', 'b', 'c']);
    expect(results.every((r) => (r.answerable ? r.answerInReply : r.answer.abstained))).toBe(true);
    expect(progress).toEqual([1, 2, 3]);
  });

  it('asks a follow-up in reply to the answer to its question, and judges the follow-up\'s answer', async () => {
    const question: EvalQuestion = { ...q('f', ['d1.txt'], ['May 10']), q: 'Who visited Baku?', followUp: 'and when?', type: 'followup-when' };
    const asked: { text: string; followUp?: unknown }[] = [];
    const [result] = await runEval([question], async (text, followUp) => {
      asked.push({ text, ...(followUp !== undefined ? { followUp } : {}) });
      return followUp === undefined ? answered(text, ['Roh Moo-hyun visited Baku.'], ['d1.txt', 'd2.txt']) : answered(text, ['He arrived on May 10.'], ['d1.txt']);
    });
    expect(asked).toEqual([
      { text: 'Who visited Baku?' },
      { text: 'and when?', followUp: { question: 'Who visited Baku?', sources: ['d1.txt', 'd2.txt'], shown: ['Roh Moo-hyun visited Baku.'] } },
    ]);
    expect(result).toMatchObject({ answerInReply: true, goldRank: 1 });
  });
});
