import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../src/answer/types.ts';
import { createConfig } from '../../src/config.ts';
import { createLiveEngine, type LiveEngine } from '../../src/live-engine.ts';
import { watchCorpus, type CorpusWatcher } from '../../src/watch.ts';
import { makeDocx, makeHtmlPage, makePdf } from '../helpers/documents.ts';
import { BOT_USER, type FakeBotApi } from '../helpers/fake-bot-api.ts';
import { gatedModel } from '../helpers/gated-model.ts';
import { createWorkspace, type Workspace } from '../helpers/workspace.ts';
import { TEST_DOCUMENTS, TEST_MAX_QUESTION_CHARS } from './engine-factory.ts';
import { ObservedEngine, privateChat, pushText, sentTexts, startHarness, TOKEN, user, type Harness } from './harness.ts';

const ADMIN = 4242;
const STRANGER = 5151;
/** Generous: these wait for events (an ingest, a file-system notice), they do not measure speed. */
const WAIT = { timeout: 30_000, interval: 50 };

let nextMessageId = 70_000;

function pushDocument(fake: FakeBotApi, from: number, bytes: Buffer, fileName: string, languageCode = 'en'): void {
  fake.push({
    message: { message_id: nextMessageId++, date: Math.floor(Date.now() / 1000), chat: privateChat(from), from: user(from, languageCode), document: fake.addFile(bytes, fileName) },
  } as never);
}

function pushButton(fake: FakeBotApi, from: number, data: string, id: string): void {
  const message = { message_id: nextMessageId++, date: 0, chat: privateChat(from), from: BOT_USER, text: 'summary' };
  fake.push({ callback_query: { id, from: user(from), chat_instance: 'ci', data, message } } as never);
}

describe('admins grow the corpus from Telegram', () => {
  let ws: Workspace;
  let live: LiveEngine;
  let observed: ObservedEngine;
  let harness: Harness;
  let watcher: CorpusWatcher;
  let page: http.Server;
  let pageUrl: string;
  const model = gatedModel();
  /** Every answer the bot sent, with its citations' sources. */
  const answers: Answer[] = [];

  beforeAll(async () => {
    ws = await createWorkspace({ withSeeds: false });
    mkdirSync(ws.seedsDir, { recursive: true });
    for (const doc of TEST_DOCUMENTS) writeFileSync(path.join(ws.seedsDir, doc.name), doc.text);
    const config = createConfig({ ...ws.env, MAX_QUESTION_CHARS: String(TEST_MAX_QUESTION_CHARS), LOG_LEVEL: 'error', TOP_K: '2' });
    live = await createLiveEngine(config, { createEmbedder: model.factory });
    watcher = await watchCorpus(live, config, { debounceMs: 100 });
    observed = new ObservedEngine(live);
    observed.intercept = async (question, options, real) => {
      const answer = await real(question, options);
      answers.push(answer);
      return answer;
    };
    harness = await startHarness(observed, { adminUserIds: [ADMIN], allowPrivateUrls: true }, {}, { corpus: live });
    page = http.createServer((req, res) => {
      if (req.url === '/news/numbat') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(
          makeHtmlPage({
            title: 'Numbat summit gathers investors',
            published: '2024-06-11T09:00:00Z',
            paragraphs: [
              'BAKU, June 11. The Numbat summit in Baku gathered Korean investors in green energy, Azertag reported.',
              'Delegates from Seoul signed three agreements on solar plants during the Numbat summit.',
            ],
          }),
        );
      } else if (req.url === '/old') {
        res.writeHead(301, { Location: '/news/numbat' }).end();
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    model.open();
    await harness?.stop();
    await watcher?.close();
    await live?.close();
    await new Promise<void>((resolve) => (page ? page.close(() => resolve()) : resolve()));
    ws?.remove();
  });

  const repliesTo = async (chatId: number, count: number) => {
    await harness.fake.waitFor(() => sentTexts(harness.fake, chatId).length >= count);
    return sentTexts(harness.fake, chatId);
  };
  const ask = async (chatId: number, question: string): Promise<string[]> => {
    const before = answers.length;
    const replies = sentTexts(harness.fake, chatId).length;
    pushText(harness.fake, privateChat(chatId), user(chatId), question);
    await repliesTo(chatId, replies + 1);
    return answers[before]!.citations.map((c) => c.source);
  };
  const addedFiles = () => (existsSync(path.join(ws.seedsDir, 'added')) ? readdirSync(path.join(ws.seedsDir, 'added')) : []);

  it.each([
    ['press-release.pdf', async () => makePdf([['Wombat fund for students', 'SEOUL, May 30. The Wombat fund will pay for fifty Azer-', 'baijani students at Korean universities, Yonhap reported.']]), 'How many students will the Wombat fund pay for?'],
    ['saved page.html', async () => Buffer.from(makeHtmlPage({ title: 'Quokka bridge opens', canonical: 'https://example.az/quokka', paragraphs: ['SEOUL, May 2. The Quokka bridge between the two capitals opened for traffic today, Yonhap reported.', 'Officials from both countries attended the ceremony at the Quokka bridge.'] })), 'When did the Quokka bridge open?'],
    ['Memo.docx', async () => makeDocx(['Bilby memorandum on tourism', 'BAKU, April 9. Azerbaijan and Korea signed the Bilby memorandum on tourism, the ministry told Trend.']), 'What is the Bilby memorandum about?'],
  ])('an admin sends %s: a summary with a remove button, and the next question cites it', async (fileName, make, question) => {
    const before = sentTexts(harness.fake, ADMIN).length;
    pushDocument(harness.fake, ADMIN, await make(), fileName);
    const [summary] = (await repliesTo(ADMIN, before + 1)).slice(before);
    expect(summary!.text).toMatch(/Added/u);
    expect(summary!.text).toMatch(/Passages: [1-9]/u);
    const stored = /<code>(added\/[^<]+)<\/code>/u.exec(summary!.text)?.[1];
    expect(stored).toBeDefined();
    expect(stored!.endsWith(path.extname(fileName).toLowerCase())).toBe(true);
    expect(summary!.keyboard?.flat().map((b) => b.callback_data)).toEqual([`x:${stored!.slice('added/'.length)}`]);
    expect(await ask(ADMIN, question)).toContain(stored);
    // The file was fetched through getFile and the file path, with the bot's token.
    expect(harness.fake.downloads.at(-1)?.token).toBe(TOKEN);
  });

  it('refuses a file it cannot read, in a format it does not take, or over 20 MB, and stores nothing', async () => {
    const files = addedFiles();
    const before = sentTexts(harness.fake, ADMIN).length;
    const downloads = harness.fake.downloads.length;
    pushDocument(harness.fake, ADMIN, makePdf([[]]), 'scan.pdf');
    pushDocument(harness.fake, ADMIN, Buffer.from('odt'), 'notes.odt');
    const big = { ...harness.fake.addFile(Buffer.from('x'), 'huge.pdf'), file_size: 21 * 1024 * 1024 };
    harness.fake.push({ message: { message_id: nextMessageId++, date: 0, chat: privateChat(ADMIN), from: user(ADMIN), document: big } } as never);
    const replies = (await repliesTo(ADMIN, before + 3)).slice(before).map((r) => r.text);
    expect(replies[0]).toMatch(/could not read.*scan\.pdf.*no text layer.*Nothing was stored/su);
    expect(replies[1]).toMatch(/formats: .*\.pdf.*Nothing was stored/su);
    expect(replies[2]).toMatch(/larger than 20 MB.*Nothing was stored/su);
    expect(harness.fake.downloads.length).toBe(downloads + 1);
    expect(addedFiles()).toEqual(files);
  });

  it('/add fetches a page (following a redirect), stores it with its source line and cites it next', async () => {
    const before = sentTexts(harness.fake, ADMIN).length;
    pushText(harness.fake, privateChat(ADMIN), user(ADMIN), `/add ${pageUrl}/old`);
    const [summary] = (await repliesTo(ADMIN, before + 1)).slice(before);
    expect(summary!.text).toMatch(/Numbat summit gathers investors/u);
    expect(summary!.text).toMatch(/Azertag/u);
    const stored = /<code>(added\/[^<]+)<\/code>/u.exec(summary!.text)![1]!;
    expect(readFileSync(path.join(ws.seedsDir, stored), 'utf8').split('\n')[0]).toBe(`source: ${pageUrl}/news/numbat`);
    expect(await ask(ADMIN, 'What did the Numbat summit gather?')).toContain(stored);
  });

  it('/add refuses what it must not fetch, and stores nothing', async () => {
    const files = addedFiles();
    for (const link of ['ftp://example.org/file', `${pageUrl}/missing`]) {
      const before = sentTexts(harness.fake, ADMIN).length;
      pushText(harness.fake, privateChat(ADMIN), user(ADMIN), `/add ${link}`);
      const [reply] = (await repliesTo(ADMIN, before + 1)).slice(before);
      expect(reply!.text).toMatch(/could not add.*Nothing was stored/su);
    }
    expect(addedFiles()).toEqual(files);
  });

  it('tells an Azerbaijani admin why a PDF or a link cannot be used, in Azerbaijani', async () => {
    const files = addedFiles();
    const before = sentTexts(harness.fake, ADMIN).length;
    pushDocument(harness.fake, ADMIN, makePdf([[]]), 'scan.pdf', 'az');
    await repliesTo(ADMIN, before + 1);
    pushDocument(harness.fake, ADMIN, Buffer.from('%PDF-1.4 cut off'), 'broken.pdf', 'az');
    await repliesTo(ADMIN, before + 2);
    pushText(harness.fake, privateChat(ADMIN), user(ADMIN, 'az'), '/add ftp://example.org/file');
    await repliesTo(ADMIN, before + 3);
    pushText(harness.fake, privateChat(ADMIN), user(ADMIN, 'az'), `/add ${pageUrl}/missing`);
    const replies = (await repliesTo(ADMIN, before + 4)).slice(before).map((r) => r.text);
    expect(replies[0]).toMatch(/scan\.pdf.*oxuya bilmədim: PDF-də mətn qatı yoxdur .*Heç nə saxlanmadı/su);
    expect(replies[1]).toMatch(/broken\.pdf.*oxuya bilmədim: oxuna bilən PDF deyil \(.+\)\. Heç nə saxlanmadı/su);
    expect(replies[2]).toMatch(/ftp:\/\/example\.org\/file.*əlavə edilmədi: yalnız http və https linkləri əlavə edilə bilər\. Heç nə/su);
    expect(replies[3]).toMatch(/əlavə edilmədi: server 404 kodu ilə cavab verdi\. Heç nə/su);
    for (const reply of replies) expect(reply).not.toMatch(/text layer|not a readable|only http|server answered/u);
    expect(addedFiles()).toEqual(files);
  });

  it('refuses a file, /add, /remove and /reindex from anyone else, and stores nothing', async () => {
    const files = addedFiles();
    const downloads = harness.fake.downloads.length;
    pushDocument(harness.fake, STRANGER, makePdf([['A stranger’s press release about the Dingo forum in Baku.']]), 'stranger.pdf');
    pushText(harness.fake, privateChat(STRANGER), user(STRANGER), `/add ${pageUrl}/news/numbat`);
    pushText(harness.fake, privateChat(STRANGER), user(STRANGER), '/remove 1');
    pushText(harness.fake, privateChat(STRANGER), user(STRANGER), '/reindex');
    const replies = await repliesTo(STRANGER, 4);
    for (const reply of replies) expect(reply.text).toMatch(/only the bot’s admins/u);
    expect(harness.fake.downloads.length).toBe(downloads);
    expect(addedFiles()).toEqual(files);
    expect(live.documents().map((d) => d.source)).not.toContain('added/stranger.pdf');
  });

  it('answers a file written into SEEDS_DIR, without a restart', async () => {
    writeFileSync(path.join(ws.seedsDir, 'koala.txt'), 'Koala exhibition\n\nBAKU, July 1. The Koala exhibition of Korean ceramics opened in Baku, Report said.');
    await vi.waitFor(() => expect(live.documents().map((d) => d.source)).toContain('koala.txt'), WAIT);
    expect(await ask(ADMIN, 'What did the Koala exhibition show?')).toContain('koala.txt');
  });

  it('a removed document is no longer cited: by its button, and by /remove with its number', async () => {
    const pdf = live.documents().find((d) => d.source.endsWith('.pdf'))!;
    pushButton(harness.fake, ADMIN, `x:${pdf.source.slice('added/'.length)}`, 'remove-pdf');
    await harness.fake.waitFor(() => sentTexts(harness.fake, ADMIN).some((s) => s.text.includes(`Removed`) && s.text.includes(pdf.source)));
    expect(live.documents().map((d) => d.source)).not.toContain(pdf.source);
    expect(await ask(ADMIN, 'How many students will the Wombat fund pay for?')).not.toContain(pdf.source);

    const number = live.documents().findIndex((d) => d.source === 'koala.txt') + 1;
    const before = sentTexts(harness.fake, ADMIN).length;
    pushText(harness.fake, privateChat(ADMIN), user(ADMIN), `/remove ${number}`);
    const [reply] = (await repliesTo(ADMIN, before + 1)).slice(before);
    expect(reply!.text).toMatch(/Removed .*koala\.txt/u);
    expect(existsSync(path.join(ws.seedsDir, 'koala.txt'))).toBe(false);
    expect(await ask(ADMIN, 'What did the Koala exhibition show?')).not.toContain('koala.txt');
    // Its button, pressed again, is answered politely.
    pushButton(harness.fake, ADMIN, `x:${pdf.source.slice('added/'.length)}`, 'remove-again');
    await harness.fake.waitFor(() => harness.fake.callsOf('answerCallbackQuery').some((c) => c.params.callback_query_id === 'remove-again'));
  });

  it('answers a question asked during a re-ingest from the previous index', async () => {
    model.close();
    const before = sentTexts(harness.fake, ADMIN).length;
    pushDocument(harness.fake, ADMIN, await makeDocx(['Echidna grant', 'SEOUL, August 8. The Echidna grant funds Korean language courses in Ganja, Trend reported.']), 'echidna.docx');
    await vi.waitFor(() => expect(model.held()).toBeGreaterThan(0), WAIT);
    // The ingest is held inside embedding: another user's question is answered meanwhile, from the old index.
    const during = await ask(7777, 'Who did Foreign Minister Bayramov receive?');
    expect(during).toContain('ambassador.txt');
    expect(await ask(7778, 'What does the Echidna grant fund?')).not.toContainEqual(expect.stringMatching(/echidna/u));
    expect(sentTexts(harness.fake, ADMIN).length).toBe(before);
    model.open();
    const [summary] = (await repliesTo(ADMIN, before + 1)).slice(before);
    expect(summary!.text).toMatch(/Added/u);
    expect(await ask(7779, 'What does the Echidna grant fund?')).toContainEqual(expect.stringMatching(/echidna\.docx$/u));
  });

  it('/help shows the admin commands to admins only', async () => {
    pushText(harness.fake, privateChat(ADMIN), user(ADMIN), '/help');
    pushText(harness.fake, privateChat(STRANGER), user(STRANGER), '/help');
    await harness.fake.waitFor(() => sentTexts(harness.fake).some((s) => s.chatId === STRANGER && /Every sentence/u.test(s.text)));
    await harness.fake.waitFor(() => sentTexts(harness.fake).some((s) => s.chatId === ADMIN && /Every sentence/u.test(s.text)));
    const help = (chat: number) => sentTexts(harness.fake, chat).find((s) => /Every sentence/u.test(s.text))!.text;
    expect(help(ADMIN)).toMatch(/\/remove/u);
    expect(help(STRANGER)).not.toMatch(/\/remove/u);
  });

  it('/reindex reports an up-to-date index', async () => {
    const before = sentTexts(harness.fake, ADMIN).length;
    pushText(harness.fake, privateChat(ADMIN), user(ADMIN), '/reindex');
    const [reply] = (await repliesTo(ADMIN, before + 1)).slice(before);
    expect(reply!.text).toMatch(new RegExp(`up to date: ${live.status().documents} documents`, 'u'));
  });

  it('never logs the token, although file downloads carry it in their URL', () => {
    expect(harness.logs.length).toBeGreaterThan(0);
    expect(harness.logs.join('\n')).not.toContain(TOKEN.split(':')[1]);
  });
});
