import { describe, expect, it } from 'vitest';
import { composeAnswer } from '../../src/answer/compose.ts';
import { answerToJson, isoDate, renderPlainAnswer } from '../../src/answer/plain.ts';
import type { Answer } from '../../src/answer/types.ts';
import { documentPassages } from '../retrieval/document-passages.ts';

const answer: Answer = {
  question: 'Who led the delegation?',
  language: 'en',
  abstained: false,
  sentences: [
    { text: 'The delegation was led by Suh Byung-soo.', citation: 1 },
    { text: 'It met Bayramov in Baku.', citation: 2 },
  ],
  citations: [
    {
      n: 2,
      source: 'news/b.txt',
      chunkId: 'news/b.txt#3',
      ref: 'bbbbbbbbbbbb.3',
      meta: { title: 'Talks', language: 'en' },
      score: 0.5,
      text: 'It met Bayramov in Baku.',
    },
    {
      n: 1,
      source: 'a.txt',
      chunkId: 'a.txt#0',
      ref: 'aaaaaaaaaaaa.0',
      meta: { title: 'Delegation  visits\nBaku', language: 'en', outlet: 'Azernews', date: { year: 2022, month: 8, day: 26, raw: '26 August 2022' }, url: 'https://example.com/a' },
      score: 0.9,
      text: 'The delegation was led by Suh Byung-soo. More text.',
    },
  ],
};

describe('renderPlainAnswer', () => {
  it('gives the sentences with [n] markers, then the numbered sources in order', () => {
    const text = renderPlainAnswer(answer);
    const [body, sources] = text.split('\n\nSources:\n') as [string, string];
    expect(body).toBe('The delegation was led by Suh Byung-soo. [1] It met Bayramov in Baku. [2]');
    const lines = sources.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[1\] Azernews — 26 Aug 2022 — “Delegation visits Baku” — \(a\.txt\) — https:\/\/example\.com\/a$/);
    expect(lines[1]).toBe('[2] “Talks” — (news/b.txt)');
  });

  it('says first how a question with typing slips was read', () => {
    const text = renderPlainAnswer({ ...answer, readAs: 'Who led the delegation?' });
    expect(text.split('\n')[0]).toBe('(Read as: Who led the delegation?)');
    expect(answerToJson({ ...answer, readAs: 'Who led the delegation?' }).readAs).toBe('Who led the delegation?');
    expect(answerToJson(answer).readAs).toBeNull();
  });

  it('gives only the abstention sentence, in the question language, when the answer abstains', () => {
    const declined: Answer = { question: 'Çörək?', language: 'az', abstained: true, sentences: [], citations: [] };
    expect(renderPlainAnswer(declined)).toBe('Mənbələrdə bu barədə məlumat tapa bilmədim.');
  });
});

describe('answerToJson', () => {
  it('has exactly the documented fields, citations by number, dates as ISO and unknowns as null', () => {
    const json = answerToJson(answer);
    expect(Object.keys(json)).toEqual(['question', 'readAs', 'answer', 'abstained', 'citations']);
    expect(json.answer).toBe('The delegation was led by Suh Byung-soo. [1] It met Bayramov in Baku. [2]');
    expect(json.citations.map((c) => Object.keys(c))).toEqual([
      ['n', 'source', 'title', 'outlet', 'date', 'url', 'score', 'text'],
      ['n', 'source', 'title', 'outlet', 'date', 'url', 'score', 'text'],
    ]);
    expect(json.citations[0]).toMatchObject({ n: 1, source: 'a.txt', outlet: 'Azernews', date: '2022-08-26', url: 'https://example.com/a', score: 0.9 });
    expect(json.citations[1]).toMatchObject({ n: 2, outlet: null, date: null, url: null });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('gives no publication date for a date the text merely mentions, in JSON and in the plain sources', () => {
    const mentioned = { ...answer, citations: answer.citations.map((c) => (c.n === 1 ? { ...c, meta: { ...c.meta, dateOrigin: 'mention' as const } } : c)) };
    expect(answerToJson(mentioned).citations[0]).toMatchObject({ n: 1, date: null });
    expect(renderPlainAnswer(mentioned)).not.toContain('2022');
    expect(renderPlainAnswer(answer)).toContain('2022');
  });

  it('writes partial dates without inventing parts', () => {
    expect(isoDate({ year: 2022, raw: '2022' })).toBe('2022');
    expect(isoDate({ year: 2022, month: 7, raw: 'iyul 2022' })).toBe('2022-07');
    expect(isoDate({ month: 5, day: 23, raw: 'May 23' })).toBe('--05-23');
    expect(isoDate({ raw: 'some day' })).toBeNull();
    expect(isoDate(undefined)).toBeNull();
  });
});

describe('answers citing two passages of one document', () => {
  const sentences = [
    'Baku Engineering University runs a dual degree program with INHA University.',
    'Students spend a year abroad.',
    'Baku Engineering University also runs a dual degree program with Kyung Hee University.',
  ];
  // Two chunks of one document that share their middle sentence.
  const passages = documentPassages('u.txt', sentences, [[0, 2], [1, 3]], [1, 0.9]);
  const answer = composeAnswer('Which universities run a dual degree program with Baku Engineering University?', passages, { maxSentences: 3 });

  it('lists the document once, and every cited sentence is in its citation text', () => {
    expect(answer.sentences).toHaveLength(2);
    const json = answerToJson(answer);
    expect(json.citations).toHaveLength(1);
    expect(json.answer.match(/\[\d+\]/g)).toEqual(answer.sentences.map(() => '[1]'));
    for (const s of answer.sentences) expect(json.citations[0]!.text).toContain(s.text);
    expect(renderPlainAnswer(answer).split('\n').filter((line) => line.startsWith('['))).toHaveLength(1);
  });
});
