import { LRUCache } from 'lru-cache';
import type { Config } from '../config.ts';
import type { Engine, FollowUp } from '../engine.ts';
import type { FeedbackStore } from '../feedback/store.ts';
import type { RefreshResult } from '../live-engine.ts';
import type { Logger } from '../log.ts';
import type { Metrics } from '../metrics.ts';
import { SlidingWindowLimiter } from './rate-limit.ts';

/** The settings the bot reads. */
export type BotConfig = Pick<
  Config,
  'telegramApiRoot' | 'rateLimitPerMinute' | 'maxQuestionChars' | 'botConcurrency' | 'webhookUrl' | 'webhookSecret' | 'port' | 'adminUserIds'
  | 'allowedChatIds' | 'allowPrivateUrls' | 'maxDocumentBytes'
>;

/** The corpus as admins change it from Telegram: where documents are stored, and how the index catches up. */
export interface CorpusControl {
  readonly seedsDir: string;
  /** Ingests what changed in seedsDir and serves the result (see LiveEngine.refresh). */
  refresh(): Promise<RefreshResult>;
}

export interface BotDeps {
  engine: Engine;
  config: BotConfig;
  logger: Logger;
  /** Records questions and votes (QUESTION_LOG); absent = nothing recorded, no vote buttons. */
  feedback?: FeedbackStore;
  /** Prometheus metrics; absent = nothing counted. */
  metrics?: Metrics;
  /** Absent: the corpus cannot be changed from Telegram (admin commands say so). */
  corpus?: CorpusControl;
}

/** A question remembered for its "More" button. */
export interface RememberedQuestion {
  question: string;
}

/** What every feature shares: the dependencies and the small bounded state of the bot. */
export interface BotServices extends BotDeps {
  limiter: SlidingWindowLimiter;
  /** Questions behind "More" buttons, by short id. */
  questions: LRUCache<string, RememberedQuestion>;
  /** The question each recent answer message answered and what it cited, by `${chatId}:${messageId}`, for follow-ups. */
  answeredQuestions: LRUCache<string, FollowUp>;
  /** A new short id (base 36), unique within this process. */
  nextId(): string;
  /** Removes the token from text bound for logs. */
  describeError(error: unknown): string;
}

/** How many recent questions and answers the bot remembers for buttons and follow-ups. */
const REMEMBERED = 2_000;

export function createServices(deps: BotDeps, describeError: (error: unknown) => string): BotServices {
  let counter = 0;
  return {
    ...deps,
    limiter: new SlidingWindowLimiter(deps.config.rateLimitPerMinute, 60_000),
    questions: new LRUCache({ max: REMEMBERED }),
    answeredQuestions: new LRUCache({ max: REMEMBERED }),
    nextId: () => (counter++).toString(36),
    describeError,
  };
}
