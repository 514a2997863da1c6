import { afterEach, expect, it } from 'vitest';
import { createTestEngine, TEST_DOCUMENTS } from './engine-factory.ts';
import { ObservedEngine, privateChat, pushText, sentTexts, startHarness, user, type Harness } from './harness.ts';
import { BOT_USER } from '../helpers/fake-bot-api.ts';

let harness: Harness | undefined;

afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

it('limits each user to RATE_LIMIT_PER_MINUTE questions with a polite message', async () => {
  const engine = new ObservedEngine(await createTestEngine());
  harness = await startHarness(engine, { rateLimitPerMinute: 2 });
  const { fake } = harness;
  for (let i = 0; i < 3; i += 1) pushText(fake, privateChat(71), user(71), `Azerbaijani students in Korea ${i}?`);
  pushText(fake, privateChat(72), user(72), 'Azerbaijani students in Korea?');
  await fake.waitFor(() => sentTexts(fake, 71).length >= 3 && sentTexts(fake, 72).length >= 1);
  const replies = sentTexts(fake, 71);
  expect(replies[2]!.text).toMatch(/try again in \d+ s/);
  expect(engine.questions.map((q) => q.question)).not.toContain('Azerbaijani students in Korea 2?');
  expect(sentTexts(fake, 72)[0]!.text).toMatch(/\[1\]/);
});

it('pages /sources with buttons when there are many documents', async () => {
  const many = Array.from({ length: 23 }, (_, i) => ({
    name: `extra-${String(i).padStart(2, '0')}.txt`,
    text: `Extra document number ${i}\n\nBAKU, June ${i + 1}. Delegation ${i} discussed trade between Azerbaijan and Korea, the ministry told Trend.`,
  }));
  const engine = new ObservedEngine(await createTestEngine([...TEST_DOCUMENTS, ...many]));
  harness = await startHarness(engine);
  const { fake } = harness;
  const chat = privateChat(73);
  pushText(fake, chat, user(73), '/sources');
  const [first] = await fake.waitFor(() => sentTexts(fake, 73).length === 1).then(() => sentTexts(fake, 73));
  expect(first!.text).toMatch(/\(26\)/);
  expect(first!.text.match(/^\d+\. /gm)).toHaveLength(10);
  const next = first!.keyboard!.flat().find((b) => b.callback_data === 's:1')!;
  fake.push({ callback_query: { id: 'page', from: user(73), chat_instance: 'ci', data: next.callback_data, message: { message_id: 555, date: 0, chat, from: BOT_USER, text: 'x' } } } as never);
  await fake.waitForCalls('editMessageText', 1);
  const edit = fake.callsOf('editMessageText')[0]!;
  expect(edit.params.message_id).toBe(555);
  expect(String(edit.params.text)).toMatch(/^11\. /m);
  const buttons = (edit.params.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard.flat();
  expect(buttons.map((b) => b.callback_data)).toEqual(['s:0', 's:2']);
});
