import type { Engine } from '../../src/engine.ts';
import { createBot, runBot, type BotConfig, type BotDeps, type RunOptions } from '../../src/bot/index.ts';
import { createLogger } from '../../src/log.ts';
import { startFakeBotApi } from '../helpers/fake-bot-api.ts';
import { BASE_CONFIG, TOKEN, type Harness } from './harness.ts';

/** startHarness, with the feedback store and metrics the bot gets from `npm start`. */
export async function startHarnessWith(
  engine: Engine,
  extra: Pick<BotDeps, 'feedback' | 'metrics'>,
  overrides: Partial<BotConfig> = {},
  options: RunOptions = {},
): Promise<Harness> {
  const fake = await startFakeBotApi();
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => logs.push(line) });
  const config: BotConfig = { ...BASE_CONFIG, telegramApiRoot: fake.url, ...overrides };
  const deps: BotDeps = { engine, config, logger, ...extra };
  const bot = createBot(TOKEN, deps);
  const running = await runBot(bot, deps, { pollTimeoutSeconds: 1, ...options });
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
