import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createConfig } from '../src/config.ts';
import type { Engine } from '../src/engine.ts';
import { FEEDBACK_FILE } from '../src/feedback/store.ts';
import { startUsageTracking } from '../src/usage-tracking.ts';
import { createTestEngine } from './bot/engine-factory.ts';
import { recordingLogger, tempDataDir } from './feedback/helpers.ts';

let engine: Engine;
let busy: http.Server;
beforeAll(async () => {
  engine = await createTestEngine();
  busy = http.createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await engine?.close();
  await new Promise((resolve) => busy?.close(resolve));
});

it('opens the feedback database at start with QUESTION_LOG=true, and has none with false', async () => {
  const dataDir = tempDataDir();
  const { logger } = recordingLogger();
  const on = startUsageTracking(createConfig({ DATA_DIR: dataDir }), engine, undefined, logger);
  expect(on.deps.feedback).toBeDefined();
  expect(fs.existsSync(path.join(dataDir, FEEDBACK_FILE))).toBe(true);
  await on.close();
  const offDir = tempDataDir();
  const off = startUsageTracking(createConfig({ DATA_DIR: offDir, QUESTION_LOG: 'false' }), engine, undefined, logger);
  expect(off.deps.feedback).toBeUndefined();
  expect(fs.existsSync(path.join(offDir, FEEDBACK_FILE))).toBe(false);
  await off.close();
});

it('a METRICS_PORT already in use costs the metrics server, not the bot: one warning', async () => {
  const port = (busy.address() as AddressInfo).port;
  const { logger, lines } = recordingLogger();
  const usage = startUsageTracking(createConfig({ DATA_DIR: tempDataDir(), METRICS_PORT: String(port) }), engine, undefined, logger);
  await usage.serveMetrics('webhook');
  expect(lines.filter((l) => / WARN /.test(l))).toEqual([]);
  await usage.serveMetrics('polling');
  const warnings = lines.filter((l) => / WARN /.test(l));
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatch(/metrics not served/);
  await usage.close();
});
