import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeVote, encodeVote } from '../../src/bot/feedback.ts';
import { catalogue } from '../../src/i18n/index.ts';
import type { Engine } from '../../src/engine.ts';
import { FEEDBACK_FILE, FeedbackStore } from '../../src/feedback/store.ts';
import { createLogger } from '../../src/log.ts';
import { BOT_USER, type FakeBotApi } from '../helpers/fake-bot-api.ts';
import { makeSqliteReadOnly, tempDataDir } from '../feedback/helpers.ts';
import { createTestEngine } from './engine-factory.ts';
import { startHarnessWith } from './feedback-harness.ts';
import { groupChat, privateChat, pushText, sentTexts, user, type Harness, type SentText } from './harness.ts';

const EN = catalogue('en');
const ADMIN = 900;

let engine: Engine;
beforeAll(async () => {
  engine = await createTestEngine();
});
afterAll(async () => {
  await engine?.close();
});

function storeIn(dataDir: string): { store: FeedbackStore; warnings: string[] } {
  const warnings: string[] = [];
  const logger = createLogger({ level: 'warn', write: (line) => warnings.push(line) });
  return { store: new FeedbackStore({ dataDir, retentionDays: 90, logger }), warnings };
}

/** Asks in a private chat; resolves with the reply once the bot has finished the update (and recorded it). */
async function ask(harness: Harness, chatId: number, text: string): Promise<SentText> {
  const { fake } = harness;
  const before = sentTexts(fake, chatId).length;
  pushText(fake, privateChat(chatId), user(chatId), text);
  await fake.waitFor(() => sentTexts(fake, chatId).length > before);
  await harness.bot.inFlight.idle();
  return sentTexts(fake, chatId)[before]!;
}

/** Presses a button of `reply` as `userId`; resolves with the pop-up text. */
async function press(fake: FakeBotApi, reply: SentText, label: string, userId: number, id: string): Promise<string> {
  const button = reply.keyboard!.flat().find((b) => b.text === label)!;
  const chat = privateChat(reply.chatId);
  fake.push({
    callback_query: { id, from: user(userId), chat_instance: 'ci', data: button.callback_data, message: { message_id: 1, date: 0, chat, from: BOT_USER, text: reply.text } },
  } as never);
  await fake.waitFor(() => fake.callsOf('answerCallbackQuery').some((c) => c.params.callback_query_id === id));
  return String(fake.callsOf('answerCallbackQuery').find((c) => c.params.callback_query_id === id)!.params.text);
}

function query<T>(dataDir: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(path.join(dataDir, FEEDBACK_FILE), { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

describe('vote button data', () => {
  it('round-trips, fits Telegram\'s 64 bytes, and refuses anything else', () => {
    const id = new FeedbackStore({ dataDir: tempDataDir(), retentionDays: 1, logger: createLogger({ write: () => {} }) }).newQuestionId();
    for (const vote of ['up', 'down'] as const) {
      const data = encodeVote(id, vote);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodeVote(data)).toEqual({ questionId: id, vote });
    }
    for (const bad of ['v:', `v:${id}:x`, `v:${id}`, 'v:a b:u', `p:1:${id}`]) expect(decodeVote(bad)).toBeUndefined();
  });
});

describe('/stats text', () => {
  it('shows every figure in English and in Azerbaijani', () => {
    const facts = {
      today: 11, week: 22, month: 33, windowDays: 30, abstained: 4, abstentionRate: '12.1%', up: 5, down: 6, medianLatency: '78 ms',
      topSources: [{ source: 'Doc &amp; title', count: 9 }],
      unanswered: [{ text: 'Who won &lt;x&gt;?', count: 7 }],
    };
    for (const locale of ['en', 'az'] as const) {
      const text = catalogue(locale).stats(facts);
      for (const piece of ['11', '22', '33', '4', '12.1%', '👍 5', '👎 6', '78 ms', '9× Doc &amp; title', '7× Who won &lt;x&gt;?']) expect(text, locale).toContain(piece);
    }
  });
});

describe('votes under answers', () => {
  const dataDir = tempDataDir();
  let harness: Harness;
  let store: FeedbackStore;
  beforeAll(async () => {
    store = storeIn(dataDir).store;
    harness = await startHarnessWith(engine, { feedback: store });
  });
  afterAll(async () => {
    await harness?.stop();
    store?.close();
  });

  it('shows 👍 and 👎 beside the source buttons; a press is acknowledged, stored, and may be changed', async () => {
    const reply = await ask(harness, 701, 'Who did Jeyhun Bayramov receive as Korean ambassador?');
    const buttons = reply.keyboard!.flat();
    const sources = buttons.filter((b) => b.callback_data.startsWith('p:'));
    const up = buttons.find((b) => b.text === '👍')!;
    const down = buttons.find((b) => b.text === '👎')!;
    expect(sources.length).toBeGreaterThan(0);
    for (const b of buttons) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
    expect(buttons.at(-1)!.callback_data).toMatch(/^m:/);
    const questionId = /^v:(.+):u$/.exec(up.callback_data)![1]!;
    expect(down.callback_data).toBe(`v:${questionId}:d`);

    const [asked] = query<{ text: string; chat_type: string; abstained: number; language: string }>(dataDir, 'SELECT * FROM questions WHERE id = ?', questionId);
    expect(asked).toMatchObject({ text: 'Who did Jeyhun Bayramov receive as Korean ambassador?', chat_type: 'private', abstained: 0, language: 'en' });
    expect(query(dataDir, 'SELECT * FROM citations WHERE question_id = ?', questionId)).toHaveLength(sources.length);

    expect(await press(harness.fake, reply, '👍', 701, 'vote-1')).toBe(EN.voteRecorded);
    expect(query<{ vote: number }>(dataDir, 'SELECT vote FROM votes WHERE question_id = ?', questionId)).toEqual([{ vote: 1 }]);
    expect(await press(harness.fake, reply, '👎', 701, 'vote-2')).toBe(EN.voteChanged('👎'));
    expect(await press(harness.fake, reply, '👎', 701, 'vote-3')).toBe(EN.voteUnchanged('👎'));
    // One vote per user per answer, the latest; another user votes on their own account.
    expect(await press(harness.fake, reply, '👍', 702, 'vote-4')).toBe(EN.voteRecorded);
    expect(query<{ vote: number }>(dataDir, 'SELECT vote FROM votes WHERE question_id = ? ORDER BY vote', questionId)).toEqual([{ vote: -1 }, { vote: 1 }]);
  });

  it('records an abstention without vote buttons', async () => {
    const reply = await ask(harness, 703, 'Xylophone zeppelin quibble?');
    expect(reply.keyboard).toBeUndefined();
    expect(query(dataDir, "SELECT * FROM questions WHERE text = 'Xylophone zeppelin quibble?' AND abstained = 1")).toHaveLength(1);
  });
});

describe('/stats', () => {
  const dataDir = tempDataDir();
  let harness: Harness;
  let store: FeedbackStore;
  beforeAll(async () => {
    store = storeIn(dataDir).store;
    harness = await startHarnessWith(engine, { feedback: store }, { adminUserIds: [ADMIN] });
  });
  afterAll(async () => {
    await harness?.stop();
    store?.close();
  });

  it('shows admins the figures of a known sequence of questions and votes', async () => {
    const questions = [
      'Who did Jeyhun Bayramov receive as Korean ambassador?',
      'How many Azerbaijani students study in Korea?',
      'What does the Quokkavale memorandum say?',
      'Xylophone zeppelin quibble?',
      'xylophone  zeppelin quibble',
    ];
    const replies: SentText[] = [];
    for (const [i, q] of questions.entries()) replies.push(await ask(harness, 710 + i, q));
    const answered = replies.filter((r) => r.keyboard !== undefined);
    const abstained = replies.length - answered.length;
    expect(answered.length).toBeGreaterThanOrEqual(2);
    await press(harness.fake, answered[0]!, '👍', 1, 's-1');
    await press(harness.fake, answered[1]!, '👎', 2, 's-2');
    await press(harness.fake, answered[1]!, '👍', 3, 's-3');
    await press(harness.fake, answered[1]!, '👎', 3, 's-4'); // changed: one 👎 more, no 👍

    const stats = await ask(harness, ADMIN, '/stats');
    const rate = `${((abstained / questions.length) * 100).toFixed(1)}%`;
    expect(stats.parseMode).toBe('HTML');
    expect(stats.text).toContain(`Questions: ${questions.length} today, ${questions.length} in 7 days, ${questions.length} in 30 days`);
    expect(stats.text).toContain(`Not answered: ${abstained} (${rate})`);
    expect(stats.text).toContain('Votes: 👍 1  👎 2');
    expect(stats.text).toMatch(/Median answer time: \d+ ms/);
    // Cited documents by title.
    for (const source of ['ambassador.txt', 'students.txt']) {
      const title = engine.documents().find((d) => d.source === source)!.meta.title;
      expect(stats.text).toMatch(new RegExp(`\\d+× ${title}`));
    }
    // The two spellings of the unanswerable question are one, shown as last asked.
    expect(stats.text).toContain(`2× ${questions[4]!.replace(/\s+/g, ' ')}`);
  });

  it('is for admins only, and only in a private chat', async () => {
    expect((await ask(harness, 720, '/stats')).text).toBe(EN.statsAdminsOnly);
    const group = groupChat(-721);
    pushText(harness.fake, group, user(ADMIN), '/stats');
    await harness.fake.waitFor(() => sentTexts(harness.fake, -721).length > 0);
    expect(sentTexts(harness.fake, -721)[0]!.text).toBe(EN.statsPrivateOnly);
  });
});

describe('QUESTION_LOG=false', () => {
  it('shows no vote buttons, and /stats says nothing is recorded', async () => {
    const harness = await startHarnessWith(engine, {}, { adminUserIds: [ADMIN] });
    try {
      const reply = await ask(harness, 740, 'Who did Jeyhun Bayramov receive as Korean ambassador?');
      expect(reply.keyboard!.flat().some((b) => b.callback_data.startsWith('v:'))).toBe(false);
      expect((await ask(harness, ADMIN, '/stats')).text).toBe(EN.statsOff);
    } finally {
      await harness.stop();
    }
  });
});

describe('a database that fails never costs an answer', () => {
  const cases: [string, (dataDir: string) => (() => void) | void][] = [
    ['corrupt', (dir) => fs.writeFileSync(path.join(dir, FEEDBACK_FILE), 'not a database '.repeat(500))],
    [
      'read-only',
      (dir) => {
        const { store } = storeIn(dir);
        store.prune();
        store.close();
        makeSqliteReadOnly(path.join(dir, FEEDBACK_FILE));
      },
    ],
    [
      'locked by another process',
      (dir) => {
        const { store } = storeIn(dir);
        store.prune();
        store.close();
        const other = new Database(path.join(dir, FEEDBACK_FILE));
        other.exec('BEGIN EXCLUSIVE');
        return () => other.close();
      },
    ],
    ['in a folder that cannot be created', (dir) => fs.writeFileSync(path.join(dir, 'blocked'), '')],
  ];

  it.each(cases)('%s: every question answered, one warning, votes acknowledged', async (name, prepare) => {
    const root = tempDataDir();
    const release = prepare(root);
    const dataDir = name.includes('folder') ? path.join(root, 'blocked', 'data') : root;
    const { store, warnings } = storeIn(dataDir);
    const harness = await startHarnessWith(engine, { feedback: store }, { adminUserIds: [ADMIN] });
    try {
      const first = await ask(harness, 730, 'Who did Jeyhun Bayramov receive as Korean ambassador?');
      const second = await ask(harness, 731, 'How many Azerbaijani students study in Korea?');
      expect(first.text).toContain('Kang Kymgu');
      expect(second.text).toMatch(/200/);
      expect(await press(harness.fake, first, '👍', 730, `fail-${name}`)).toBe(EN.voteUnrecorded);
      expect((await ask(harness, ADMIN, '/stats')).text).toBe(EN.statsUnavailable);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/feedback database unavailable/);
    } finally {
      await harness.stop();
      store.close();
      release?.();
    }
  });
});
