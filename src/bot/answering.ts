import { InlineKeyboard } from 'grammy';
import { isAppError } from '../errors.ts';
import type { AppError } from '../errors.ts';
import { normalizeQuestion } from '../question.ts';
import type { Answer } from '../answer/types.ts';
import { capMessages, MAX_REPLY_MESSAGES, numberCitations, renderTelegramHtml } from '../answer/telegram.ts';
import { followUpOf } from '../engine.ts';
import type { FollowUp } from '../engine.ts';
import { encodeButton } from './callback-data.ts';
import { addVoteButtons, countQuestion, recordAnswer } from './feedback.ts';
import type { Catalogue, Locale } from '../i18n/index.ts';
import type { BotContext } from './i18n.ts';
import type { BotServices } from './services.ts';

/** Buttons under one answer at most: one per cited source, and "More". */
const MAX_SOURCE_BUTTONS = 8;
/** Telegram shows "typing…" for about 5 seconds; renew it while the engine works. */
const TYPING_RENEW_MS = 4_500;

/** Who the rate limit counts: the sender, else the chat. */
function rateKey(ctx: BotContext): string {
  return ctx.from !== undefined ? `u${ctx.from.id}` : `c${ctx.chat?.id ?? 'none'}`;
}

/** Length as the engine measures it (whitespace collapsed), so the two limits agree. */
export function questionLength(question: string): number {
  return question.replace(/\s+/gu, ' ').trim().length;
}

/** `reply` undefined: refused without a word (the sender was already told in this window). */
export type QuestionCheck = { ok: true } | { ok: false; reply?: string };

/** Why the engine refused a question, in the user's language; `fallback` when no reason fits. */
export function refusalText(error: AppError, text: Catalogue, fallback: string): string {
  if (error.context.reason === 'control_character' && typeof error.context.codePoint === 'string') return text.controlCharacter(error.context.codePoint);
  if (error.context.reason === 'no_words') return text.noWords;
  return fallback;
}

/**
 * Decides whether a question may go to the engine: not empty, not too long, no control or
 * text-direction characters, and within the sender's rate. Only questions that pass the other
 * checks count against the rate; the rate notice is sent once per window.
 */
export function checkQuestion(ctx: BotContext, services: BotServices, question: string, emptyHint: string): QuestionCheck {
  const text = ctx.t;
  if (question.trim() === '') return { ok: false, reply: emptyHint };
  if (questionLength(question) > services.config.maxQuestionChars) {
    countQuestion(services, 'refused', 'chat');
    return { ok: false, reply: text.tooLong(services.config.maxQuestionChars) };
  }
  try {
    normalizeQuestion(question, services.config.maxQuestionChars);
  } catch (error) {
    if (!isAppError(error, 'QUESTION_INVALID')) throw error;
    countQuestion(services, 'refused', 'chat');
    return { ok: false, reply: refusalText(error, text, emptyHint) };
  }
  const key = rateKey(ctx);
  const waitMs = services.limiter.take(key);
  if (waitMs > 0) {
    countQuestion(services, 'refused', 'chat');
    return services.limiter.noticeDue(key) ? { ok: false, reply: text.rateLimited(Math.max(1, Math.ceil(waitMs / 1000))) } : { ok: false };
  }
  return { ok: true };
}

/** Keeps "typing…" visible until the returned function is called; failures are only logged. */
function showTyping(ctx: BotContext, services: BotServices): () => void {
  const send = () => {
    ctx.replyWithChatAction('typing').catch((error: unknown) => {
      services.logger.debug('chat action failed', { error: services.describeError(error) });
    });
  };
  send();
  const timer = setInterval(send, TYPING_RENEW_MS);
  return () => clearInterval(timer);
}

/**
 * One button per cited source ("[1] Trend"), then 👍 👎 when the answer is recorded under
 * `feedbackId`, and "More" when the engine says more passages exist.
 */
export function answerKeyboard(
  services: BotServices,
  answer: Answer,
  question: string,
  text: Catalogue,
  feedbackId?: string,
): InlineKeyboard | undefined {
  if (answer.abstained) return undefined;
  const numbered = numberCitations(answer).slice(0, MAX_SOURCE_BUTTONS);
  if (numbered.length === 0) return undefined;
  const keyboard = new InlineKeyboard();
  numbered.forEach(({ number, citation }, i) => {
    if (i > 0 && i % 4 === 0) keyboard.row();
    const outlet = citation.meta.outlet?.trim();
    const name = outlet !== undefined && outlet !== '' ? outlet : citation.meta.title;
    const label = `[${number}] ${name}`;
    keyboard.text(label.length > 32 ? `${label.slice(0, 31)}…` : label, encodeButton({ kind: 'passage', number, ref: citation.ref }));
  });
  if (feedbackId !== undefined) addVoteButtons(keyboard.row(), feedbackId);
  if (answer.nextOffset !== undefined) {
    const questionId = services.nextId();
    services.questions.set(questionId, { question });
    (feedbackId === undefined ? keyboard.row() : keyboard).text(text.more, encodeButton({ kind: 'more', questionId, offset: answer.nextOffset }));
  }
  return keyboard;
}

/**
 * The answer in at most MAX_REPLY_MESSAGES messages: while it needs more, its last sentence (and
 * any source only that sentence cited) is left out. Every kept sentence stays whole.
 */
export function renderBoundedAnswer(answer: Answer, locale: Locale): { parts: string[]; answer: Answer } {
  let shown = answer;
  let parts = renderTelegramHtml(shown, locale);
  while (parts.length > MAX_REPLY_MESSAGES && shown.sentences.length > 1) {
    const sentences = shown.sentences.slice(0, -1);
    const cited = new Set(sentences.map((s) => s.citation));
    shown = { ...shown, sentences, citations: shown.citations.filter((c) => cited.has(c.n)) };
    parts = renderTelegramHtml(shown, locale);
  }
  return { parts, answer: shown };
}

/** Sends HTML messages in order; the first is threaded to `replyTo`, the last carries the keyboard. */
export async function sendHtmlParts(
  ctx: BotContext,
  parts: string[],
  options: { replyTo?: number; keyboard?: InlineKeyboard },
): Promise<number[]> {
  const sent: number[] = [];
  parts = capMessages(parts);
  for (const [i, part] of parts.entries()) {
    const message = await ctx.reply(part, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(i === 0 && options.replyTo !== undefined
        ? { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } }
        : {}),
      ...(i === parts.length - 1 && options.keyboard !== undefined ? { reply_markup: options.keyboard } : {}),
    });
    sent.push(message.message_id);
  }
  return sent;
}

export interface AskRequest {
  /** The question as the user asked it. */
  question: string;
  /** The answer it follows up, when it replies to one. */
  followUp?: FollowUp;
  offset?: number;
  /** Message the reply is threaded to. */
  replyTo?: number;
}

/**
 * Asks the engine and sends the answer with its buttons. The caller has already checked the
 * question. A question the engine rejects gets the hint; any other failure propagates to the
 * error boundary, which apologises.
 */
export async function answerQuestion(ctx: BotContext, services: BotServices, request: AskRequest): Promise<void> {
  const offset = request.offset ?? 0;
  const stopTyping = showTyping(ctx, services);
  let answer: Answer;
  const started = performance.now();
  try {
    answer = await services.engine.ask(request.question, { ...(offset > 0 ? { offset } : {}), ...(request.followUp !== undefined ? { followUp: request.followUp } : {}) });
  } catch (error) {
    if (!isAppError(error, 'QUESTION_INVALID')) throw error;
    countQuestion(services, 'refused', 'chat');
    stopTyping();
    await sendHtmlParts(ctx, [refusalText(error, ctx.t, ctx.t.askHint)], { replyTo: request.replyTo });
    return;
  } finally {
    stopTyping();
  }
  if (offset > 0 && (answer.abstained || answer.citations.length === 0)) {
    await sendHtmlParts(ctx, [ctx.t.noMore], { replyTo: request.replyTo });
    return;
  }
  const latencyMs = performance.now() - started;
  // Only first pages are questions; "More" pages belong to the question they continue.
  const feedbackId = offset === 0 ? services.feedback?.newQuestionId() : undefined;
  const { parts, answer: shown } = renderBoundedAnswer(answer, ctx.locale);
  // "More" and later follow-ups read the whole question: a follow-up with the question it follows, when both fit.
  const combined = request.followUp === undefined ? request.question : `${request.followUp.question} ${request.question}`;
  const fullQuestion = questionLength(combined) <= services.config.maxQuestionChars ? combined : request.question;
  const keyboard = answerKeyboard(services, shown, fullQuestion, ctx.t, feedbackId);
  let sent: number[];
  try {
    sent = await sendHtmlParts(ctx, parts, { replyTo: request.replyTo, keyboard });
  } finally {
    // After sending, so that the database never delays an answer; recorded even if delivery failed.
    if (offset === 0) recordAnswer(ctx, services, request.question, answer, latencyMs, feedbackId);
  }
  const chatId = ctx.chat?.id;
  if (chatId !== undefined) {
    const context = followUpOf(fullQuestion, answer, shown.sentences);
    for (const messageId of sent) services.answeredQuestions.set(`${chatId}:${messageId}`, context);
  }
  services.logger.info('answered', {
    update: ctx.update.update_id,
    chat: chatId,
    abstained: answer.abstained,
    citations: answer.citations.length,
    parts: parts.length,
  });
}
