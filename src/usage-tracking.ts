import type { Config } from './config.ts';
import type { Engine } from './engine.ts';
import { describeError } from './errors.ts';
import { FeedbackStore } from './feedback/store.ts';
import type { IngestSummary } from './index/ingest.ts';
import type { Logger } from './log.ts';
import { createMetrics, startMetricsServer, type Metrics, type MetricsServer } from './metrics.ts';

/** What `npm start` gives the bot to record questions and votes and to count what it does. */
export interface UsageTracking {
  /** For BotDeps. */
  deps: { feedback?: FeedbackStore; metrics: Metrics };
  /** In polling mode with METRICS_PORT set, serves /metrics on it (webhook mode serves it on PORT). */
  serveMetrics(mode: 'polling' | 'webhook'): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the feedback database (QUESTION_LOG) and sets up the metrics. Neither can stop the bot:
 * a database that cannot be used and a metrics port that cannot be bound are logged and skipped.
 */
export function startUsageTracking(config: Config, engine: Engine, ingest: IngestSummary | undefined, logger: Logger): UsageTracking {
  const metrics = createMetrics({ processMetrics: true });
  if (ingest !== undefined) metrics.observeIngest(ingest);
  metrics.watchIndex(() => engine.status());
  const feedback = config.questionLog ? new FeedbackStore({ dataDir: config.dataDir, retentionDays: config.retentionDays, logger }) : undefined;
  // Now rather than at the first question, so that a problem with the file shows in the log at start.
  feedback?.open();
  let server: MetricsServer | undefined;
  return {
    deps: { metrics, ...(feedback !== undefined ? { feedback } : {}) },
    serveMetrics: async (mode) => {
      if (mode !== 'polling' || config.metricsPort === undefined) return;
      try {
        server = await startMetricsServer(metrics, config.metricsPort, logger);
      } catch (error) {
        logger.warn('metrics not served: METRICS_PORT could not be used', { port: config.metricsPort, error: describeError(error) });
      }
    },
    close: async () => {
      await server?.close();
      feedback?.close();
    },
  };
}
