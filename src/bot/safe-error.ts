import { GrammyError, HttpError } from 'grammy';
import { describeError } from '../errors.ts';

/**
 * One line describing an error and its causes with the secret removed. grammY's HttpError wraps
 * the fetch error, whose message holds the request URL, and that URL holds the bot token.
 */
export function describeSafely(error: unknown, secret: string): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== undefined && current !== null; depth += 1) {
    if (current instanceof GrammyError) {
      parts.push(`GrammyError: ${current.method} failed (${current.error_code}: ${current.description})`);
      break;
    }
    parts.push(describeError(current));
    current = current instanceof HttpError ? current.error : current instanceof Error ? current.cause : undefined;
  }
  const text = parts.join(' <- ');
  return secret === '' ? text : text.split(secret).join('[redacted]');
}
