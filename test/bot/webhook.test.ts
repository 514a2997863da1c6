import { afterEach, expect, it } from 'vitest';
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
