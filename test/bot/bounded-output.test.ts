import { afterAll, beforeAll, expect, it } from 'vitest';
import { MAX_REPLY_MESSAGES, TELEGRAM_MESSAGE_LIMIT } from '../../src/answer/telegram.ts';
import { MAX_PASSAGE_CHARS } from '../../src/corpus/chunk.ts';
import { BOT_USER } from '../helpers/fake-bot-api.ts';
import { createTestEngine, TEST_DOCUMENTS } from './engine-factory.ts';
import { ObservedEngine, privateChat, pushText, sentTexts, startHarness, user, type Harness } from './harness.ts';

// The audit's row: a document of 1 MB of one letter, no spaces, in hybrid mode (the tiny model's
// WordPiece tokenizer counts such a word as one unknown token), then one question in Telegram.
const ONE_LETTER_MEGABYTE = 'q'.repeat(1 << 20);

let harness: Harness;
let engine: ObservedEngine;

beforeAll(async () => {
  const blob = { name: 'blob.txt', text: `Zorbulax memo\n\nZorbulax ${ONE_LETTER_MEGABYTE}` };
  engine = new ObservedEngine(await createTestEngine([...TEST_DOCUMENTS, blob]));
  harness = await startHarness(engine);
}, 120_000);

afterAll(async () => {
  await harness?.stop();
  await engine?.close();
});

it('cuts a 1 MB word into passages under the character cap and answers about it in a few messages', async () => {
  const chunks = engine.documents().find((d) => d.source === 'blob.txt')!.chunks;
  // Every character is kept, in passages of at most the cap.
  expect(chunks).toBeGreaterThanOrEqual(Math.ceil(ONE_LETTER_MEGABYTE.length / MAX_PASSAGE_CHARS));

  const chat = privateChat(9101);
  pushText(harness.fake, chat, user(9101), 'What does the Zorbulax memo say?');
  await harness.fake.waitFor(() => sentTexts(harness.fake, 9101).some((s) => s.keyboard !== undefined));
  const replies = sentTexts(harness.fake, 9101);
  expect(replies.length).toBeGreaterThan(0);
  expect(replies.length).toBeLessThanOrEqual(MAX_REPLY_MESSAGES);
  for (const reply of replies) expect(reply.text.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
  expect(replies.map((r) => r.text).join('')).toMatch(/Zorbulax|qqqq/);

  // The source button shows the cited passage "in full": that, too, stays within a few messages.
  const last = replies.at(-1)!;
  const passageButton = last.keyboard!.flat().find((b) => b.callback_data.startsWith('p:'))!;
  harness.fake.push({
    callback_query: { id: 'blob-p', from: user(9101), chat_instance: 'ci', data: passageButton.callback_data, message: { message_id: 777_001, date: 0, chat, from: BOT_USER, text: last.text } },
  } as never);
  await harness.fake.waitFor(() => sentTexts(harness.fake, 9101).some((s) => s.replyTo === 777_001));
  const passage = sentTexts(harness.fake, 9101).filter((s) => s.replyTo === 777_001);
  expect(passage.length).toBeLessThanOrEqual(2);
  for (const part of passage) expect(part.text.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
}, 120_000);

it('leaves out the last sentences of an answer that would need more than MAX_REPLY_MESSAGES messages, keeping the sources', async () => {
  const long = 'Zorbulax ' + 'word '.repeat(590) + 'end.';
  engine.intercept = async (question, options, real) => {
    const answer = await real(question, options);
    if (answer.abstained) throw new Error('the test question should be answered');
    const cited = answer.citations[0]!;
    return { ...answer, sentences: Array.from({ length: 10 }, () => ({ text: long, citation: cited.n })), citations: [cited] };
  };
  try {
    pushText(harness.fake, privateChat(9102), user(9102), 'Who did Jeyhun Bayramov receive as Korean ambassador?');
    await harness.fake.waitFor(() => sentTexts(harness.fake, 9102).some((s) => s.keyboard !== undefined));
    const replies = sentTexts(harness.fake, 9102);
    expect(replies.length).toBeLessThanOrEqual(MAX_REPLY_MESSAGES);
    const joined = replies.map((r) => r.text).join('\n');
    expect(joined).toMatch(/<b>Sources<\/b>/);
    // Sentences are whole: each one that is shown ends with its marker.
    expect(joined.match(/end\. \[1\]/gu)!.length).toBe(joined.match(/Zorbulax/gu)!.length);
    expect(joined.match(/Zorbulax/gu)!.length).toBeLessThan(10);
  } finally {
    engine.intercept = undefined;
  }
}, 120_000);
