import path from 'node:path';
import { AppError } from './errors.ts';

/**
 * The one place where every user-facing setting is declared, documented, validated and given
 * its default. Nothing else in the project reads process.env. `.env.example` and README.md list
 * the same settings; test/config.test.ts checks that they stay in step.
 */
export interface Config {
  /** Folder of documents (.txt, .md, .html, .htm, .pdf, .docx), read recursively. */
  seedsDir: string;
  /** Folder for the built indexes and the model download cache. */
  dataDir: string;
  /** Local models folder (`<MODELS_DIR>/<model id>/...`), searched before any download. */
  modelsDir: string;
  /** Whether @xenova/transformers may download a model that is not in modelsDir. */
  allowRemoteModels: boolean;
  /** Model id, e.g. Xenova/multilingual-e5-small. */
  embeddingModel: string;
  /** Load the int8 quantized ONNX file (onnx/model_quantized.onnx) instead of the fp32 one. */
  embeddingQuantized: boolean;
  /** Passages embedded per model call during ingest. */
  embedBatchSize: number;
  /** How long concurrent questions wait to be embedded together, in milliseconds. */
  queryBatchWindowMs: number;
  /** Token budget of one chunk, measured with the model's tokenizer (capped by the model's maximum). */
  chunkMaxTokens: number;
  /** Sentences repeated at the start of the next chunk. */
  chunkOverlapSentences: number;
  /** Documents larger than this many bytes are skipped with a warning. */
  maxDocumentBytes: number;
  /** Passages cited at most in one answer. */
  topK: number;
  /** Passages from one document in one answer, unless the question names that document's things. */
  maxPassagesPerDocument: number;
  /** Sentences in the answer text before the sources. */
  maxAnswerSentences: number;
  hnswM: number;
  hnswEfConstruction: number;
  /** Search breadth of HNSW; the library's default of 10 loses recall. */
  hnswEfSearch: number;
  /** Bot API token from @BotFather; required only to run the bot. */
  botToken: string | undefined;
  /** Bot API server root (grammY's client.apiRoot). */
  telegramApiRoot: string;
  /** When set, the bot runs a webhook server instead of long polling. */
  webhookUrl: string | undefined;
  webhookSecret: string | undefined;
  port: number;
  /** Questions one user may ask per minute. */
  rateLimitPerMinute: number;
  /** Longest question accepted, in characters. */
  maxQuestionChars: number;
  /** Updates processed at once by the runner (per-chat order is always kept). */
  botConcurrency: number;
  /** Telegram user ids allowed to run admin commands (add or remove documents, /stats, server details). */
  adminUserIds: readonly number[];
  /** Record questions and votes in DATA_DIR/feedback.sqlite (false = nothing is recorded, no vote buttons). */
  questionLog: boolean;
  /** Recorded questions and votes older than this many days are deleted. */
  retentionDays: number;
  /** Port of a 127.0.0.1 server for GET /metrics in polling mode; undefined = none. */
  metricsPort: number | undefined;
  /** Chats the bot answers in (user ids for private chats, group ids); empty = everywhere. */
  allowedChatIds: readonly number[];
  /** Let /add fetch pages on private, loopback and link-local addresses (intranets, tests). */
  allowPrivateUrls: boolean;
  /** Watch SEEDS_DIR and re-ingest in the background when documents change. */
  watchSeeds: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

type Env = Readonly<Record<string, string | undefined>>;

interface SettingDoc {
  name: string;
  default: string;
  description: string;
}

/** Every environment variable the project reads, with its default, for docs and `.env.example`. */
export const SETTINGS: readonly SettingDoc[] = [
  { name: 'BOT_TOKEN', default: '', description: 'Telegram bot token from @BotFather. Required for `npm start`.' },
  { name: 'SEEDS_DIR', default: './seeds', description: 'Folder of documents (.txt, .md, .html, .htm, .pdf, .docx), read recursively.' },
  { name: 'DATA_DIR', default: './data', description: 'Where indexes and the model download cache are written.' },
  { name: 'MODELS_DIR', default: './models', description: 'Local models folder, searched before any download (<MODELS_DIR>/<model id>/).' },
  { name: 'ALLOW_REMOTE_MODELS', default: 'true', description: 'Allow downloading the embedding model from the Hugging Face hub. false = local only.' },
  { name: 'EMBEDDING_MODEL', default: 'Xenova/multilingual-e5-small', description: 'Embedding model id. Changing it rebuilds the index. none = lexical (BM25) retrieval on purpose, no model.' },
  { name: 'EMBEDDING_QUANTIZED', default: 'true', description: 'Use the int8 quantized ONNX weights.' },
  { name: 'EMBED_BATCH_SIZE', default: '16', description: 'Passages per model call during ingest.' },
  { name: 'QUERY_BATCH_WINDOW_MS', default: '0', description: 'Questions asked while the model embeds others are sent together when it is free; this holds such a batch open up to N ms more (0 = send at once). A lone question never waits.' },
  { name: 'CHUNK_MAX_TOKENS', default: '200', description: "Chunk size in the model's tokens (never above the model's maximum input)." },
  { name: 'CHUNK_OVERLAP_SENTENCES', default: '1', description: 'Sentences shared by consecutive chunks.' },
  { name: 'MAX_DOCUMENT_BYTES', default: '5000000', description: 'Documents with more text than this, in bytes (for PDF, DOCX and web pages: the text taken from them), are skipped with a warning that names them, and refused when an admin sends one.' },
  { name: 'TOP_K', default: '5', description: 'Passages retrieved for an answer.' },
  { name: 'MAX_PASSAGES_PER_DOCUMENT', default: '2', description: 'Passages from one document among the top K.' },
  { name: 'MAX_ANSWER_SENTENCES', default: '3', description: 'Sentences in an answer before the sources.' },
  { name: 'HNSW_M', default: '16', description: 'HNSW graph degree.' },
  { name: 'HNSW_EF_CONSTRUCTION', default: '200', description: 'HNSW build breadth.' },
  { name: 'HNSW_EF_SEARCH', default: '64', description: 'HNSW search breadth (recall vs. latency): at 64 it finds 99% of the exact 30 nearest of 100,000 passages (`npm run bench`, scale).' },
  { name: 'TELEGRAM_API_ROOT', default: 'https://api.telegram.org', description: 'Bot API server root, for a self-hosted Bot API server.' },
  { name: 'WEBHOOK_URL', default: '', description: 'Public HTTPS URL of the webhook; empty = long polling.' },
  { name: 'WEBHOOK_SECRET', default: '', description: 'Secret token Telegram sends with webhook calls (required with WEBHOOK_URL).' },
  { name: 'PORT', default: '8080', description: 'Port of the webhook and health server.' },
  { name: 'RATE_LIMIT_PER_MINUTE', default: '20', description: 'Questions one user may ask per minute.' },
  { name: 'MAX_QUESTION_CHARS', default: '500', description: 'Longest question accepted, in characters.' },
  { name: 'BOT_CONCURRENCY', default: '8', description: 'Updates processed at once (each chat stays in order).' },
  { name: 'ADMIN_USER_IDS', default: '', description: 'Comma-separated Telegram user ids of the bot\'s admins (add or remove documents, /stats, server details in /status). Empty = no admins.' },
  { name: 'QUESTION_LOG', default: 'true', description: 'Record questions (text, language, sources, latency) and 👍/👎 votes in DATA_DIR/feedback.sqlite for /stats and `npm run feedback`. User ids are stored only as a keyed hash. false = record nothing, no vote buttons.' },
  { name: 'RETENTION_DAYS', default: '90', description: 'Recorded questions and votes older than this many days are deleted.' },
  { name: 'METRICS_PORT', default: '', description: 'In polling mode, serve Prometheus metrics at http://127.0.0.1:<port>/metrics. Empty = off. (In webhook mode /metrics is on PORT.)' },
  { name: 'ALLOWED_CHAT_IDS', default: '', description: 'Comma-separated chat ids the bot answers in: user ids (their private chats and inline queries) and group ids (e.g. -1001234567890). Empty = everyone.' },
  { name: 'ALLOW_PRIVATE_URLS', default: 'false', description: 'Let /add fetch pages on private, loopback and link-local addresses (for intranets and tests).' },
  { name: 'WATCH_SEEDS', default: 'true', description: 'Watch SEEDS_DIR while the bot runs and update the index in the background when documents change. false = only at start, /reindex and admin uploads.' },
  { name: 'LOG_LEVEL', default: 'info', description: 'debug, info, warn or error.' },
];

const DEFAULTS: Readonly<Record<string, string>> = Object.fromEntries(SETTINGS.map((s) => [s.name, s.default]));

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  raw(name: string): string {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? (DEFAULTS[name] ?? '') : value.trim();
  }

  optional(name: string): string | undefined {
    const value = this.raw(name);
    return value === '' ? undefined : value;
  }

  int(name: string, min: number, max: number): number {
    const text = this.raw(name);
    const value = Number(text);
    if (!/^-?\d+$/.test(text) || value < min || value > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${text}")`);
      return Number(DEFAULTS[name]);
    }
    return value;
  }

  bool(name: string): boolean {
    const text = this.raw(name).toLowerCase();
    if (['true', '1', 'yes', 'on'].includes(text)) return true;
    if (['false', '0', 'no', 'off'].includes(text)) return false;
    this.problems.push(`${name} must be true or false (got "${text}")`);
    return DEFAULTS[name] === 'true';
  }

  url(name: string): string | undefined {
    const text = this.optional(name);
    if (text === undefined) return undefined;
    try {
      const parsed = new URL(text);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('protocol');
      return text.replace(/\/+$/, '');
    } catch {
      this.problems.push(`${name} must be an http(s) URL (got "${text}")`);
      return undefined;
    }
  }

  /** A comma-separated list of positive whole numbers (Telegram ids); empty = none. */
  idList(name: string): number[] {
    const parts = this.raw(name).split(',').map((p) => p.trim()).filter((p) => p !== '');
    const bad = parts.filter((p) => !/^\d{1,16}$/.test(p) || Number(p) === 0);
    if (bad.length > 0) {
      this.problems.push(`${name} must be comma-separated Telegram user ids such as 12345,67890 (got "${bad.join(', ')}")`);
      return [];
    }
    return [...new Set(parts.map(Number))];
  }

  /** A comma-separated list of Telegram chat ids (groups are negative); empty = none. */
  chatIdList(name: string): number[] {
    const parts = this.raw(name).split(',').map((p) => p.trim()).filter((p) => p !== '');
    const bad = parts.filter((p) => !/^-?\d{1,16}$/.test(p) || Number(p) === 0);
    if (bad.length > 0) {
      this.problems.push(`${name} must be comma-separated Telegram chat ids such as 12345,-1001234567890 (got "${bad.join(', ')}")`);
      return [];
    }
    return [...new Set(parts.map(Number))];
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T {
    const text = this.raw(name).toLowerCase();
    if ((allowed as readonly string[]).includes(text)) return text as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${text}")`);
    return DEFAULTS[name] as T;
  }
}

/**
 * Reads and validates every setting at once. Relative paths resolve against `cwd`.
 * Throws AppError CONFIG_INVALID listing every problem found, not just the first.
 */
export function createConfig(env: Env = {}, cwd: string = process.cwd()): Config {
  const read = new Reader(env);
  const dir = (name: string) => path.resolve(cwd, read.raw(name));

  const webhookUrl = read.url('WEBHOOK_URL');
  const webhookSecret = read.optional('WEBHOOK_SECRET');
  if (webhookUrl !== undefined && webhookSecret === undefined) {
    read.problems.push('WEBHOOK_SECRET is required when WEBHOOK_URL is set');
  }
  if (webhookSecret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(webhookSecret)) {
    read.problems.push('WEBHOOK_SECRET may use only A-Z, a-z, 0-9, _ and -, at most 256 characters');
  }

  const config: Config = {
    seedsDir: dir('SEEDS_DIR'),
    dataDir: dir('DATA_DIR'),
    modelsDir: dir('MODELS_DIR'),
    allowRemoteModels: read.bool('ALLOW_REMOTE_MODELS'),
    embeddingModel: read.raw('EMBEDDING_MODEL'),
    embeddingQuantized: read.bool('EMBEDDING_QUANTIZED'),
    embedBatchSize: read.int('EMBED_BATCH_SIZE', 1, 512),
    queryBatchWindowMs: read.int('QUERY_BATCH_WINDOW_MS', 0, 1000),
    chunkMaxTokens: read.int('CHUNK_MAX_TOKENS', 16, 8192),
    chunkOverlapSentences: read.int('CHUNK_OVERLAP_SENTENCES', 0, 5),
    maxDocumentBytes: read.int('MAX_DOCUMENT_BYTES', 1000, 1_000_000_000),
    topK: read.int('TOP_K', 1, 50),
    maxPassagesPerDocument: read.int('MAX_PASSAGES_PER_DOCUMENT', 1, 50),
    maxAnswerSentences: read.int('MAX_ANSWER_SENTENCES', 1, 10),
    hnswM: read.int('HNSW_M', 4, 128),
    hnswEfConstruction: read.int('HNSW_EF_CONSTRUCTION', 10, 2000),
    hnswEfSearch: read.int('HNSW_EF_SEARCH', 10, 5000),
    botToken: read.optional('BOT_TOKEN'),
    telegramApiRoot: read.url('TELEGRAM_API_ROOT') ?? DEFAULTS.TELEGRAM_API_ROOT!,
    webhookUrl,
    webhookSecret,
    port: read.int('PORT', 0, 65535),
    rateLimitPerMinute: read.int('RATE_LIMIT_PER_MINUTE', 1, 10_000),
    maxQuestionChars: read.int('MAX_QUESTION_CHARS', 10, 4000),
    botConcurrency: read.int('BOT_CONCURRENCY', 1, 256),
    adminUserIds: Object.freeze(read.idList('ADMIN_USER_IDS')),
    questionLog: read.bool('QUESTION_LOG'),
    retentionDays: read.int('RETENTION_DAYS', 1, 36_500),
    metricsPort: read.optional('METRICS_PORT') === undefined ? undefined : read.int('METRICS_PORT', 1, 65535),
    allowedChatIds: Object.freeze(read.chatIdList('ALLOWED_CHAT_IDS')),
    allowPrivateUrls: read.bool('ALLOW_PRIVATE_URLS'),
    watchSeeds: read.bool('WATCH_SEEDS'),
    logLevel: read.oneOf('LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const),
  };

  if (!/^[\w.-]+(\/[\w.-]+)?$/.test(config.embeddingModel)) {
    read.problems.push(`EMBEDDING_MODEL must look like "owner/name" (got "${config.embeddingModel}")`);
  }

  if (read.problems.length > 0) {
    throw new AppError('CONFIG_INVALID', `Invalid settings:\n- ${read.problems.join('\n- ')}`, {
      problems: read.problems,
    });
  }
  return Object.freeze(config);
}

/** EMBEDDING_MODEL values that choose lexical (BM25) retrieval on purpose: `none` (or `none/none`). */
export function isLexicalOnPurpose(modelId: string): boolean {
  return /^none(\/none)?$/iu.test(modelId);
}

/** Checks BOT_TOKEN only when the bot is started; the CLI works without one. */
export function requireBotToken(config: Config): string {
  const token = config.botToken;
  if (token === undefined) {
    throw new AppError('BOT_TOKEN_INVALID', 'BOT_TOKEN is not set. Create a bot with @BotFather and put its token in .env (see .env.example).');
  }
  if (!/^\d{3,20}:[A-Za-z0-9_-]{20,}$/.test(token)) {
    throw new AppError('BOT_TOKEN_INVALID', 'BOT_TOKEN does not look like a bot token ("123456:ABC..."). Copy it again from @BotFather into .env.');
  }
  return token;
}
