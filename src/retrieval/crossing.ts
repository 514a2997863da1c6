import { termKind } from '../corpus/terms.ts';
import type { QuestionEvidence, QuestionWord, WordMatcher } from './evidence.ts';

/** A number, a capitalised name (not the question's first word) or a lexicon concept: a word a text in another language can hold. */
function crossesLanguages(word: QuestionWord, index: number): boolean {
  return /\p{N}/u.test(word.token) || (index > 0 && /^\p{Lu}/u.test(word.token)) || word.terms.some((t) => termKind(t) === 'concept');
}

/**
 * How much of the question a text in another language covers: the share of the question's words
 * that cross languages (crossesLanguages) it holds, the others counting neither for it nor against
 * it; 0 when the question has none.
 */
export function crossingShare(evidence: QuestionEvidence, match: WordMatcher): number {
  let total = 0;
  let matched = 0;
  evidence.words.forEach((word, i) => {
    if (!crossesLanguages(word, i)) return;
    total += word.weight;
    matched += word.weight * match(word);
  });
  return total === 0 ? 0 : matched / total;
}

/** The weight of the question's words that cross languages. */
export function crossingWeight(evidence: QuestionEvidence): number {
  return evidence.words.reduce((sum, word, i) => sum + (crossesLanguages(word, i) ? word.weight : 0), 0);
}
