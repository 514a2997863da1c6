import { Composer } from 'grammy';
import { escapeHtml } from '../../answer/telegram.ts';
import { formatDate } from '../../i18n/index.ts';
import type { BotContext } from '../i18n.ts';
import type { BotServices } from '../services.ts';

/** /start and /help: what the bot knows (from the corpus summary) and how to ask. */
export function helpFeature(services: BotServices): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command(['start', 'help'], async (ctx) => {
    const summary = services.engine.corpusSummary();
    const earliest = summary.earliest === undefined ? undefined : formatDate(summary.earliest, ctx.locale);
    const latest = summary.latest === undefined ? undefined : formatDate(summary.latest, ctx.locale);
    const dateRange =
      earliest === undefined && latest === undefined
        ? undefined
        : earliest === latest || latest === undefined
          ? escapeHtml(earliest ?? '')
          : earliest === undefined
            ? escapeHtml(latest)
            : `${escapeHtml(earliest)} – ${escapeHtml(latest)}`;
    const text = ctx.t.help({
      documents: summary.documents,
      outlets: summary.outlets.map(escapeHtml),
      dateRange,
      botUsername: escapeHtml(ctx.me.username),
    });
    const admin = ctx.chat?.type === 'private' && ctx.from !== undefined && services.config.adminUserIds.includes(ctx.from.id);
    const shown = admin ? `${text}\n\n${ctx.t.adminHelp}` : text;
    await ctx.reply(shown, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
  });
  return feature;
}
