/**
 * Whether a sentence tells of an event in a third country: "How many took part in the olympiad in
 * Baku?" is not answered by "the olympiad in Tashkent drew 68 participants", though every other
 * word of the question is there. News of Azerbaijan and Korea often reports the same kind of deal
 * or festival in a neighbouring country (SENTENCES.placeConflictPenalty).
 */
import { memoized, SENTENCE_MEMO_LIMIT } from '../corpus/fold.ts';
import { PLACE_CONCEPTS } from '../corpus/lexicon-places.ts';
import { CONCEPT_PREFIX } from '../corpus/term-kinds.ts';
import { termsOfToken, tokenizeWords } from '../corpus/terms.ts';

/** Third countries and their cities: a sentence there tells of another event than one in Azerbaijan or Korea. */
const THIRD_PLACES: ReadonlySet<string> = new Set(['turkey', 'russia', 'china', 'japan', 'kazakhstan', 'uzbekistan', 'turkmenistan', 'kyrgyzstan', 'tajikistan', 'georgia', 'iran', 'america', 'tokyo', 'beijing', 'moscow', 'ankara', 'tashkent', 'astana', 'ashgabat', 'tbilisi'].map((id) => CONCEPT_PREFIX + id));

/** The lexicon's places a text names; remembered, as sentences and questions recur. */
const placesIn = memoized((text: string): readonly string[] => {
  const places = new Set<string>();
  for (const token of tokenizeWords(text)) for (const term of termsOfToken(token)) if (PLACE_CONCEPTS.has(term)) places.add(term);
  return [...places];
}, SENTENCE_MEMO_LIMIT);

const AZERBAIJAN = `${CONCEPT_PREFIX}azerbaijan`;
/** Whether a text names Azerbaijan ("Azerbaijani pomegranates ... to Korea and on to Japan" is still Azerbaijan's story). */
const namesAzerbaijan = memoized((text: string): boolean => tokenizeWords(text).some((token) => termsOfToken(token).includes(AZERBAIJAN)), SENTENCE_MEMO_LIMIT);

/**
 * Whether the question names places (Baku, Ganja, Seoul ...), none in a third country, and the
 * sentence names a third country or its capital, none of the question's places, and not Azerbaijan.
 */
export function namesOtherPlace(sentence: string, question: string): boolean {
  const asked = placesIn(question);
  if (asked.length === 0) return false;
  if (asked.some((place) => THIRD_PLACES.has(place))) return false;
  const named = placesIn(sentence);
  return named.some((place) => THIRD_PLACES.has(place)) && !named.some((place) => asked.includes(place)) && !namesAzerbaijan(sentence);
}
