import type { Context, InlineKeyboard } from 'grammy';
import type { Answer } from '../answer/types.ts';
import type { Vote } from '../feedback/store.ts';
import type { QuestionOutcome, QuestionVia } from '../metrics.ts';
import type { VoteEmoji } from '../i18n/index.ts';
import type { BotServices } from './services.ts';

/**
 * Vote buttons carry `v:<question id>:u` or `v:<question id>:d` (at most 24 bytes; Telegram
 * allows 64). The id is the recorded question's (FeedbackStore.newQuestionId).
 */
export function encodeVote(questionId: string, vote: Vote): string {
  return `v:${questionId}:${vote === 'up' ? 'u' : 'd'}`;
}

export function decodeVote(data: string): { questionId: string; vote: Vote } | undefined {
  const match = /^v:([A-Za-z0-9_-]{1,20}):([ud])$/.exec(data);
  return match === null ? undefined : { questionId: match[1]!, vote: match[2] === 'u' ? 'up' : 'down' };
}

export const VOTE_EMOJI: Record<Vote, VoteEmoji> = { up: '👍', down: '👎' };

/** Adds 👍 and 👎 to the keyboard's current row. */
export function addVoteButtons(keyboard: InlineKeyboard, questionId: string): InlineKeyboard {
  return keyboard.text(VOTE_EMOJI.up, encodeVote(questionId, 'up')).text(VOTE_EMOJI.down, encodeVote(questionId, 'down'));
}

export function countQuestion(services: BotServices, outcome: QuestionOutcome, via: QuestionVia, seconds?: number): void {
  services.metrics?.questions.inc({ outcome, via });
  if (seconds !== undefined) services.metrics?.answerSeconds.observe({ via }, seconds);
}

/** Counts an answered question and records it with its sources (never throws: see FeedbackStore). */
export function recordAnswer(ctx: Context, services: BotServices, question: string, answer: Answer, latencyMs: number, feedbackId: string | undefined): void {
  countQuestion(services, answer.abstained ? 'abstained' : 'answered', 'chat', latencyMs / 1000);
  if (services.feedback === undefined || feedbackId === undefined) return;
  services.feedback.recordQuestion({
    id: feedbackId,
    text: question,
    language: answer.language,
    chatType: ctx.chat?.type ?? 'unknown',
    ...(ctx.from !== undefined ? { userId: ctx.from.id } : {}),
    abstained: answer.abstained,
    citations: answer.abstained ? [] : answer.citations.map((c) => ({ n: c.n, source: c.source, score: c.score })),
    latencyMs,
  });
}
