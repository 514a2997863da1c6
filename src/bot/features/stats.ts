import { Composer } from 'grammy';
import { escapeHtml } from '../../answer/telegram.ts';
import type { FeedbackStats } from '../../feedback/stats.ts';
import { STATS_WINDOW_DAYS } from '../../feedback/stats.ts';
import type { StatsFacts } from '../../i18n/index.ts';
import type { BotContext } from '../i18n.ts';
import type { BotServices } from '../services.ts';

/** Longest question and document title shown in /stats, so that five of each always fit one message. */
const MAX_QUESTION_SHOWN = 200;
const MAX_TITLE_SHOWN = 100;

function shown(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return escapeHtml(clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`);
}

/** The figures as /stats shows them; documents by title when `titleOf` knows them, else by file. */
export function statsFacts(stats: FeedbackStats, titleOf: (source: string) => string | undefined = () => undefined): StatsFacts {
  return {
    today: stats.questions.today,
    week: stats.questions.week,
    month: stats.questions.month,
    windowDays: STATS_WINDOW_DAYS,
    abstained: stats.abstained,
    ...(stats.abstentionRate !== undefined ? { abstentionRate: `${(stats.abstentionRate * 100).toFixed(1)}%` } : {}),
    up: stats.votes.up,
    down: stats.votes.down,
    ...(stats.medianLatencyMs !== undefined ? { medianLatency: `${Math.round(stats.medianLatencyMs)} ms` } : {}),
    topSources: stats.topSources.map((s) => ({ source: shown(titleOf(s.source)?.trim() || s.source, MAX_TITLE_SHOWN), count: s.count })),
    unanswered: stats.unanswered.map((u) => ({ text: shown(u.text, MAX_QUESTION_SHOWN), count: u.count })),
  };
}

/**
 * /stats for ADMIN_USER_IDS, in a private chat only: it quotes what people asked, which a
 * group's members need not see.
 */
export function statsFeature(services: BotServices): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command('stats', async (ctx) => {
    const text = ctx.t;
    const admin = ctx.from !== undefined && services.config.adminUserIds.includes(ctx.from.id);
    if (!admin) return void (await ctx.reply(text.statsAdminsOnly));
    if (ctx.chat.type !== 'private') return void (await ctx.reply(text.statsPrivateOnly));
    if (services.feedback === undefined) return void (await ctx.reply(text.statsOff));
    const stats = services.feedback.stats();
    if (stats === undefined) return void (await ctx.reply(text.statsUnavailable));
    const titles = new Map(services.engine.documents().map((d) => [d.source, d.meta.title]));
    await ctx.reply(text.stats(statsFacts(stats, (source) => titles.get(source))), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
  });
  return feature;
}
