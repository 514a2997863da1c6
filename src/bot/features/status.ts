import { Composer, type Context } from 'grammy';
import { escapeHtml } from '../../answer/telegram.ts';
import { localeOfContext } from '../answering.ts';
import { messages } from '../i18n.ts';
import type { BotServices } from '../services.ts';

/**
 * /status: index size, model and retrieval mode. In lexical-only mode the model error is shown
 * in private chats only: it names server paths that a group's members have no business seeing.
 */
export function statusFeature(services: BotServices): Composer<Context> {
  const feature = new Composer<Context>();
  feature.command('status', async (ctx) => {
    const status = services.engine.status();
    const text = messages(localeOfContext(ctx)).status({
      documents: status.documents,
      chunks: status.chunks,
      modelId: escapeHtml(status.modelId),
      mode: status.mode,
      modelError:
        status.modelError === undefined || ctx.chat?.type !== 'private' ? undefined : escapeHtml(services.describeError(status.modelError)),
      builtAt: escapeHtml(status.builtAt),
    });
    await ctx.reply(text, { parse_mode: 'HTML' });
  });
  return feature;
}
