import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Chat, Message, Update, UserFromGetMe } from 'grammy/types';

/**
 * A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests. It records every call in
 * order, keeps an update queue with Telegram's getUpdates semantics (offset confirms earlier
 * updates; long polling waits for a push or the timeout), and can inject failures.
 */

export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  /** The token the call was made with (from the /bot<token>/ path). */
  token: string;
  /** What the fake answered: 'ok', an error code, or 'network' for a dropped connection. */
  outcome: 'ok' | number | 'network';
  at: number;
}

export type InjectedFailure =
  | { kind: 'error'; status: number; description: string; retryAfter?: number }
  | { kind: 'network' };

export const TOO_MANY_REQUESTS = (retryAfter: number): InjectedFailure => ({
  kind: 'error',
  status: 429,
  description: `Too Many Requests: retry after ${retryAfter}`,
  retryAfter,
});

export const INTERNAL_ERROR: InjectedFailure = { kind: 'error', status: 500, description: 'Internal Server Error' };

export const BOT_USER: UserFromGetMe = {
  id: 7_000_000_001,
  is_bot: true,
  first_name: 'Az-Korea Test',
  username: 'AzKoreaTestBot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

interface Poller {
  offset: number;
  limit: number;
  respond: (updates: Update[]) => void;
}

async function readBody(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  const query = Object.fromEntries(new URL(req.url ?? '/', 'http://x').searchParams);
  if (raw === '') return query;
  if (type.includes('application/json')) return { ...query, ...(JSON.parse(raw) as Record<string, unknown>) };
  if (type.includes('application/x-www-form-urlencoded')) {
    const form: Record<string, unknown> = { ...query };
    for (const [key, value] of new URLSearchParams(raw)) {
      try {
        form[key] = JSON.parse(value);
      } catch {
        form[key] = value;
      }
    }
    return form;
  }
  throw new Error(`fake Bot API: unsupported content type ${type}`);
}

export class FakeBotApi {
  readonly calls: RecordedCall[] = [];
  private server: http.Server | undefined;
  private updates: Update[] = [];
  private nextUpdateId = 1000;
  private pollers: Poller[] = [];
  private failures = new Map<string, InjectedFailure[]>();
  private messageIds = new Map<number, number>();
  private chats = new Map<number, Chat>();
  private listeners: (() => void)[] = [];
  private answeredCallbacks = new Set<string>();
  private files = new Map<string, { path: string; bytes: Buffer }>();
  /** File downloads served, by file path, with the token they were asked with. */
  readonly downloads: { filePath: string; token: string }[] = [];
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500).end(JSON.stringify({ ok: false, error_code: 500, description: String(error) }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    for (const poller of this.pollers.splice(0)) poller.respond([]);
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Queues an update (its update_id is assigned here) and returns it. */
  push(update: Omit<Update, 'update_id'>): Update {
    const full = { update_id: this.nextUpdateId++, ...update } as Update;
    const chat = full.message?.chat ?? full.callback_query?.message?.chat;
    if (chat !== undefined) this.chats.set(chat.id, chat as Chat);
    this.updates.push(full);
    this.servePollers();
    return full;
  }

  /** The next `times` calls of `method` fail as described. */
  fail(method: string, failure: InjectedFailure, times = 1): void {
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < times; i += 1) queue.push(failure);
    this.failures.set(method, queue);
  }

  /**
   * Stores a file as if a user had sent it: getFile answers for its file_id, and the bytes are
   * served at <url>/file/bot<token>/<file_path>. Returns the document object of a message.
   */
  addFile(bytes: Buffer, fileName: string, mimeType = 'application/octet-stream'): { file_id: string; file_unique_id: string; file_name: string; mime_type: string; file_size: number } {
    const id = `file${this.files.size + 1}`;
    this.files.set(id, { path: `documents/${id}_${fileName.replace(/[^\w.-]/gu, '_')}`, bytes });
    return { file_id: id, file_unique_id: `u${id}`, file_name: fileName, mime_type: mimeType, file_size: bytes.length };
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Updates not yet confirmed by a getUpdates offset. */
  unconfirmed(): Update[] {
    return [...this.updates];
  }

  /** Resolves once `condition` holds (checked after every call and push). */
  waitFor(condition: () => boolean): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => {
        if (!condition()) return;
        this.listeners = this.listeners.filter((l) => l !== check);
        resolve();
      };
      this.listeners.push(check);
    });
  }

  /** Resolves once `method` has succeeded `count` times in all. */
  waitForCalls(method: string, count: number): Promise<void> {
    return this.waitFor(() => this.calls.filter((c) => c.method === method && c.outcome === 'ok').length >= count);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private confirm(offset: number): void {
    this.updates = this.updates.filter((u) => u.update_id >= offset);
  }

  private servePollers(): void {
    for (const poller of [...this.pollers]) {
      const ready = this.updates.filter((u) => u.update_id >= poller.offset).slice(0, poller.limit);
      if (ready.length === 0) continue;
      this.pollers = this.pollers.filter((p) => p !== poller);
      poller.respond(ready);
    }
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    if (download !== null && req.method === 'GET') {
      const filePath = decodeURIComponent(download[2]!);
      this.downloads.push({ filePath, token: decodeURIComponent(download[1]!) });
      const file = [...this.files.values()].find((f) => f.path === filePath);
      if (file === undefined) res.writeHead(404).end('Not Found');
      else res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': file.bytes.length }).end(file.bytes);
      this.notify();
      return;
    }
    const match = /^\/bot([^/]+)\/(\w+)/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    if (match === null) {
      res.writeHead(404).end(JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' }));
      return;
    }
    const token = decodeURIComponent(match[1]!);
    const method = match[2]!;
    const params = await readBody(req);
    const call: RecordedCall = { method, params, token, outcome: 'ok', at: Date.now() };
    this.calls.push(call);

    const failure = this.failures.get(method)?.shift();
    if (failure !== undefined) {
      call.outcome = failure.kind === 'network' ? 'network' : failure.status;
      this.notify();
      if (failure.kind === 'network') {
        req.socket.destroy();
        return;
      }
      const body = {
        ok: false,
        error_code: failure.status,
        description: failure.description,
        ...(failure.retryAfter !== undefined ? { parameters: { retry_after: failure.retryAfter } } : {}),
      };
      res.writeHead(failure.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      return;
    }

    const send = (result: unknown) => {
      if (res.writableEnded || res.destroyed) return;
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
    };
    if (method === 'getUpdates') {
      this.notify();
      this.getUpdates(params, res, send);
      return;
    }
    // Like Telegram, a callback query can be answered once.
    if (method === 'answerCallbackQuery') {
      const id = String(params.callback_query_id);
      if (this.answeredCallbacks.has(id)) {
        call.outcome = 400;
        this.notify();
        res.writeHead(400, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error_code: 400, description: 'Bad Request: query is too old and response timeout expired or query ID is invalid' }));
        return;
      }
      this.answeredCallbacks.add(id);
    }
    // Like Telegram, getFile refuses a file_id it does not know.
    if (method === 'getFile' && !this.files.has(String(params.file_id))) {
      call.outcome = 400;
      this.notify();
      res.writeHead(400, { 'Content-Type': 'application/json' }).end(JSON.stringify({ ok: false, error_code: 400, description: 'Bad Request: invalid file_id' }));
      return;
    }
    const result = this.result(method, params);
    this.notify();
    send(result);
  }

  private getUpdates(params: Record<string, unknown>, res: http.ServerResponse, send: (result: unknown) => void): void {
    const offset = Number(params.offset ?? 0);
    const limit = Math.min(100, Math.max(1, Number(params.limit ?? 100)));
    const timeout = Number(params.timeout ?? 0);
    // Like Telegram, a request with an offset confirms every earlier update at once.
    if (offset > 0) this.confirm(offset);
    const ready = this.updates.filter((u) => u.update_id >= offset).slice(0, limit);
    if (ready.length > 0 || timeout <= 0) {
      send(ready);
      return;
    }
    const timer = setTimeout(() => {
      this.pollers = this.pollers.filter((p) => p !== poller);
      send([]);
    }, timeout * 1000);
    const poller: Poller = {
      offset,
      limit,
      respond: (updates) => {
        clearTimeout(timer);
        send(updates);
      },
    };
    this.pollers.push(poller);
    // An aborted long poll (the bot stopping) leaves the queue; its offset was already applied.
    const drop = () => {
      clearTimeout(timer);
      this.pollers = this.pollers.filter((p) => p !== poller);
    };
    res.once('close', drop);
  }

  private message(params: Record<string, unknown>, existingId?: number): Message {
    const chatId = Number(params.chat_id);
    let id = existingId;
    if (id === undefined) {
      id = (this.messageIds.get(chatId) ?? 100_000) + 1;
      this.messageIds.set(chatId, id);
    }
    const chat = this.chats.get(chatId) ?? ({ id: chatId, type: chatId > 0 ? 'private' : 'supergroup', title: 'Group' } as Chat);
    return {
      message_id: id,
      date: Math.floor(Date.now() / 1000),
      chat,
      from: BOT_USER,
      text: String(params.text ?? ''),
    } as Message;
  }

  private result(method: string, params: Record<string, unknown>): unknown {
    switch (method) {
      case 'getMe':
        return BOT_USER;
      case 'sendMessage':
        return this.message(params);
      case 'editMessageText':
        return this.message(params, Number(params.message_id));
      case 'getFile': {
        const id = String(params.file_id);
        const file = this.files.get(id)!;
        return { file_id: id, file_unique_id: `u${id}`, file_size: file.bytes.length, file_path: file.path };
      }
      case 'getWebhookInfo':
        return { url: '', has_custom_certificate: false, pending_update_count: this.updates.length };
      case 'sendChatAction':
      case 'answerCallbackQuery':
      case 'answerInlineQuery':
      case 'setMyCommands':
      case 'deleteWebhook':
      case 'setWebhook':
      case 'deleteMessage':
        return true;
      default:
        return true;
    }
  }
}

export async function startFakeBotApi(): Promise<FakeBotApi> {
  return new FakeBotApi().start();
}
