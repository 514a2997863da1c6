import { describe, expect, it } from 'vitest';
import { createLogger, hideSecrets } from '../src/log.ts';

describe('createLogger', () => {
  it('filters by level and formats fields', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', write: (l) => lines.push(l) });
    logger.debug('hidden');
    logger.info('ingest done', { documents: 5, path: 'a b' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/INFO ingest done documents=5 path="a b"$/);
  });

  it('redacts registered secrets everywhere, errors included', () => {
    const lines: string[] = [];
    const logger = createLogger({ write: (l) => lines.push(l) });
    const token = '123456:ABCdefGhIJKlmNoPQRsTUVwxyZ';
    logger.redact(token);
    logger.error(`request to https://api.telegram.org/bot${token}/getMe failed`, {
      error: new Error(`fetch failed for /bot${token}/getUpdates`),
    });
    expect(lines.join('\n')).not.toContain(token);
    expect(lines.join('\n')).toContain('[redacted]');
  });
});

describe('hideSecrets', () => {
  it('replaces every occurrence of each secret, and ignores an empty one', () => {
    expect(hideSecrets('a SECRET b SECRET c other', ['SECRET', '', 'other'])).toBe('a [redacted] b [redacted] c [redacted]');
    expect(hideSecrets('nothing to hide', [''])).toBe('nothing to hide');
  });
});
