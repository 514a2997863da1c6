import { Composer } from 'grammy';
import type { InlineQueryResultArticle } from 'grammy/types';
import { shownSentence } from '../../answer/types.ts';
import type { Answer } from '../../answer/types.ts';
import { numberCitations, renderTelegramHtml } from '../../answer/telegram.ts';
import { isAppError } from '../../errors.ts';
import { questionLength, refusalText } from '../answering.ts';
import { countQuestion } from '../feedback.ts';
import { catalogue, type Locale } from '../../i18n/index.ts';
import type { BotContext } from '../i18n.ts';
import type { BotServices } from '../services.ts';

const MAX_RESULTS = 3;
/**
 * Results depend on the query and on the user's interface language, so they are personal;
 * a short cache keeps repeated keystrokes cheap while a re-ingested corpus shows up quickly.
 */
const CACHE_SECONDS = 30;
const DESCRIPTION_CHARS = 120;

function article(id: string, title: string, description: string, html: string): InlineQueryResultArticle {
  return {
    type: 'article',
    id,
    title: title.slice(0, 120),
    description: description.replace(/\s+/g, ' ').trim().slice(0, DESCRIPTION_CHARS),
    input_message_content: { message_text: html, parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
  };
}

/** The part of an answer that one citation supports, as an answer of its own citing only it. */
function answerFromCitation(answer: Answer, n: number): Answer {
  return {
    ...answer,
    sentences: answer.sentences.filter((s) => s.citation === n),
    citations: answer.citations.filter((c) => c.n === n),
  };
}

/**
 * An inline result is a single message, so a long answer drops its last sentences until the
 * answer and its sources fit one.
 */
function renderOneMessage(answer: Answer, locale: Locale): string | undefined {
  let parts = renderTelegramHtml(answer, locale);
  for (let keep = answer.sentences.length - 1; parts.length > 1 && keep >= 1; keep -= 1) {
    const shorter = { ...answer, sentences: answer.sentences.slice(0, keep) };
    const cited = new Set(shorter.sentences.map((s) => s.citation));
    parts = renderTelegramHtml({ ...shorter, citations: answer.citations.filter((c) => cited.has(c.n)) }, locale);
  }
  return parts[0];
}

/** Up to three results: the whole answer, then the best sources each with what they support. */
export function inlineResults(answer: Answer, locale: Locale): InlineQueryResultArticle[] {
  const text = catalogue(locale);
  const whole = renderOneMessage(answer, locale);
  if (answer.abstained || whole === undefined) {
    return [article('abstain', text.inlineAbstainTitle, answer.question, whole ?? '')];
  }
  const results = [article('answer', text.inlineAnswerTitle, answer.sentences.map(shownSentence).join(' '), whole)];
  const numbered = numberCitations(answer);
  if (numbered.length < 2) return results;
  for (const { number, citation } of numbered) {
    if (results.length >= MAX_RESULTS) break;
    const part = answerFromCitation(answer, citation.n);
    const html = renderOneMessage(part, locale);
    if (part.sentences.length === 0 || html === undefined) continue;
    const source = [citation.meta.outlet, citation.meta.title].filter((s) => s !== undefined && s !== '').join(' — ');
    results.push(article(`source-${number}`, `${text.inlineSourceTitle(number)} ${source}`, part.sentences[0]!.text, html));
  }
  return results;
}

/**
 * Inline mode (`@ThisBot question` in any chat). Not rate-limited: Telegram sends a query per
 * keystroke pause, and the cache absorbs repeats; too-long and empty queries get a hint result.
 */
export function inlineFeature(services: BotServices): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on('inline_query', async (ctx) => {
    const text = ctx.t;
    const query = ctx.inlineQuery.query.trim();
    const options = { cache_time: CACHE_SECONDS, is_personal: true };
    const hint = (description: string) => [article('hint', text.inlineHintTitle, description, description)];
    if (query === '') {
      await ctx.answerInlineQuery(hint(text.inlineHintText(ctx.me.username)), options);
      return;
    }
    if (questionLength(query) > services.config.maxQuestionChars) {
      countQuestion(services, 'refused', 'inline');
      await ctx.answerInlineQuery(hint(text.tooLong(services.config.maxQuestionChars)), options);
      return;
    }
    const started = performance.now();
    let answer;
    try {
      answer = await services.engine.ask(query);
    } catch (error) {
      if (!isAppError(error, 'QUESTION_INVALID')) throw error;
      countQuestion(services, 'refused', 'inline');
      await ctx.answerInlineQuery(hint(refusalText(error, text, text.inlineHintText(ctx.me.username))), options);
      return;
    }
    countQuestion(services, answer.abstained ? 'abstained' : 'answered', 'inline', (performance.now() - started) / 1000);
    await ctx.answerInlineQuery(inlineResults(answer, ctx.locale), options);
  });
  return feature;
}
