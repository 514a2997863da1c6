import { afterEach, expect, it } from 'vitest';
import { createTestEngine } from './engine-factory.ts';
import { ObservedEngine, privateChat, pushText, sentTexts, startHarness, user, type Harness } from './harness.ts';

let harness: Harness | undefined;

afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

it('sends the rate-limit notice once per window, however many questions follow', async () => {
  const engine = new ObservedEngine(await createTestEngine());
  harness = await startHarness(engine, { rateLimitPerMinute: 2 });
  const { fake } = harness;
  for (let i = 0; i < 30; i += 1) pushText(fake, privateChat(81), user(81), `Azerbaijani students in Korea ${i}?`);
  // Another user's question pushed last: once it is answered, every earlier update was handled.
  pushText(fake, privateChat(82), user(82), 'Azerbaijani students in Korea?');
  await fake.waitFor(() => sentTexts(fake, 82).length >= 1);
  await harness.stop();
  const replies = sentTexts(fake, 81).map((r) => r.text);
  const notices = replies.filter((text) => /try again in \d+ s/.test(text));
  expect(notices).toHaveLength(1);
  expect(replies).toHaveLength(3);
  expect(engine.questions.filter((q) => q.question.startsWith('Azerbaijani students in Korea '))).toHaveLength(2);
  harness = undefined;
});

it.each([
  ['U+202E', 'Who is the \u202Eambassador?', /text-direction character \(U\+202E\)/],
  ['a control character', 'Who is the\u0007 ambassador?', /control .*character \(U\+0007\)/],
  ['no words', '?!?! ...', /no words/],
])('refuses a question with %s and says why', async (_, question, reason) => {
  const engine = new ObservedEngine(await createTestEngine());
  harness = await startHarness(engine);
  pushText(harness.fake, privateChat(83), user(83), question);
  await harness.fake.waitFor(() => sentTexts(harness!.fake, 83).length >= 1);
  expect(sentTexts(harness.fake, 83)[0]!.text).toMatch(reason);
  expect(engine.questions).toEqual([]);
});

it('answers every callback_query, also one without data', async () => {
  const engine = new ObservedEngine(await createTestEngine());
  harness = await startHarness(engine);
  const chat = privateChat(84);
  const message = { message_id: 1, date: 0, chat, from: user(84), text: 'x' };
  harness.fake.push({ callback_query: { id: 'no-data', from: user(84), chat_instance: 'ci', message } } as never);
  harness.fake.push({ callback_query: { id: 'game', from: user(84), chat_instance: 'ci', game_short_name: 'g', message } } as never);
  await harness.fake.waitFor(() => harness!.fake.callsOf('answerCallbackQuery').length >= 2);
  expect(harness.fake.callsOf('answerCallbackQuery').map((c) => c.params.callback_query_id).sort()).toEqual(['game', 'no-data']);
});
