/**
 * Where each question's answer stands, counted per set without showing any question: a set held
 * out from the rules' authors can be measured this way and stay unread (docs/quality.md, "Where
 * the held-out sets fail"). Each answerable question is also answered with abstention switched
 * off, to tell a decline that hid a right reply from one that hid a wrong one.
 */
import type { Answer } from '../answer/types.ts';
import { followUpOf } from '../engine/follow-up.ts';
import type { FollowUp } from '../engine/types.ts';
import { isUnanswerable, judge, normalizeForMatch } from './metrics.ts';
import type { EvalQuestion } from './metrics.ts';

/** Where an answer stands, with the heading `--tally` prints for it. */
const HEADINGS = {
  /** The first sentence holds an accepted answer. */
  first: 'first',
  /** A later sentence of the reply does. */
  inReplyNotFirst: 'in reply, not first',
  /** No sentence of the reply does, though a retrieved passage holds one. */
  retrievedNotShown: 'retrieved, not shown',
  /** No retrieved passage holds one. */
  notRetrieved: 'not retrieved',
  /** Declined, though the reply it would have given holds an answer. */
  declinedWouldAnswer: 'declined, would answer',
  /** Declined, and the reply it would have given holds none. */
  declined: 'declined',
  /** A question the corpus cannot answer, declined. */
  nearMissDeclined: 'near miss declined',
  /** A question the corpus cannot answer, answered. */
  nearMissAnswered: 'near miss answered',
} as const;

export type Outcome = keyof typeof HEADINGS;
/** The outcomes, in the order the table prints them. */
export const OUTCOMES = Object.keys(HEADINGS) as Outcome[];
export type OutcomeCounts = Record<Outcome, number>;

/** One question asked twice: as the bot answers it, and with abstention off, with the texts of the passages retrieved. */
export interface AskedTwice {
  answer: Answer;
  forced: Answer;
  retrievedTexts: readonly string[];
}

/** Where a question's answer stands (see HEADINGS). */
export function outcomeOf(question: EvalQuestion, asked: AskedTwice): Outcome {
  if (isUnanswerable(question)) return asked.answer.abstained ? 'nearMissDeclined' : 'nearMissAnswered';
  const forced = judge(question, asked.forced);
  if (asked.answer.abstained) return forced.answerInReply ? 'declinedWouldAnswer' : 'declined';
  const real = judge(question, asked.answer);
  if (real.answerInFirstSentence) return 'first';
  if (real.answerInReply) return 'inReplyNotFirst';
  const holds = (text: string) => question.answer.some((a) => normalizeForMatch(text).includes(normalizeForMatch(a)));
  return asked.retrievedTexts.some(holds) ? 'retrievedNotShown' : 'notRetrieved';
}

/** Asks a question (a follow-up in reply to the answer to what it follows), abstention on or off. */
export type TracedAsk = (question: string, options: { followUp?: FollowUp; neverAbstain: boolean }) => Promise<{ answer: Answer; retrievedTexts: readonly string[] }>;

/** Counts the outcomes of a set's questions, asked one at a time. */
export async function tallyOutcomes(questions: readonly EvalQuestion[], ask: TracedAsk): Promise<OutcomeCounts> {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as OutcomeCounts;
  for (const question of questions) {
    const followUp = question.followUp === undefined ? undefined : followUpOf(question.q, (await ask(question.q, { neverAbstain: false })).answer);
    const asked = question.followUp ?? question.q;
    const real = await ask(asked, { ...(followUp !== undefined ? { followUp } : {}), neverAbstain: false });
    const forced = await ask(asked, { ...(followUp !== undefined ? { followUp } : {}), neverAbstain: true });
    counts[outcomeOf(question, { answer: real.answer, forced: forced.answer, retrievedTexts: forced.retrievedTexts })]++;
  }
  return counts;
}

/** The counts as a table, a row per set. */
export function formatOutcomes(rows: readonly { name: string; counts: OutcomeCounts }[]): string {
  const nameWidth = Math.max(3, ...rows.map((r) => r.name.length));
  const header = ['set'.padEnd(nameWidth), ...OUTCOMES.map((o) => HEADINGS[o])].join(' | ');
  const lines = rows.map((r) => [r.name.padEnd(nameWidth), ...OUTCOMES.map((o) => String(r.counts[o]).padStart(HEADINGS[o].length))].join(' | '));
  return [header, ...lines].join('\n');
}
