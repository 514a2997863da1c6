import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pushText, privateChat, user } from './bot/harness.ts';
import { startFakeBotApi, type FakeBotApi } from './helpers/fake-bot-api.ts';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { makeDocx, makeHtmlPage, makePdf } from './helpers/documents.ts';
import { createWorkspace, type Workspace } from './helpers/workspace.ts';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const TOKEN = '123456789:AAHfakeTokenForTheStartTest_0123456789';

/** `npm start` as a user runs it (node bin/run.mjs start: the bundled sources), in its own process. */
function startBot(env: Record<string, string>) {
  const child = spawn(process.execPath, ['bin/run.mjs', 'start'], {
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
