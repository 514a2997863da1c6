/**
 * Offices and titles in text: the role a word names (lexicon ROLE_CONCEPTS, Korean compounds
 * ending in a role word), the title around a name, and Korean names told by the title beside them.
 */
import { conceptOf, foldText, termKind, termsOfToken } from '../corpus/terms.ts';
import { LEXICON_LINES, ROLE_CONCEPTS } from '../corpus/lexicon.ts';
import { PLACE_CONCEPTS } from '../corpus/lexicon-places.ts';
import { isHangul, koreanStem } from '../corpus/korean.ts';
import { memoized } from '../corpus/fold.ts';
import { CONCEPT_PREFIX } from '../corpus/term-kinds.ts';
import { compoundHead } from '../corpus/concepts.ts';
import type { QuestionEvidence } from '../retrieval/evidence.ts';

/** How many words a title may run before or after the name it belongs to ("Speaker of the National Assembly of the Republic of Korea Kim Jin-pyo"). */
const TITLE_MAX_WORDS = 12;
/** Small words inside a title ("Minister of Foreign Affairs", "Speaker of the Milli Majlis"). */
const TITLE_JOINERS = new Set(['of', 'the', 'for', 'and', 'on', 'to', 'a', 'an', 'və', 've', 'и', 'по', 'в', 'in']);

const HAS_HANGUL = /\p{Script=Hangul}/u;

/** A Korean organisation's name, by the word it ends in: a foundation, association, bank, company, university, ministry, office. */
const KOREAN_BODY = /^\p{Script=Hangul}+(?:재단|협회|은행|공사|회사|그룹|대학교|대학|학교|연구원|연구소|센터|부|청|처|원|위원회|연맹|공단|협의회|기금)$/u;

/** A Korean company's name spelt out in Hangul, no lexicon word, written bare before a title ("서린케미칼", "압셰론익스프레스"). */
const SPELT_OUT_BODY_SYLLABLES = 4;

/**
 * A Korean organisation's name: by the word it ends in (KOREAN_BODY), a long bare Hangul word that
 * is no lexicon word, or a name written together with its trade ("노을섬유", "한울솔라": compoundHead).
 */
function isBody(token: string): boolean {
  if (KOREAN_BODY.test(token)) return true;
  if (!/^\p{Script=Hangul}+$/u.test(token) || [...token].length < SPELT_OUT_BODY_SYLLABLES || koreanStem(token) !== token) return false;
  return !termsOfToken(token).some((term) => termKind(term) === 'concept') || compoundHead(token) !== undefined;
}

/** A Korean verb closing a clause ("말했다", "밝혔으며", "참석하고"): no name, though it follows a title. */
const KOREAN_VERB_END = /(?:다|으며|하며|하고|했고|했으며)[.,!?"'”’]*$/u;

/** A Korean bound noun or counter with its particle ("것은", "수가", "때에", "150여 명이"): no name, though it stands next to a title. */
const KOREAN_BOUND_NOUN = /^(?:것|수|등|때|중|곳|뒤|후|전|바|데|점|측|간|내|외|뿐|만큼|대로|명|개|건|권|편)(?:은|는|이|가|을|를|의|에|도|만|과|와|으로|로|에서)?$/u;

/** The "Mr" or "Ms" Korean news writes after a person's name ("카리모바 씨가", "김 씨는"), with its particle. */
const KOREAN_HONORIFIC = /^씨(?:는|가|의|를|와|에게|도|와의)?$/u;

/**
 * Korean names: Hangul has no capitals to tell a name, but news writes a person's title right
 * before or after the name ("대사 김창규", "성장현 용산구청장"): a Hangul word of two to four
 * syllables, no lexicon word, next to a role word.
 */
export function koreanNamesByTitle(tokens: readonly string[]): string[] {
  const bare = (token: string) => koreanStem(token.replace(/[^\p{Script=Hangul}]+$/u, ''));
  return tokens.flatMap((token, i) => {
    if (!isNamedByTitle(token, i)) return [];
    const before = tokens[i - 1];
    return [before !== undefined && isForeignGivenName(before, bare(token)) ? `${before} ${token}` : token];
  });

  function isNamedByTitle(token: string, i: number): boolean {
    // A token without Hangul has an empty stem: skip the stemming (most sentences have none).
    if (!HAS_HANGUL.test(token)) return false;
    const stem = bare(token);
    const syllables = [...stem].length;
    if (!/^\p{Script=Hangul}+$/u.test(stem) || syllables < 2 || syllables > 4 || roleOf(token) !== undefined || KOREAN_BOUND_NOUN.test(stem) || KOREAN_VERB_END.test(token)) return false;
    if (termsOfToken(token).some((term) => termKind(term) === 'concept')) return false;
    // A title before the name is written bare ("대사 김창규"); one with its particle ("대표는") ends its phrase, and the next word begins another.
    const before = tokens[i - 1];
    if (before !== undefined && isHangul(before) && koreanStem(before) === before && roleOf(before) !== undefined) return true;
    const after = tokens[i + 1];
    if (after !== undefined && isHangul(after) && (roleOf(after) !== undefined || KOREAN_HONORIFIC.test(after))) return true;
    // The body between the name and its title: "최승현 누리평화재단 이사장은", "김민수 한빛은행 부행장", a company spelt out ("최승호 서린케미칼 대표는").
    const title = tokens[i + 2];
    return after !== undefined && title !== undefined && isBody(after) && isHangul(title) && roleOf(title) !== undefined;
  }
}

/**
 * Whether `word` is the given name of a foreign name written in two Hangul words ("라밀 알리예프"): a
 * surname of four syllables or more (a Korean one has two or three) takes the bare word of two to
 * four syllables before it, unless the lexicon knows that word ("출신", native of) or it is a title.
 */
function isForeignGivenName(word: string, surname: string): boolean {
  return [...surname].length >= 4 && /^\p{Script=Hangul}{2,4}$/u.test(word) && koreanStem(word) === word && roleOf(word) === undefined && !KOREAN_BOUND_NOUN.test(word) && !termsOfToken(word).some((term) => termKind(term) === 'concept');
}

/** A Korean name with the age news writes after it in brackets ("오현석(28)이", "박성민(52) 대표"), a foreign one with its given name ("라밀 알리예프(37)"). */
const KOREAN_NAME_AGE = /(?<!\p{Script=Hangul})(?:(\p{Script=Hangul}{2,4})\s)?(\p{Script=Hangul}{2,6})\s?\((?:[1-9]\d?)(?:세)?\)/gu;
export const koreanNamesByAge = memoized((sentence: string): readonly string[] =>
  sentence.includes('(') ? [...sentence.matchAll(KOREAN_NAME_AGE)].map(([, given, name]) => (given !== undefined && isForeignGivenName(given, name!) ? `${given} ${name}` : name!)) : [],
);

/** Korean role words of the lexicon (two syllables or more), with their concept term: "구청장" → mayor. */
const KOREAN_ROLE_WORDS: readonly (readonly [string, string])[] = LEXICON_LINES.flatMap((line) => {
  const [id, ...words] = line.split(' ');
  if (!ROLE_CONCEPTS.has(id!)) return [];
  return words.filter((w) => isHangul(w) && [...w].length >= 2).map((w) => [w, CONCEPT_PREFIX + id!] as const);
});

/**
 * The role concept a token names (lexicon ROLE_CONCEPTS), if any. Korean writes a title as one
 * compound with the place or body it belongs to ("용산구청장", district mayor of Yongsan;
 * "주한대사"): a Hangul word ending in a role word names that role.
 */
export function roleOf(token: string): string | undefined {
  const named = termsOfToken(token).find((term) => termKind(term) === 'concept' && ROLE_CONCEPTS.has(term.slice(1)));
  if (named !== undefined || !isHangul(token)) return named;
  const stem = koreanStem(token.replace(/[^\p{Script=Hangul}]+$/u, ''));
  // 시장 is both "market" and "mayor": after a city's name ("경주시장", "서울시장") it is the mayor.
  if (stem.endsWith('시장') && isPlace(stem.slice(0, -2))) return MAYOR;
  // A word of the lexicon is what the lexicon says, not a compound: "운영사" (an operator) ends in "영사" (a consul).
  if (conceptOf(foldText(stem)) !== undefined) return undefined;
  return KOREAN_ROLE_WORDS.find(([word]) => stem.endsWith(word))?.[1];
}

const MAYOR = `${CONCEPT_PREFIX}mayor`;
/** Whether a word is a place of the lexicon. */
const isPlace = (word: string): boolean => word !== '' && termsOfToken(word).some((term) => PLACE_CONCEPTS.has(term));

/**
 * Role words (office, title) in the title that stands right before or after a mention of the
 * question's name: the run of capitalised words, title joiners and role words next to it ("Deputy
 * Speaker of the National Assembly of the Republic of Korea Park Joo-sun", "Kim Jin-pyo, speaker
 * of ..."), as their concept ids. A role elsewhere in the sentence is someone else's ("The head of
 * state expressed his confidence that the visit of Park Joo-sun ...").
 */
export function roleWordsNearQuestion(tokens: readonly string[], question: QuestionEvidence): string[] {
  const mentions: number[] = [];
  // A mention: a token with a term of one of the question's names (bigram and sound keys
  // included), or of any of its words when it names no one: "what was Rauf Huseynzade's post when
  // he signed the energy MoU?" asks his title, not the one beside "energy".
  const names = question.words.filter((w) => w.context !== true && !/\p{N}/u.test(w.token) && !w.terms.some((t) => termKind(t) === 'concept'));
  const asked = names.length > 0 ? new Set(names.flatMap((w) => w.terms)) : undefined;
  tokens.forEach((token, i) => {
    if (termsOfToken(token).some((term) => (asked === undefined ? question.wordsByTerm.has(term) : asked.has(term)))) mentions.push(i);
  });
  // Russian and Azerbaijani write a title's words in lower case ("первый заместитель министра
  // иностранных дел", "xarici işlər nazirinin müavini"): a word the lexicon knows belongs to it.
  const inTitle = (token: string) => /^\p{Lu}/u.test(token) || TITLE_JOINERS.has(token.toLowerCase()) || roleOf(token) !== undefined || termsOfToken(token).some((term) => termKind(term) === 'concept');
  const roles = new Set<string>();
  for (const at of mentions) {
    for (const step of [-1, 1]) {
      for (let i = at + step, n = 0; i >= 0 && i < tokens.length && n < TITLE_MAX_WORDS && inTitle(tokens[i]!); i += step, n++) {
        const role = roleOf(tokens[i]!);
        if (role !== undefined) roles.add(role);
      }
    }
  }
  return [...roles];
}
