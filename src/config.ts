import path from 'node:path';
import { z } from 'zod';
import { AppError } from './errors.ts';
import { SETTINGS, type Config, type SettingKey } from './settings.ts';

export { SETTINGS, type Config };

type Env = Readonly<Record<string, string | undefined>>;

const KEYS = Object.keys(SETTINGS) as SettingKey[];
const CONFIG_SCHEMA = z.object(Object.fromEntries(KEYS.map((key) => [key, SETTINGS[key].schema])) as { [K in SettingKey]: (typeof SETTINGS)[K]['schema'] });

/**
 * Reads and validates every setting at once (src/settings.ts declares them). Relative paths
 * resolve against `cwd`. Throws AppError CONFIG_INVALID listing every problem found, not just the first.
 */
export function createConfig(env: Env = {}, cwd: string = process.cwd()): Config {
  const texts: Partial<Record<SettingKey, string>> = {};
  for (const key of KEYS) {
    const text = env[SETTINGS[key].env]?.trim() || SETTINGS[key].default;
    if (text !== '') texts[key] = text;
  }
  const problems: string[] = [];
  if (texts.webhookUrl !== undefined && texts.webhookSecret === undefined) problems.push('WEBHOOK_SECRET is required when WEBHOOK_URL is set');

  const parsed = CONFIG_SCHEMA.safeParse(texts);
  if (!parsed.success) {
    const named = new Set<SettingKey>();
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as SettingKey;
      // One problem per setting: the first thing wrong with it.
      if (named.has(key)) continue;
      named.add(key);
      problems.push(`${SETTINGS[key].env} ${issue.message}`);
    }
  }
  if (!parsed.success || problems.length > 0) {
    throw new AppError('CONFIG_INVALID', `Invalid settings:\n- ${problems.join('\n- ')}`, { problems });
  }
  // Every key present, also those not set (undefined), as Config lists them.
  const values: Partial<Record<SettingKey, unknown>> = {};
  for (const key of KEYS) {
    const value = parsed.data[key];
    values[key] = SETTINGS[key].folder === true ? path.resolve(cwd, value as string) : value;
  }
  return Object.freeze(values as Config);
}

/** EMBEDDING_MODEL values that choose lexical (BM25) retrieval on purpose: `none` (or `none/none`). */
export function isLexicalOnPurpose(modelId: string): boolean {
  return /^none(\/none)?$/iu.test(modelId);
}

/** Checks BOT_TOKEN only when the bot is started; the CLI works without one. */
export function requireBotToken(config: Config): string {
  const token = config.botToken;
  if (token === undefined) {
    throw new AppError('BOT_TOKEN_INVALID', 'BOT_TOKEN is not set. Create a bot with @BotFather and put its token in .env (see .env.example).');
  }
  if (!/^\d{3,20}:[A-Za-z0-9_-]{20,}$/.test(token)) {
    throw new AppError('BOT_TOKEN_INVALID', 'BOT_TOKEN does not look like a bot token ("123456:ABC..."). Copy it again from @BotFather into .env.');
  }
  return token;
}
