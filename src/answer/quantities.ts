/**
 * Quantities in a sentence, for questions that ask how many or how much: its numbers that are not
 * dates or their parts (years, days of a month or of a span of days, Korean date parts, dates in
 * digits, times of day), not ranks (unless the question asks which one) and not the two parties
 * of a bilateral story.
 */
import { foldText, termsOfToken } from '../corpus/terms.ts';
import { PARTY_CONCEPTS } from '../corpus/lexicon.ts';
import { DIGITAL_TIME } from './clock-times.ts';
import { COUNTING, KOREAN_DAYS_TAKEN, ORDINAL, countedNoun, isMonth, isYearToken } from './counting.ts';
import { CURRENCY_WORD } from './measures.ts';
export { isMonth } from './counting.ts';
import { isNumberWord, isOrdinalWord, sentenceLanguage } from './number-words.ts';

/** Words for a nation or a people as a nation ("peoples", "xalqı", "народов", "민족"). */
const NATIONS = /^(?:peoples|nations?|xalq\p{L}*|millət\p{L}*|millet\p{L}*|народ\p{L}*|наци[ийя]\p{L}*|민족\p{L}*)$/iu;

/**
 * Whether a number word and the word after it name the two parties ("two countries", "iki ölkə",
 * "две стороны"), which is no quantity unless the question counts countries or sides.
 */
function isBothParties(numberWord: string, next: string | undefined, question: string): boolean {
  if (next === undefined || /\p{N}/u.test(numberWord)) return false;
  // "iki xalq arasında", "between the two peoples", "двух народов": the nations, not a number of people.
  if (NATIONS.test(next)) return true;
  const parties = termsOfToken(next).filter((t) => PARTY_CONCEPTS.has(t));
  if (parties.length === 0) return false;
  const counted = countedNoun(question)?.countedTerms;
  return !parties.some((t) => counted?.has(t));
}

/** A Korean day of the month ("10일"). */
export const KOREAN_DAY = /^(?:[1-9]|[12]\d|3[01])일/u;
/** A Korean year ("2025년", "2025년도", the academic "2025학년도"). */
export const KOREAN_YEAR = /^(?:1[89]|20)\d\d(?:학?년)/u;
/**
 * A date written in digits ("05/10", "10.05.2012", "2025-09-24"), or a span of days ("10-12"), not
 * a quantity; a decimal with one digit after its point ("8.5 percent", "1.5 billion") is a quantity.
 */
const NUMERIC_DATE = /^(?!\d+\.\d$)\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?$/u;
/** A share's unit after its figure. */
const PERCENT_AFTER = /^(?:%|per(?:cent)?|faiz\p{L}*|процент\p{L}*|퍼센트)$/iu;
const FULL_NUMERIC_DATE = /(?<!\d)\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?!\d)/gu;
/** A Korean ordinal ("2등", "3차", "제5차", "1위", "2번째", the 20th century "20세기"): a rank, not a quantity. */
const KOREAN_ORDINAL = /^제?\d+(?:등|차|위|번째|세기)/u;
/** A Korean year, month or day ("2012년", "5월", "25일"). */
const KOREAN_DATE_PART = /^(?:(?:1[89]|20)\d\d년|(?:[1-9]|1[0-2])월|(?:[1-9]|[12]\d|3[01])일)/u;
/** Days taken before a word that takes them (KOREAN_DAYS_TAKEN). */
const KOREAN_DAYS_BEFORE_TAKING = new RegExp(`^${KOREAN_DAYS_TAKEN}`, 'u');
/** A length of days in Korean: "12일간", or days followed by what takes them ("3일 걸리는"). */
function isKoreanDays(token: string, next: string | undefined): boolean {
  return /^\d+일간/u.test(token) || (/^\d+일$/u.test(token) && KOREAN_DAYS_BEFORE_TAKING.test(next ?? ''));
}
/**
 * Whether a month may have its day after it ("May 19", "sentyabrın 20-də"): not an Azerbaijani month
 * from, in or to which something runs ("sentyabrından 20 tələbə", "martda 30 nəfər").
 */
const isMonthBeforeDay = (token: string | undefined) => isMonth(token) && !/\p{Script=Latin}(?:[dt][aə]n|[dt][aə]|y?[aə])$/iu.test(token!);

/** A token that could be a day of the month beside a month's name ("May 19", "19th May"); "40대" (forty of them) cannot. */
const couldBeDay = (token: string) => /^(?:[1-9]|[12]\d|3[01])(?![\d.,]*\d)/u.test(token);

/** A day of the month as a token ("18", "3-dən", "9-dək", "12-го"). */
const DAY_TOKEN = /^(?:[1-9]|[12]\d|3[01])(?:[-‐‑]\p{L}{1,3})?$/u;
/** Words between the two days of a span ("с 12 по 14 сентября", "18 to 19 May", "12~14일"). */
const SPAN_WORDS = new Set(['по', 'до', 'to', 'and', 'until', 'və', 've', 'и']);

/**
 * The places of the days of dates and spans of days beside a month ("18–19 May", "с 12 по 14
 * сентября", "noyabrın 3-dən 9-dək", "12~14일"): days, not quantities. A month's days stand before
 * it, or after it when none does ("May 18-19"); after the first day only another joined by a span
 * word or written right next to it belongs to the span.
 */
function dayPlaces(sentence: string, tokens: readonly string[]): Set<number> {
  const days = new Set<number>();
  const number = (token: string) => /^\d+/u.exec(token)?.[0] ?? '';
  // Two days next to each other are a span only when a dash joins them in the text ("18–19 May", not
  // "May 18, 30 people"), or the first says "from" ("3-dən 9-dək").
  const dashed = (a: string, b: string) => /[-‐‑]d[əa]n$/u.test(a) || new RegExp(`(?<!\\d)${number(a)}\\s*[-–~‐]\\s*${number(b)}(?!\\d)`, 'u').test(sentence);
  const spanFrom = (start: number, step: 1 | -1) => {
    let found = 0;
    for (let j = start; j >= 0 && j < tokens.length; j += step) {
      const previous = tokens[j - step]!;
      if (DAY_TOKEN.test(tokens[j]!) && (found === 0 || !DAY_TOKEN.test(previous) || (step === 1 ? dashed(previous, tokens[j]!) : dashed(tokens[j]!, previous)))) {
        days.add(j);
        found++;
        continue;
      }
      if (found > 0 && SPAN_WORDS.has(tokens[j]!.toLowerCase()) && DAY_TOKEN.test(tokens[j + step] ?? '')) continue;
      break;
    }
    return found;
  };
  tokens.forEach((token, i) => {
    if (KOREAN_DAY.test(token)) spanFrom(i - 1, -1);
    else if (isMonth(token) && spanFrom(i - 1, -1) === 0 && isMonthBeforeDay(token)) spanFrom(i + 1, 1);
  });
  return days;
}

/** Circled and parenthesised digits ("④", "❸", "⑴"): the markers of a digest's items, no quantities. */
const LIST_MARKER = /^[\u2460-\u24ff\u2776-\u2793]/u;

/**
 * A question that asks which one of a series, not how many ("neçənci raund", "which round", "what
 * anniversary", "какой по счёту", "на каком месте", "몇 번째", "몇 위", "몇 차"): a rank answers it.
 */
export const ASKS_ORDINAL =
  /\bnec[ae]nci(?!\s+(?:il|ay|gun)\p{L}*)|\b(?:which|what) (?:round|rank|session|edition|anniversary)\b|\bin what place\b|как(?:ой|ое|ая|ую|ом) по сч[её]ту|на каком месте|как(?:ой|ом|ое|ую) (?:раунде?|туре?|заседани[ея]|сесси[июя]|годовщин[уа])(?!\p{L})|몇\s*(?:번째|위|차|등|세기)/u;

/** A rank's noun after a bare number ("на 15 месте", "15 yerdə"): the number is which one. */
const RANK_NOUN = /^(?:мест[оеау]|yer\p{L}*|place|position)$/iu;

/** Whether a token says which one of a series: "15th", "15-е", "7-ci", "제5차", "пятый", "IV", or a number before a rank's noun. */
function isRank(token: string, next: string | undefined): boolean {
  return ORDINAL.test(token) || KOREAN_ORDINAL.test(token) || isOrdinalWord(token) || (/^\d+$/u.test(token) && RANK_NOUN.test(next ?? ''));
}

/** A unit of time, as a word or after a number's hyphen ("18-month", "3 года", "5 il", "18개월"). */
const TIME_UNIT = /^(?:(?:minute|hour|day|week|month|year)s?|минут\p{L}*|час\p{L}*|дн(?:я|ей)|день|недел\p{L}*|месяц\p{L}*|год\p{L}*|лет|(?:dəqiqə|deqiqe)\p{L}*|saat\p{L}*|(?:gün|gun)\p{L}*|(?:həftə|hefte)\p{L}*|ay(?:lıq|liq|dır|dir)?|il(?:lik|dir)?|분|시간|일간|주간|개월|년간)$/iu;
const DURATION = new RegExp(`^\\p{N}+(?:[.,]\\p{N}+)?[-‐‑]?(?:${TIME_UNIT.source.slice(4, -2)})$`, 'iu');

/** Whether a count question ("how many stalls", "сколько домов") asks no length of time: then "18-month", "3 года" do not answer it. */
function countsNoTime(question: string): boolean {
  return COUNTING.test(question) && !question.split(/[^\p{L}\p{N}-]+/u).some((word) => TIME_UNIT.test(word) || DURATION.test(word));
}

/** The tokens of a sentence that are quantities the question does not name (`fresh`); ranks when it asks which one. */
export function quantityAnswers(sentence: string, tokens: readonly string[], question: string, fresh: (token: string) => boolean): string[] {
  // Asked which one of a series, its ranks answer it and nothing else does.
  if (ASKS_ORDINAL.test(foldText(question)) || ASKS_ORDINAL.test(question.toLowerCase())) {
    return tokens.filter((t, i) => isRank(t, tokens[i + 1]) && !isYearToken(t) && fresh(t.replace(/(?<=\d)[-‐‑]?\p{L}+$/u, '')));
  }
  // The parts of a date written in digits ("2012/05/10", "2025-09-24") or of a time of day ("16:14") are no quantities.
  const dateParts = new Set([...sentence.matchAll(FULL_NUMERIC_DATE), ...sentence.matchAll(DIGITAL_TIME)].flatMap((m) => m[0].split(/[/.:-]/u)));
  // A quantity: not a year, not the day of a date ("August 19"), not a Korean date part ("2012년",
  // "5월", "25일"), not a date in digits, not a Korean ordinal.
  const language = sentenceLanguage(sentence);
  const days = dayPlaces(sentence, tokens);
  // "How many" is not answered by which one ("the 30th anniversary"); Korean asks which one with 몇 too ("몇 주년", "몇 번째").
  const counting = COUNTING.exec(question)?.[0].includes('몇') === false;
  const noTime = countsNoTime(question);
  const countsPeople = noTime && (countedNoun(question)?.people ?? false) !== false;
  return tokens.filter(
    (t, i) =>
      ((/^\p{N}/u.test(t) && !LIST_MARKER.test(t)) || isNumberWord(t, language)) &&
      !(isYearToken(t) && !CURRENCY_WORD.test(tokens[i + 1] ?? '')) &&
      !(counting && ORDINAL.test(t)) &&
      !(KOREAN_DATE_PART.test(t) && !isKoreanDays(t, tokens[i + 1])) &&
      // "3.15 percent" is a share, though "3.15" could be a day and a month.
      !(NUMERIC_DATE.test(t) && !PERCENT_AFTER.test(tokens[i + 1] ?? '')) &&
      !dateParts.has(t.split(/[-‐‑]/u)[0]!) &&
      !KOREAN_ORDINAL.test(t) &&
      !(couldBeDay(t) && (isMonthBeforeDay(tokens[i - 1]) || isMonth(tokens[i + 1]))) &&
      !days.has(i) &&
      !isBothParties(t, tokens[i + 1], question) &&
      !(noTime && DURATION.test(t)) &&
      // Counting people, "20 il bundan əvvəl", "for five years" is a length of time, not them.
      !(countsPeople && TIME_UNIT.test(tokens[i + 1] ?? '')) &&
      // A quantity with its unit ("230MW") is new unless its number is: the unit may be what was asked for ("capacity").
      fresh(t.replace(/(?<=\d)[-‐‑]?\p{L}+$/u, '')),
  );
}
