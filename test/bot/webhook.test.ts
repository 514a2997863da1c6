import net from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { MAX_WEBHOOK_BODY_BYTES } from '../../src/bot/run.ts';
import { createTestEngine } from './engine-factory.ts';
import { ObservedEngine, privateChat, sentTexts, startHarness, textMessage, user, type Harness } from './harness.ts';

let harness: Harness | undefined;

afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const SECRET = 'webhook_secret-123';

function post(port: number, body: unknown, secret: string | undefined): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}/tg/hook`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(secret === undefined ? {} : { 'X-Telegram-Bot-Api-Secret-Token': secret }) },
    body: JSON.stringify(body),
  });
}

it('serves updates on the webhook path with the secret, health on /healthz, and acknowledges slow answers early', async () => {
  const engine = new ObservedEngine(await createTestEngine());
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  engine.intercept = async (question, options, real) => {
    if (question.includes('slow')) await gate;
    return real(question, options);
  };
  harness = await startHarness(
    engine,
    { webhookUrl: 'https://bot.example/tg/hook', webhookSecret: SECRET, port: 0 },
    { webhookAckMilliseconds: 50 },
  );
  const { fake, running } = harness;
  expect(running.mode).toBe('webhook');
  const port = running.port!;

  const setWebhook = fake.callsOf('setWebhook')[0]!;
  expect(setWebhook.params.url).toBe('https://bot.example/tg/hook');
  expect(setWebhook.params.secret_token).toBe(SECRET);
  expect(setWebhook.params.allowed_updates).toEqual(['message', 'callback_query', 'inline_query']);
  expect(fake.callsOf('getUpdates')).toEqual([]);

  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ ok: true, documents: engine.status().documents });

  const update = (id: number, text: string) => ({ update_id: id, message: textMessage(privateChat(61), user(61), text) });
  expect((await post(port, update(1, 'students in Korea?'), 'wrong')).status).toBe(401);
  expect((await post(port, update(2, 'students in Korea?'), undefined)).status).toBe(401);
  expect(engine.questions).toEqual([]);

  expect((await post(port, update(3, 'How many Azerbaijani students study in Korea?'), SECRET)).status).toBe(200);
  await fake.waitFor(() => sentTexts(fake, 61).length === 1);

  // A slow answer: the request is acknowledged before the answer exists; stop() waits for it.
  expect((await post(port, update(4, 'slow: students in Korea?'), SECRET)).status).toBe(200);
  expect(sentTexts(fake, 61)).toHaveLength(1);
  const stopping = running.stop();
  release();
  await stopping;
  expect(sentTexts(fake, 61)).toHaveLength(2);
});

async function webhookHarness(options: { shutdownDeadlineMs?: number } = {}) {
  const engine = new ObservedEngine(await createTestEngine());
  harness = await startHarness(engine, { webhookUrl: 'https://bot.example/tg/hook', webhookSecret: SECRET, port: 0 }, { webhookAckMilliseconds: 50, ...options });
  return { engine, fake: harness.fake, running: harness.running, port: harness.running.port! };
}

/** Sends headers announcing `declared` body bytes, then `sent` bytes; resolves with the status line, or the socket's end. */
function rawPost(port: number, declared: number, firstBytes: number): { socket: net.Socket; response: Promise<string>; closed: Promise<void> } {
  const socket = net.connect(port, '127.0.0.1');
  socket.write(
    `POST /tg/hook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Telegram-Bot-Api-Secret-Token: ${SECRET}\r\nContent-Length: ${declared}\r\n\r\n`,
  );
  if (firstBytes > 0) socket.write(Buffer.alloc(firstBytes, 0x20));
  let received = '';
  const response = new Promise<string>((resolve) => {
    socket.on('data', (d) => {
      received += String(d);
      if (received.includes('\r\n')) resolve(received.split('\r\n')[0]!);
    });
    socket.on('close', () => resolve(received));
  });
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  socket.on('error', () => {});
  return { socket, response, closed };
}

it('refuses a body over 1 MB with 413 without storing it, even with the right secret', async () => {
  const { engine, port } = await webhookHarness();
  // 100 MB announced, 64 KB sent: the answer comes before the rest was ever sent.
  const { socket, response, closed } = rawPost(port, 100 * 1024 * 1024, 64 * 1024);
  expect(await response).toMatch(/^HTTP\/1\.1 413/);
  await closed;
  expect(socket.bytesWritten).toBeLessThan(MAX_WEBHOOK_BODY_BYTES);
  expect(engine.questions).toEqual([]);
});

it('answers an update_id sent twice only once', async () => {
  const { engine, fake, port } = await webhookHarness();
  const update = { update_id: 7001, message: textMessage(privateChat(62), user(62), 'How many Azerbaijani students study in Korea?') };
  expect((await post(port, update, SECRET)).status).toBe(200);
  expect((await post(port, update, SECRET)).status).toBe(200);
  const sentinel = { update_id: 7002, message: textMessage(privateChat(62), user(62), 'Who did Jeyhun Bayramov receive as Korean ambassador?') };
  expect((await post(port, sentinel, SECRET)).status).toBe(200);
  await fake.waitFor(() => engine.questions.length >= 2 && sentTexts(fake, 62).length >= 2);
  await harness!.stop();
  harness = undefined;
  expect(engine.questions.map((q) => q.question)).toEqual([update.message.text, sentinel.message.text]);
  expect(sentTexts(fake, 62)).toHaveLength(2);
});

it('stops by its deadline although a slow client is still trickling a request body', async () => {
  const { running, port } = await webhookHarness({ shutdownDeadlineMs: 300 });
  const { socket, closed } = rawPost(port, 1000, 10);
  const trickle = setInterval(() => socket.writable && socket.write(' '), 50);
  try {
    let clientDone = false;
    void closed.then(() => (clientDone = true));
    // Wait until the server holds the request (its body is still arriving).
    await new Promise((resolve) => setTimeout(resolve, 100));
    await running.stop();
    // The server stopped while the client was still sending; its connection was then cut.
    await closed;
    expect(clientDone).toBe(true);
    expect(socket.bytesWritten).toBeLessThan(1000 + 200);
  } finally {
    clearInterval(trickle);
    socket.destroy();
  }
});

it('refuses a body sent without a length once it passes 1 MB', async () => {
  const { engine, port } = await webhookHarness();
  const socket = net.connect(port, '127.0.0.1');
  socket.on('error', () => {});
  socket.write(`POST /tg/hook HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Telegram-Bot-Api-Secret-Token: ${SECRET}\r\nTransfer-Encoding: chunked\r\n\r\n`);
  const piece = Buffer.alloc(64 * 1024, 0x20);
  let status = '';
  const answered = new Promise<void>((resolve) => {
    socket.on('data', (d) => {
      status ||= String(d).split('\r\n')[0]!;
      resolve();
    });
    socket.on('close', () => resolve());
  });
  let sent = 0;
  // Keep sending until the server answers: it must do so soon after the limit, not at the end.
  while (status === '' && !socket.destroyed && sent < 4 * MAX_WEBHOOK_BODY_BYTES) {
    socket.write(`${piece.length.toString(16)}\r\n`);
    socket.write(piece);
    socket.write('\r\n');
    sent += piece.length;
    await new Promise((resolve) => setImmediate(resolve));
    if (sent > MAX_WEBHOOK_BODY_BYTES) await Promise.race([answered, new Promise((resolve) => setTimeout(resolve, 5))]);
  }
  await answered;
  socket.destroy();
  expect(status).toMatch(/^HTTP\/1\.1 413/);
  expect(engine.questions).toEqual([]);
});
