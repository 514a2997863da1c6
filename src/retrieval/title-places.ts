/**
 * Whether a passage's article is about the place a question asks of: "how many chargers at the
 * Ganja depot?" is answered by the article titled with Ganja, not by one about buses in Sumgait
 * that mentions Ganja in passing. News of the two countries tells the same kind of deal in one
 * city after another, and the title names the city it is about (FUSION.titlePlaceBonus).
 */
import { memoized, SENTENCE_MEMO_LIMIT } from '../corpus/fold.ts';
import { PLACE_CONCEPTS } from '../corpus/lexicon-places.ts';
import { CONCEPT_PREFIX } from '../corpus/term-kinds.ts';
import { termsOfToken, tokenizeWords } from '../corpus/terms.ts';

/** Places that are no event's site: a sea, a region of many countries, an organization. */
const NOT_A_SITE: ReadonlySet<string> = new Set(['europe', 'asia', 'un', 'nato', 'osce', 'unesco', 'cis', 'caspian', 'caucasus'].map((id) => CONCEPT_PREFIX + id));

/** The sites (countries, regions, cities, districts of the place lexicon) a text names; remembered, as titles and questions recur. */
export const sitesNamed = memoized((text: string): ReadonlySet<string> => {
  const sites = new Set<string>();
  for (const token of tokenizeWords(text)) {
    for (const term of termsOfToken(token)) if (PLACE_CONCEPTS.has(term) && !NOT_A_SITE.has(term)) sites.add(term);
  }
  return sites;
}, SENTENCE_MEMO_LIMIT);

/** Whether the title names one of the sites asked of. */
export function titleNamesSite(title: string, asked: ReadonlySet<string>): boolean {
  if (asked.size === 0) return false;
  for (const site of sitesNamed(title)) if (asked.has(site)) return true;
  return false;
}

/** Whether the title names sites, none of them asked of, while the question asks of some. */
export function titleNamesOtherSite(title: string, asked: ReadonlySet<string>): boolean {
  if (asked.size === 0) return false;
  const named = sitesNamed(title);
  if (named.size === 0) return false;
  for (const site of named) if (asked.has(site)) return false;
  return true;
}
