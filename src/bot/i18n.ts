import type { Context, MiddlewareFn } from 'grammy';
import { catalogue, localeOf, type Catalogue, type Locale } from '../i18n/index.ts';

export { localeOf, type Locale };

/** What the i18n middleware adds to the context of every update. */
export interface I18nFlavor {
  /** The sender's interface language, from Telegram's language_code. */
  locale: Locale;
  /** Every text of the bot in that language. */
  t: Catalogue;
}

/** The context every feature of the bot sees. */
export type BotContext = Context & I18nFlavor;

/** Sets `ctx.locale` and `ctx.t` once per update, before any feature runs. */
export function i18n(): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    ctx.locale = localeOf(ctx.from?.language_code);
    ctx.t = catalogue(ctx.locale);
    return next();
  };
}
