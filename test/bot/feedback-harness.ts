import type { Engine } from '../../src/engine.ts';
import type { BotConfig, BotDeps, RunOptions } from '../../src/bot/index.ts';
import { startHarness, type Harness } from './harness.ts';

/** startHarness, with the feedback store and metrics the bot gets from `npm start`. */
export function startHarnessWith(
  engine: Engine,
  extra: Pick<BotDeps, 'feedback' | 'metrics'>,
  overrides: Partial<BotConfig> = {},
  options: RunOptions = {},
): Promise<Harness> {
  return startHarness(engine, overrides, options, extra);
}
