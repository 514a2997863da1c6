import { Composer } from 'grammy';
import { escapeHtml } from '../../answer/telegram.ts';
import { isLexicalOnPurpose } from '../../config.ts';
import type { BotContext } from '../i18n.ts';
import type { BotServices } from '../services.ts';

/**
 * /status: index size, model and retrieval mode. Model errors and why the index could not be
 * updated name server paths: they are shown only to ADMIN_USER_IDS, and only in private chats.
 */
export function statusFeature(services: BotServices): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command('status', async (ctx) => {
    const status = services.engine.status();
    const admin = ctx.chat?.type === 'private' && ctx.from !== undefined && services.config.adminUserIds.includes(ctx.from.id);
    const text = ctx.t.status({
      documents: status.documents,
      chunks: status.chunks,
      modelId: escapeHtml(status.modelId),
      mode: status.mode,
      modelError: status.modelError === undefined || !admin ? undefined : escapeHtml(services.describeError(status.modelError)),
      lexicalOnPurpose: isLexicalOnPurpose(status.modelId),
      builtAt: escapeHtml(status.builtAt),
      ...(status.indexStale !== undefined ? { indexStale: admin ? { reason: escapeHtml(services.describeError(status.indexStale)) } : {} } : {}),
    });
    await ctx.reply(text, { parse_mode: 'HTML' });
  });
  return feature;
}
