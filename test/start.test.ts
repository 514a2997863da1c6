import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConfig } from '../src/config.ts';
import { createEngine } from '../src/engine.ts';
import { LOCK_FILE } from '../src/index/lock.ts';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pushText, privateChat, user } from './bot/harness.ts';
import { startFakeBotApi, type FakeBotApi } from './helpers/fake-bot-api.ts';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { makeDocx, makeHtmlPage, makePdf } from './helpers/documents.ts';
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
  let signal: NodeJS.Signals | null = null;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code, by) => {
      signal = by;
      resolve(code);
    }),
  );
  // How the process ended when it did not exit itself (a signal's default action, a crash), for a failure's message.
  return { child, exited, output: () => output, endedBy: () => `signal ${String(signal)}; output: ${output.slice(-600)}` };
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

  it('watches SEEDS_DIR unless WATCH_SEEDS=false', async () => {
    for (const watch of ['true', 'false']) {
      const api = await startFakeBotApi();
      const bot = startBot({ ...ws.env, LOG_LEVEL: 'info', BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, WATCH_SEEDS: watch });
      try {
        await api.waitFor(() => api.callsOf('getUpdates').length > 0);
        // The watcher is set up before the bot starts polling, so by now its line would have been written.
        if (watch === 'true') await vi.waitFor(() => expect(bot.output()).toContain('watching for document changes'), { timeout: 30_000 });
        else expect(bot.output()).not.toContain('watching for document changes');
      } finally {
        bot.child.kill('SIGTERM');
        expect(await bot.exited).toBe(0);
        await api.close();
      }
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
      // The index is updated in the background: its failure is logged once it happens.
      await new Promise<void>((resolve) => {
        const check = () => /answering from the last good index/.test(bot.output()) && resolve();
        check();
        bot.child.stderr.on('data', check);
      });
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
      expect(await bot.exited, bot.endedBy()).toBe(0);
      expect(bot.output()).toMatch(/stopped by SIGTERM while starting; the last good index is kept/);
      expect(fs.existsSync(path.join(own.dataDir, LOCK_FILE))).toBe(false);
      expect(api.callsOf('getUpdates')).toEqual([]);
    } finally {
      await api.close();
      own.remove();
    }
  });

  it('takes documents from an admin and from SEEDS_DIR while it runs, in the bundled code', async () => {
    const admin = 4242;
    const page = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' }).end(
        makeHtmlPage({ title: 'Numbat summit gathers investors', paragraphs: ['BAKU, June 11. The Numbat summit in Baku gathered Korean investors in green energy, Azertag reported.', 'Delegates signed three agreements on solar plants.'] }),
      );
    });
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    const bot = startBot({ ...ws.env, LOG_LEVEL: 'info', BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.url, ADMIN_USER_IDS: String(admin), ALLOW_PRIVATE_URLS: 'true' });
    try {
      await fake.waitFor(() => fake.callsOf('getUpdates').length > 0);
      const sent = () => fake.callsOf('sendMessage').filter((c) => Number(c.params.chat_id) === admin).map((c) => String(c.params.text));
      const send = (bytes: Buffer, name: string) =>
        fake.push({ message: { message_id: sent().length + 1, date: 0, chat: privateChat(admin), from: user(admin), document: fake.addFile(bytes, name) } } as never);
      send(makePdf([['Wombat fund for students', 'SEOUL, May 30. The Wombat fund will pay for fifty Azer-', 'baijani students, Yonhap reported.']]), 'wombat.pdf');
      await fake.waitFor(() => sent().length >= 1);
      send(await makeDocx(['Bilby memorandum', 'BAKU, April 9. Azerbaijan and Korea signed the Bilby memorandum on tourism, the ministry told Trend.']), 'bilby.docx');
      await fake.waitFor(() => sent().length >= 2);
      expect(sent()[0]).toMatch(/Added[\s\S]*Yonhap[\s\S]*added\/.*wombat\.pdf/u);
      expect(sent()[1]).toMatch(/Added[\s\S]*added\/.*bilby\.docx/u);
      pushText(fake, privateChat(admin), user(admin), `/add http://127.0.0.1:${(page.address() as AddressInfo).port}/news/numbat`);
      await fake.waitFor(() => sent().length >= 3);
      expect(sent()[2]).toMatch(/Added[\s\S]*Numbat summit gathers investors[\s\S]*Azertag/u);

      const swaps = () => bot.output().split('index updated after a change on disk').length;
      const swapsBefore = swaps();
      writeFileSync(path.join(ws.seedsDir, 'koala.txt'), 'Koala exhibition\n\nBAKU, July 1. The Koala exhibition of Korean ceramics opened in Baku, Report said.');
      await vi.waitFor(() => expect(swaps()).toBeGreaterThan(swapsBefore), { timeout: 60_000, interval: 50 });
      const asked = sent().length;
      pushText(fake, privateChat(admin), user(admin), 'What did the Koala exhibition show?');
      await fake.waitFor(() => sent().length > asked);
      // Cited: the new document is among the answer's sources.
      expect(sent().at(-1)).toMatch(/Sources[\s\S]*Koala exhibition/u);
      const before = sent().length;
      pushText(fake, privateChat(admin), user(admin), 'How many students will the Wombat fund pay for?');
      await fake.waitFor(() => sent().length > before);
      expect(sent().at(-1)).toMatch(/Sources[\s\S]*Wombat fund for students/u);
    } finally {
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
      page.closeAllConnections();
      page.close();
    }
    expect(bot.output()).not.toContain(TOKEN);
  });
});
