import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/engine.ts';
import { createLogger } from '../src/log.ts';
import { createMetrics, startMetricsServer, type Metrics, type MetricsServer } from '../src/metrics.ts';
import { createTestEngine, TEST_MAX_QUESTION_CHARS } from './bot/engine-factory.ts';
import { startHarnessWith } from './bot/feedback-harness.ts';
import { privateChat, pushText, sentTexts, textMessage, user, type Harness } from './bot/harness.ts';

/** Samples of Prometheus text format, by `name{label="value",…}` with labels sorted. */
function parseMetrics(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (match === null) throw new Error(`not a Prometheus sample line: ${line}`);
    const labels = [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => `${m[1]}="${m[2]}"`).sort();
    samples.set(`${match[1]}{${labels.join(',')}}`, Number(match[3]));
  }
  return samples;
}

async function scrape(url: string): Promise<{ samples: Map<string, number>; contentType: string }> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return { samples: parseMetrics(await response.text()), contentType: response.headers.get('content-type') ?? '' };
}

const sample = (samples: Map<string, number>, key: string) => samples.get(key) ?? 0;

let engine: Engine;
beforeAll(async () => {
  engine = await createTestEngine();
});
afterAll(async () => {
  await engine?.close();
});

describe('GET /metrics on the webhook server', () => {
  let harness: Harness;
  const SECRET = 'metrics_secret';
  beforeAll(async () => {
    const metrics = createMetrics();
    metrics.watchIndex(() => engine.status());
    harness = await startHarnessWith(engine, { metrics }, { webhookUrl: 'https://bot.example/hook', webhookSecret: SECRET, port: 0 });
  });
  afterAll(async () => {
    await harness?.stop();
  });

  it('counts an answered question and its latency, and reports the index size', async () => {
    const url = `http://127.0.0.1:${harness.running.port!}/metrics`;
    const before = await scrape(url);
    expect(before.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    const update = { update_id: 1, message: textMessage(privateChat(801), user(801), 'Who did Jeyhun Bayramov receive as Korean ambassador?') };
    const posted = await fetch(`http://127.0.0.1:${harness.running.port!}/hook`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': SECRET },
      body: JSON.stringify(update),
    });
    expect(posted.status).toBe(200);
    await harness.fake.waitFor(() => sentTexts(harness.fake, 801).length === 1);
    await harness.bot.inFlight.idle();

    const after = (await scrape(url)).samples;
    const answered = 'azk_questions_total{outcome="answered",via="chat"}';
    expect(sample(after, answered)).toBe(sample(before.samples, answered) + 1);
    const latencyCount = 'azk_answer_duration_seconds_count{via="chat"}';
    expect(sample(after, latencyCount)).toBe(sample(before.samples, latencyCount) + 1);
    expect(sample(after, 'azk_answer_duration_seconds_sum{via="chat"}')).toBeGreaterThan(0);
    expect(sample(after, 'azk_answer_duration_seconds_bucket{le="+Inf",via="chat"}')).toBe(sample(after, latencyCount));
    expect(after.get('azk_index_documents{}')).toBe(engine.status().documents);
    expect(after.get('azk_index_passages{}')).toBe(engine.status().chunks);
  });
});

describe('METRICS_PORT server in polling mode', () => {
  let harness: Harness;
  let metrics: Metrics;
  let server: MetricsServer;
  beforeAll(async () => {
    metrics = createMetrics();
    server = await startMetricsServer(metrics, 0, createLogger({ level: 'error', write: () => {} }));
    harness = await startHarnessWith(engine, { metrics });
  });
  afterAll(async () => {
    await harness?.stop();
    await server?.close();
  });

  const url = () => `http://127.0.0.1:${server.port}/metrics`;

  it('counts questions by outcome: answered, abstained, refused; and inline ones apart', async () => {
    const before = (await scrape(url())).samples;
    pushText(harness.fake, privateChat(811), user(811), 'How many Azerbaijani students study in Korea?');
    pushText(harness.fake, privateChat(812), user(812), 'Xylophone zeppelin quibble?');
    pushText(harness.fake, privateChat(813), user(813), `Why ${'so '.repeat(TEST_MAX_QUESTION_CHARS)}?`);
    harness.fake.push({ inline_query: { id: 'iq-1', from: user(814), query: 'Quokkavale memorandum', offset: '' } } as never);
    await harness.fake.waitFor(
      () => [811, 812, 813].every((chat) => sentTexts(harness.fake, chat).length === 1) && harness.fake.callsOf('answerInlineQuery').length === 1,
    );
    await harness.bot.inFlight.idle();
    const after = (await scrape(url())).samples;
    const delta = (key: string) => sample(after, key) - sample(before, key);
    expect(delta('azk_questions_total{outcome="answered",via="chat"}')).toBe(1);
    expect(delta('azk_questions_total{outcome="abstained",via="chat"}')).toBe(1);
    expect(delta('azk_questions_total{outcome="refused",via="chat"}')).toBe(1);
    expect(delta('azk_questions_total{outcome="answered",via="inline"}')).toBe(1);
    expect(delta('azk_answer_duration_seconds_count{via="chat"}')).toBe(2);
  });

  it('counts failed Telegram requests by method', async () => {
    // The answer is refused once; the bot apologises in a second message.
    harness.fake.fail('sendMessage', { kind: 'error', status: 400, description: 'Bad Request: message is too long' });
    pushText(harness.fake, privateChat(821), user(821), 'How many Azerbaijani students study in Korea?');
    await harness.fake.waitFor(() => sentTexts(harness.fake, 821).length === 1);
    await harness.bot.inFlight.idle();
    const samples = (await scrape(url())).samples;
    expect(samples.get('azk_telegram_api_errors_total{method="sendMessage"}')).toBe(1);
    expect(samples.get('azk_telegram_api_errors_total{method="getUpdates"}')).toBeUndefined();
  });

  it('serves nothing else', async () => {
    expect((await fetch(`http://127.0.0.1:${server.port}/`)).status).toBe(404);
  });
});

it('reports the last ingest', async () => {
  const metrics = createMetrics();
  metrics.observeIngest({ durationMs: 1500, documents: 7, chunks: 30, embeddedNow: 4 });
  const samples = parseMetrics(await metrics.registry.metrics());
  expect(samples.get('azk_ingest_duration_seconds{}')).toBe(1.5);
  expect(samples.get('azk_ingest_documents{}')).toBe(7);
  expect(samples.get('azk_ingest_embedded_passages{}')).toBe(4);
});
