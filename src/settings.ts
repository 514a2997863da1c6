import { z } from 'zod';

/**
 * Every environment variable the project reads, declared once: its name, default, accepted values,
 * description and the zod schema that turns its text into the value `Config` holds. src/config.ts
 * validates with it; README's settings table and `.env.example` are generated from it
 * (`npm run settings-docs`).
 */
export interface Setting<T = unknown> {
  readonly env: string;
  /** As written in `.env`; used when the variable is absent or empty. '' = not set. */
  readonly default: string;
  /** The accepted values, as the docs show them. */
  readonly accepts: string;
  readonly description: string;
  /** Reads the trimmed text (undefined when it and the default are empty). Issue messages follow the variable's name. */
  readonly schema: z.ZodType<T, string | undefined>;
  /** A path: relative ones are resolved against the working directory. */
  readonly folder?: true;
}

type Kind<T> = Pick<Setting<T>, 'accepts' | 'schema' | 'folder'>;

const got = (input: unknown) => ` (got "${String(input)}")`;

function text(): Kind<string> {
  return { accepts: 'text', schema: z.string() };
}

function folder(): Kind<string> {
  return { accepts: 'a folder; a relative one is read from the working directory', schema: z.string(), folder: true };
}

function wholeNumber(min: number, max: number): Kind<number> {
  const error = (issue: { input?: unknown }) => `must be a whole number from ${min} to ${max}${got(issue.input)}`;
  return {
    accepts: `${min}–${max}`,
    schema: z.string().regex(/^-?\d+$/, { error }).transform(Number).pipe(z.number().min(min, { error }).max(max, { error })),
  };
}

function flag(): Kind<boolean> {
  return {
    accepts: 'true or false',
    schema: z.stringbool({
      truthy: ['true', '1', 'yes', 'on'],
      falsy: ['false', '0', 'no', 'off'],
      case: 'insensitive',
      error: (issue) => `must be true or false${got(issue.input)}`,
    }),
  };
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T): Kind<T[number]> {
  const error = (issue: { input?: unknown }) => `must be one of ${values.join(', ')}${got(issue.input)}`;
  return { accepts: values.join(', '), schema: z.string().toLowerCase().pipe(z.enum(values, { error })) };
}

function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** An http(s) URL without trailing slashes. */
function httpUrl(): Kind<string> {
  return {
    accepts: 'an http(s) URL',
    schema: z
      .string()
      .refine(isHttpUrl, { error: (issue) => `must be an http(s) URL${got(issue.input)}` })
      .transform((url) => url.replace(/\/+$/, '')),
  };
}

/** Empty means not set: the value is undefined and `kind` is not asked. */
function optional<T>(kind: Kind<T>): Kind<T | undefined> {
  return { accepts: `${kind.accepts}, or empty`, schema: kind.schema.optional() };
}

/** Comma-separated Telegram ids, distinct, in the order given; empty = none. */
function idList(id: RegExp, what: string, example: string): Kind<readonly number[]> {
  return {
    accepts: `comma-separated ${what}, or empty`,
    schema: z
      .string()
      .optional()
      .transform((list = '', ctx) => {
        const parts = list.split(',').map((part) => part.trim()).filter((part) => part !== '');
        const bad = parts.filter((part) => !id.test(part) || Number(part) === 0);
        if (bad.length > 0) {
          ctx.issues.push({ code: 'custom', input: list, message: `must be comma-separated ${what} such as ${example}${got(bad.join(', '))}` });
          return z.NEVER;
        }
        return Object.freeze([...new Set(parts.map(Number))]);
      }),
  };
}

function setting<T>(env: string, defaultText: string, kind: Kind<T>, description: string): Setting<T> {
  return { env, default: defaultText, description, ...kind };
}

/** Keyed by the `Config` field each one fills; in the order the docs list them. */
export const SETTINGS = {
  botToken: setting('BOT_TOKEN', '', optional(text()), 'Telegram bot token from @BotFather. Required for `npm start`.'),
  seedsDir: setting('SEEDS_DIR', './seeds', folder(), 'Folder of documents (.txt, .md, .html, .htm, .pdf, .docx), read recursively.'),
  dataDir: setting('DATA_DIR', './data', folder(), 'Where indexes and the model download cache are written.'),
  modelsDir: setting('MODELS_DIR', './models', folder(), 'Local models folder, searched before any download (<MODELS_DIR>/<model id>/).'),
  allowRemoteModels: setting('ALLOW_REMOTE_MODELS', 'true', flag(), 'Allow downloading the embedding model from the Hugging Face hub. false = local only.'),
  embeddingModel: setting(
    'EMBEDDING_MODEL',
    'Xenova/multilingual-e5-small',
    {
      accepts: 'a model id, owner/name',
      schema: z.string().regex(/^[\w.-]+(\/[\w.-]+)?$/, { error: (issue) => `must look like "owner/name"${got(issue.input)}` }),
    },
    'Embedding model id. Changing it rebuilds the index. none = lexical (BM25) retrieval on purpose, no model.',
  ),
  embeddingQuantized: setting('EMBEDDING_QUANTIZED', 'true', flag(), 'Use the int8 quantized ONNX weights.'),
  embeddingThread: setting(
    'EMBEDDING_THREAD',
    'worker',
    oneOf(['worker', 'main']),
    'Where the model computes: worker = a thread of its own, so the bot answers and searches while it embeds (a question is searched while its own embedding runs); main = the main thread, which waits for every model call.',
  ),
  queryEmbedThreads: setting(
    'QUERY_EMBED_THREADS',
    '1',
    wholeNumber(0, 256),
    "ONNX Runtime threads for a question's embedding (0 = one per physical core). A question is a few tokens: on 2 cores one thread embeds it as fast as two at half the CPU, and leaves a core to the search that runs meanwhile (bench/README.md, \"Model threads\").",
  ),
  embedThreads: setting(
    'EMBED_THREADS',
    '0',
    wholeNumber(0, 256),
    "ONNX Runtime threads for passages' embedding during ingest (0 = one per physical core). When it differs from QUERY_EMBED_THREADS the model is loaded a second time, at the first passages to embed.",
  ),
  embedBatchSize: setting('EMBED_BATCH_SIZE', '16', wholeNumber(1, 512), 'Passages per model call during ingest; a question\'s embedding waits for the call under way, so a larger batch makes questions wait longer while documents are added.'),
  queryBatchWindowMs: setting(
    'QUERY_BATCH_WINDOW_MS',
    '0',
    wholeNumber(0, 1000),
    'Questions asked while the model embeds others are sent together when it is free; this holds such a batch open up to N ms more (0 = send at once). A lone question never waits.',
  ),
  queryVectorCache: setting(
    'QUERY_VECTOR_CACHE',
    '2000',
    wholeNumber(0, 1_000_000),
    'Question vectors kept in memory (1.5 KiB each with multilingual-e5-small), so a question asked again (the next page, another chat, an inline query) is not embedded again. 0 = off.',
  ),
  chunkMaxTokens: setting('CHUNK_MAX_TOKENS', '200', wholeNumber(16, 8192), "Chunk size in tokens as estimated for multilingual-e5 (src/corpus/tokens.ts), the same in lexical and hybrid mode; in hybrid mode no chunk exceeds the model's maximum input either."),
  chunkOverlapSentences: setting('CHUNK_OVERLAP_SENTENCES', '1', wholeNumber(0, 5), 'Sentences shared by consecutive chunks.'),
  maxDocumentBytes: setting(
    'MAX_DOCUMENT_BYTES',
    '5000000',
    wholeNumber(1000, 1_000_000_000),
    'Documents with more text than this, in bytes (for PDF, DOCX and web pages: the text taken from them), are skipped with a warning that names them, and refused when an admin sends one.',
  ),
  topK: setting('TOP_K', '5', wholeNumber(1, 50), 'Passages retrieved for an answer.'),
  maxPassagesPerDocument: setting('MAX_PASSAGES_PER_DOCUMENT', '3', wholeNumber(1, 50), 'Passages from one document among the top K.'),
  maxAnswerSentences: setting('MAX_ANSWER_SENTENCES', '3', wholeNumber(1, 10), 'Sentences in an answer before the sources.'),
  hnswM: setting('HNSW_M', '16', wholeNumber(4, 128), 'HNSW graph degree.'),
  hnswEfConstruction: setting('HNSW_EF_CONSTRUCTION', '200', wholeNumber(10, 2000), 'HNSW build breadth.'),
  hnswEfSearch: setting(
    'HNSW_EF_SEARCH',
    '64',
    wholeNumber(10, 5000),
    'HNSW search breadth (recall vs. latency): at 64 it finds 99% of the exact 30 nearest of 100,000 passages (`npm run bench`, scale).',
  ),
  telegramApiRoot: setting('TELEGRAM_API_ROOT', 'https://api.telegram.org', httpUrl(), 'Bot API server root, for a self-hosted Bot API server.'),
  webhookUrl: setting('WEBHOOK_URL', '', optional(httpUrl()), 'Public HTTPS URL of the webhook; empty = long polling.'),
  webhookSecret: setting(
    'WEBHOOK_SECRET',
    '',
    optional({
      accepts: 'A-Z, a-z, 0-9, _ and -, at most 256 characters',
      // The message does not repeat the value: it is a secret.
      schema: z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, { error: 'may use only A-Z, a-z, 0-9, _ and -, at most 256 characters' }),
    }),
    'Secret token Telegram sends with webhook calls (required with WEBHOOK_URL).',
  ),
  port: setting('PORT', '8080', wholeNumber(0, 65535), 'Port of the webhook and health server.'),
  rateLimitPerMinute: setting('RATE_LIMIT_PER_MINUTE', '20', wholeNumber(1, 10_000), 'Questions one user may ask per minute.'),
  maxQuestionChars: setting('MAX_QUESTION_CHARS', '500', wholeNumber(10, 4000), 'Longest question accepted, in characters.'),
  botConcurrency: setting('BOT_CONCURRENCY', '8', wholeNumber(1, 256), 'Updates processed at once (each chat stays in order).'),
  adminUserIds: setting(
    'ADMIN_USER_IDS',
    '',
    idList(/^\d{1,16}$/, 'Telegram user ids', '12345,67890'),
    "Comma-separated Telegram user ids of the bot's admins (add or remove documents, /stats, server details in /status). Empty = no admins.",
  ),
  questionLog: setting(
    'QUESTION_LOG',
    'true',
    flag(),
    'Record questions (text, language, sources, latency) and 👍/👎 votes in DATA_DIR/feedback.sqlite for /stats and `npm run feedback`. User ids are stored only as a keyed hash. false = record nothing, no vote buttons.',
  ),
  retentionDays: setting('RETENTION_DAYS', '90', wholeNumber(1, 36_500), 'Recorded questions and votes older than this many days are deleted.'),
  metricsPort: setting(
    'METRICS_PORT',
    '',
    optional(wholeNumber(1, 65535)),
    'In polling mode, serve Prometheus metrics at http://127.0.0.1:<port>/metrics. Empty = off. (In webhook mode /metrics is on PORT.)',
  ),
  allowedChatIds: setting(
    'ALLOWED_CHAT_IDS',
    '',
    idList(/^-?\d{1,16}$/, 'Telegram chat ids', '12345,-1001234567890'),
    'Comma-separated chat ids the bot answers in: user ids (their private chats and inline queries) and group ids (e.g. -1001234567890). Empty = everyone.',
  ),
  allowPrivateUrls: setting('ALLOW_PRIVATE_URLS', 'false', flag(), 'Let /add fetch pages on private, loopback and link-local addresses (for intranets and tests).'),
  watchSeeds: setting(
    'WATCH_SEEDS',
    'true',
    flag(),
    'Watch SEEDS_DIR while the bot runs and update the index in the background when documents change. false = only at start, /reindex and admin uploads.',
  ),
  logLevel: setting('LOG_LEVEL', 'info', oneOf(['debug', 'info', 'warn', 'error']), 'debug, info, warn or error.'),
} as const;

export type SettingKey = keyof typeof SETTINGS;

/** Every setting's value, as createConfig returns them. */
export type Config = { [K in SettingKey]: z.output<(typeof SETTINGS)[K]['schema']> };
