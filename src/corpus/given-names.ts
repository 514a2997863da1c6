/**
 * Korean given names written as two words. English writes "Kim Jin-pyo"; Russian and Azerbaijani
 * write "Ким Джин Пхё", "Park Cu Son", and some English outlets "Lee Eun Yong". A name's syllables
 * as separate words are too short for sound keys of their own ("Пхё") or meet every namesake
 * ("Suk", "Jin"), so in a question the two syllables after a surname are joined with a hyphen
 * (joinGivenNames) and carry the joined name's sound key, as "Jin-pyo" and 김진표 in a text do.
 */
import { conceptOf, lexiconMap } from './concepts.ts';
import { foldText, startsCapitalised } from './fold.ts';
import { isDistinctiveKey, soundKeys } from './sound-key.ts';
import { azerbaijaniStems, stemsOf } from './stemmers.ts';
import { isStopWord } from './stop-words.ts';
import { PLACE_CONCEPTS } from './lexicon-places.ts';
import { CONCEPT_PREFIX, SOUND_PREFIX } from './term-kinds.ts';

/** Most letters a syllable of a Korean given name takes when written as a word ("Джин", "Пхё", "Cu"). */
const GIVEN_NAME_SYLLABLE_LETTERS = 4;

/**
 * A name word without one case ending: Russian Snowball's stems for Cyrillic (pass them when
 * already known), one Azerbaijani suffix otherwise.
 */
export function nameCaseStems(folded: string, snowballStems?: readonly string[]): readonly string[] {
  return /[а-я]/u.test(folded) ? (snowballStems ?? stemsOf(folded)) : azerbaijaniStems(folded, 1);
}

/** A joined given name's key of four sounds or more: "Чжэ Ин" → "jan" would meet every Jin. */
export const isDistinctiveJoinedKey = (key: string): boolean => key.length - SOUND_PREFIX.length >= 4;

/** Sound keys of a hyphenated name joined, also without a case ending on its last part ("Joo-sunla", with Joo-sun; "Ji-haya", to Ji-ha). */
export function joinedNameKeys(parts: readonly string[]): string[] {
  const head = foldText(parts.slice(0, -1).join(''));
  const last = foldText(parts.at(-1)!);
  const keys = new Set<string>();
  for (const form of [last, ...nameCaseStems(last)]) {
    for (const key of soundKeys(head + form, parts.join(''))) if (isDistinctiveKey(key)) keys.add(SOUND_PREFIX + key);
  }
  return [...keys];
}

/** A syllable written as one capital vowel ("Kim Sanq U", "Чхве Хён У": 우, "Pak O": 오). */
const ONE_VOWEL_SYLLABLE = /^[UOУО]$/u;

/** A capitalised word of letters as short as a Korean syllable written in Cyrillic or Latin letters ("Ким", "Джин", "Cu"). */
const hasSyllableShape = (token: string): boolean => (startsCapitalised(token) || ONE_VOWEL_SYLLABLE.test(token)) && [...token].length <= GIVEN_NAME_SYLLABLE_LETTERS && /^\p{L}+$/u.test(token);

/** A word of a syllable's shape that is no lexicon word (a surname: "Ким", "Ли" too). */
export const isSyllableWord = (token: string): boolean => hasSyllableShape(token) && conceptOf(foldText(token)) === undefined;

const isNameSyllable = (token: string) => isSyllableWord(token) && !isStopWord(foldText(token));

/**
 * A syllable of a given name: a word of a syllable's shape, no function word, and no lexicon word
 * but one that names no place: capitalised after a surname, "Сок" is the
 * syllable of "Хан Мин Сок", not juice; "Baku" in "Baku-Seoul" stays the city.
 */
export function isGivenNameSyllable(token: string): boolean {
  if (!hasSyllableShape(token)) return false;
  const folded = foldText(token);
  const concept = conceptOf(folded);
  // One capital vowel is a name's syllable, though "u" and "у" are function words typed small.
  return (ONE_VOWEL_SYLLABLE.test(token) || !isStopWord(folded)) && (concept === undefined || !PLACE_CONCEPTS.has(CONCEPT_PREFIX + concept));
}

/** A syllable word with a case ending written on ("Sonla", with Son; "Ёна", of Ён). */
export const isSyllableWithCaseEnding = (token: string): boolean =>
  startsCapitalised(token) &&
  /^\p{L}+$/u.test(token) &&
  conceptOf(foldText(token)) === undefined &&
  nameCaseStems(foldText(token)).some((stem) => stem.length >= 2 && stem.length <= GIVEN_NAME_SYLLABLE_LETTERS);

/**
 * Whether tokens[i] and tokens[i + 1] are the two syllables of a given name after a surname: exactly
 * three short capitalised words (an honorific before them aside), the last one maybe with a case ending, whose joined key tells names apart.
 */
function givenNameAt(tokens: readonly string[], i: number): boolean {
  const [surname, first, second] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  return (
    surname !== undefined &&
    first !== undefined &&
    second !== undefined &&
    isSyllableWord(surname) &&
    !isNameSyllable(tokens[i - 2] ?? '') &&
    !isSyllableWord(tokens[i + 2] ?? '') &&
    isGivenNameSyllable(first) &&
    (isGivenNameSyllable(second) || isSyllableWithCaseEnding(second)) &&
    joinedNameKeys([first, second]).some(isDistinctiveJoinedKey)
  );
}

/** The tokens with each pair that starts at a position `at` tells joined into one word by `join`. */
function joinPairs(tokens: readonly string[], at: (tokens: readonly string[], i: number) => boolean, join: (first: string, second: string) => string): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (at(tokens, i)) {
      out.push(join(tokens[i]!, tokens[i + 1]!));
      i++;
    } else {
      out.push(tokens[i]!);
    }
  }
  return out;
}

/** A question's words with each given name written as two words joined with a hyphen ("Ким Джин Пхё" → Ким, Джин-Пхё). */
export function joinGivenNames(tokens: readonly string[]): string[] {
  return joinPairs(tokens, givenNameAt, (first, second) => `${first}-${second}`);
}

/**
 * Sound keys of the given names a text writes as two words ("Lee Eun Yong", "Park Cu Son"), as
 * extra index tokens: each syllable alone has no key that tells names apart, so without the joined
 * key "Ли Ын Ёна" or "Eun-yong" in a question would never meet them.
 */
export function givenNameKeyTokens(tokens: readonly string[]): string[] {
  const keys: string[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    if (givenNameAt(tokens, i)) keys.push(...joinedNameKeys([tokens[i]!, tokens[i + 1]!]).filter(isDistinctiveJoinedKey));
  }
  return keys;
}

/** A text's words and the sound keys of its two-word given names: the index tokens of its words, without the initials of its phrases. */
export function nameTokensOf(words: readonly string[]): readonly string[] {
  const names = givenNameKeyTokens(words);
  return names.length === 0 ? words : [...words, ...names];
}

/** Korean surnames as romanised in English text; a question typed in lower case writes them so ("park sung-min"). */
const ROMANISED_SURNAMES = new Set(
  // With Azerbaijani spellings of the common ones (kanq, conq, çoy, çxve, sonq, yanq, honq, xvanq).
  'kim lee yi rhee park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh shin kwon hwang ahn song yoo yu ryu hong jeon chun ko go moon mun yang son sohn bae baek paik heo huh nam noh roh ha kwak sung cha joo ju woo min na jin ji um eom chae won bang gong hyun byun byeon kanq conq çoy coy çxve cxve sonq yanq honq xvanq'.split(' '),
);

/** Korean surnames as Russian writes them; the ones that are also Russian words ("на", "но", "со", "ко", "о", "у") are left out. */
const CYRILLIC_SURNAMES = new Set('ким ли пак чхве чой чон кан чо юн чан лим хан шин син квон хван ан сон хон мун ян пэ пэк хо нам ха квак ча чу мин чин чи бан хён пён ын ом'.split(' '));

/** A word typed in lower case as short as a Korean syllable ("ын", "cu"), maybe with a case ending ("ёна", "sonla"), and no lexicon or function word. */
function isTypedSyllable(token: string, last: boolean): boolean {
  // A last syllable of two letters may spell a lexicon word too ("kim yonq su": su is water in Azerbaijani).
  const lexiconWord = conceptOf(token) !== undefined && !(last && [...token].length <= 2);
  if (!/^\p{Ll}+$/u.test(token) || lexiconWord || isStopWord(foldText(token))) return false;
  if ([...token].length <= GIVEN_NAME_SYLLABLE_LETTERS) return true;
  return last && nameCaseStems(foldText(token)).some((stem) => stem.length >= 2 && stem.length <= GIVEN_NAME_SYLLABLE_LETTERS);
}

/** Whether tokens[i] and tokens[i + 1] are a given name typed in lower case after a surname, no third syllable after them. */
function typedGivenNameAt(tokens: readonly string[], i: number): boolean {
  const [surname, first, second, after] = [tokens[i - 1], tokens[i], tokens[i + 1], tokens[i + 2]];
  return (
    surname !== undefined &&
    first !== undefined &&
    second !== undefined &&
    isTypedSurname(surname) &&
    isTypedSyllable(first, false) &&
    isTypedSyllable(second, true) &&
    !(after !== undefined && isTypedSyllable(after, false)) &&
    joinedNameKeys([first, second]).some(isDistinctiveJoinedKey)
  );
}

/**
 * A question's Korean given names typed in lower case as two words after a surname ("ли ын ёна",
 * "park cu sonla"), joined with a hyphen and capitalised as joinGivenNames joins a capitalised
 * question's ("Ын-Ёна"): the joined word carries the name's sound key, and counts as a name.
 */
export function joinTypedGivenNames(tokens: readonly string[]): string[] {
  return joinPairs(tokens, typedGivenNameAt, (first, second) => `${capitalised(first)}-${capitalised(second)}`);
}

/** One Korean syllable romanised: an initial, a vowel, a final ("sung", "byeong", "seug", "woo"). */
const ROMANISED_SYLLABLE = /^(?:[bcdghjkmnprst]|ch|kk|tt|pp|ss|jj|sh)?[wy]?(?:a|ae|e|eo|eu|i|o|oe|oo|ou|u|ui|ee)(?:ng|n|k|l|m|p|t|g|b)?$/u;

/** A given name typed in lower case with its hyphen ("sung-min", "byeong-seug"): two romanised syllables, neither a lexicon or function word. */
function isTypedGivenName(token: string): boolean {
  const parts = /^(\p{Ll}{2,6})-(\p{Ll}{2,6})$/u.exec(token);
  return parts !== null && token.length >= 6 && parts.slice(1).every((p) => ROMANISED_SYLLABLE.test(p) && conceptOf(p) === undefined && !isStopWord(p));
}

/** A given name typed in lower case as one word after a surname ("kang kimgu", "kim jinpyo"): two romanised syllables, no lexicon or function word. */
function isTypedJoinedGivenName(token: string | undefined): boolean {
  if (token === undefined || !/^\p{Ll}{4,10}$/u.test(token) || lexiconMap().has(token) || isStopWord(token)) return false;
  for (let cut = 2; cut <= token.length - 2; cut++) if (ROMANISED_SYLLABLE.test(token.slice(0, cut)) && ROMANISED_SYLLABLE.test(token.slice(cut))) return true;
  return false;
}

const isTypedSurname = (token: string | undefined): boolean => token !== undefined && (ROMANISED_SURNAMES.has(token) || CYRILLIC_SURNAMES.has(token));

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * How a question's Korean names typed in lower case are written in texts ("kim sang-woo" → "Kim
 * Sang-woo"), for the name's sound keys, to meet "Kim Sanq U" and 김상우; other words as typed.
 */
export function typedNameForms(tokens: readonly string[]): string[] {
  return tokens.map((token, i) => {
    if (isTypedGivenName(token)) return capitalised(token);
    const next = tokens[i + 1];
    // The surname before a given name typed as two words and joined (joinTypedGivenNames: "kim Yonq-Su").
    const joinedNext = next !== undefined && /^\p{Lu}\p{Ll}{0,5}-\p{Lu}\p{Ll}{0,5}$/u.test(next);
    return next !== undefined && isTypedSurname(token) && (isTypedGivenName(next) || joinedNext) ? capitalised(token) : token;
  });
}

/**
 * A question's Korean names typed in lower case as a surname and a one-word given name ("kang
 * kimgu", "kim jinpyo"), capitalised as texts write them ("Kang Kimgu"): they carry the name's
 * sound keys and count as a name. English romanises a given name so; other languages write its
 * syllables apart ("Kim Cin Pyo"), and their words after a surname are no name ("kim tutdu?",
 * Azerbaijani for "who took"): `isEnglish` says whether the question is English.
 */
export function capitaliseTypedJoinedNames(tokens: readonly string[], isEnglish: () => boolean): string[] {
  const givenAt = (i: number) => ROMANISED_SURNAMES.has(tokens[i - 1] ?? '') && isTypedJoinedGivenName(tokens[i]);
  if (!tokens.some((_, i) => givenAt(i)) || !isEnglish()) return [...tokens];
  return tokens.map((token, i) => (givenAt(i) || givenAt(i + 1) ? capitalised(token) : token));
}
