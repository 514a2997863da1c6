import type { Context } from 'grammy';
import { describe, expect, it } from 'vitest';
import { i18n, type BotContext } from '../../src/bot/i18n.ts';
import { catalogue } from '../../src/i18n/index.ts';

/** Runs the middleware on a context with only a sender and returns what a feature would see. */
async function seen(languageCode: string | undefined): Promise<BotContext> {
  const ctx = { from: { id: 1, is_bot: false, first_name: 'U', language_code: languageCode } } as Context as BotContext;
  let reached: BotContext | undefined;
  await i18n()(ctx, async () => {
    reached = ctx;
  });
  return reached!;
}

describe('i18n middleware', () => {
  it('sets ctx.locale and ctx.t from the sender before calling the next handler', async () => {
    const az = await seen('az');
    expect(az.locale).toBe('az');
    expect(az.t).toBe(catalogue('az'));
    expect(az.t.notText).toBe('Mən yalnız mətni oxuya bilirəm. Zəhmət olmasa sualınızı yazın.');
    for (const code of ['en', 'ru', undefined]) {
      const other = await seen(code);
      expect(other.locale, String(code)).toBe('en');
      expect(other.t).toBe(catalogue('en'));
    }
  });
});
