/**
 * A small leveled logger that writes one line per event to stderr. Secrets registered with
 * `redact` are replaced wherever they appear, including inside error messages and URLs, so a
 * bot token never reaches a log line.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  /** Hides this string (e.g. the bot token) in every later line. */
  redact(secret: string): void;
}

export interface LoggerOptions {
  level?: LogLevel;
  write?: (line: string) => void;
}

/** `text` with every non-empty secret replaced by [redacted]: the one place a secret is hidden. */
export function hideSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret !== '') out = out.split(secret).join('[redacted]');
  return out;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = ORDER[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stderr.write(line + '\n'));
  const secrets: string[] = [];

  const format = (value: unknown): string => {
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    if (typeof value === 'string') return /[\s"=]/.test(value) ? JSON.stringify(value) : value;
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  };

  const emit = (level: LogLevel, message: string, fields?: Record<string, unknown>) => {
    if (ORDER[level] < threshold) return;
    const parts = [new Date().toISOString(), level.toUpperCase(), message];
    for (const [key, value] of Object.entries(fields ?? {})) {
      if (value !== undefined) parts.push(`${key}=${format(value)}`);
    }
    write(hideSecrets(parts.join(' '), secrets));
  };

  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    redact: (secret) => {
      if (secret.length > 0 && !secrets.includes(secret)) secrets.push(secret);
    },
  };
}

/** A logger that drops everything, for tests and library use. */
export const silentLogger: Logger = createLogger({ level: 'error', write: () => {} });
