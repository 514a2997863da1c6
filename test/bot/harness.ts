import type { Chat, Message, MessageEntity, Update, User } from 'grammy/types';
import type { Engine, FollowUp } from '../../src/engine.ts';
import { createLogger } from '../../src/log.ts';
import { TEST_MAX_QUESTION_CHARS } from './engine-factory.ts';
import { createBot, runBot, type BotConfig, type BotDeps, type QuestionBot, type RunningBot, type RunOptions } from '../../src/bot/index.ts';
export { htmlProblems } from './html-check.ts';
import { BOT_USER, startFakeBotApi, type FakeBotApi, type RecordedCall } from '../helpers/fake-bot-api.ts';

/** Looks like a real token so nothing treats it specially; must never reach a log line. */
export const TOKEN = '123456789:AAHsecretTOKENvalue_for-tests-only42';
export const BOT_USERNAME = BOT_USER.username;

export interface Harness {
  fake: FakeBotApi;
  bot: QuestionBot;
  running: RunningBot;
  logs: string[];
  stop(): Promise<void>;
}

export const BASE_CONFIG: BotConfig = {
  telegramApiRoot: 'http://127.0.0.1:1',
  rateLimitPerMinute: 100,
  maxQuestionChars: TEST_MAX_QUESTION_CHARS,
  botConcurrency: 8,
  webhookUrl: undefined,
  webhookSecret: undefined,
  port: 0,
  adminUserIds: [],
  allowedChatIds: [],
  allowPrivateUrls: false,
  maxDocumentBytes: 5_000_000,
};

/** Starts a fake Bot API and a bot polling it (short long-poll timeouts keep tests quick). */
export async function startHarness(
  engine: Engine,
  overrides: Partial<BotConfig> = {},
  options: RunOptions = {},
  extraDeps: Pick<BotDeps, 'corpus' | 'feedback' | 'metrics'> = {},
): Promise<Harness> {
  const fake = await startFakeBotApi();
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => logs.push(line) });
  const config: BotConfig = { ...BASE_CONFIG, telegramApiRoot: fake.url, ...overrides };
  const bot = createBot(TOKEN, { engine, config, logger, ...extraDeps });
  const running = await runBot(bot, { engine, config, logger, ...extraDeps }, { pollTimeoutSeconds: 1, ...options });
  return {
    fake,
    bot,
    running,
    logs,
    stop: async () => {
      await running.stop();
      await fake.close();
    },
  };
}

// ---------------------------------------------------------------- updates

let nextMessageId = 1;

export function user(id: number, languageCode = 'en'): User {
  return { id, is_bot: false, first_name: `User${id}`, language_code: languageCode };
}

export function privateChat(id: number): Chat {
  return { id, type: 'private', first_name: `User${id}` } as Chat;
}

export function groupChat(id: number): Chat {
  return { id, type: 'supergroup', title: `Group ${id}` } as Chat;
}

/** Entities as Telegram sets them: a bot_command at the start, a mention for every @name. */
function entitiesOf(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/\w+(@\w+)?/.exec(text);
  if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const m of text.matchAll(/@\w+/g)) {
    if (command && m.index! < command[0].length) continue;
    entities.push({ type: 'mention', offset: m.index!, length: m[0].length });
  }
  return entities;
}

export function textMessage(chat: Chat, from: User, text: string, extra: Partial<Message> = {}): Message {
  const entities = entitiesOf(text);
  return {
    message_id: nextMessageId++,
    date: Math.floor(Date.now() / 1000),
    chat,
    from,
    text,
    ...(entities.length > 0 ? { entities } : {}),
    ...extra,
  } as Message;
}

export function pushText(fake: FakeBotApi, chat: Chat, from: User, text: string, extra: Partial<Message> = {}): Update {
  return fake.push({ message: textMessage(chat, from, text, extra) as Update['message'] });
}

// ---------------------------------------------------------------- reading replies

export interface SentText {
  chatId: number;
  text: string;
  replyTo?: number;
  parseMode?: string;
  keyboard?: { text: string; callback_data: string }[][];
  call: RecordedCall;
}

export function sentTexts(fake: FakeBotApi, chatId?: number): SentText[] {
  return fake
    .callsOf('sendMessage')
    .filter((c) => c.outcome === 'ok' && (chatId === undefined || Number(c.params.chat_id) === chatId))
    .map((call) => {
      const replyParameters = call.params.reply_parameters as { message_id?: number } | undefined;
      const markup = call.params.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined;
      return {
        chatId: Number(call.params.chat_id),
        text: String(call.params.text),
        replyTo: replyParameters?.message_id,
        parseMode: call.params.parse_mode as string | undefined,
        keyboard: markup?.inline_keyboard,
        call,
      };
    });
}

// ---------------------------------------------------------------- engine wrapper

type Ask = Engine['ask'];

/**
 * The test engine with an interception point: records every question, and lets a test change
 * what ask() does (throw for one question, lengthen an answer, wait for a signal).
 */
export class ObservedEngine implements Engine {
  readonly questions: { question: string; offset?: number; followUp?: FollowUp }[] = [];
  /** Replace to change ask(); receives the real ask. */
  intercept: ((question: string, options: Parameters<Ask>[1], real: Ask) => ReturnType<Ask>) | undefined;

  constructor(readonly inner: Engine) {}

  ask: Ask = (question, options) => {
    this.questions.push({ question, offset: options?.offset, ...(options?.followUp !== undefined ? { followUp: options.followUp } : {}) });
    const real: Ask = (q, o) => this.inner.ask(q, o);
    return this.intercept ? this.intercept(question, options, real) : real(question, options);
  };
  status = () => this.inner.status();
  documents = () => this.inner.documents();
  corpusSummary = () => this.inner.corpusSummary();
  passage = (ref: string) => this.inner.passage(ref);
  close = () => this.inner.close();
}
