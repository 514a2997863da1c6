/**
 * Every error the project raises on purpose is an AppError with a stable `code` that tests and
 * callers match on, a human message that says what to do, and the context it failed with.
 */
export type ErrorCode =
  /** The command line was used wrongly (unknown command or option, a missing argument): exit code 2. */
  | 'USAGE'
  /** A bug: the program broke one of its own rules; nothing the user did or can fix. */
  | 'INTERNAL'
  | 'CONFIG_INVALID'
  | 'QUESTION_INVALID'
  | 'DOCUMENT_UNREADABLE'
  | 'MODEL_LOAD_FAILED'
  | 'EMBEDDING_FAILED'
  | 'INPUT_TOO_LONG'
  | 'INDEX_MISSING'
  | 'INDEX_FORMAT_UNSUPPORTED'
  | 'INDEX_MODEL_MISMATCH'
  | 'INDEX_CORRUPT'
  | 'INDEX_WRITE_FAILED'
  /** Another process holds DATA_DIR/ingest.lock. */
  | 'INDEX_BUSY'
  /** No space left where DATA_DIR is (ENOSPC, EDQUOT), or too little for the ingest ahead. */
  | 'DISK_FULL'
  /** Reading or writing under DATA_DIR was refused (EACCES, EPERM, EROFS). */
  | 'DATA_DIR_PERMISSION'
  /** DATA_DIR is a file, or lies under one. */
  | 'DATA_DIR_INVALID'
  | 'EVAL_INPUT_INVALID'
  | 'BOT_TOKEN_INVALID'
  /** Telegram stopped giving updates for good (401 token revoked, 409 another instance). */
  | 'BOT_POLLING_STOPPED'
  /** DATA_DIR/feedback.sqlite cannot be read (feedback export and stats from the command line). */
  | 'FEEDBACK_UNAVAILABLE'
  /** /add was given a URL it must not fetch (scheme, private address, size, redirects). */
  | 'URL_REFUSED'
  /** A page for /add could not be fetched (network, timeout, HTTP status, not a web page). */
  | 'PAGE_FETCH_FAILED'
  /** A document sent to the bot could not be downloaded from Telegram. */
  | 'FILE_DOWNLOAD_FAILED'
  /** The Telegram Bot API could not be reached at start (network, DNS, Telegram down). */
  | 'TELEGRAM_UNREACHABLE';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly context: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, context: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    this.context = context;
  }
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}

/** A one-line description of any thrown value, for logs. */
export function describeError(error: unknown): string {
  if (error instanceof AppError) return `${error.code}: ${error.message}`;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
