import type { Answer } from '../answer/types.ts';
import type { FollowUp } from './types.ts';

/**
 * What a follow-up replying to an answer follows: the question that answer was for, the documents
 * it cited (in citation order: its first sentence's document first) and the sentences it showed.
 */
export function followUpOf(question: string, answer: Answer, shown: readonly { text: string }[] = answer.sentences): FollowUp {
  return { question, sources: answer.citations.map((c) => c.source), shown: shown.map((s) => s.text) };
}
