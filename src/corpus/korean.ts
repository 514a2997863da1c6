/**
 * Korean word analysis: Korean writes particles and verb endings onto the word ("아제르바이잔에",
 * "대표단은", "열렸어"), joins compounds without spaces ("기념식수" beside "기념 식수") and spells
 * foreign and Korean names in Hangul ("김진표" for Kim Jin-pyo). Three things make such words meet:
 *   - the stem: the word without a trailing particle or copula/verb ending (koreanStem);
 *   - character bigrams of the stem, as Lucene's CJK analysis indexes Han and Hangul text, so that
 *     a word shares most of its bigrams with its other forms and compounds (hangulBigrams);
 *   - a romanized form of the stem (es-hangul's Revised Romanization) for the name sound keys, so
 *     that "김진표" meets "Kim Jin-pyo" and "서병수" meets "Suh Byung-soo" (romanizedNameForms).
 */
import { romanize } from 'es-hangul';

/**
 * Particles and endings, longest first; one is stripped when at least two syllables remain. General
 * grammar of the language (case particles, topic and additive markers, the copula and the common
 * past/plain/question endings of colloquial questions), not words of any document.
 */
const KOREAN_ENDINGS = [
  '에서부터', '들에게서', '이었습니까', '였습니까', '이었어요', '이었나요', '이었더라', '이었던데', '였었어', '이었어', '이었음', '이었지',
  '들에게', '들에서', '들과의', '하기로', '했는데', '에서는', '에게서', '으로는', '으로서', '으로써', '이라고', '이라는', '이었다', '이에요', '입니까', '입니다', '인가요', '였나요', '였어요', '했어요', '했나요', '했는지', '했습니까', '했던데', '했더라', '였더라', '였던데', '이던데',
  '들은', '들이', '들을', '들의', '들과', '들도', '들로', '하는', '하기', '하며', '하여', '해서', '에서', '에게', '한테', '께서', '으로', '과의', '와의', '에는', '까지', '부터', '처럼', '보다', '이랑', '하고', '이나', '이며', '이고', '이다', '이야', '인가', '인지', '였어', '였음', '였다', '였지', '했어', '했음', '했다', '했지', '했나', '라고', '라는', '예요', '더라', '던데',
  '들', '해', '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '도', '로', '랑', '야', '며', '고', '나',
];

const HANGUL_SYLLABLES = /^[\uac00-\ud7a3]+$/u;
const HANGUL = /\p{Script=Hangul}/u;

/** Whether a word is all Hangul syllables. */
export function isHangulWord(word: string): boolean {
  return HANGUL_SYLLABLES.test(word);
}

/** Whether a word is written in Hangul. */
export function isHangul(word: string): boolean {
  return HANGUL.test(word);
}

/** The word without one trailing particle or ending (itself when none applies). */
export function koreanStem(word: string): string {
  for (const ending of KOREAN_ENDINGS) {
    if (word.endsWith(ending) && [...word].length - [...ending].length >= 2) return word.slice(0, -ending.length);
  }
  return word;
}

/** Overlapping pairs of syllables of a Hangul word (a two-syllable word is its own bigram, which longer words' bigrams meet). */
export function hangulBigrams(stem: string): string[] {
  const syllables = [...stem];
  if (syllables.length < 2 || !HANGUL_SYLLABLES.test(stem)) return [];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < syllables.length; i++) grams.add(syllables[i]! + syllables[i + 1]!);
  return [...grams];
}

/** Syllables Korean writes after a place name for its kind: city, county, district, province, port ("알랏항", the port of Alat). */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set(['시', '군', '구', '도', '항']);

/** Foreign names written in Hangul take a syllable for nearly every sound: up to six ("구르바노프", Gurbanov; "압둘라예바"). */
const MAX_NAME_SYLLABLES = 6;

/**
 * Latin spellings of a Hangul stem that may be a name, for sound keys: the whole word romanized
 * and, for a three- or four-syllable word (a Korean surname of one syllable and a given name), the
 * given name alone ("김진표" → gimjinpyo, jinpyo: English text writes "Kim Jin-pyo"), each also
 * without the vowels Korean adds to foreign consonants. The surname alone is left out: "Kim"
 * would match every Kim.
 */
export function romanizedNameForms(stem: string): string[] {
  const syllables = [...stem];
  if (syllables.length < 2 || syllables.length > MAX_NAME_SYLLABLES || !HANGUL_SYLLABLES.test(stem)) return [];
  // Korean writes a vowel "eu" after a consonant that a foreign name ends or clusters with
  // (알리예프 alliyepeu for Aliyev, 에르도안 ereudoan): without it the name's sound remains.
  const unvoweled = (form: string) => form.replace(/([^aeiou])eu/g, '$1');
  // Romanization spells a word as it is said ("석민" seongmin), but a person's name is written
  // syllable by syllable (Seok-min, Сок Мин): both spellings get keys.
  const spellings = (word: string) => [romanize(word), [...word].map((syllable) => romanize(syllable)).join('')];
  const forms = spellings(stem);
  if (syllables.length >= 3 && syllables.length <= 4) forms.push(...spellings(syllables.slice(1).join('')));
  // A place name takes the word for its kind of place ("가발라시", Gabala city; "용산구"): the
  // name alone is romanized too.
  if (syllables.length >= 3 && PLACE_SUFFIXES.has(syllables[syllables.length - 1]!)) forms.push(romanize(syllables.slice(0, -1).join('')));
  return [...new Set(forms.flatMap((form) => [form, unvoweled(form)]))].filter((form) => /^[a-z]+$/.test(form));
}
