import { indexTokens, isSpokenAcronym } from './acronyms.ts';
import { detectLanguage } from './language.ts';
import { MONTH_CONCEPTS, compoundConcepts, compoundHead, conceptOf, headsCompanyName, lexiconMap, namesNoConcept, placeConceptOf } from './concepts.ts';
import { foldAsTyped, foldText, memoized, startsCapitalised, tokenizeWords } from './fold.ts';
import { joinTwoWordNames } from './two-word-names.ts';
import { multiWordConceptsByToken } from './multi-word-terms.ts';
import { PLACE_CONCEPTS } from './lexicon-places.ts';
import { hangulBigrams, isHangul, koreanStem, romanizedNameForms } from './korean.ts';
import { splitGluedKorean } from './korean-spacing.ts';
import { russianPlaceAdjectiveBases } from './russian-forms.ts';
import { cyrillicToLatin, isDistinctiveKey, soundKey, soundKeys } from './sound-key.ts';
import { capitaliseTypedJoinedNames, typedNameForms, isDistinctiveJoinedKey, isGivenNameSyllable, isSyllableWithCaseEnding, joinGivenNames, joinTypedGivenNames, joinedNameKeys, nameCaseStems } from './given-names.ts';
import { NAME_MIN_STEM, MIN_STEM, azerbaijaniStems, azerbaijaniTypedCaseStems, azerbaijaniTypedStems, stemsOf } from './stemmers.ts';
import { SURNAME_STOP_WORDS, isStopWord } from './stop-words.ts';
import { ACRONYM_PREFIX, CONCEPT_PREFIX, GRAM_PREFIX, SOUND_PREFIX, termKind } from './term-kinds.ts';

export { acronymTokens, indexTokens, indexTokensOf, phraseAcronyms } from './acronyms.ts';
export { nameTokensOf } from './given-names.ts';
export { multiWordTermTokens } from './multi-word-terms.ts';
export { MONTH_CONCEPTS, conceptOf } from './concepts.ts';
export { foldText, recurringTextTokens, tokenizeWords } from './fold.ts';
export { soundKey } from './sound-key.ts';
export { stemsOf } from './stemmers.ts';
export { isStopWord } from './stop-words.ts';
export { ACRONYM_PREFIX, CONCEPT_PREFIX, GRAM_PREFIX, SOUND_PREFIX, termKind } from './term-kinds.ts';
export type { TermKind } from './term-kinds.ts';

/**
 * Term analysis shared by the lexical index and answer-sentence selection, so that both see the
 * same words: "Məmmədov" and "Mammadov", "Koreya" and "Koreyanın", "Byonq-su" and "Byung-soo",
 * "importers" and "idxalatçılar" must meet.
 *
 * One word token gives several terms, each in its own namespace so that a scorer can weigh
 * an exact match above a variant match:
 *   - plain terms (no prefix): the folded word and its stems (stemmers.ts: Snowball English and
 *     Russian, Azerbaijani suffixes, Korean particles and endings);
 *   - GRAM_PREFIX + two syllables: the bigrams of a Hangul word (korean.ts);
 *   - CONCEPT_PREFIX + id: the entry of a small general bilingual lexicon (en/az/ru/ko news and
 *     diplomacy words, months) the word belongs to;
 *   - SOUND_PREFIX + key: a transliteration-tolerant phonetic key, only for name-like tokens
 *     (capitalised or hyphenated names), so spellings of one name across alphabets meet;
 *   - ACRONYM_PREFIX + letters: initials of a run of capitalised words ("United Nations" → un),
 *     and every all-capital token, so "UN" can find "United Nations".
 * The steps live in their own files: fold.ts (folding, tokens), stop-words.ts, stemmers.ts,
 * concepts.ts with lexicon.ts, sound-key.ts, acronyms.ts, korean.ts; this file puts them together.
 * Bump ANALYZER_VERSION whenever the output of any of them changes: stored lexical indexes
 * record it and are rebuilt from the chunk store when it differs.
 */
export const ANALYZER_VERSION = 346;

const NUMBER_GROUPED = /^\d{1,3}(?:,\d{3})+$/;

/** Whether a token is written like a name: capitalised, not all capitals, letters only. */
function looksLikeName(token: string): boolean {
  return startsCapitalised(token);
}


function isAcronym(token: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}]{1,7}$/u.test(token) && /\p{Lu}.*\p{Lu}/u.test(token);
}

// Case endings written after a hyphen or apostrophe ("KOICA-nın", "Bakı'da", "Korea's").
// Possessive -si/-su and -ci/-cu are left out on purpose: they are also syllables of
// hyphenated Korean given names ("Byonq-su", "Yonq-cu"); they count as endings after numbers.
const JOINED_ENDINGS = new Set([
  'nin', 'nun', 'in', 'un', 'da', 'dan', 'ta', 'tan', 'a', 'ya', 'na', 'ni', 'nu', 'i', 'u', 'yi', 'yu', 'la', 'lar', 'lari',
  's', 't', 'th', 'st', 'nd', 'rd', 'ye', 'yе',
]);
const NUMBER_ENDINGS = /^(ci|cu|inci|uncu|nci|ncu|ilik|luk|lik|illik)$/;

/** Splits a joined token into its parts, dropping suffix parts ("KOICA-nın" → KOICA). */
function tokenParts(token: string): string[] {
  const parts = token.split(/[-‐‑'’ʼ]/).filter((p) => p.length > 0);
  if (parts.length <= 1) return parts;
  const numeric = /^\p{N}/u.test(parts[0]!);
  const kept = [parts[0]!];
  for (const part of parts.slice(1)) {
    const folded = foldText(part);
    const isEnding = /^\p{Ll}/u.test(part) && (JOINED_ENDINGS.has(folded) || (numeric && NUMBER_ENDINGS.test(folded)));
    if (!isEnding) kept.push(part);
  }
  return kept;
}


/** Year, month and day: written after their number ("3월"), alone they are what "몇 월" asks, not a word of the question. */
const KOREAN_CALENDAR_UNITS: ReadonlySet<string> = new Set(['년', '월', '일']);

/** One Hangul syllable, with one particle after it or none. */
const KOREAN_ONE_SYLLABLE = /^(\p{Script=Hangul})(?:을|를|이|가|은|는|도|만|의|에|와|과|로|랑)?$/u;

/** Terms of one word part (no hyphens), given whether it belongs to a name-like token. */
function partTerms(part: string, nameLike: boolean, terms: Set<string>): void {
  let folded = foldText(part);
  // A Korean word of one syllable, alone or with its particle ("빵", "팀이", "섬에"), is too short
  // for bigrams and a stem; it is the lexicon's word when the lexicon has it (bread, team, island).
  const syllable = KOREAN_ONE_SYLLABLE.exec(folded)?.[1];
  if (syllable !== undefined && !KOREAN_CALENDAR_UNITS.has(syllable) && !namesNoConcept(folded)) {
    const concept = isStopWord(syllable) ? undefined : conceptOf(syllable, [syllable]);
    if (concept !== undefined) terms.add(CONCEPT_PREFIX + concept);
    if (folded.length === 1) return;
  }
  // A lone letter ("E." of an initial) says nothing; a lone digit may be the answer.
  if (folded.length === 0 || (folded.length === 1 && !/\p{N}/u.test(folded))) return;
  if (NUMBER_GROUPED.test(folded)) folded = folded.replace(/,/g, '');
  const ordinal = /^(\d+)(st|nd|rd|th)$/.exec(folded);
  if (ordinal !== null) terms.add(ordinal[1]!);
  // A stop word is dropped unless it is capitalised and may be a surname ("Kim").
  if (isStopWord(folded) && !(nameLike && SURNAME_STOP_WORDS.has(folded))) return;
  const stems = stemsOf(folded);
  if (isHangul(folded)) {
    hangulTerms(folded, stems[0]!, terms);
    return;
  }
  terms.add(folded);
  // Azerbaijani typed without its letters writes ə as e ("hediyye" for "hədiyyə"), English
  // transliteration as a ("Mammadov"): a word with ə gets the e-spelling and its stems too.
  if (/[əƏ]/u.test(part)) {
    const typed = foldAsTyped(part);
    terms.add(typed);
    for (const stem of [...azerbaijaniStems(typed), ...azerbaijaniTypedStems(typed)]) if (stem.length >= MIN_STEM && !isStopWord(stem)) terms.add(stem);
  } else if (/^[a-z]+$/u.test(folded)) {
    for (const stem of azerbaijaniTypedStems(folded)) if (!isStopWord(stem)) terms.add(stem);
  }
  // A capitalised word may be a name, and a short stem of a name is mostly an accident that meets
  // common words ("Sahiba" → "sah", as in "sahələri"): its stems keep at least NAME_MIN_STEM letters.
  // Nor does a stem of three letters give a name a concept: "Turan" is no tour ("tur").
  const conceptStems = nameLike ? stems.filter((stem) => stem.length > MIN_STEM) : stems;
  const concept = conceptOf(folded, conceptStems) ?? russianCompoundHeadConcept(folded);
  const minStem = nameLike && concept === undefined ? NAME_MIN_STEM : MIN_STEM;
  for (const stem of stems) {
    if (stem !== folded && stem.length >= minStem && !isStopWord(stem)) terms.add(stem);
  }
  if (concept !== undefined) terms.add(CONCEPT_PREFIX + concept);
  const place = nameLike ? placeConceptOf(folded, stems) : undefined;
  if (place !== undefined && place !== concept) terms.add(CONCEPT_PREFIX + place);
  if (isAcronym(part)) {
    terms.add(ACRONYM_PREFIX + folded);
    // The same initials in the other alphabet: "АДУ" is "ADU".
    if (/[а-я]/u.test(folded)) terms.add(ACRONYM_PREFIX + cyrillicToLatin(folded));
    // An acronym read as a word ("KOICA", "SOCAR", "KOTRA") is written by its sound in Hangul (코이카, 소카르, 코트라): it gets a name's sound keys.
    if (isSpokenAcronym(folded)) for (const key of soundKeys(folded, part[0] + part.slice(1).toLowerCase())) if (isDistinctiveKey(key)) terms.add(SOUND_PREFIX + key);
  }
  if (nameLike && !/\p{N}/u.test(folded)) {
    // Names take one case ending ("Məmmədovun", "Bayramova", Russian "Алиева", "Тяньцзине"): stems
    // one suffix deep get keys too (Russian Snowball's for Cyrillic). Deeper stems of names are
    // mostly accidents ("Sahiba" → "sah") and would match other names.
    const caseStems = nameCaseStems(folded, stems);
    for (const form of [folded, ...caseStems.filter((stem) => stem.length >= 4), ...caseStems.flatMap(russianPlaceAdjectiveBases)]) {
      for (const key of soundKeys(form, part)) if (isDistinctiveKey(key)) terms.add(SOUND_PREFIX + key);
    }
  }
}

/**
 * Terms of a Hangul word: the word, its stem, the stem's bigrams and, for a stem that is no
 * lexicon word, sound keys of its romanized forms (Hangul has no capitals to tell a name).
 */
function hangulTerms(folded: string, stem: string, terms: Set<string>): void {
  if (isStopWord(stem)) return;
  terms.add(folded);
  terms.add(stem);
  for (const gram of hangulBigrams(stem)) terms.add(GRAM_PREFIX + gram);
  // A word listed as naming no concept, with its particle or without, names none through its parts either ("분위기가", a mood, is no 위기).
  const noConcept = namesNoConcept(folded) || namesNoConcept(stem);
  const concept = noConcept ? undefined : conceptOf(folded, [stem]);
  if (concept !== undefined) {
    terms.add(CONCEPT_PREFIX + concept);
    // A place is a name too: the lexicon has some of its spellings ("인천", Incheon), its sound keys
    // meet the others ("İnçhon"). Keys of two consonants are left out: every Hangul word not in the
    // lexicon has keys, and "조지아" (jaja) would meet "지어져" (built).
    if (PLACE_CONCEPTS.has(CONCEPT_PREFIX + concept)) addNameKeys(romanizedNameForms(stem), terms, PLACE_KEY_CONSONANTS);
    return;
  }
  // The word as written too: what looked like a particle may end the compound's head ("정책협의", policy consultations, is no "정책협" + 의).
  const stemParts = noConcept ? [] : compoundConcepts(stem);
  const foldedParts = noConcept || folded === stem ? [] : compoundConcepts(folded);
  for (const part of new Set([...stemParts, ...foldedParts])) terms.add(CONCEPT_PREFIX + part);
  // A company or place named with what it is ("한성건설", Hanseong construction) meets the name written alone.
  const head = compoundHead(stem);
  addNameKeys(romanizedNameForms(stem), terms);
  // The head is a name only when it sounds like one: with two consonants it is as often a common
  // word ("시내버스", a city bus: 시내 sinae), and its key meets given names ("승호" seungho).
  // A company named with a word Korean spells out ("한빛로지스", Hanbit Logistics) has no lexicon
  // word at either end: its first two syllables are the name.
  const spelledOutName = head === undefined && [...stem].length >= 5 && stemParts.length === 0 ? [...stem].slice(0, 2).join('') : undefined;
  // Before a company's trade ("누리테크", Nuri Tech) a head of two sounds is a name as well.
  if (head !== undefined) addNameKeys(romanizedNameForms(head), terms, headsCompanyName(stem, head) ? 2 : PLACE_KEY_CONSONANTS);
  if (spelledOutName !== undefined) addNameKeys(romanizedNameForms(spelledOutName), terms, PLACE_KEY_CONSONANTS);
}

/** Combining forms Russian writes before a noun as one word ("велогонка", "автозапчасти", "фотовыставка", "агродроны"). */
const RUSSIAN_COMBINING_FORM = /^(?:авто|вело|мото|электро|агро|кибер|фото|теле|радио|видео|аудио|эко|гидро|нефте|газо|аэро|медиа|био|микро|мини|мега|супер|кино|турбо)(?=[а-я]{4,}$)/u;

/** The concept of a Russian compound's head after a combining form ("велогонка" → гонка, a race), when the lexicon has none for the whole word. */
function russianCompoundHeadConcept(folded: string): string | undefined {
  const form = RUSSIAN_COMBINING_FORM.exec(folded);
  if (form === null) return undefined;
  const head = folded.slice(form[0].length);
  return conceptOf(head, stemsOf(head));
}

/** Sounds a Hangul place's key needs (see hangulTerms). */
const PLACE_KEY_CONSONANTS = 3;

/** The sound keys of a Hangul word's romanized forms, those with fewer than `minConsonants` sounds left out. */
function addNameKeys(romanized: readonly string[], terms: Set<string>, minConsonants = 2): void {
  for (const form of romanized) {
    const key = soundKey(form);
    if (isDistinctiveKey(key) && key.replace(/a/g, '').length >= minConsonants) terms.add(SOUND_PREFIX + key);
  }
}

/** Initials of a capitalised phrase name a lexicon concept only from this many letters on. */
const ACRONYM_CONCEPT_MIN_LETTERS = 4;

/** Latin letters or digits with Hangul written on ("SEBA는", "2019년에"): a particle or counter after a name or number. */
const LATIN_THEN_HANGUL = /^([\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}.,]*)\p{Script=Hangul}+$/u;
/** Digits with a unit of a few letters written on ("230MW", "10GW", "5km"). */
const NUMBER_THEN_UNIT = /^(\d[\d.,]*)([\p{Script=Latin}\p{Script=Cyrillic}]{1,4})$/u;
/** Korean writes an ordinal with 제 before the number ("제3차" beside "3차", "제8대"). */
const KOREAN_ORDINAL_PREFIX = /^제(\d[\d.,]*\p{Script=Hangul}*)$/u;

/** A Korean month ("12월", "12월에") names its month as "December" and "декабре" do; "30개월" (thirty months) does not. */
const KOREAN_MONTH = /^(\d{1,2})월/u;
const MONTH_BY_NUMBER = [...MONTH_CONCEPTS.entries()].reduce((map, [concept, month]) => map.set(month, concept), new Map<number, string>());

function koreanMonth(token: string): string[] {
  const month = KOREAN_MONTH.exec(token);
  const concept = month === null ? undefined : MONTH_BY_NUMBER.get(Number(month[1]));
  return concept === undefined ? [] : [concept];
}

/** Units of time a number takes in Korean ("18개월", "3년간"): the count, not the thing a numbered noun names. */
const KOREAN_TIME_COUNTERS = new Set(['개월', '년간', '시간', '일간', '주간', '주년']);

/**
 * The concept of a noun of two syllables or more numbered by the digits before it ("1단계", phase 1;
 * "16부작", sixteen episodes): the noun names it as it does alone.
 */
function numberedNounConcepts(hangul: string): string[] {
  const noun = koreanStem(hangul);
  if ([...noun].length < 2 || KOREAN_TIME_COUNTERS.has(noun)) return [];
  return analyseToken(noun).filter((term) => termKind(term) === 'concept');
}

/** The index terms of one word token, analysed afresh (see termsOfToken). */
function analyseToken(token: string): readonly string[] {
  // A given name's sound key (givenNameKeyTokens) and a multi-word run's concept (multiWordTermTokens) are their own terms.
  if (token.startsWith(SOUND_PREFIX) || token.startsWith(CONCEPT_PREFIX)) return [token];
  if (token.startsWith(ACRONYM_PREFIX)) {
    // Initials that spell a lexicon acronym name its concept: "Democratic People's Republic of
    // Korea" meets "КНДР". Shorter initials spell common words too often ("ay", a month).
    const letters = token.slice(ACRONYM_PREFIX.length);
    const concept = letters.length >= ACRONYM_CONCEPT_MIN_LETTERS ? lexiconMap().get(letters) : undefined;
    return concept === undefined ? [token] : [token, CONCEPT_PREFIX + concept];
  }
  const ordinal = KOREAN_ORDINAL_PREFIX.exec(token);
  if (ordinal !== null) return [...new Set([foldText(token), ...analyseToken(ordinal[1]!)])];
  const written = LATIN_THEN_HANGUL.exec(token);
  if (written !== null) return [...new Set([foldText(token), ...analyseToken(written[1]!), ...koreanMonth(token), ...numberedNounConcepts(token.slice(written[1]!.length))])];
  // A quantity written with its unit ("230MW", "10GW", "5km") is also the number and the unit.
  const quantity = NUMBER_THEN_UNIT.exec(token);
  if (quantity !== null) return [...new Set([foldText(token), ...analyseToken(quantity[1]!), ...analyseToken(quantity[2]!)])];
  const parts = tokenParts(token);
  if (parts.length === 0) return [];
  const nameLike = looksLikeName(token) || (parts.length > 1 && parts.some(looksLikeName));
  const terms = new Set<string>();
  for (const part of parts) partTerms(part, nameLike && /^\p{L}/u.test(part), terms);
  // "Byung-soo" and "Byungsoo" meet: the joined name has a key of its own.
  if (nameLike && parts.length > 1) for (const key of joinedNameKeys(parts)) terms.add(key);
  return [...terms];
}

/**
 * The index terms of one word token; empty when the token carries no meaning for search. News
 * text repeats its words, and analysing a token (folding, stemming, lexicon, sound key) costs far
 * more than looking it up, so tokens are remembered (about 200 bytes each). The array is shared
 * by every caller that asks for the same token: never change it.
 */
export const termsOfToken: (token: string) => readonly string[] = memoized(analyseToken);

/** One analysed word of a text: its original form and its terms (stop words are left out). */
export interface AnalyzedWord {
  token: string;
  terms: readonly string[];
}

/** English function words that are also Korean surnames (SURNAME_STOP_WORDS), as a question may open with them. */
const OPENING_FUNCTION_WORDS: ReadonlySet<string> = new Set(['Do', 'So', 'An']);

/**
 * A question's words as analyzeWords reads them: tokenizeWords, with Korean given names joined
 * (given-names.ts). A question opening with "Do", "So" or "An" before a word in lower case ("Do
 * you know ...") opens with the function word, not the surname, which comes before a capitalised
 * given name ("Do Jong-hwan").
 */
export function questionTokens(text: string): string[] {
  const tokens = tokenizeWords(text).flatMap(splitGluedKorean).filter((_, i, all) => !isAskingPhrase(all, i) && !isKoreanCounterAsked(all, i));
  if (tokens.length > 1 && OPENING_FUNCTION_WORDS.has(tokens[0]!) && !/^\p{Lu}/u.test(tokens[1]!)) tokens[0] = tokens[0]!.toLowerCase();
  const joined = capitaliseTypedJoinedNames(joinTypedGivenNames(joinGivenNames(joinTwoWordNames(tokens))), () => detectLanguage(text) === 'en');
  // A surname that is also a stop word ("kim", Azerbaijani "who"), typed before a typed given name
  // ("kim sang-woo kimdir?"), is the surname: every reading of the question keeps it.
  const written = typedNameForms(joined);
  return joined.map((token, i) => (SURNAME_STOP_WORDS.has(token) && written[i] !== token ? written[i]! : token));
}

/**
 * The counter after a separate "몇" (how many): "몇 대야", "몇 그루", "몇 척이야" ask a count; the
 * counter names no thing of the article. A unit of time ("몇 시부터", "몇 년") is written in the
 * passage that answers ("10시부터") and stays.
 */
function isKoreanCounterAsked(tokens: readonly string[], i: number): boolean {
  return tokens[i - 1] === '몇' && /^\p{Script=Hangul}{1,3}$/u.test(tokens[i]!) && !/^(?:시|분|초|년|월|일|주|달|개월)/u.test(tokens[i]!);
}

/** "(I) want / would like to know / ask / learn": the asking, not the thing asked about. */
function isAskingPhrase(tokens: readonly string[], i: number): boolean {
  const word = (at: number) => tokens[at]?.toLowerCase();
  const verb = (at: number) => /^(?:know|ask|learn|find)$/u.test(word(at) ?? '');
  if (/^(?:want|wanted|like)$/u.test(word(i) ?? '')) return word(i + 1) === 'to' && verb(i + 2);
  return verb(i) && word(i - 1) === 'to' && /^(?:want|wanted|like)$/u.test(word(i - 2) ?? '');
}

/**
 * Whether a hyphenated token is one name ("Byung-soo", "Kim Jin-pyo"'s "Jin-pyo") rather than a
 * compound of words that each count on their own ("vice-speaker", "Azerbaijani-Korean").
 */
function isJoinedName(token: string, parts: readonly string[]): boolean {
  return looksLikeName(token) && (parts.every((p) => conceptOf(foldText(p)) === undefined && !isStopWord(foldText(p))) || isTwoSyllableGivenName(parts));
}

/** A given name of two capitalised syllables ("Мин-Сок", as joinGivenNames writes it), whichever lexicon words the syllables also are. */
const isTwoSyllableGivenName = (parts: readonly string[]): boolean => parts.length === 2 && parts.every((p) => isGivenNameSyllable(p) || isSyllableWithCaseEnding(p));

/**
 * An Azerbaijani word typed without its letters ("telebeleri" for "tələbələri") reaches its lexicon
 * concept through its typed stems, as the word with its letters does through its own.
 */
function withTypedConcept(token: string, terms: readonly string[]): readonly string[] {
  if (terms.length === 0 || terms.some((t) => termKind(t) === 'concept')) return terms;
  const folded = foldText(token);
  if (!/^[a-z]+$/u.test(folded)) return terms;
  const concept = conceptOf(folded, azerbaijaniTypedCaseStems(folded));
  return concept === undefined ? terms : [...terms, CONCEPT_PREFIX + concept];
}

/**
 * A question's word written in lower case may still be a name ("jinping", "kimgu"): people type
 * questions without capitals, texts write names with them. A lower-case word of five letters or
 * more that is no lexicon word gets the sound keys a capitalised one would, so that it meets other
 * spellings of the name in the text (texts' lower-case words get no sound keys). Shorter words are
 * left out: their keys meet names by chance ("bake" and "Baku").
 */
const questionTermsOf = memoized((token: string): readonly string[] => {
  // A given name of two capitalised syllables ("Джин-Пхё", joined by joinGivenNames) is found by
  // the whole name only: "Suk" alone would meet every other Suk.
  const parts = tokenParts(token);
  if (isTwoSyllableGivenName(parts)) {
    const keys = joinedNameKeys(parts).filter(isDistinctiveJoinedKey);
    if (keys.length > 0) return keys;
  }
  const terms = withTypedConcept(token, termsOfToken(token));
  if (terms.length === 0 || !/^[\p{Ll}][\p{Ll}'’-]{4,}$/u.test(token) || terms.some((t) => termKind(t) !== 'word')) return terms;
  const keyed = new Set(terms);
  for (const part of tokenParts(token)) {
    const folded = foldText(part);
    if (isStopWord(folded)) continue;
    const key = soundKey(folded);
    if (isDistinctiveKey(key)) keyed.add(SOUND_PREFIX + key);
  }
  if (tokenParts(token).length > 1) {
    const key = soundKey(foldText(tokenParts(token).join('')));
    if (isDistinctiveKey(key)) keyed.add(SOUND_PREFIX + key);
  }
  return [...keyed];
});

/**
 * The words of a question that carry evidence, each with its terms; a compound of common words
 * counts as its words, so matching "vice" alone does not pass for "vice-speaker".
 */
export function analyzeWords(text: string): AnalyzedWord[] {
  const words: AnalyzedWord[] = [];
  const tokens = questionTokens(text);
  // A name typed in lower case gets the terms of its written form, and stays a typed word (not a capitalised name) otherwise.
  const written = typedNameForms(tokens);
  const runConcepts = multiWordConceptsByToken(tokens);
  tokens.forEach((token, i) => {
    const form = written[i]!;
    const parts = tokenParts(form);
    const pieces = parts.length > 1 && !isJoinedName(form, parts) ? tokenParts(token) : [token];
    const forms = pieces.length === 1 ? [form] : parts;
    pieces.forEach((piece, j) => {
      const terms = questionTermsOf(forms[j]!);
      if (terms.length > 0) words.push({ token: piece, terms: runConcepts[i]!.length === 0 ? terms : [...new Set([...terms, ...runConcepts[i]!])] });
    });
  });
  return words;
}

/** Every term of a text, acronyms of its capitalised phrases included. */
export function termSet(text: string): Set<string> {
  const set = new Set<string>();
  for (const token of indexTokens(text)) for (const term of termsOfToken(token)) set.add(term);
  return set;
}
