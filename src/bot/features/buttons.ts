import { Composer } from 'grammy';
import { renderPassageHtml } from '../../answer/telegram.ts';
import { decodeButton } from '../callback-data.ts';
import { answerQuestion, checkQuestion, sendHtmlParts } from '../answering.ts';
import type { BotContext } from '../i18n.ts';
import type { BotServices } from '../services.ts';

/**
 * Buttons under answers: a source button shows its passage in full, "More" answers the same
 * question from the next passages. Buttons whose passage or question is gone are answered
 * politely; so is any callback data this bot does not know.
 */
export function buttonsFeature(services: BotServices): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on('callback_query:data', async (ctx) => {
    const text = ctx.t;
    const action = decodeButton(ctx.callbackQuery.data);
    const message = ctx.callbackQuery.message;
    // Buttons on messages sent via inline mode have no chat to answer in.
    if (message === undefined || action === undefined || action.kind === 'sources') {
      await ctx.answerCallbackQuery({ text: text.staleButton });
      return;
    }
    if (action.kind === 'passage') {
      const passage = services.engine.passage(action.ref);
      if (passage === undefined) {
        await ctx.answerCallbackQuery({ text: text.staleSource, show_alert: true });
        return;
      }
      await ctx.answerCallbackQuery();
      const parts = renderPassageHtml({ text: passage.chunk.text, meta: passage.meta }, ctx.locale, action.number);
      await sendHtmlParts(ctx, parts, { replyTo: message.message_id });
      return;
    }
    const remembered = services.questions.get(action.questionId);
    if (remembered === undefined) {
      await ctx.answerCallbackQuery({ text: text.staleButton, show_alert: true });
      return;
    }
    const check = checkQuestion(ctx, services, remembered.question, text.askHint);
    if (!check.ok) {
      await ctx.answerCallbackQuery(check.reply === undefined ? {} : { text: check.reply, show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    await answerQuestion(ctx, services, { question: remembered.question, offset: action.offset, replyTo: message.message_id });
  });
  // A press without data (a game button, a client's oddity) still gets its spinner stopped.
  feature.on('callback_query', async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t.staleButton });
  });
  return feature;
}
