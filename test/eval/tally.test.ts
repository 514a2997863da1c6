import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.ts';
import type { EvalQuestion } from '../../src/eval/metrics.ts';
import { formatOutcomes, outcomeOf, tallyOutcomes } from '../../src/eval/tally.ts';
import type { OutcomeCounts, TracedAsk } from '../../src/eval/tally.ts';

const answered = (...sentences: string[]): Answer => ({
  question: 'q',
  language: 'en',
  abstained: false,
  sentences: sentences.map((text) => ({ text, citation: 1 })),
  citations: [{ n: 1, source: 'a.txt', chunkId: 'a.txt#0', ref: 'abc.1', meta: { title: 'a', language: 'en' }, score: 1, text: 'text' }],
});
const declined: Answer = { question: 'q', language: 'en', abstained: true, sentences: [], citations: [] };
const question: EvalQuestion = { id: 'x', q: 'how many athletes came?', docs: ['a.txt'], answer: ['164 athletes'], type: 'factoid' };
const nearMiss: EvalQuestion = { id: 'y', q: 'how much did it cost?', docs: [], answer: [], type: 'unanswerable' };

describe('where an answer stands', () => {
  it('tells the first sentence, a later one, a retrieved passage and nothing retrieved apart', () => {
    const right = answered('The cup drew 164 athletes.');
    expect(outcomeOf(question, { answer: right, forced: right, retrievedTexts: [] })).toBe('first');
    const later = answered('The cup opened in Baku.', 'It drew 164 athletes.');
    expect(outcomeOf(question, { answer: later, forced: later, retrievedTexts: [] })).toBe('inReplyNotFirst');
    const wrong = answered('The cup opened in Baku.');
    expect(outcomeOf(question, { answer: wrong, forced: wrong, retrievedTexts: ['The cup opened in Baku. It drew 164 athletes.'] })).toBe('retrievedNotShown');
    expect(outcomeOf(question, { answer: wrong, forced: wrong, retrievedTexts: ['The cup opened in Baku.'] })).toBe('notRetrieved');
  });

  it('tells a decline that hid a right reply from one that hid a wrong one, and counts near misses', () => {
    expect(outcomeOf(question, { answer: declined, forced: answered('It drew 164 athletes.'), retrievedTexts: [] })).toBe('declinedWouldAnswer');
    expect(outcomeOf(question, { answer: declined, forced: answered('The cup opened in Baku.'), retrievedTexts: [] })).toBe('declined');
    expect(outcomeOf(nearMiss, { answer: declined, forced: answered('It cost a lot.'), retrievedTexts: [] })).toBe('nearMissDeclined');
    expect(outcomeOf(nearMiss, { answer: answered('It cost a lot.'), forced: answered('It cost a lot.'), retrievedTexts: [] })).toBe('nearMissAnswered');
  });

  it('asks each question as the bot does and with abstention off, a follow-up in reply to what it follows', async () => {
    const asked: { question: string; followUp: boolean; neverAbstain: boolean }[] = [];
    const ask: TracedAsk = async (text, options) => {
      asked.push({ question: text, followUp: options.followUp !== undefined, neverAbstain: options.neverAbstain });
      return { answer: options.neverAbstain ? answered('It drew 164 athletes.') : declined, retrievedTexts: [] };
    };
    const followUp: EvalQuestion = { ...question, id: 'z', q: 'what cup was held in Baku?', followUp: 'how many athletes came?' };
    const counts = await tallyOutcomes([question, followUp], ask);
    expect(counts.declinedWouldAnswer).toBe(2);
    expect(asked.filter((a) => a.followUp).map((a) => a.neverAbstain)).toEqual([false, true]);
    expect(asked.filter((a) => a.question === 'what cup was held in Baku?')).toHaveLength(1);
  });

  it('prints a row a set with a count under each heading, and no question', () => {
    const counts = { first: 3, inReplyNotFirst: 1, retrievedNotShown: 0, notRetrieved: 2, declinedWouldAnswer: 0, declined: 1, nearMissDeclined: 1, nearMissAnswered: 0 } satisfies OutcomeCounts;
    const table = formatOutcomes([{ name: 'set.jsonl', counts }]);
    expect(table.split('\n')).toHaveLength(2);
    expect(table.split('\n')[1]!.split('|').map((cell) => cell.trim())).toEqual(['set.jsonl', '3', '1', '0', '2', '0', '1', '1', '0']);
  });
});
