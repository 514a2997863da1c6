import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, it } from 'vitest';
import { createBot } from '../../src/bot/bot.ts';
import { runBot } from '../../src/bot/run.ts';
import { createLogger } from '../../src/log.ts';
import { createTestEngine } from './engine-factory.ts';
import { BASE_CONFIG, TOKEN } from './harness.ts';

it('says TELEGRAM_UNREACHABLE, without the token, when the Bot API refuses getMe at start (a wrong API root)', async () => {
  // grammY retries network failures of getMe by itself; an answer other than 401 ends the start.
  const api = http.createServer((_request, response) => {
    response.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' }));
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  try {
    const logs: string[] = [];
    const config = { ...BASE_CONFIG, telegramApiRoot: `http://127.0.0.1:${(api.address() as AddressInfo).port}` };
    const deps = { engine: await createTestEngine(), config, logger: createLogger({ write: (line) => logs.push(line) }) };
    const failure = await runBot(createBot(TOKEN, deps), deps).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ code: 'TELEGRAM_UNREACHABLE', message: expect.stringMatching(/^Could not reach the Telegram Bot API: .*getMe failed \(404: Not Found\)/) });
    expect((failure as Error).message).not.toContain(TOKEN);
    expect(logs.join('\n')).not.toContain(TOKEN);
  } finally {
    api.close();
  }
});
