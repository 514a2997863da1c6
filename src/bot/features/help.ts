import { Composer, type Context } from 'grammy';
import { escapeHtml } from '../../answer/telegram.ts';
import { formatDate } from '../../corpus/metadata.ts';
import { localeOfContext } from '../answering.ts';
import { messages } from '../i18n.ts';
import type { BotServices } from '../services.ts';

/** /start and /help: what the bot knows (from the corpus summary) and how to ask. */
export function helpFeature(services: BotServices): Composer<Context> {
  const feature = new Composer<Context>();
  feature.command(['start', 'help'], async (ctx) => {
    const summary = services.engine.corpusSummary();
    const locale = localeOfContext(ctx);
    const earliest = summary.earliest === undefined ? undefined : formatDate(summary.earliest, locale);
    const latest = summary.latest === undefined ? undefined : formatDate(summary.latest, locale);
    const dateRange =
      earliest === undefined && latest === undefined
        ? undefined
        : earliest === latest || latest === undefined
          ? escapeHtml(earliest ?? '')
          : earliest === undefined
            ? escapeHtml(latest)
            : `${escapeHtml(earliest)} – ${escapeHtml(latest)}`;
    const text = messages(locale).help({
      documents: summary.documents,
      outlets: summary.outlets.map(escapeHtml),
      dateRange,
      botUsername: escapeHtml(ctx.me.username),
    });
    const admin = ctx.chat?.type === 'private' && ctx.from !== undefined && services.config.adminUserIds.includes(ctx.from.id);
    const shown = admin ? `${text}\n\n${messages(locale).adminHelp}` : text;
    await ctx.reply(shown, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
  });
  return feature;
}
