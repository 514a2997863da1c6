import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { IngestSummary } from './index/ingest.ts';
import type { Logger } from './log.ts';

export type QuestionOutcome = 'answered' | 'abstained' | 'refused';
/** Where a question came from: a chat message or button, or inline mode. */
export type QuestionVia = 'chat' | 'inline';

/**
 * The bot's Prometheus metrics, in a registry of their own (so tests and several bots in one
 * process do not share counters). Served as text by `GET /metrics`.
 */
export interface Metrics {
  readonly registry: Registry;
  readonly questions: Counter<'outcome' | 'via'>;
  readonly answerSeconds: Histogram<'via'>;
  readonly telegramErrors: Counter<'method'>;
  readonly votes: Counter<'vote'>;
  /** Figures of the last ingest. */
  observeIngest(summary: Pick<IngestSummary, 'durationMs' | 'documents' | 'chunks' | 'embeddedNow'>): void;
  /** Where the index size gauges read from, at every scrape. */
  watchIndex(size: () => { documents: number; chunks: number }): void;
}

export function createMetrics(options: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics === true) collectDefaultMetrics({ register: registry, prefix: 'azk_' });
  const registers = [registry];
  let indexSize: (() => { documents: number; chunks: number }) | undefined;

  const questions = new Counter({
    name: 'azk_questions_total',
    help: 'Questions handled, by outcome (answered, abstained, refused: too long, too fast or not a question) and where they came from (chat, inline).',
    labelNames: ['outcome', 'via'] as const,
    registers,
  });
  const answerSeconds = new Histogram({
    name: 'azk_answer_duration_seconds',
    help: 'Time to find and compose an answer (Telegram delivery not included).',
    labelNames: ['via'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const telegramErrors = new Counter({
    name: 'azk_telegram_api_errors_total',
    help: 'Bot API requests that failed, by method.',
    labelNames: ['method'] as const,
    registers,
  });
  const votes = new Counter({ name: 'azk_votes_total', help: 'Votes pressed under answers (up, down).', labelNames: ['vote'] as const, registers });
  const ingestSeconds = new Gauge({ name: 'azk_ingest_duration_seconds', help: 'Duration of the last ingest.', registers });
  const ingestDocuments = new Gauge({ name: 'azk_ingest_documents', help: 'Documents in the index after the last ingest.', registers });
  const ingestEmbedded = new Gauge({ name: 'azk_ingest_embedded_passages', help: 'Passages embedded by the last ingest (unchanged ones are reused).', registers });
  new Gauge({
    name: 'azk_index_documents',
    help: 'Documents in the index being searched.',
    registers,
    collect() {
      if (indexSize !== undefined) this.set(indexSize().documents);
    },
  });
  new Gauge({
    name: 'azk_index_passages',
    help: 'Passages in the index being searched.',
    registers,
    collect() {
      if (indexSize !== undefined) this.set(indexSize().chunks);
    },
  });

  return {
    registry,
    questions,
    answerSeconds,
    telegramErrors,
    votes,
    observeIngest: (summary) => {
      ingestSeconds.set(summary.durationMs / 1000);
      ingestDocuments.set(summary.documents);
      ingestEmbedded.set(summary.embeddedNow);
    },
    watchIndex: (size) => {
      indexSize = size;
    },
  };
}

/** Answers a scrape; a failure to collect is a 500, never a crash. */
export function serveMetrics(metrics: Metrics, res: http.ServerResponse): void {
  metrics.registry.metrics().then(
    (text) => {
      res.writeHead(200, { 'Content-Type': metrics.registry.contentType });
      res.end(text);
    },
    (error: unknown) => {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`could not collect metrics: ${error instanceof Error ? error.message : String(error)}\n`);
    },
  );
}

export interface MetricsServer {
  port: number;
  close(): Promise<void>;
}

/** GET /metrics on 127.0.0.1:`port` (0 = any free port), for polling mode. */
export async function startMetricsServer(metrics: Metrics, port: number, logger: Logger): Promise<MetricsServer> {
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'GET' && pathname === '/metrics') serveMetrics(metrics, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actual = (server.address() as AddressInfo).port;
  logger.info('metrics served', { url: `http://127.0.0.1:${actual}/metrics` });
  return {
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
