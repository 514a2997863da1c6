/**
 * The question's names, numbers and places: the words an article about the thing asked must hold.
 * Sentence scoring (scoreSentences' namesHeld) and the first-article model read the share of them
 * an article holds.
 */
import { PLACE_CONCEPTS } from '../corpus/lexicon-places.ts';
import { termKind } from '../corpus/terms.ts';
import type { QuestionEvidence, QuestionWord, WordMatcher } from '../retrieval/evidence.ts';

/** The question's own words (not those of a setting-up sentence) that are numbers, names (sound keys) or places. */
export function namedWords(evidence: QuestionEvidence): QuestionWord[] {
  return evidence.words.filter((w) => w.context !== true && (/\p{N}/u.test(w.token) || w.terms.some((t) => termKind(t) === 'sound' || PLACE_CONCEPTS.has(t))));
}

/** The share of `named` that `held` holds; 1 when the question names nothing. */
export function namesHeldShare(named: readonly QuestionWord[], held: WordMatcher): number {
  return named.length === 0 ? 1 : named.filter((w) => held(w) > 0).length / named.length;
}
