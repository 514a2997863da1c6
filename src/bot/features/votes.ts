import { Composer } from 'grammy';
import { decodeVote, VOTE_EMOJI } from '../feedback.ts';
import type { BotContext } from '../i18n.ts';
import type { BotServices } from '../services.ts';

/**
 * 👍 and 👎 under answers: one vote per user per answer, which a later press changes. Every
 * press is acknowledged in its pop-up, also when the vote could not be saved.
 */
export function votesFeature(services: BotServices): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.callbackQuery(/^v:/, async (ctx) => {
    const text = ctx.t;
    const vote = decodeVote(ctx.callbackQuery.data);
    if (vote === undefined || services.feedback === undefined) {
      await ctx.answerCallbackQuery({ text: text.staleButton });
      return;
    }
    const outcome = services.feedback.recordVote(vote.questionId, ctx.from.id, vote.vote);
    if (outcome === 'recorded' || outcome === 'changed') services.metrics?.votes.inc({ vote: vote.vote });
    const emoji = VOTE_EMOJI[vote.vote];
    const reply = {
      recorded: text.voteRecorded,
      changed: text.voteChanged(emoji),
      unchanged: text.voteUnchanged(emoji),
      unrecorded: text.voteUnrecorded,
    }[outcome];
    await ctx.answerCallbackQuery({ text: reply });
  });
  return feature;
}
