import { Bot, type BotError } from 'grammy';
import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { LRUCache } from 'lru-cache';
import { accessFeature } from './features/access.ts';
import { adminFeature } from './features/admin.ts';
import { askFeature } from './features/ask.ts';
import { buttonsFeature } from './features/buttons.ts';
import { helpFeature } from './features/help.ts';
import { ignoredFeature } from './features/ignored.ts';
import { inlineFeature } from './features/inline.ts';
import { sourcesFeature } from './features/sources.ts';
import { statsFeature } from './features/stats.ts';
import { statusFeature } from './features/status.ts';
import { votesFeature } from './features/votes.ts';
import { i18n, type BotContext } from './i18n.ts';
import { InFlightUpdates } from './in-flight.ts';
import { describeSafely } from './safe-error.ts';
import { createServices, type BotDeps, type BotServices } from './services.ts';

/** The updates the bot asks Telegram for; edits and channel posts are not among them. */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query'] as const;

/**
 * Telegram asks to wait `retry_after` seconds on 429; waits longer than this fail the request
 * instead of holding an answer for minutes. 5xx answers are retried with backoff (3 s, 6 s).
 */
const RETRY = { maxRetryAttempts: 3, maxDelaySeconds: 30 } as const;

/**
 * A request that hangs holds up its whole chat (updates of a chat are handled in order), so
 * requests time out well before grammY's default of 500 s, yet after the longest long poll (50 s).
 */
const REQUEST_TIMEOUT_SECONDS = 75;

/** Recent update ids remembered to drop repeats (Telegram re-sends within minutes, not thousands later). */
const SEEN_UPDATES = 10_000;

/** A grammY bot with what `runBot` needs to stop without losing or repeating updates. */
export class QuestionBot extends Bot<BotContext> {
  readonly inFlight = new InFlightUpdates();
}

/**
 * Builds and configures the bot. Starts nothing and makes no request: `runBot` does that.
 * The token is registered with the logger's redaction at once.
 */
export function createBot(token: string, deps: BotDeps): QuestionBot {
  const { logger, config } = deps;
  logger.redact(token);
  const describe = (error: unknown) => describeSafely(error, token);
  const services = createServices(deps, describe);

  const bot = new QuestionBot(token, { client: { apiRoot: config.telegramApiRoot, timeoutSeconds: REQUEST_TIMEOUT_SECONDS } });

  // Network errors (HttpError) are not retried: Telegram may have received a sendMessage that
  // failed on the way back, and a retry would deliver it twice. The runner retries getUpdates.
  bot.api.config.use(autoRetry({ ...RETRY, rethrowHttpErrors: true }));
  bot.api.config.use(async (prev, method, payload, signal) => {
    try {
      const response = await prev(method, payload, signal);
      // Refusals by Telegram come back as responses (they are thrown later); network failures are thrown here.
      if (!response.ok) deps.metrics?.telegramErrors.inc({ method });
      return response;
    } catch (error) {
      if (signal?.aborted !== true) deps.metrics?.telegramErrors.inc({ method });
      if (signal?.aborted !== true) logger.warn('Telegram request failed', { method, error: describe(error) });
      throw error;
    }
  });

  // First: an update Telegram sends again (a webhook call it thought had failed) is answered once.
  const seen = new LRUCache<number, true>({ max: SEEN_UPDATES });
  bot.use(async (ctx, next) => {
    const id = ctx.update.update_id;
    if (seen.get(id) !== undefined) {
      logger.info('update received again: already handled, ignored', { update: id });
      return;
    }
    seen.set(id, true);
    await next();
  });
  // Then count the update for draining, and keep each chat's updates in order.
  bot.use((ctx, next) => bot.inFlight.track(ctx.update.update_id, next));
  bot.use(sequentialize((ctx: BotContext) => (ctx.chat !== undefined ? String(ctx.chat.id) : undefined)));
  // Every feature and the apology read their text from ctx.t, in the sender's language.
  bot.use(i18n());

  const features = [
    accessFeature(services),
    adminFeature(services),
    helpFeature(services),
    statusFeature(services),
    sourcesFeature(services),
    statsFeature(services),
    votesFeature(services),
    buttonsFeature(services),
    inlineFeature(services),
    askFeature(services),
    ignoredFeature(),
  ];
  bot.errorBoundary((error) => apologise(error, services), ...features);

  // Reached only if the boundary's own handler fails; the bot keeps running.
  bot.catch((error) => {
    logger.error('update failed', { update: error.ctx.update.update_id, error: describe(error.error) });
  });
  return bot;
}

/** Logs a failed update with its id and tells the user briefly; never throws. */
async function apologise(error: BotError<BotContext>, services: BotServices): Promise<void> {
  const ctx = error.ctx;
  services.logger.error('update failed', { update: ctx.update.update_id, error: services.describeError(error.error) });
  const text = ctx.t.apology;
  try {
    // A button press is answered in its pop-up, unless it was answered already (then in the chat).
    if (ctx.callbackQuery !== undefined) {
      const answered = await ctx.answerCallbackQuery({ text, show_alert: true }).then(
        () => true,
        () => false,
      );
      if (answered || ctx.chat === undefined) return;
    }
    if (ctx.message !== undefined || ctx.callbackQuery?.message !== undefined) {
      const replyTo = ctx.msg?.message_id;
      const threaded = ctx.chat?.type !== 'private' && replyTo !== undefined;
      await ctx.reply(text, threaded ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {});
    }
  } catch (sendError) {
    services.logger.warn('apology not delivered', { update: ctx.update.update_id, error: services.describeError(sendError) });
  }
}
