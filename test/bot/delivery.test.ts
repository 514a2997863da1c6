import { MAX_REPLY_MESSAGES } from '../../src/answer/telegram.ts';
import { afterEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.ts';
import { createTestEngine } from './engine-factory.ts';
import { BASE_CONFIG, BOT_USERNAME, groupChat, htmlProblems, ObservedEngine, privateChat, pushText, sentTexts, startHarness, TOKEN, user, type Harness } from './harness.ts';
import { startFakeBotApi, TOO_MANY_REQUESTS } from '../helpers/fake-bot-api.ts';
import { createBot, runBot } from '../../src/bot/index.ts';
import { isAppError } from '../../src/errors.ts';
import { createLogger } from '../../src/log.ts';

let harness: Harness | undefined;

afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

async function start(engine: ObservedEngine, overrides = {}) {
  harness = await startHarness(engine, overrides);
  return harness;
}

describe('delivery', () => {
  it('waits out a 429 with retry_after and delivers the answer exactly once', async () => {
    const { fake } = await start(new ObservedEngine(await createTestEngine()));
    fake.fail('sendMessage', TOO_MANY_REQUESTS(1));
    pushText(fake, privateChat(11), user(11), 'How many Azerbaijani students study in Korea?');
    await fake.waitForCalls('sendMessage', 1);
    const attempts = fake.callsOf('sendMessage');
    expect(attempts.map((c) => c.outcome)).toEqual([429, 'ok']);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(900);
    expect(attempts[0]!.params.text).toBe(attempts[1]!.params.text);
    expect(sentTexts(fake, 11)).toHaveLength(1);
  });

  it('answers 50 questions in 10 chats once each, in order within each chat', async () => {
    const engine = new ObservedEngine(await createTestEngine());
    // Later questions finish faster, so only per-chat sequencing keeps the order.
    engine.intercept = async (question, options, real) => {
      const k = Number(/#(\d)/.exec(question)?.[1] ?? 0);
      await new Promise((r) => setTimeout(r, (5 - k) * 8));
      return real(question, options);
    };
    const { fake } = await start(engine, { botConcurrency: 8 });
    const asked = new Map<number, number[]>();
    for (let k = 0; k < 5; k += 1) {
      for (let c = 0; c < 10; c += 1) {
        const chatId = -1000 - c;
        const update = pushText(fake, groupChat(chatId), user(2000 + c), `/ask@${BOT_USERNAME} #${k} students in Korea?`);
        asked.set(chatId, [...(asked.get(chatId) ?? []), update.message!.message_id]);
      }
    }
    await fake.waitFor(() => sentTexts(fake).filter((s) => s.replyTo !== undefined).length >= 50);
    for (const [chatId, questionIds] of asked) {
      const replies = sentTexts(fake, chatId).filter((s) => s.replyTo !== undefined);
      expect(replies.map((r) => r.replyTo)).toEqual(questionIds);
    }
    expect(engine.questions).toHaveLength(50);
  });

  it('splits a long reply into parts of at most 4096 characters, never inside a tag, entity or citation', async () => {
    const engine = new ObservedEngine(await createTestEngine());
    // The real answer, lengthened: each sentence repeated with markup-like text until it is long.
    engine.intercept = async (question, options, real): Promise<Answer> => {
      const answer = await real(question, options);
      const sentences = answer.sentences.flatMap((s) =>
        Array.from({ length: 6 }, (_, i) => ({ ...s, text: `${i}: ${`${s.text} <i>&amp; R&D</i> `.repeat(12)}` })),
      );
      return { ...answer, sentences };
    };
    const { fake } = await start(engine);
    pushText(fake, privateChat(31), user(31), 'What does the Quokkavale memorandum say?');
    await fake.waitFor(() => sentTexts(fake, 31).some((s) => s.keyboard !== undefined));
    const parts = sentTexts(fake, 31);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.text.length).toBeLessThanOrEqual(4096);
      expect(htmlProblems(part.text)).toEqual([]);
      expect(part.text).not.toMatch(/\[\d*$|^\d*\]/);
    }
    const whole = parts.map((p) => p.text).join('\n');
    const lengthened = (await engine.ask('What does the Quokkavale memorandum say?')).sentences;
    // Sentences that would take the reply past MAX_REPLY_MESSAGES are left out, whole.
    expect(parts.length).toBeLessThanOrEqual(MAX_REPLY_MESSAGES);
    const shown = (whole.match(/ \[\d+\]/g) ?? []).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(lengthened.length);
    expect(whole.match(/\d: /g)?.length).toBe(shown);
    // Only the last part carries the buttons.
    expect(parts.slice(0, -1).every((p) => p.keyboard === undefined)).toBe(true);
  });

  it('never writes the token to the log, even for network failures', async () => {
    const { fake, logs } = await start(new ObservedEngine(await createTestEngine()));
    fake.fail('sendMessage', { kind: 'network' });
    fake.fail('getUpdates', { kind: 'network' });
    pushText(fake, privateChat(41), user(41), 'How many Azerbaijani students study in Korea?');
    // The failed answer is followed by an apology.
    await fake.waitForCalls('sendMessage', 1);
    await fake.waitFor(() => logs.some((l) => l.includes('update failed')));
    expect(fake.calls.every((c) => c.token === TOKEN)).toBe(true);
    const failures = logs.filter((l) => l.includes('Telegram request failed'));
    expect(failures.some((l) => l.includes('method=sendMessage'))).toBe(true);
    // Told by grammY's own message: the fetch error it wraps, which names the request URL, is never read.
    expect(failures.some((l) => l.includes("Network request for 'sendMessage' failed"))).toBe(true);
    expect(logs.filter((l) => l.includes('/bot'))).toEqual([]);
    expect(logs.filter((l) => l.includes(TOKEN) || l.includes(TOKEN.split(':')[1]!))).toEqual([]);
  });
});

describe('stopping', () => {
  it('lets an answer in progress finish, then confirms it so it is never delivered again', async () => {
    const engine = new ObservedEngine(await createTestEngine());
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const asked = new Promise<void>((resolve) => (started = resolve));
    engine.intercept = async (question, options, real) => {
      started();
      await gate;
      return real(question, options);
    };
    const h = await start(engine);
    const update = pushText(h.fake, privateChat(51), user(51), 'How many Azerbaijani students study in Korea?');
    await asked;
    let stopped = false;
    const stopping = h.running.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(sentTexts(h.fake, 51)).toHaveLength(1);
    const lastPoll = h.fake.callsOf('getUpdates').at(-1)!;
    expect(lastPoll.params.offset).toBe(update.update_id + 1);
    expect(h.fake.unconfirmed()).toEqual([]);

    // A new run against the same server gets nothing again.
    const again = await startHarness(new ObservedEngine(await createTestEngine()), { telegramApiRoot: h.fake.url });
    await again.running.stop();
    expect(sentTexts(h.fake, 51)).toHaveLength(1);
    await again.fake.close();
  });
});

describe('starting', () => {
  it('reports a rejected token clearly, without the token, and makes no request when created', async () => {
    const fake = await startFakeBotApi();
    try {
      const logs: string[] = [];
      const logger = createLogger({ level: 'debug', write: (line) => logs.push(line) });
      const engine = new ObservedEngine(await createTestEngine());
      const deps = { engine, logger, config: { ...BASE_CONFIG, telegramApiRoot: fake.url } };
      const bot = createBot(TOKEN, deps);
      expect(fake.calls).toEqual([]);
      fake.fail('getMe', { kind: 'error', status: 401, description: 'Unauthorized' });
      const failure = await runBot(bot, deps).catch((error: unknown) => error);
      expect(isAppError(failure, 'BOT_TOKEN_INVALID')).toBe(true);
      expect(String((failure as Error).message)).not.toContain(TOKEN);
      expect(fake.callsOf('getUpdates')).toEqual([]);
    } finally {
      await fake.close();
    }
  });
});
