import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTINGS, createConfig, requireBotToken } from '../src/config.ts';
import { envExample, settingsTable, withSettingsTable } from '../src/settings-docs.ts';
import { isAppError } from '../src/errors.ts';

const root = path.resolve(import.meta.dirname, '..');

function configError(env: Record<string, string>): { code: string; problems: string[] } {
  try {
    createConfig(env, '/srv/bot');
  } catch (error) {
    if (isAppError(error)) return { code: error.code, problems: error.context.problems as string[] };
    throw error;
  }
  throw new Error('createConfig accepted invalid settings');
}

describe('createConfig', () => {
  it('applies defaults and resolves folders against the working directory', () => {
    const config = createConfig({}, '/srv/bot');
    expect(config.seedsDir).toBe('/srv/bot/seeds');
    expect(config.dataDir).toBe('/srv/bot/data');
    expect(config.embeddingModel).toBe('Xenova/multilingual-e5-small');
    expect(config.allowRemoteModels).toBe(true);
    expect(config.botToken).toBeUndefined();
    expect(config.webhookUrl).toBeUndefined();
    expect(config.telegramApiRoot).toBe('https://api.telegram.org');
    expect(Object.keys(config)).toEqual(Object.keys(SETTINGS));
  });

  it('reads every documented setting', () => {
    const config = createConfig(
      {
        SEEDS_DIR: '/corpus',
        ALLOW_REMOTE_MODELS: 'false',
        TOP_K: '7',
        HNSW_EF_SEARCH: '300',
        TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/',
        WEBHOOK_URL: 'https://bot.example.org/hook',
        WEBHOOK_SECRET: 's3cret_token',
        LOG_LEVEL: 'DEBUG',
      },
      '/srv/bot',
    );
    expect(config.seedsDir).toBe('/corpus');
    expect(config.allowRemoteModels).toBe(false);
    expect(config.topK).toBe(7);
    expect(config.hnswEfSearch).toBe(300);
    expect(config.telegramApiRoot).toBe('http://127.0.0.1:8081');
    expect(config.webhookSecret).toBe('s3cret_token');
    expect(config.logLevel).toBe('debug');
  });

  it('reads admin user ids as a list of distinct numbers and refuses anything else', () => {
    expect(createConfig({}, '/srv/bot').adminUserIds).toEqual([]);
    expect(createConfig({ ADMIN_USER_IDS: ' 42, 7,42 ' }, '/srv/bot').adminUserIds).toEqual([42, 7]);
    const { problems } = configError({ ADMIN_USER_IDS: '42,@alice,-3' });
    expect(problems.join('\n')).toMatch(/ADMIN_USER_IDS .*@alice, -3/);
  });

  it('treats empty values as unset', () => {
    expect(createConfig({ TOP_K: '', BOT_TOKEN: '  ' }).topK).toBe(5);
    expect(createConfig({ BOT_TOKEN: '  ' }).botToken).toBeUndefined();
  });

  it('reports every invalid setting at once with a code', () => {
    const { code, problems } = configError({ TOP_K: 'many', PORT: '70000', ALLOW_REMOTE_MODELS: 'maybe', TELEGRAM_API_ROOT: 'ftp://x' });
    expect(code).toBe('CONFIG_INVALID');
    expect(problems.map((p) => p.split(' ')[0]).sort()).toEqual(['ALLOW_REMOTE_MODELS', 'PORT', 'TELEGRAM_API_ROOT', 'TOP_K']);
  });

  it('says what each bad value should be, quoting it (except a secret)', () => {
    const { problems } = configError({ TOP_K: 'many', LOG_LEVEL: 'Loud', EMBEDDING_MODEL: 'a b', WEBHOOK_URL: 'https://x.org', WEBHOOK_SECRET: 'top secret' });
    expect(problems).toEqual([
      'EMBEDDING_MODEL must look like "owner/name" (got "a b")',
      'TOP_K must be a whole number from 1 to 50 (got "many")',
      'WEBHOOK_SECRET may use only A-Z, a-z, 0-9, _ and -, at most 256 characters',
      'LOG_LEVEL must be one of debug, info, warn, error (got "loud")',
    ]);
  });

  it('requires a well-formed secret with a webhook URL', () => {
    expect(configError({ WEBHOOK_URL: 'https://bot.example.org/hook' }).problems.join()).toMatch(/WEBHOOK_SECRET is required/);
    expect(configError({ WEBHOOK_URL: 'https://x.org', WEBHOOK_SECRET: 'has space' }).problems.join()).toMatch(/WEBHOOK_SECRET may use/);
  });
});

describe('requireBotToken', () => {
  it('explains a missing or malformed token without echoing it', () => {
    expect(() => requireBotToken(createConfig({}))).toThrow(/BotFather/);
    try {
      requireBotToken(createConfig({ BOT_TOKEN: 'not-a-token-secret-value' }));
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error, 'BOT_TOKEN_INVALID')).toBe(true);
      expect(String((error as Error).message)).not.toContain('not-a-token-secret-value');
    }
    expect(requireBotToken(createConfig({ BOT_TOKEN: '123456:ABCdefGhIJKlmNoPQRsTUVwxyZ12345' }))).toMatch(/^123456:/);
  });
});

describe('settings of the growing corpus', () => {
  it('read allowed chat ids (groups negative), private URLs and watching, and refuse bad values', () => {
    const defaults = createConfig({}, '/srv/bot');
    expect(defaults.allowedChatIds).toEqual([]);
    expect(defaults.allowPrivateUrls).toBe(false);
    expect(defaults.watchSeeds).toBe(true);
    const config = createConfig({ ALLOWED_CHAT_IDS: '42, -1001234567890,42', ALLOW_PRIVATE_URLS: 'true', WATCH_SEEDS: 'false' }, '/srv/bot');
    expect(config.allowedChatIds).toEqual([42, -1001234567890]);
    expect(config.allowPrivateUrls).toBe(true);
    expect(config.watchSeeds).toBe(false);
    const { problems } = configError({ ALLOWED_CHAT_IDS: '42,@group', WATCH_SEEDS: 'sometimes' });
    expect(problems.join('\n')).toMatch(/ALLOWED_CHAT_IDS .*@group/);
    expect(problems.join('\n')).toMatch(/WATCH_SEEDS/);
  });
});

describe('documentation of settings', () => {
  const example = readFileSync(path.join(root, '.env.example'), 'utf8');
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

  it('.env.example and README.md are the ones generated from the schema (npm run settings-docs)', () => {
    expect(example).toBe(envExample());
    expect(readme).toBe(withSettingsTable(readme));
  });

  it('list exactly the settings of the schema, with its defaults', () => {
    const declared = Object.values(SETTINGS).map((s) => `${s.env}=${s.default}`);
    expect([...example.matchAll(/^([A-Z_]+)=(.*)$/gm)].map(([, name, value]) => `${name}=${value}`)).toEqual(declared);
    const rows = [...readme.matchAll(/^\| `([A-Z_]+)` \| (?:`([^`]*)`|\(empty\)) \|/gm)].map(([, name, value]) => `${name}=${value ?? ''}`);
    expect(rows).toEqual(declared);
  });

  it('catch a setting missing from the docs, one the schema lacks, and another default', () => {
    const row = (name: string, value: string) => `| \`${name}\` | \`${value}\` | x | y |`;
    const table = settingsTable();
    expect(withSettingsTable(`# R\n\n${table}\n`)).toBe(`# R\n\n${table}\n`);
    expect(withSettingsTable(`# R\n\n${table.replace(/^\| `TOP_K`.*\n/m, '')}\n`)).not.toBe(`# R\n\n${table.replace(/^\| `TOP_K`.*\n/m, '')}\n`);
    const extra = `# R\n\n${table}\n${row('NOT_A_SETTING', '1')}\n`;
    expect(withSettingsTable(extra)).not.toBe(extra);
    const otherDefault = `# R\n\n${table.replace('| `TOP_K` | `5` |', '| `TOP_K` | `6` |')}\n`;
    expect(withSettingsTable(otherDefault)).not.toBe(otherDefault);
    expect(envExample().replace('TOP_K=5', 'TOP_K=6')).not.toBe(envExample());
  });
});

describe('feedback and metrics settings', () => {
  it('record questions for 90 days by default, without a metrics port', () => {
    const config = createConfig({}, '/srv/bot');
    expect(config.questionLog).toBe(true);
    expect(config.retentionDays).toBe(90);
    expect(config.metricsPort).toBeUndefined();
  });

  it('reads QUESTION_LOG, RETENTION_DAYS and METRICS_PORT, and refuses nonsense', () => {
    const config = createConfig({ QUESTION_LOG: 'false', RETENTION_DAYS: '7', METRICS_PORT: '9464' }, '/srv/bot');
    expect(config).toMatchObject({ questionLog: false, retentionDays: 7, metricsPort: 9464 });
    const { problems } = configError({ QUESTION_LOG: 'sometimes', RETENTION_DAYS: '0', METRICS_PORT: 'http' });
    expect(problems.map((p) => p.split(' ')[0]).sort()).toEqual(['METRICS_PORT', 'QUESTION_LOG', 'RETENTION_DAYS']);
  });
});
