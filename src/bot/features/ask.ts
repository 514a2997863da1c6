import { Composer } from 'grammy';
import type { Message, MessageEntity } from 'grammy/types';
import { escapeHtml } from '../../answer/telegram.ts';
import { answerQuestion, checkQuestion, sendHtmlParts } from '../answering.ts';
import type { BotContext } from '../i18n.ts';
import type { FollowUp } from '../../engine.ts';
import type { BotServices } from '../services.ts';

/** True when the message starts with a bot command ("/ask", "/help@SomeBot"). */
function startsWithCommand(message: Message): boolean {
  return (message.entities ?? []).some((e) => e.type === 'bot_command' && e.offset === 0);
}

/** The text without every "@ThisBot" mention entity, and whether there was one. */
export function stripMentions(text: string, entities: MessageEntity[] | undefined, username: string): { text: string; mentioned: boolean } {
  const target = `@${username}`.toLowerCase();
  const mentions = (entities ?? [])
    .filter((e) => e.type === 'mention' && text.slice(e.offset, e.offset + e.length).toLowerCase() === target)
    .sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const m of mentions) out = `${out.slice(0, m.offset)} ${out.slice(m.offset + m.length)}`;
  return { text: out.replace(/\s+/g, ' ').trim(), mentioned: mentions.length > 0 };
}

/**
 * A reply to one of the bot's answers is a follow-up ("and when was that?"): the engine answers it
 * about what that answer cited, with the earlier question's words to find the passages.
 */
function followUpOf(services: BotServices, ctx: BotContext, message: Message): FollowUp | undefined {
  const replied = message.reply_to_message;
  if (replied === undefined || replied.from?.id !== ctx.me.id) return undefined;
  return services.answeredQuestions.get(`${message.chat.id}:${replied.message_id}`);
}

async function handleQuestion(
  ctx: BotContext,
  services: BotServices,
  message: Message,
  question: string,
  options: { threaded: boolean; emptyHint: string },
): Promise<void> {
  const replyTo = options.threaded ? message.message_id : undefined;
  const check = checkQuestion(ctx, services, question, options.emptyHint);
  if (!check.ok) {
    if (check.reply !== undefined) await sendHtmlParts(ctx, [check.reply], { replyTo });
    return;
  }
  const followUp = followUpOf(services, ctx, message);
  await answerQuestion(ctx, services, { question: question.trim(), replyTo, ...(followUp !== undefined ? { followUp } : {}) });
}

/**
 * Questions. Private chat: every text message (replies to the bot are follow-ups). Groups:
 * `/ask question`, `/ask@ThisBot question` (grammY drops `/ask@OtherBot`), a message mentioning
 * @ThisBot, or a reply to the bot; other chatter is ignored. Group replies are threaded to the
 * question (ctx.reply keeps the forum topic).
 */
export function askFeature(services: BotServices): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const isGroup = (ctx: BotContext) => ctx.chat?.type === 'group' || ctx.chat?.type === 'supergroup';

  feature.command('ask', async (ctx) => {
    const text = ctx.t;
    const group = isGroup(ctx);
    const hint = group ? text.groupAskHint(escapeHtml(ctx.me.username)) : text.askHint;
    await handleQuestion(ctx, services, ctx.msg, ctx.match, { threaded: group, emptyHint: hint });
  });

  feature.chatType('private').on('message:text', async (ctx) => {
    const text = ctx.t;
    if (startsWithCommand(ctx.msg)) {
      await ctx.reply(text.unknownCommand);
      return;
    }
    await handleQuestion(ctx, services, ctx.msg, ctx.msg.text, { threaded: false, emptyHint: text.askHint });
  });

  feature.chatType(['group', 'supergroup']).on('message:text', async (ctx, next) => {
    const message = ctx.msg;
    // Commands not handled above are someone else's ("/ask@OtherBot", "/start@OtherBot").
    if (startsWithCommand(message)) return next();
    const { text: question, mentioned } = stripMentions(message.text, message.entities, ctx.me.username);
    const repliesToBot = message.reply_to_message?.from?.id === ctx.me.id;
    if (!mentioned && !repliesToBot) return next();
    const hint = ctx.t.groupAskHint(escapeHtml(ctx.me.username));
    await handleQuestion(ctx, services, message, question, { threaded: true, emptyHint: hint });
  });

  return feature;
}
