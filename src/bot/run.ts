import http from 'node:http';
import { Readable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { GrammyError, webhookCallback } from 'grammy';
import { run } from '@grammyjs/runner';
import { AppError } from '../errors.ts';
import { serveMetrics } from '../metrics.ts';
import { ALLOWED_UPDATES, type QuestionBot } from './bot.ts';
import { commandMenu } from '../i18n/index.ts';
import { describeSafely } from './safe-error.ts';
import type { BotDeps } from './services.ts';

export interface RunningBot {
  /** Stops taking updates, lets every update in progress finish, then confirms them to Telegram. */
  stop(): Promise<void>;
  mode: 'polling' | 'webhook';
  /** The port the webhook server listens on (useful when config.port is 0). */
  port?: number;
  /**
   * Settles when the bot can no longer receive updates and should exit: polling gave up for
   * good (token revoked, or another instance is polling). Never settles in webhook mode.
   */
  fatal: Promise<AppError>;
}

export interface RunOptions {
  /** Long-poll timeout of getUpdates, in seconds (Telegram's maximum is 50). */
  pollTimeoutSeconds?: number;
  /**
   * Webhook mode: how long a webhook request waits for its update to be handled before it is
   * acknowledged anyway (the update keeps being handled). See `startWebhook`.
   */
  webhookAckMilliseconds?: number;
  /** Webhook mode: how long stop() waits for updates in progress and slow clients before cutting them off. */
  shutdownDeadlineMs?: number;
}

const DEFAULT_POLL_TIMEOUT_SECONDS = 30;
const DEFAULT_WEBHOOK_ACK_MS = 2_000;
const DEFAULT_SHUTDOWN_DEADLINE_MS = 10_000;
/** Telegram's updates are a few KB; a bigger body is refused before it is read. */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;
/** How long a refused body may keep arriving (discarded) before its connection is cut. */
const REFUSED_BODY_LINGER_MS = 1_000;
/** A request must arrive whole within this (Node's default of 5 minutes lets a trickling client hold a slot). */
const WEBHOOK_REQUEST_TIMEOUT_MS = 30_000;

/**
 * Registers the command menu in English (everyone) and Azerbaijani (users with language az).
 * A failure only costs the menu, so it is logged and the bot starts anyway.
 */
async function registerCommands(bot: QuestionBot, deps: BotDeps): Promise<void> {
  try {
    await bot.api.setMyCommands(commandMenu('en'));
    await bot.api.setMyCommands(commandMenu('az'), { language_code: 'az' });
  } catch (error) {
    deps.logger.warn('could not register the command menu', { error: describeSafely(error, bot.token) });
  }
}

/** getMe, with a clear error for a rejected token and no token in any message. */
async function initialise(bot: QuestionBot): Promise<void> {
  try {
    await bot.init();
  } catch (error) {
    if (error instanceof GrammyError && error.error_code === 401) {
      throw new AppError('BOT_TOKEN_INVALID', 'Telegram rejected BOT_TOKEN (401). Copy the token again from @BotFather into .env.');
    }
    throw new AppError('TELEGRAM_UNREACHABLE', `Could not reach the Telegram Bot API: ${describeSafely(error, bot.token)}`);
  }
}

/**
 * Starts the bot: long polling through @grammyjs/runner, or a webhook server when
 * config.webhookUrl is set. Resolves once the bot is taking updates.
 */
export async function runBot(bot: QuestionBot, deps: BotDeps, options: RunOptions = {}): Promise<RunningBot> {
  await initialise(bot);
  await registerCommands(bot, deps);
  const running = deps.config.webhookUrl === undefined ? await startPolling(bot, deps, options) : await startWebhook(bot, deps, options);
  deps.logger.info('bot started', { mode: running.mode, username: bot.botInfo.username });
  return running;
}

/**
 * Long polling. The runner handles up to config.botConcurrency updates at once; the bot's
 * sequentialize middleware keeps each chat in order.
 *
 * Why stop() does more than the runner's stop: the runner asks for the next batch (and so
 * confirms the previous one to Telegram) as soon as it has capacity, not when the updates are
 * handled, and its stop() aborts the pending getUpdates without waiting for handlers. So we
 * (1) stop fetching, (2) wait until every fetched update is handled, (3) confirm the newest
 * handled update with getUpdates(offset = id + 1). Nothing fetched is lost; nothing handled is
 * delivered again after a restart.
 */
async function startPolling(bot: QuestionBot, deps: BotDeps, options: RunOptions): Promise<RunningBot> {
  const { logger } = deps;
  // A webhook left from an earlier deployment would make getUpdates fail with 409.
  await bot.api.deleteWebhook({ drop_pending_updates: false });
  const handle = run(bot, {
    runner: {
      fetch: { timeout: options.pollTimeoutSeconds ?? DEFAULT_POLL_TIMEOUT_SECONDS, allowed_updates: [...ALLOWED_UPDATES] },
      // The runner would print raw errors, whose URLs hold the token; our transformer logs them safely.
      silent: true,
      // Keep polling through any outage; waits grow by 0.1 s per failure instead of doubling.
      retryInterval: 'quadratic',
      maxRetryTime: Number.POSITIVE_INFINITY,
    },
    sink: { concurrency: deps.config.botConcurrency },
  });
  // The runner gives up only on 401 (token revoked) and 409 (another instance is polling).
  const fatal = new Promise<AppError>((resolve) => {
    void handle.task()?.catch((error: unknown) => {
      const reason = describeSafely(error, bot.token);
      logger.error('polling stopped: the bot no longer receives updates (token revoked, or another instance running?)', { error: reason });
      resolve(new AppError('BOT_POLLING_STOPPED', `Polling stopped for good: ${reason}. Check BOT_TOKEN and that no other instance of this bot is running.`));
    });
  });
  let stopping: Promise<void> | undefined;
  return {
    mode: 'polling',
    fatal,
    stop: () =>
      (stopping ??= (async () => {
        if (handle.isRunning()) await handle.stop();
        await bot.inFlight.idle();
        const newest = bot.inFlight.maxUpdateId;
        if (newest !== undefined) {
          try {
            await bot.api.getUpdates({ offset: newest + 1, limit: 1, timeout: 0 });
          } catch (error) {
            logger.warn('could not confirm the last updates; Telegram may send them again', {
              error: describeSafely(error, bot.token),
            });
          }
        }
        logger.info('bot stopped', { mode: 'polling' });
      })()),
  };
}

/** The request body, or undefined as soon as it passes `limit` bytes (the rest is not read). */
function readBounded(req: http.IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

/**
 * Webhook mode: a node:http server with grammY's webhookCallback at the path of WEBHOOK_URL
 * (X-Telegram-Bot-Api-Secret-Token must equal WEBHOOK_SECRET, else 401), GET /healthz, and
 * GET /metrics (Prometheus text) when the bot has metrics.
 *
 * Timeout behaviour, chosen on purpose: Telegram re-sends an update whose request fails or
 * takes too long, which would answer a question twice. So a request waits at most
 * `webhookAckMilliseconds` (2 s) for its update; then it is acknowledged with 200 and the
 * update keeps being handled (onTimeout 'return'). Fast updates are thus acknowledged only
 * once handled (a crash before that lets Telegram re-send them); slow ones are never re-sent.
 * stop() closes the server and waits for every update in progress.
 */
async function startWebhook(bot: QuestionBot, deps: BotDeps, options: RunOptions): Promise<RunningBot> {
  const { config, logger, engine } = deps;
  const webhookUrl = config.webhookUrl!;
  const secret = config.webhookSecret;
  if (secret === undefined) throw new AppError('CONFIG_INVALID', 'WEBHOOK_SECRET is required when WEBHOOK_URL is set.');
  const path = new URL(webhookUrl).pathname;
  const callback = webhookCallback(bot, 'http', {
    secretToken: secret,
    onTimeout: 'return',
    timeoutMilliseconds: options.webhookAckMilliseconds ?? DEFAULT_WEBHOOK_ACK_MS,
  });

  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'GET' && pathname === '/healthz') {
      const status = engine.status();
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ ok: true, mode: status.mode, documents: status.documents, chunks: status.chunks, inFlight: bot.inFlight.size }));
      return;
    }
    if (req.method === 'GET' && pathname === '/metrics' && deps.metrics !== undefined) {
      serveMetrics(deps.metrics, res);
      return;
    }
    if (req.method === 'POST' && pathname === path) {
      const refuse = () => {
        res.writeHead(413, { 'Content-Type': 'text/plain' }).end('Request body too large\n');
        // The rest is discarded, never stored; closing at once, with bytes unread, would reset
        // the connection and could lose the 413 on its way, so the cut comes a moment later.
        req.removeAllListeners('data');
        req.resume();
        const cut = setTimeout(() => req.socket.destroy(), REFUSED_BODY_LINGER_MS);
        cut.unref();
        req.once('end', () => clearTimeout(cut));
        req.socket.once('close', () => clearTimeout(cut));
      };
      if (Number(req.headers['content-length'] ?? 0) > MAX_WEBHOOK_BODY_BYTES) {
        refuse();
        return;
      }
      // Read here, bounded (a body without a length too), then handed to grammY as it was.
      readBounded(req, MAX_WEBHOOK_BODY_BYTES)
        .then((body) => {
          if (body === undefined) {
            refuse();
            return undefined;
          }
          return callback(Object.assign(Readable.from([body]), { headers: req.headers }) as unknown as http.IncomingMessage, res);
        })
        .catch((error: unknown) => {
          logger.warn('webhook request failed', { error: describeSafely(error, bot.token) });
          if (!res.headersSent) res.writeHead(400).end();
        });
      return;
    }
    res.writeHead(404).end();
  });
  server.requestTimeout = WEBHOOK_REQUEST_TIMEOUT_MS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  try {
    await bot.api.setWebhook(webhookUrl, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] });
  } catch (error) {
    server.close();
    throw error;
  }

  let stopping: Promise<void> | undefined;
  return {
    mode: 'webhook',
    port,
    fatal: new Promise<AppError>(() => {}),
    stop: () =>
      (stopping ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        let timer: NodeJS.Timeout | undefined;
        const deadline = new Promise<'deadline'>((resolve) => (timer = setTimeout(() => resolve('deadline'), options.shutdownDeadlineMs ?? DEFAULT_SHUTDOWN_DEADLINE_MS)));
        try {
          if ((await Promise.race([bot.inFlight.idle(), deadline])) === 'deadline') {
            logger.warn('stopping: updates still in progress at the deadline are abandoned', { inFlight: bot.inFlight.size });
          }
          // Connections that were busy until now are idle; close them so close() can finish.
          server.closeIdleConnections();
          if ((await Promise.race([closed, deadline])) === 'deadline') {
            // A client still sending its request (or never finishing it) does not hold the stop.
            logger.warn('stopping: closing webhook connections still open at the deadline');
            server.closeAllConnections();
            await closed;
          }
        } finally {
          clearTimeout(timer);
        }
        logger.info('bot stopped', { mode: 'webhook' });
      })()),
  };
}
