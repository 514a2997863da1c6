import { Composer, type Context } from 'grammy';
import { localeOfContext } from '../answering.ts';
import { decodeVote, VOTE_EMOJI } from '../feedback.ts';
import { feedbackMessages, messages } from '../i18n.ts';
import type { BotServices } from '../services.ts';

/**
 * 👍 and 👎 under answers: one vote per user per answer, which a later press changes. Every
 * press is acknowledged in its pop-up, also when the vote could not be saved.
 */
export function votesFeature(services: BotServices): Composer<Context> {
  const feature = new Composer<Context>();
  feature.callbackQuery(/^v:/, async (ctx) => {
    const locale = localeOfContext(ctx);
    const text = feedbackMessages(locale);
    const vote = decodeVote(ctx.callbackQuery.data);
    if (vote === undefined || services.feedback === undefined) {
      await ctx.answerCallbackQuery({ text: messages(locale).staleButton });
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
