import { GrammyError, HttpError } from 'grammy';
import { describeError } from '../errors.ts';
import { hideSecrets } from '../log.ts';

/**
 * One line describing an error and its causes with the secret removed. An HttpError is described
 * by its own message only: the fetch error it wraps can hold the request URL, and with it the bot
 * token, which is why grammY leaves that text out of the message.
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
    if (current instanceof HttpError) break;
    current = current instanceof Error ? current.cause : undefined;
  }
  return hideSecrets(parts.join(' <- '), [secret]);
}
