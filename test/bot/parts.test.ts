import { describe, expect, it } from 'vitest';
import { HttpError } from 'grammy';
import { decodeButton, encodeButton } from '../../src/bot/callback-data.ts';
import { stripMentions } from '../../src/bot/features/ask.ts';
import { pageLines } from '../../src/bot/features/sources.ts';
import { localeOf } from '../../src/bot/i18n.ts';
import { SlidingWindowLimiter } from '../../src/bot/rate-limit.ts';
import { describeSafely } from '../../src/bot/safe-error.ts';

describe('SlidingWindowLimiter', () => {
  it('allows `limit` events per window per key and says how long to wait', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter(2, 60_000, 100, () => now);
    expect(limiter.take('a')).toBe(0);
    now = 10_000;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(50_000);
    expect(limiter.take('b')).toBe(0);
    now = 60_000;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBeGreaterThan(0);
  });

  it('keeps at most maxKeys users in memory', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter(1, 1000, 3, () => now);
    for (let i = 0; i < 10; i += 1) limiter.take(`u${i}`);
    // The oldest were forgotten, so they may ask again at once; the newest may not.
    expect(limiter.take('u0')).toBe(0);
    expect(limiter.take('u9')).toBeGreaterThan(0);
    now = 5000;
    expect(limiter.take('u9')).toBe(0);
  });
});

describe('callback data', () => {
  it('round-trips every action within 64 bytes and rejects anything else', () => {
    const actions = [
      { kind: 'passage', number: 12, ref: '0123456789ab.9999' },
      { kind: 'more', questionId: 'zz9', offset: 15 },
      { kind: 'sources', page: 3 },
    ] as const;
    for (const action of actions) {
      const data = encodeButton(action);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodeButton(data)).toEqual(action);
    }
    for (const junk of ['', 'p:', 'p:1:', 'm:ABC:1', 'x:1', 's:-1', 'p:1:has space']) expect(decodeButton(junk)).toBeUndefined();
  });
});

describe('mentions and locale', () => {
  it('strips only mentions of this bot, case-insensitively', () => {
    const text = 'Hey @azkoreatestbot what about @Other?';
    const entities = [
      { type: 'mention' as const, offset: 4, length: 15 },
      { type: 'mention' as const, offset: 31, length: 6 },
    ];
    expect(stripMentions(text, entities, 'AzKoreaTestBot')).toEqual({ text: 'Hey what about @Other?', mentioned: true });
    expect(stripMentions('plain', undefined, 'AzKoreaTestBot')).toEqual({ text: 'plain', mentioned: false });
  });

  it('speaks Azerbaijani to az users and English to everyone else', () => {
    expect(localeOf('az')).toBe('az');
    expect(localeOf('az-Latn')).toBe('az');
    expect(localeOf('en')).toBe('en');
    expect(localeOf('ru')).toBe('en');
    expect(localeOf('aze')).toBe('en');
    expect(localeOf(undefined)).toBe('en');
  });
});

describe('describeSafely', () => {
  it("describes an HttpError by its own message and never reads the error it wraps", () => {
    const token = '42:SECRET_token_value';
    const wrapped = new HttpError("Network request for 'sendMessage' failed! (502: Bad Gateway)", new Error('unused'));
    let read = false;
    Object.defineProperty(wrapped, 'error', {
      get: () => {
        read = true;
        return new Error(`request to https://api.telegram.org/bot${token}/sendMessage failed, reason: ECONNRESET`);
      },
    });
    const text = describeSafely(new Error('sending the answer failed', { cause: wrapped }), token);
    expect(text).toBe("Error: sending the answer failed <- HttpError: Network request for 'sendMessage' failed! (502: Bad Gateway)");
    expect(read).toBe(false);
  });

  it('hides the token in the messages of other errors and their causes', () => {
    const token = '42:SECRET_token_value';
    const text = describeSafely(new Error('outer', { cause: new Error(`fetch /bot${token}/getMe failed`) }), token);
    expect(text).toBe('Error: outer <- Error: fetch /bot[redacted]/getMe failed');
  });
});

describe('pageLines', () => {
  it('puts at most ten lines on a page and keeps each page within the size limit', () => {
    const pages = pageLines(Array.from({ length: 25 }, (_, i) => `${i}. ${'x'.repeat(i === 3 ? 900 : 10)}`), 10, 1000);
    expect(pages.flat()).toHaveLength(25);
    expect(pages.every((p) => p.length <= 10 && p.join('\n').length <= 1000)).toBe(true);
    // The long line makes the first page end early.
    expect(pages[0]!.length).toBeLessThan(10);
  });
});

describe('inlineResults', () => {
  it('fits each result in one message with its sources, and gives one result when abstaining', async () => {
    const { inlineResults } = await import('../../src/bot/features/inline.ts');
    const meta = (n: number) => ({ title: `Title ${n}`, outlet: `Outlet${n}`, language: 'en' as const });
    const citations = [1, 2, 3, 4].map((n) => ({ n, source: `d${n}`, chunkId: `d${n}#0`, ref: `r${n}`, meta: meta(n), score: 1, text: 'p' }));
    const sentences = Array.from({ length: 12 }, (_, i) => ({ text: `${i} ${'long words & more '.repeat(40)}`, citation: (i % 4) + 1 }));
    const results = inlineResults({ question: 'q', language: 'en', abstained: false, sentences, citations }, 'en');
    expect(results.length).toBe(3);
    for (const r of results) {
      const html = (r.input_message_content as { message_text: string }).message_text;
      expect(html.length).toBeLessThanOrEqual(4096);
      expect(html).toMatch(/<b>Sources<\/b>\n1\. /);
    }
    const abstained = inlineResults({ question: 'q', language: 'az', abstained: true, sentences: [], citations: [] }, 'en');
    expect(abstained).toHaveLength(1);
  });
});
