import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConfig } from '../src/config.ts';
import { createEngine } from '../src/engine.ts';
import { LOCK_FILE } from '../src/index/lock.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushText, privateChat, user } from './bot/harness.ts';
import { startFakeBotApi, type FakeBotApi } from './helpers/fake-bot-api.ts';
import { createWorkspace, type Workspace } from './helpers/workspace.ts';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const TOKEN = '123456789:AAHfakeTokenForTheStartTest_0123456789';

/** `npm start` as a user runs it (node bin/run.mjs start: the bundled sources), in its own process. */
function startBot(env: Record<string, string>, command: [string, string[]] = [process.execPath, ['bin/run.mjs', 'start']]) {
  const child = spawn(command[0], command[1], {
    cwd: REPO,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += String(d)));
  child.stderr.on('data', (d) => (output += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

describe('npm start', () => {
  let ws: Workspace;
  let fake: FakeBotApi;
  beforeAll(async () => {
    ws = await createWorkspace();
    fake = await startFakeBotApi();
  });
  afterAll(async () => {
    await fake?.close();
    ws?.remove();
  });

  it('builds the index, answers, and stops cleanly on SIGTERM without leaking the token', async () => {
    const bot = startBot({ ...ws.env, LOG_LEVEL: 'info', BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.url });
    await fake.waitFor(() => fake.callsOf('getUpdates').length > 0);
    expect(fake.callsOf('setMyCommands').length).toBeGreaterThan(0);

    const update = pushText(fake, privateChat(42), user(42), 'Who did Jeyhun Bayramov receive on May 23?');
    await fake.waitForCalls('sendMessage', 1);
    const reply = fake.callsOf('sendMessage')[0]!.params as { text: string; parse_mode: string };
    expect(reply.parse_mode).toBe('HTML');
    expect(reply.text).toContain('Kang Kymgu');

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    // The handled update was confirmed to Telegram: a restart would not answer it again.
    expect(fake.unconfirmed().map((u) => u.update_id)).not.toContain(update.update_id);
    expect(bot.output()).toMatch(/index saved|ingest finished/);
    expect(bot.output()).not.toContain(TOKEN);
  });

  it('exits with an error when Telegram says another instance is polling (409)', async () => {
    const conflict = await startFakeBotApi();
    try {
      conflict.fail('getUpdates', { kind: 'error', status: 409, description: 'Conflict: terminated by other getUpdates request' }, 100);
      const bot = startBot({ ...ws.env, BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: conflict.url });
      expect(await bot.exited).toBe(1);
      expect(bot.output()).toMatch(/error: Polling stopped for good: .*409.*no other instance/);
      expect(bot.output()).not.toContain(TOKEN);
    } finally {
      await conflict.close();
    }
  });

  it('explains a missing token in one line', async () => {
    const bot = startBot({ ...ws.env });
    expect(await bot.exited).toBe(1);
    expect(bot.output().trim().split('\n')).toEqual([expect.stringMatching(/^error: BOT_TOKEN is not set\. .*@BotFather/)]);
  });

  it('stops the bot when the npm process gets SIGTERM, and npm returns its exit code', async () => {
    const api = await startFakeBotApi();
    try {
      const npm = startBot({ ...ws.env, LOG_LEVEL: 'info', BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url }, ['npm', ['start']]);
      await api.waitFor(() => api.callsOf('getUpdates').length > 0);
      npm.child.kill('SIGTERM');
      expect(await npm.exited).toBe(0);
      // The bot itself stopped (it logs this last), rather than polling on as an orphan.
      expect(npm.output()).toMatch(/bot stopped/);
    } finally {
      await api.close();
    }
  });

  it('answers from the last good index while another process holds the ingest lock', async () => {
    const own = await createWorkspace();
    const api = await startFakeBotApi();
    const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      await (await createEngine(createConfig(own.env))).engine.close();
      fs.writeFileSync(path.join(own.seedsDir, 'new.txt'), 'A newer report\n\nBAKU, June 1. A document added after the index was built.');
      fs.writeFileSync(path.join(own.dataDir, LOCK_FILE), JSON.stringify({ pid: holder.pid, host: (await import('node:os')).hostname(), since: 'now' }));
      const bot = startBot({ ...own.env, LOG_LEVEL: 'info', BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url });
      await api.waitFor(() => api.callsOf('getUpdates').length > 0);
      pushText(api, privateChat(43), user(43), 'Who did Jeyhun Bayramov receive on May 23?');
      await api.waitForCalls('sendMessage', 1);
      expect(String(api.callsOf('sendMessage')[0]!.params.text)).toContain('Kang Kymgu');
      expect(bot.output().match(/answering from the last good index/g)).toHaveLength(1);
      expect(bot.output()).toMatch(/Another ingest is writing the index/);
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
      // The other process's lock is left alone.
      expect(fs.existsSync(path.join(own.dataDir, LOCK_FILE))).toBe(true);
    } finally {
      holder.kill('SIGKILL');
      await api.close();
      own.remove();
    }
  });

  it('logs a line and exits cleanly on SIGTERM during the first ingest', async () => {
    const own = await createWorkspace();
    const api = await startFakeBotApi();
    try {
      // Enough passages that the signal lands while they are being embedded.
      const words = fs.readFileSync(path.join(own.seedsDir, fs.readdirSync(own.seedsDir)[0]!), 'utf8').match(/\p{L}{4,}/gu)!;
      for (let d = 0; d < 150; d += 1) {
        const sentences = Array.from({ length: 12 }, (_, i) => `${words.slice((d * 7 + i * 5) % (words.length - 12), ((d * 7 + i * 5) % (words.length - 12)) + 12).join(' ')}.`);
        fs.writeFileSync(path.join(own.seedsDir, `bulk-${d}.txt`), `Bulk report ${d}\n\n${sentences.join(' ')}`);
      }
      const bot = startBot({ ...own.env, LOG_LEVEL: 'info', BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, EMBED_BATCH_SIZE: '1' });
      await new Promise<void>((resolve) => bot.child.stderr.on('data', () => /embedding passages: \d+\/\d+/.test(bot.output()) && resolve()));
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
      expect(bot.output()).toMatch(/stopped by SIGTERM while starting; the last good index is kept/);
      expect(fs.existsSync(path.join(own.dataDir, LOCK_FILE))).toBe(false);
      expect(api.callsOf('getUpdates')).toEqual([]);
    } finally {
      await api.close();
      own.remove();
    }
  });
});
