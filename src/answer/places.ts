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

/** Capitals and large cities read as their country: an embassy in Baku is one in Azerbaijan, an olympiad in Tashkent in Uzbekistan. */
const COUNTRY_OF_CITY: ReadonlyMap<string, string> = new Map([
  ['baku', 'azerbaijan'], ['ganja', 'azerbaijan'], ['seoul', 'korea'], ['busan', 'korea'], ['tashkent', 'uzbekistan'],
  ['astana', 'kazakhstan'], ['almaty', 'kazakhstan'], ['tbilisi', 'georgia'], ['ankara', 'turkey'], ['moscow', 'russia'],
  ['beijing', 'china'], ['tokyo', 'japan'], ['bishkek', 'kyrgyzstan'], ['ashgabat', 'turkmenistan'], ['dushanbe', 'tajikistan'],
]);

/** The country a lexicon place id lies in: its own id for a country or a place the map does not list. */
export function countryOfPlace(id: string): string {
  return COUNTRY_OF_CITY.get(id) ?? id;
}

/** Countries other than the two whose news this is. */
const THIRD_COUNTRIES: ReadonlySet<string> = new Set(['turkey', 'russia', 'china', 'japan', 'kazakhstan', 'uzbekistan', 'turkmenistan', 'kyrgyzstan', 'tajikistan', 'georgia', 'iran', 'america']);

/** Whether a lexicon place term lies in a third country: a sentence there tells of another event than one in Azerbaijan or Korea. */
const isThirdPlace = (term: string) => THIRD_COUNTRIES.has(countryOfPlace(term.slice(CONCEPT_PREFIX.length)));

const AZERBAIJAN = `${CONCEPT_PREFIX}azerbaijan`;

/** The lexicon's places a text names, and whether it names Azerbaijan ("Azerbaijani pomegranates ... to Korea and on to Japan" is still Azerbaijan's story); remembered, as sentences and questions recur. */
const placesIn = memoized((text: string): { places: readonly string[]; azerbaijan: boolean } => {
  const places = new Set<string>();
  let azerbaijan = false;
  for (const token of tokenizeWords(text)) {
    for (const term of termsOfToken(token)) {
      if (PLACE_CONCEPTS.has(term)) places.add(term);
      else if (term === AZERBAIJAN) azerbaijan = true;
    }
  }
  return { places: [...places], azerbaijan };
}, SENTENCE_MEMO_LIMIT);

/**
 * Whether the question names places (Baku, Ganja, Seoul ...), none in a third country, and the
 * sentence names a third country or its capital, none of the question's places, and not Azerbaijan.
 */
export function namesOtherPlace(sentence: string, question: string): boolean {
  const asked = placesIn(question).places;
  if (asked.length === 0 || asked.some(isThirdPlace)) return false;
  const named = placesIn(sentence);
  return named.places.some(isThirdPlace) && !named.places.some((place) => asked.includes(place)) && !named.azerbaijan;
}

/** Places that are no event's site: a sea, a region of many countries, an organization. */
const NOT_A_SITE: ReadonlySet<string> = new Set(['europe', 'asia', 'un', 'nato', 'osce', 'unesco', 'cis', 'caspian', 'caucasus'].map((id) => CONCEPT_PREFIX + id));

/** The sites (countries, regions, cities, districts of the place lexicon) a text names. */
export function sitesNamed(text: string): ReadonlySet<string> {
  return new Set(placesIn(text).places.filter((place) => !NOT_A_SITE.has(place)));
}

/**
 * Whether an article's title names one of the sites a question asks of, or only others: "how many
 * chargers at the Ganja depot?" is answered by the article titled with Ganja, not by one about
 * buses in Sumgait that mentions Ganja in passing. News of the two countries tells the same kind
 * of deal in one city after another, and the title names the city it is about (the fitted article
 * model's 'site', first-article.ts).
 */
export function titleNamesSite(title: string, asked: ReadonlySet<string>): boolean {
  if (asked.size === 0) return false;
  for (const site of sitesNamed(title)) if (asked.has(site)) return true;
  return false;
}

/** Whether the title names sites, none of them asked of, while the question asks of some. */
export function titleNamesOtherSite(title: string, asked: ReadonlySet<string>): boolean {
  if (asked.size === 0) return false;
  const named = sitesNamed(title);
  return named.size > 0 && ![...named].some((site) => asked.has(site));
}
