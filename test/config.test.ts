import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTINGS, createConfig, requireBotToken } from '../src/config.ts';
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
  it('.env.example and README.md list every setting', () => {
    const example = readFileSync(path.join(root, '.env.example'), 'utf8');
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const setting of SETTINGS) {
      expect(example, setting.name).toMatch(new RegExp(`^${setting.name}=`, 'm'));
      expect(readme, setting.name).toContain(`\`${setting.name}\``);
    }
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
