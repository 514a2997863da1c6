import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine } from './engine-factory.ts';
import { BOT_USER } from '../helpers/fake-bot-api.ts';
import { groupChat, ObservedEngine, privateChat, pushText, sentTexts, startHarness, user, type Harness } from './harness.ts';

const LISTED_USER = 801;
const LISTED_GROUP = -100_800;
const ADMIN = 802;
const STRANGER = 803;
const OTHER_GROUP = -100_899;
const PRIVATE = /this bot is private/u;

describe('ALLOWED_CHAT_IDS', () => {
  let engine: ObservedEngine;
  let harness: Harness;
  beforeAll(async () => {
    engine = new ObservedEngine(await createTestEngine());
    harness = await startHarness(engine, { allowedChatIds: [LISTED_USER, LISTED_GROUP], adminUserIds: [ADMIN] });
  });
  afterAll(async () => {
    await harness?.stop();
    await engine?.close();
  });

  const replies = async (chatId: number, count: number) => {
    await harness.fake.waitFor(() => sentTexts(harness.fake, chatId).length >= count);
    return sentTexts(harness.fake, chatId);
  };

  it('answers listed users, listed groups and admins in their private chat', async () => {
    pushText(harness.fake, privateChat(LISTED_USER), user(LISTED_USER), 'Who did Bayramov receive?');
    pushText(harness.fake, groupChat(LISTED_GROUP), user(STRANGER), '/ask Who did Bayramov receive?');
    pushText(harness.fake, privateChat(ADMIN), user(ADMIN), 'Who did Bayramov receive?');
    for (const chat of [LISTED_USER, LISTED_GROUP, ADMIN]) {
      const [reply] = await replies(chat, 1);
      expect(reply!.text).not.toMatch(PRIVATE);
      expect(reply!.text).toMatch(/Kang Kymgu|ambassador/u);
    }
  });

  it('tells anyone else once, politely, that it is private, and answers nothing', async () => {
    const asked = engine.questions.length;
    pushText(harness.fake, privateChat(STRANGER), user(STRANGER), 'Who did Bayramov receive?');
    pushText(harness.fake, groupChat(OTHER_GROUP), user(STRANGER), '/ask Who did Bayramov receive?');
    const [first] = await replies(STRANGER, 1);
    const [inGroup] = await replies(OTHER_GROUP, 1);
    expect(first!.text).toMatch(PRIVATE);
    expect(inGroup!.text).toMatch(PRIVATE);
    // The second message gets no reply: a marker question from a listed user shows the updates were handled.
    pushText(harness.fake, privateChat(STRANGER), user(STRANGER), 'And the students?');
    pushText(harness.fake, groupChat(OTHER_GROUP), user(STRANGER), '/ask And the students?');
    pushText(harness.fake, privateChat(LISTED_USER), user(LISTED_USER), 'How many Azerbaijani students study in Korea?');
    await replies(LISTED_USER, 2);
    await harness.running.stop();
    expect(sentTexts(harness.fake, STRANGER)).toHaveLength(1);
    expect(sentTexts(harness.fake, OTHER_GROUP)).toHaveLength(1);
    expect(engine.questions.length).toBe(asked + 1);
  });
});

describe('ALLOWED_CHAT_IDS with inline queries and buttons', () => {
  let engine: ObservedEngine;
  let harness: Harness;
  beforeAll(async () => {
    engine = new ObservedEngine(await createTestEngine());
    harness = await startHarness(engine, { allowedChatIds: [LISTED_USER] });
  });
  afterAll(async () => {
    await harness?.stop();
    await engine?.close();
  });

  it('answers inline queries of listed users only, and refuses buttons elsewhere', async () => {
    harness.fake.push({ inline_query: { id: 'iq-listed', from: user(LISTED_USER), query: 'Who did Bayramov receive?', offset: '' } } as never);
    harness.fake.push({ inline_query: { id: 'iq-other', from: user(STRANGER), query: 'Who did Bayramov receive?', offset: '' } } as never);
    const message = { message_id: 5, date: 0, chat: privateChat(STRANGER), from: BOT_USER, text: 'old' };
    harness.fake.push({ callback_query: { id: 'cb-other', from: user(STRANGER), chat_instance: 'ci', data: 's:1', message } } as never);
    await harness.fake.waitFor(() => harness.fake.callsOf('answerInlineQuery').length >= 2 && harness.fake.callsOf('answerCallbackQuery').length >= 1);
    const inline = (id: string) => JSON.stringify(harness.fake.callsOf('answerInlineQuery').find((c) => c.params.inline_query_id === id)!.params.results);
    expect(inline('iq-listed')).not.toMatch(PRIVATE);
    expect(inline('iq-other')).toMatch(PRIVATE);
    expect(String(harness.fake.callsOf('answerCallbackQuery')[0]!.params.text)).toMatch(PRIVATE);
    expect(engine.questions.map((q) => q.question)).toEqual(['Who did Bayramov receive?']);
  });
});
