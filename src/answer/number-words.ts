import { foldText } from '../corpus/terms.ts';
import { detectLanguage } from '../corpus/language.ts';
import type { Language } from '../corpus/types.ts';

/**
 * Numbers written as words, which news text uses for small and round quantities ("three
 * agreements", "iki memorandum", "подписаны два соглашения", "yüzlərlə tələbə"): a quantity for a
 * "how many" question as much as digits are. Folded forms (see foldText: ə→a, ü→u, ё→е).
 */
const words = (lines: readonly string[]): ReadonlySet<string> => new Set(lines.join(' ').split(' '));

const ENGLISH = words([
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen',
  'twenty thirty forty fifty sixty seventy eighty ninety',
  'hundred thousand million billion dozen dozens hundreds thousands millions billions',
  // How often ("twice a week"); "once" is as often "as soon as".
  'twice thrice',
]);

/** Units an English number is joined to as an adjective ("a two-year grace period", "a 12-storey tower" is digits). */
const JOINED_UNIT = /^(?:years?|months?|weeks?|days?|hours?|minutes?|kilomet(?:re|er)s?|met(?:re|er)s?|miles?|storey|story|seat|room|bed|fold)$/u;

/** Folded Azerbaijani number words: "on" (ten) is also English "on", "min" (thousand) a Korean given name. */
const AZERBAIJANI = words(['bir iki uc dord bes alti yeddi sakkiz doqquz on iyirmi otuz qirx alli altmis yetmis sakson doxsan yuz min milyon milyard']);

/** Russian, with the case forms a counted phrase takes ("двух стран", "трёх соглашений", "тысячи человек"). */
const RUSSIAN = words([
  'один одна одно одного одной два две двух двум двумя три трех трем тремя четыре четырех четырем четырьмя',
  'пять пяти пятью шесть шести семь семи восемь восьми девять девяти десять десяти одиннадцать одиннадцати двенадцать двенадцати',
  'тринадцать тринадцати четырнадцать четырнадцати пятнадцать пятнадцати шестнадцать шестнадцати семнадцать семнадцати',
  'восемнадцать восемнадцати девятнадцать девятнадцати',
  'двадцать двадцати тридцать тридцати сорок сорока пятьдесят пятидесяти шестьдесят шестидесяти семьдесят семидесяти восемьдесят восьмидесяти девяносто девяноста',
  'сто ста двести двухсот триста трехсот четыреста четырехсот пятьсот пятисот шестьсот семьсот восемьсот девятьсот',
  'тысяча тысячи тысяч тысячу тысячей тысячами миллион миллиона миллионов миллионы миллиард миллиарда миллиардов',
  'десятки десятков сотни сотен',
  'дважды трижды четырежды',
]);

/**
 * Azerbaijani number words of three letters or more with a case or plural ending ("yüzə qədər",
 * "minlərlə", "milyonlarla"); shorter ones ("on", "bir") with an ending are other words ("onun",
 * "biri").
 */
const AZERBAIJANI_DECLINED = /^(?:uc|dord|bes|alti|yeddi|sakkiz|doqquz|iyirmi|otuz|qirx|alli|yuz|min|milyon|milyard)(?:a|da|dan|la|lar|larla|larca)$/u;

const isAzerbaijaniNumberWord = (folded: string) => AZERBAIJANI.has(folded) || AZERBAIJANI_DECLINED.test(folded);

/**
 * Whether a word token is a number written as a word in the sentence's language (`language` is
 * asked only for an Azerbaijani number word). An Azerbaijani one counts in Azerbaijani text, and
 * in lower case: "on package tours" and "Choi Min Sok" hold no number.
 */
export function isNumberWord(token: string, language: () => Language): boolean {
  const folded = foldText(token);
  if (ENGLISH.has(folded) || RUSSIAN.has(folded)) return true;
  // "twenty-five", "forty-two"; a number joined to its unit as an adjective ("two-year", "three-month").
  if (folded.includes('-')) {
    const parts = folded.split('-');
    if (parts.every((part) => ENGLISH.has(part))) return true;
    if (parts.length === 2 && ENGLISH.has(parts[0]!) && JOINED_UNIT.test(parts[1]!)) return true;
  }
  return isAzerbaijaniNumberWord(folded) && !/^\p{Lu}/u.test(token) && language() === 'az';
}

/** The language of a sentence, told only when asked (see isNumberWord). */
export function sentenceLanguage(sentence: string): () => Language {
  let language: Language | undefined;
  return () => (language ??= detectLanguage(sentence));
}

/** Folded English ordinal words ("the fifth round", "its tenth session"). */
const ENGLISH_ORDINAL = words([
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth',
  'sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth hundredth',
]);

/** Russian ordinals with their adjective endings ("пятый раунд", "восьмое заседание", "третьего форума"). */
const RUSSIAN_ORDINAL =
  /^(?:перв|втор|трет|четверт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат|двадцат|тридцат|сороков|пятидесят|сот)(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ом|ем|ую|юю|ые|ие|ых|их|ым|им|ья|ье|ьего|ьей|ью|ьи)$/u;

/** Folded Azerbaijani ordinals and their case forms ("dördüncü raundu", "beşinci iclası", "onuncu"). */
const AZERBAIJANI_ORDINAL = /^(?:birinci|ikinci|ucuncu|dorduncu|besinci|altinci|yeddinci|sakkizinci|doqquzuncu|onuncu|iyirminci|otuzuncu|qirxinci|allinci|yuzuncu)\p{L}*$/u;

/** A Roman numeral of two letters or more ("IV raundu", "XII Forum"); one letter is an initial or a pronoun. */
const ROMAN = /^(?=[IVXL]{2,})L?X{0,3}(?:IX|IV|V?I{0,3})$/u;

/** Whether a word is an ordinal written as a word or a Roman numeral: which one, as a rank answers. */
export function isOrdinalWord(token: string): boolean {
  if (ROMAN.test(token)) return true;
  const folded = foldText(token);
  return ENGLISH_ORDINAL.has(folded) || RUSSIAN_ORDINAL.test(folded) || AZERBAIJANI_ORDINAL.test(folded);
}
