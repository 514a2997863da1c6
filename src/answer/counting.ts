import { SENTENCE_MEMO_LIMIT, memoized } from '../corpus/fold.ts';
import { koreanStem } from '../corpus/korean.ts';
import { ROLE_CONCEPTS } from '../corpus/lexicon.ts';
import { CONCEPT_PREFIX } from '../corpus/term-kinds.ts';
import { MONTH_CONCEPTS, foldText, isStopWord, termsOfToken } from '../corpus/terms.ts';
import { PLACE_CONCEPTS } from '../corpus/lexicon-places.ts';
import { isNumberWord, sentenceLanguage } from './number-words.ts';

/** What a "how many" question counts, and whether a sentence counts it. */

/** Whether a token names a month, in any of the four languages. */
export const isMonth = (token: string | undefined) => token !== undefined && termsOfToken(token).some((term) => MONTH_CONCEPTS.has(term));

/** A day of the month in digits, as a date beside its month writes it ("Oct. 3", "3 fevral", "14-ü"). */
const DAY_OF_MONTH = /^(?:[1-9]|[12]\d|3[01])(?:[-‐‑]\p{L}+)?[.,]?$/u;

/** A year written alone ("2024"): a date, not a quantity. */
export const YEAR = /^(1[89]|20)\d\d$/u;
/** A year with an ordinal ending ("2026-cı il", "в 2025-м", "2024-го года"): a date, not a quantity. */
const YEAR_WITH_ENDING = /^(1[89]|20)\d\d[-‐‑](?:c[ıiuü]|го|м|й|ом|ый|ого)$/iu;
/** A year closing a quoted title, a particle after it ("'K팝 페스티벌 2024'를", "«Expo 2025»"): a date, not a quantity. */
const YEAR_IN_QUOTES = /^(?:1[89]|20)\d\d['’"”»)]\p{L}*$/u;
/** A year written as a year, with or without an ordinal ending or the quotation mark of a title: a date, not a quantity. */
export const isYearToken = (token: string): boolean => YEAR.test(token) || YEAR_WITH_ENDING.test(token) || YEAR_IN_QUOTES.test(token);
/** A year with a word written on it ("2024년", "2017실크로드"), people counted in thousands aside ("1900명"). */
const YEAR_WITH_WORD = /^(?:1[89]|20)\d\d(?!(?:여)?명)\p{L}/u;
/** An ordinal in digits ("30th", "7-ci", "3-й", "2-го", "15-е"): which one, not how many. */
export const ORDINAL = /^\d+(?:st|nd|rd|th|[-‐‑](?:n?c[ıiuü]|й|го|м|е|я|ый|ий|ой|ая|ое|ья|ье))$/iu;

/** Korean words after a number of days that make it a length of time ("3일 걸리는", "3일 동안", "5일 만에", "7일 이내"), not a day of the month. */
export const KOREAN_DAYS_TAKEN = '(?:걸|동안|만에|이내)';

/** The question word that counts ("how many", "neçə", "сколько" in its cases, "몇") and the noun it counts, as the question writes them. */
export const COUNTING = /(?:^|\s)(?:how many|neçə|nece|скольк(?:о|их|им|ими)|скока|скоко|몇)\s+(\S+)/iu;
/** People counted as people or by what they do ("how many people", "how many officials"): any count of people answers; "how many students" wants students. */
const ANY_PEOPLE = [...ROLE_CONCEPTS, 'people', 'jobs'];
/**
 * Concepts that name people: counting any of them counts people (jobs too: "how many workers" is
 * answered by "450 jobs"; "how many people will it train" by "600 students").
 */
const PEOPLE = [
  ...ANY_PEOPLE, 'student', 'graduate', 'athlete', 'patient', 'passenger', 'specialist', 'engineer', 'tourism', 'spectators', 'volunteer', 'children', 'youth', 'women', 'doctor', 'citizen', 'resident', 'musician', 'singer', 'visitor',
  // A sport's concept holds its athletes too: wrestlers, boxers, archers, gymnasts, swimmers.
  'wrestling', 'boxing', 'archery', 'gymnastics', 'swimming',
  // People by their work, their part or their age ("neçə aşpaz": "요리사 6명").
  'soldier', 'nurse', 'surgeon', 'pilot', 'actor', 'filmmaker', 'writer', 'designer', 'composer', 'pianist', 'conductor', 'scientist',
  'entrepreneur', 'founder', 'ceo', 'manager', 'coach', 'referee', 'finalist', 'laureate', 'interpreter', 'veteran', 'architect',
  'programmer', 'blogger', 'driver', 'captain', 'client', 'politician', 'economist', 'observer', 'representative', 'foreigner',
  'cook', 'lawyer', 'guide', 'victim', 'candidate', 'fan', 'user', 'subscriber', 'elderly', 'girl', 'martyr', 'hero',
];
const BILATERAL_PARTIES: ReadonlySet<string> = new Set([`${CONCEPT_PREFIX}korea`, `${CONCEPT_PREFIX}azerbaijan`]);
/** Countries and nationalities (the lexicon's places and the two parties): a word naming one says whose, not what, is counted. */
const isPlaceWord = (word: string) => termsOfToken(word).some((t) => PLACE_CONCEPTS.has(t) || BILATERAL_PARTIES.has(t));
const conceptsIn = (ids: readonly string[]): ReadonlySet<string> => new Set(ids.map((id) => CONCEPT_PREFIX + id));
const [ANY_PEOPLE_CONCEPTS, PEOPLE_CONCEPTS] = [conceptsIn(ANY_PEOPLE), conceptsIn(PEOPLE)];
const isPeopleWord = (token: string) => termsOfToken(token).some((t) => PEOPLE_CONCEPTS.has(t));
const asksAnyPeople = (token: string) => termsOfToken(token).some((t) => ANY_PEOPLE_CONCEPTS.has(t));
/** Words that count people after a number: "220 nəfər", "30 человек"; chats ask "сколько народу" as "сколько человек". */
const PEOPLE_COUNTER = /^(?:nəfər\p{L}*|nefer\p{L}*|человек\p{L}{0,2}|чел|народу|народа)$/iu;
/** Words that count things of any kind ("6 900 единиц", "500 ədəd", "300 units"): what the sentence names is what they count. */
const UNIT_COUNTER = /^(?:единиц\p{L}*|штук\p{L}*|ədəd\p{L}*|eded\p{L}*|units?|pieces?)$/iu;
/** Korean counters, written on the number ("40대", "3곳", "1천216쪽"): asked as "몇 대" or "몇 쪽짜리" (how many pages long), they count the same things. */
const KOREAN_COUNTER = /^몇\s*(개사|대|개|곳|건|척|채|마리|권|편|가구|세대|차례|회|그루|켤레|벌|병|장|부|점|종|가지|쌍|쪽|페이지)(?:짜리)?(?=$|[\s?.!]|(?:야|이야|예요|에요|인가|인지|이|가|는|은|을|를|나|냐|니|임|씩|정도|쯤|나요|까지)(?:$|[\s?.!]))/u;

/** How many words before "몇 명" or "neçə nəfər" a question may name whom it counts ("교환학생 한 학기에 몇 명", "여성 창업 교육은 모두 몇 명"). */
const NOUN_REACH = 4;
/** A question's word without the punctuation typed after it. */
const bare = (word: string) => word.replace(/[?!.,]+$/u, '');
/** A word's own forms and concepts, not the character pairs and sound keys that would match other words. */
const isWordOrConcept = (term: string) => !/^[%~]/u.test(term);
/** What a question counts when one word, named apart from its question word, says what: that word's forms and concepts, and whether they are people. */
const countedBy = (word: string) => ({ countedTerms: new Set(termsOfToken(word).filter(isWordOrConcept)), people: asksAnyPeople(word) ? ('any' as const) : isPeopleWord(word) ? ('counter' as const) : false as const });

/** A lexicon noun, no place, written bare (no Korean particle on it): a word that can say which people a question counts. */
function namesKindOf(word: string): boolean {
  if (isPlaceWord(word) || isStopWord(foldText(word)) || (/\p{Script=Hangul}/u.test(word) && koreanStem(word) !== word)) return false;
  return termsOfToken(word).some((t) => t.startsWith(CONCEPT_PREFIX));
}

/** Groups of counters that count the same things: companies are counted as 개사 or as 곳 (places), homes as 채, 가구 (households) or 세대, books printed as 권 (volumes) or 부 (copies). */
const KOREAN_COUNTER_GROUPS: readonly (readonly string[])[] = [['개사', '곳'], ['채', '가구', '세대'], ['권', '부']];
/** Each counter of a group, with the counters it stands for. */
const KOREAN_COUNTERS_ALIKE: ReadonlyMap<string, readonly string[]> = new Map(KOREAN_COUNTER_GROUPS.flatMap((group) => group.map((counter) => [counter, group] as const)));

/** What a question counts, read once per question (every sentence of its answer asks): its terms, and whether it counts people. */
export const countedNoun = memoized((question: string): { countedTerms: ReadonlySet<string>; people: 'any' | 'counter' | false; koreanCounter?: string } | null => {
  const tokens = question.split(/\s+/u);
  const koreanCounter = tokens.map((token, i) => KOREAN_COUNTER.exec(`${token} ${tokens[i + 1] ?? ''}`)?.[1]).find((c) => c !== undefined);
  if (koreanCounter !== undefined) return { countedTerms: new Set(), people: false, koreanCounter };
  // Counted as people with a counter word (몇 명 or 몇명, neçə nəfər, сколько человек), they are named before it: "교환학생 한 학기에 몇 명", "güləşçilər neçə nəfər".
  const peopleCounted = tokens.findIndex(
    (token, i) => /^몇명/u.test(token) || (token === '몇' && /^명/u.test(tokens[i + 1] ?? '')) || (/^(?:neçə|nece|сколько)$/iu.test(token) && PEOPLE_COUNTER.test(bare(tokens[i + 1] ?? ''))),
  );
  if (peopleCounted >= 0) {
    const reach = tokens.slice(Math.max(0, peopleCounted - NOUN_REACH), peopleCounted);
    const at = reach.map(isPeopleWord).lastIndexOf(true);
    const named = reach[at];
    if (named === undefined || asksAnyPeople(named)) return { countedTerms: new Set(), people: 'any' };
    const counted = countedBy(named);
    // "다이빙 선수 몇 명" counts divers: a lexicon noun written bare before the people's word (not
    // "사진전에 관람객이", visitors at the exhibition) says which ones, and a count of them answers.
    const modifier = at > 0 ? reach[at - 1]! : undefined;
    if (modifier !== undefined && namesKindOf(modifier)) return { ...counted, countedTerms: new Set([...counted.countedTerms, ...termsOfToken(modifier).filter(isWordOrConcept)]) };
    return counted;
  }
  // "fermerlərdən neçəsi" (how many of the farmers) names what it counts before the question word.
  const ofThem = tokens.findIndex((token, i) => i > 0 && /^ne[çc][əe]si(?:n[əe])?$/iu.test(bare(token)));
  if (ofThem > 0) return countedBy(bare(tokens[ofThem - 1]!));
  const at = COUNTING.exec(question);
  if (at === null) return null;
  // What is counted is the next word or two, a country or nationality before it aside ("how many local ppl", "сколько корейских компаний").
  const after = question.slice(at.index + at[0].length - at[1]!.length).split(/\s+/u);
  const words: string[] = [];
  for (const raw of after.slice(0, 2)) {
    const word = bare(raw);
    if (word === '' || isStopWord(foldText(word))) break;
    if (!isPlaceWord(word)) words.push(word);
    if (word !== raw) break;
  }
  if (words.length === 0) return { countedTerms: new Set(), people: false };
  const people = words.some((w) => asksAnyPeople(w) || w === '명') ? 'any' : words.some(isPeopleWord) ? 'counter' : false;
  return { countedTerms: new Set(words.flatMap((w) => termsOfToken(w))), people };
});

/**
 * Whether a quantity in the sentence is followed by what the question counts ("how many
 * students" → "24 students"; "how many people" → "100,000 employees", "400여명"), not by
 * something else ("512 subsidiary companies").
 */
export function countsWhatIsAsked(tokens: readonly string[], question: string): boolean {
  const asked = countedNoun(question);
  if (asked === null) return false;
  const { countedTerms, people, koreanCounter } = asked;
  const language = sentenceLanguage(tokens.join(' '));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // A grouped number with 여 (about, "1,100여 명") is cut before it: the word after the number is the one after 여.
    const after = tokens[i + 1] === '여' ? tokens[i + 2] : tokens[i + 1];
    if (koreanCounter !== undefined) {
      // Korean writes large numbers with its units between the digits ("1만2천병"), and the counter on the number or after it ("3천 점").
      const onNumber = token.replace(/^[\d,.]+(?:[십백천만억조][\d,.]*)*(?:여)?/u, '');
      const counter = onNumber === '' ? (after ?? '') : onNumber;
      if (/^\d/u.test(token) && (KOREAN_COUNTERS_ALIKE.get(koreanCounter) ?? [koreanCounter]).some((c) => counter.startsWith(c))) return true;
      continue;
    }
    // A day beside its month ("Oct. 3", "3 fevral") is a date, not a count.
    if (!(/^\p{N}/u.test(token) || isNumberWord(token, language)) || isYearToken(token) || YEAR_WITH_WORD.test(token) || (DAY_OF_MONTH.test(token) && (isMonth(tokens[i - 1]) || isMonth(after)))) continue;
    const names = (word: string | undefined) => word !== undefined && termsOfToken(word).some((t) => countedTerms.has(t));
    // People counted with a counter word (명 on the number or after it, "400여명", "400 여명이";
    // nəfər, человек) are whom the sentence names: "5명의 교환학생", "turistlərin sayı ... 18 600
    // nəfərə"; any people, when the question asks for people in general.
    if (people !== false && (/\d(?:여)?명/u.test(token) || /^(?:여)?명/u.test(after ?? '') || PEOPLE_COUNTER.test(after ?? ''))) {
      // Korean names whom it counts right before the number ("관객 1100여 명"): other people's bare word there ("청소년 단원 10명을") counts them, whoever else the sentence names.
      const before = tokens[i - 1];
      if (people === 'counter' && before !== undefined && /\p{Script=Hangul}/u.test(before) && koreanStem(before) === before && isPeopleWord(before) && !names(before)) continue;
      if (people === 'any' || tokens.some(names)) return true;
      continue;
    }
    // Things counted in units ("ввезено 6 900 единиц" after "легковые автомобили") are the ones the sentence names.
    if (people === false && UNIT_COUNTER.test(after ?? '') && tokens.some(names)) return true;
    // Otherwise what is counted follows the number, past a nationality and small words ("600 Azerbaijani government officials", "58 pairs of trains").
    for (const next of tokens.slice(i + 1, i + 5).filter((word) => !isPlaceWord(word) && !isStopWord(foldText(word))).slice(0, 2)) {
      if (names(next) || (people === 'any' && isPeopleWord(next))) return true;
    }
  }
  return false;
}

/** Words that say a figure is a total: "in total", "overall", "so far", "всего", "в общей сложности", "ümumilikdə", "cəmi", "총", "누적", "지금까지". */
const TOTAL = /\b(?:in total|a total of|total|overall|altogether|cumulative(?:ly)?|so far)\b|(?<!\p{L})(?:всего|в общей сложности|в целом|итого|ümumilikdə|umumilikde|cəmi|cemi|toplam)(?!\p{L})|총|누적|통틀어|지금까지|모두 합쳐/iu;

/** Whether a text speaks of a total (a question asking one, or a sentence giving one). */
export const speaksOfTotal = memoized((text: string): boolean => TOTAL.test(text), SENTENCE_MEMO_LIMIT);
