import { Composer } from 'grammy';
import { LRUCache } from 'lru-cache';
import type { BotContext } from '../i18n.ts';
import type { BotServices } from '../services.ts';

/** Chats already told that the bot is private: each is told once, not at every message. */
const TOLD_CHATS = 10_000;
const INLINE_CACHE_SECONDS = 300;

/**
 * ALLOWED_CHAT_IDS: when set, only listed chats (users' private chats, groups) get past this
 * point, and inline queries only from listed users. Admins always reach the bot in their own
 * private chat; admin commands check ADMIN_USER_IDS themselves. Elsewhere the bot says once,
 * politely, that it is private.
 */
export function accessFeature(services: BotServices): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const allowed = new Set(services.config.allowedChatIds);
  if (allowed.size === 0) return feature;
  const admins = new Set(services.config.adminUserIds);
  const told = new LRUCache<number, true>({ max: TOLD_CHATS });

  feature.use(async (ctx, next) => {
    const text = ctx.t;
    const userId = ctx.from?.id;
    if (ctx.inlineQuery !== undefined) {
      if (userId !== undefined && (allowed.has(userId) || admins.has(userId))) return next();
      await ctx.answerInlineQuery(
        [{ type: 'article', id: 'private', title: text.privateBot, input_message_content: { message_text: text.privateBot } }],
        { cache_time: INLINE_CACHE_SECONDS, is_personal: true },
      );
      return;
    }
    const chat = ctx.chat;
    if (chat === undefined) return;
    if (allowed.has(chat.id) || (chat.type === 'private' && userId !== undefined && admins.has(userId))) return next();
    if (ctx.callbackQuery !== undefined) {
      await ctx.answerCallbackQuery({ text: text.privateBot, show_alert: true });
      return;
    }
    if (ctx.message === undefined || told.get(chat.id) !== undefined) return;
    told.set(chat.id, true);
    services.logger.info('message from a chat not in ALLOWED_CHAT_IDS', { chat: chat.id });
    await ctx.reply(text.privateBot);
  });
  return feature;
}
