import { memoized } from '../corpus/fold.ts';
import { ROLE_CONCEPTS } from '../corpus/lexicon.ts';
import { CONCEPT_PREFIX } from '../corpus/term-kinds.ts';
import { termsOfToken } from '../corpus/terms.ts';
import { isNumberWord, sentenceLanguage } from './number-words.ts';

/** What a "how many" question counts, and whether a sentence counts it. */

/** A year written alone ("2024"): a date, not a quantity. */
export const YEAR = /^(1[89]|20)\d\d$/u;

/** The question word that counts ("how many", "neçə", "сколько", "몇") and the noun it counts, as the question writes them. */
const COUNTING = /(?:^|\s)(?:how many|neçə|nece|сколько|몇)\s+(\S+)/iu;
/** Concepts that name people: counting any of them counts people. */
const PEOPLE = CONCEPT_PREFIX + 'people';
const isPeopleWord = (token: string) => termsOfToken(token).some((t) => t === PEOPLE || (t.startsWith(CONCEPT_PREFIX) && ROLE_CONCEPTS.has(t.slice(CONCEPT_PREFIX.length))));

/** What a question counts, read once per question (every sentence of its answer asks): its terms, and whether it counts people. */
export const countedNoun = memoized((question: string): { countedTerms: ReadonlySet<string>; people: boolean } | null => {
  const counted = COUNTING.exec(question)?.[1]?.replace(/[?!.,]+$/u, '');
  if (counted === undefined) return null;
  return { countedTerms: new Set(termsOfToken(counted)), people: isPeopleWord(counted) || counted === '명' };
});

/**
 * Whether a quantity in the sentence is followed by what the question counts ("how many
 * students" → "24 students"; "how many people" → "100,000 employees", "400여명"), not by
 * something else ("512 subsidiary companies").
 */
export function countsWhatIsAsked(tokens: readonly string[], question: string): boolean {
  const asked = countedNoun(question);
  if (asked === null) return false;
  const { countedTerms, people } = asked;
  const language = sentenceLanguage(tokens.join(' '));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!(/^\p{N}/u.test(token) || isNumberWord(token, language)) || YEAR.test(token)) continue;
    // Korean counts people with 명, on the number or after it ("400여명", "400 여명이").
    if (people && /\d(?:여)?명/u.test(token)) return true;
    for (const next of tokens.slice(i + 1, i + 3)) {
      if (termsOfToken(next).some((t) => countedTerms.has(t)) || (people && (isPeopleWord(next) || /^(?:여)?명/u.test(next)))) return true;
    }
  }
  return false;
}
