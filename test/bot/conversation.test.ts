import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine } from './engine-factory.ts';
import {
  BOT_USERNAME,
  groupChat,
  htmlProblems,
  ObservedEngine,
  privateChat,
  pushText,
  sentTexts,
  startHarness,
  user,
  type Harness,
} from './harness.ts';
import { BOT_USER } from '../helpers/fake-bot-api.ts';

let harness: Harness;
let engine: ObservedEngine;

beforeAll(async () => {
  engine = new ObservedEngine(await createTestEngine());
  harness = await startHarness(engine);
});

afterAll(async () => {
  await harness?.stop();
  await engine?.close();
});

/** Waits until the chat has received `count` messages and returns them. */
async function repliesIn(chatId: number, count: number) {
  await harness.fake.waitFor(() => sentTexts(harness.fake, chatId).length >= count);
  return sentTexts(harness.fake, chatId);
}

/** Pushes `marker` last and waits for its answer: everything pushed before it in the chat is done. */
async function settle(chatId: number, chat: ReturnType<typeof groupChat>, from: ReturnType<typeof user>): Promise<void> {
  const sentinel = pushText(harness.fake, chat, from, `/ask@${BOT_USERNAME} Who received the Korean ambassador?`);
  await harness.fake.waitFor(() => sentTexts(harness.fake, chatId).some((s) => s.replyTo === sentinel.message!.message_id));
}

describe('private chat', () => {
  it('answers a question with escaped HTML, [n] markers and numbered sources', async () => {
    const chat = privateChat(501);
    pushText(harness.fake, chat, user(501), 'Who did Jeyhun Bayramov receive as Korean ambassador?');
    const [reply] = await repliesIn(501, 1);
    expect(reply!.parseMode).toBe('HTML');
    expect(reply!.text).toMatch(/\[1\]/);
    expect(reply!.text).toMatch(/\n1\. /);
    expect(htmlProblems(reply!.text)).toEqual([]);
    // One button per cited source, then "More".
    const buttons = reply!.keyboard!.flat();
    expect(buttons[0]!.text).toMatch(/^\[1\] /);
    expect(buttons[0]!.callback_data).toMatch(/^p:1:/);
    expect(buttons.at(-1)!.callback_data).toMatch(/^m:/);
    expect(harness.fake.callsOf('sendChatAction').some((c) => c.params.chat_id === 501 && c.params.action === 'typing')).toBe(true);
  });

  it('escapes markup and ampersands from a document, in the answer and in the passage', async () => {
    const chat = privateChat(502);
    pushText(harness.fake, chat, user(502), 'What does the Quokkavale memorandum say about bold claims and R&D?');
    const [reply] = await repliesIn(502, 1);
    expect(htmlProblems(reply!.text)).toEqual([]);
    expect(reply!.text).not.toContain('<b>bold');
    expect(reply!.text).not.toContain('<script>');
    expect(reply!.text).toMatch(/&lt;b&gt;bold&lt;\/b&gt;|R&amp;D/);

    const sourceButton = reply!.keyboard!.flat().find((b) => b.callback_data.startsWith('p:'))!;
    harness.fake.push({
      callback_query: {
        id: 'cb-502',
        from: user(502),
        chat_instance: 'ci',
        data: sourceButton.callback_data,
        message: { message_id: 900_502, date: 0, chat, from: BOT_USER, text: reply!.text },
      },
    } as never);
    const replies = await repliesIn(502, 2);
    const passage = replies[1]!;
    expect(passage.replyTo).toBe(900_502);
    expect(htmlProblems(passage.text)).toEqual([]);
    expect(passage.text).toContain('&lt;b&gt;bold&lt;/b&gt; claims &amp; R&amp;D');
    expect(passage.text).toContain('&lt;script&gt;');
    expect(harness.fake.callsOf('answerCallbackQuery').some((c) => c.params.callback_query_id === 'cb-502')).toBe(true);
  });

  it('answers a stale source button and an expired "More" button politely', async () => {
    const chat = privateChat(503);
    const message = { message_id: 900_503, date: 0, chat, from: BOT_USER, text: 'old answer' };
    harness.fake.push({ callback_query: { id: 'stale-p', from: user(503), chat_instance: 'ci', data: 'p:1:000000000000.7', message } } as never);
    harness.fake.push({ callback_query: { id: 'stale-m', from: user(503), chat_instance: 'ci', data: 'm:zzzz:3', message } } as never);
    harness.fake.push({ callback_query: { id: 'junk', from: user(503), chat_instance: 'ci', data: 'garbage', message } } as never);
    await harness.fake.waitFor(() => harness.fake.callsOf('answerCallbackQuery').filter((c) => String(c.params.callback_query_id).match(/^(stale-|junk)/)).length === 3);
    const answered = new Map(harness.fake.callsOf('answerCallbackQuery').map((c) => [c.params.callback_query_id, String(c.params.text)]));
    expect(answered.get('stale-p')).toBe('This source changed since; ask again.');
    expect(answered.get('stale-m')).toMatch(/expired/);
    expect(answered.get('junk')).toMatch(/expired/);
    expect(sentTexts(harness.fake, 503)).toEqual([]);
  });

  it('"More" asks the engine again from the next passages', async () => {
    const chat = privateChat(504);
    pushText(harness.fake, chat, user(504), 'What does the Quokkavale memorandum say?');
    const [reply] = await repliesIn(504, 1);
    const more = reply!.keyboard!.flat().find((b) => b.callback_data.startsWith('m:'))!;
    const asked = engine.questions.length;
    harness.fake.push({
      callback_query: { id: 'more-504', from: user(504), chat_instance: 'ci', data: more.callback_data, message: { message_id: 900_504, date: 0, chat, from: BOT_USER, text: reply!.text } },
    } as never);
    const replies = await repliesIn(504, 2);
    expect(engine.questions[asked]!.offset).toBeGreaterThan(0);
    expect(replies[1]!.replyTo).toBe(900_504);
  });

  it('says plainly when the sources do not cover a question, and suggests /sources', async () => {
    pushText(harness.fake, privateChat(505), user(505), 'Xylophone zeppelin quibble?');
    const [reply] = await repliesIn(505, 1);
    expect(reply!.text).toContain('/sources');
    expect(reply!.keyboard).toBeUndefined();
  });

  it('rejects an over-long question without asking the engine, and hints on an empty one', async () => {
    const asked = engine.questions.length;
    pushText(harness.fake, privateChat(506), user(506), 'Korea '.repeat(80));
    pushText(harness.fake, privateChat(506), user(506), '/ask');
    const replies = await repliesIn(506, 2);
    expect(replies[0]!.text).toMatch(/too long.*300/);
    expect(replies[1]!.text).toMatch(/question/i);
    expect(engine.questions.length).toBe(asked);
  });

  it('explains itself on /start and /help, in Azerbaijani for az users; lists /sources and /status', async () => {
    const chat = privateChat(507);
    pushText(harness.fake, chat, user(507), '/start');
    pushText(harness.fake, chat, user(507, 'az'), '/help');
    pushText(harness.fake, chat, user(507), '/sources');
    pushText(harness.fake, chat, user(507), '/status');
    const [start, help, sources, status] = await repliesIn(507, 4);
    expect(start!.text).toContain('3 news documents');
    expect(start!.text).toContain(`@${BOT_USERNAME}`);
    expect(help!.text).toContain('Sadəcə sualınızı yazın');
    for (const doc of engine.documents()) expect(sources!.text).toContain(doc.meta.title.replace(/&/g, '&amp;'));
    expect(htmlProblems(sources!.text)).toEqual([]);
    expect(status!.text).toContain(engine.status().modelId);
    expect(status!.text).toMatch(engine.status().mode === 'hybrid' ? /hybrid/ : /keywords only/);
  });

  it('answers each sender in the language of ctx.t: Azerbaijani for az users, English for others', async () => {
    const chat = privateChat(512);
    const sticker = (from: ReturnType<typeof user>) =>
      harness.fake.push({ message: { message_id: 1, date: 0, chat, from, sticker: { file_id: 'x', file_unique_id: 'x', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } } } as never);
    sticker(user(512, 'az-AZ'));
    pushText(harness.fake, chat, user(512, 'az'), '/sources');
    pushText(harness.fake, chat, user(512, 'az'), 'Koreya '.repeat(80));
    sticker(user(512, 'ru'));
    const [notText, sources, tooLong, english] = await repliesIn(512, 4);
    expect(notText!.text).toBe('Mən yalnız mətni oxuya bilirəm. Zəhmət olmasa sualınızı yazın.');
    expect(sources!.text).toMatch(/^<b>Sənədlər<\/b> \(3\) — səhifə 1 \/ 1/);
    expect(tooLong!.text).toMatch(/^Sual çox uzundur/);
    expect(english!.text).toBe('I can only read text. Please type your question.');
  });

  it('asks for text when sent a sticker or photo, and survives edits and channel posts', async () => {
    const chat = privateChat(508);
    harness.fake.push({ message: { message_id: 1, date: 0, chat, from: user(508), sticker: { file_id: 'x', file_unique_id: 'x', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } } } as never);
    harness.fake.push({ edited_message: { message_id: 2, date: 0, edit_date: 1, chat, from: user(508), text: 'edited question about Korea' } } as never);
    harness.fake.push({ channel_post: { message_id: 3, date: 0, chat: { id: -100508, type: 'channel', title: 'C' }, text: 'post about Korea' } } as never);
    harness.fake.push({ message: { message_id: 4, date: 0, chat, text: 'Who is the new Korean ambassador?' } } as never);
    pushText(harness.fake, chat, user(508), 'How many Azerbaijani students study in Korea?');
    const replies = await repliesIn(508, 3);
    expect(replies[0]!.text).toMatch(/only read text/);
    // The message without a sender is still a private-chat question; the edit and the post are not.
    expect(engine.questions.some((q) => q.question === 'Who is the new Korean ambassador?')).toBe(true);
    expect(replies).toHaveLength(3);
    expect(engine.questions.some((q) => q.question.includes('edited'))).toBe(false);
    expect(engine.questions.some((q) => q.question.includes('post about'))).toBe(false);
  });
});

describe('group chat', () => {
  it('answers a mention and /ask@ThisBot as replies, ignores chatter and /ask@OtherBot', async () => {
    const chat = groupChat(-600);
    const from = user(601);
    const chatter = pushText(harness.fake, chat, from, 'nice weather today in Baku students');
    const other = pushText(harness.fake, chat, from, '/ask@OtherBot How many Azerbaijani students are in Korea?');
    const mention = pushText(harness.fake, chat, from, `@${BOT_USERNAME} how many Azerbaijani students study in Korea?`);
    const command = pushText(harness.fake, chat, from, `/ask@${BOT_USERNAME} Who is the Korean ambassador Kang Kymgu?`);
    const plain = pushText(harness.fake, chat, from, '/ask Quokkavale memorandum?');
    const replies = await repliesIn(-600, 3);
    expect(replies.map((r) => r.replyTo)).toEqual([mention.message!.message_id, command.message!.message_id, plain.message!.message_id]);
    const ignored = [chatter.message!.message_id, other.message!.message_id];
    await settle(-600, chat, from);
    expect(sentTexts(harness.fake, -600).some((r) => ignored.includes(r.replyTo!))).toBe(false);
    expect(engine.questions.some((q) => q.question.includes('weather') || q.question.includes('OtherBot'))).toBe(false);
    // The mention is stripped from the question.
    expect(engine.questions.some((q) => q.question === 'how many Azerbaijani students study in Korea?')).toBe(true);
  });

  it('keeps forum topics: the answer goes to the topic of the question', async () => {
    const chat = { ...groupChat(-610), is_forum: true } as ReturnType<typeof groupChat>;
    const question = pushText(harness.fake, chat, user(611), `/ask@${BOT_USERNAME} students in Korea?`, { message_thread_id: 77, is_topic_message: true });
    const [reply] = await repliesIn(-610, 1);
    expect(reply!.replyTo).toBe(question.message!.message_id);
    expect(reply!.call.params.message_thread_id).toBe(77);
  });

  it('treats a reply to its own message as a follow-up of the earlier question', async () => {
    const chat = groupChat(-620);
    const from = user(621);
    pushText(harness.fake, chat, from, `/ask@${BOT_USERNAME} Who is the new Korean ambassador?`);
    const [first] = await repliesIn(-620, 1);
    const botMessage = first!.call;
    const sentId = harness.fake.calls.indexOf(botMessage);
    expect(sentId).toBeGreaterThan(-1);
    // The fake numbers the bot's messages per chat from 100001.
    const followUp = pushText(harness.fake, chat, from, 'What did they discuss?', {
      reply_to_message: { message_id: 100_001, date: 0, chat, from: BOT_USER, text: first!.text } as never,
    });
    const replies = await repliesIn(-620, 2);
    expect(replies[1]!.replyTo).toBe(followUp.message!.message_id);
    const asked = engine.questions.at(-1)!;
    expect(asked.question).toBe('What did they discuss?');
    expect(asked.followUp?.question).toBe('Who is the new Korean ambassador?');
    expect(asked.followUp?.sources).toContain('ambassador.txt');
    // What the first answer showed goes with it: "who else?" asks beyond it.
    expect(asked.followUp?.shown?.length).toBeGreaterThan(0);
    for (const sentence of asked.followUp?.shown ?? []) expect(first!.text).toContain(sentence.slice(0, 40));
  });

  it('hints when /ask or a mention has no question', async () => {
    const chat = groupChat(-630);
    pushText(harness.fake, chat, user(631), `@${BOT_USERNAME}`);
    const [reply] = await repliesIn(-630, 1);
    expect(reply!.text).toContain('/ask');
    expect(htmlProblems(reply!.text)).toEqual([]);
  });
});

describe('inline mode', () => {
  it('offers up to three HTML articles with citations, and one hint for an empty query', async () => {
    harness.fake.push({ inline_query: { id: 'iq-1', from: user(701), query: 'Azerbaijani students Korea ambassador', offset: '' } } as never);
    harness.fake.push({ inline_query: { id: 'iq-2', from: user(701), query: '  ', offset: '' } } as never);
    harness.fake.push({ inline_query: { id: 'iq-3', from: user(701), query: 'Xylophone zeppelin quibble', offset: '' } } as never);
    await harness.fake.waitForCalls('answerInlineQuery', 3);
    const byId = new Map(harness.fake.callsOf('answerInlineQuery').map((c) => [c.params.inline_query_id, c.params]));
    const results = byId.get('iq-1')!.results as { id: string; type: string; input_message_content: { message_text: string; parse_mode: string } }[];
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(3);
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
    for (const r of results) {
      expect(r.type).toBe('article');
      expect(r.input_message_content.parse_mode).toBe('HTML');
      expect(r.input_message_content.message_text).toMatch(/\[1\]/);
      expect(htmlProblems(r.input_message_content.message_text)).toEqual([]);
    }
    expect(byId.get('iq-1')!.cache_time).toBeLessThanOrEqual(60);
    expect((byId.get('iq-2')!.results as unknown[]).length).toBe(1);
    const abstained = byId.get('iq-3')!.results as { input_message_content: { message_text: string } }[];
    expect(abstained).toHaveLength(1);
    expect(abstained[0]!.input_message_content.message_text).toContain('/sources');
  });
});

describe('failures inside a handler', () => {
  it('apologises for a failed question, logs it with the update id, and answers the next one', async () => {
    engine.intercept = (question, options, real) => (question.includes('explode') ? Promise.reject(new Error('engine exploded')) : real(question, options));
    try {
      const chat = privateChat(801);
      const failing = pushText(harness.fake, chat, user(801), 'please explode now');
      pushText(harness.fake, chat, user(801), 'How many Azerbaijani students study in Korea?');
      const replies = await repliesIn(801, 2);
      expect(replies[0]!.text).toMatch(/Sorry/);
      expect(replies[1]!.text).toMatch(/\[1\]/);
      expect(harness.logs.some((l) => l.includes('update failed') && l.includes(`update=${failing.update_id}`) && l.includes('engine exploded'))).toBe(true);
    } finally {
      engine.intercept = undefined;
    }
  });

  it('apologises in the chat when a "More" button fails after the press was acknowledged', async () => {
    const chat = privateChat(802);
    pushText(harness.fake, chat, user(802), 'How many Azerbaijani students study in Korea?');
    const [reply] = await repliesIn(802, 1);
    const more = reply!.keyboard!.flat().find((b) => b.callback_data.startsWith('m:'))!;
    engine.intercept = () => Promise.reject(new Error('engine down'));
    try {
      harness.fake.push({
        callback_query: { id: 'more-802', from: user(802), chat_instance: 'ci', data: more.callback_data, message: { message_id: 900_802, date: 0, chat, from: BOT_USER, text: reply!.text } },
      } as never);
      const replies = await repliesIn(802, 2);
      expect(replies[1]!.text).toMatch(/Sorry/);
    } finally {
      engine.intercept = undefined;
    }
  });
});
