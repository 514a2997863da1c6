/** The Telegram bot: `createBot` builds it (no network), `runBot` starts it and returns a handle to stop it. */
export { createBot, ALLOWED_UPDATES, QuestionBot } from './bot.ts';
export { runBot, type RunningBot, type RunOptions } from './run.ts';
export type { BotConfig, BotDeps } from './services.ts';
