/**
 * Dates in news text: dated phrases in English, Azerbaijani, Russian and Korean ("26 August 2022",
 * "20-23 iyul 2022-ci il", "26 августа 2022 года", "2022년 8월 26일", "2025.11.19"), and the date of
 * a document (its dateline, else the first full date its text mentions). Dates stay as precise as
 * the text gives them.
 */
import type { PartialDate } from './types.ts';

const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EN_MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Azerbaijani month names; texts add case suffixes ("iyulda", "avqustun"). */
export const AZ_MONTHS: readonly string[] = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'];
const RU_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** Month number of any spelling the patterns below accept, or undefined. */
function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/u, '');
  for (const names of [EN_MONTHS, AZ_MONTHS, RU_MONTHS]) {
    const index = names.indexOf(lower);
    if (index >= 0) return index + 1;
  }
  if (lower === 'sept') return 9;
  const abbreviation = EN_MONTH_ABBREVIATIONS.indexOf(lower);
  if (abbreviation >= 0) return abbreviation + 1;
  // Azerbaijani months take case suffixes: "iyulda", "avqustun".
  const azStem = AZ_MONTHS.findIndex((name) => lower.startsWith(name));
  return azStem >= 0 ? azStem + 1 : undefined;
}

const EN_MONTH = `(?:${EN_MONTHS.join('|')}|(?:${EN_MONTH_ABBREVIATIONS.join('|')}|sept)\\.?)`;
/** English month names and abbreviations, capitalised (so the verb "may" is no month). */
export const EN_MONTH_CAPITALIZED = `(?:${[...EN_MONTHS, ...EN_MONTH_ABBREVIATIONS, 'sept'].map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})\\.?`;
const AZ_MONTH = `(?:${AZ_MONTHS.join('|')})\\p{Ll}*`;
const RU_MONTH = `(?:${RU_MONTHS.join('|')})`;
const ANY_MONTH = `(?:${EN_MONTH}|${AZ_MONTH}|${RU_MONTH})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const DAY_RANGE = `${DAY}(?:\\s*[-–]\\s*\\d{1,2})?`;
const YEAR = '((?:19|20)\\d{2})';
/** Trailing words that belong to a date: Azerbaijani "2022-ci il", Russian "2022 года". */
const YEAR_TAIL = `(?:-?(?:ci|cı|cu|cü)(?:\\s+il)?|\\s+(?:года|г\\.))?`;
const END = '(?![\\p{L}\\p{N}])';
const START = '(?<![\\p{L}\\p{N}])';

interface DateRule {
  pattern: RegExp;
  read: (groups: string[]) => Omit<PartialDate, 'raw'>;
}

const DATE_RULES: readonly DateRule[] = [
  { // 2022-08-26, 2022/08/26
    pattern: new RegExp(`${START}${YEAR}[-/](\\d{1,2})[-/](\\d{1,2})${END}`, 'gu'),
    read: ([y, m, d]) => ({ year: +y!, month: +m!, day: +d! }),
  },
  { // 26.08.2022
    pattern: new RegExp(`${START}(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}${END}`, 'gu'),
    read: ([d, m, y]) => ({ year: +y!, month: +m!, day: +d! }),
  },
  { // 2022.08.26, 2012. 5. 10 (Korean news)
    pattern: new RegExp(`${START}${YEAR}\\.\\s?(\\d{1,2})\\.\\s?(\\d{1,2})(?!\\d)\\.?`, 'gu'),
    read: ([y, m, d]) => ({ year: +y!, month: +m!, day: +d! }),
  },
  { // 26 August 2022, 20-23 iyul 2022-ci il, 26 августа 2022 года
    pattern: new RegExp(`${START}${DAY_RANGE}\\s+(${ANY_MONTH}),?\\s+${YEAR}${YEAR_TAIL}${END}`, 'giu'),
    read: ([d, m, y]) => ({ year: +y!, month: monthNumber(m!), day: +d! }),
  },
  { // August 26, 2022
    pattern: new RegExp(`${START}(${EN_MONTH})\\s+${DAY_RANGE},?\\s+${YEAR}${END}`, 'giu'),
    read: ([m, d, y]) => ({ year: +y!, month: monthNumber(m!), day: +d! }),
  },
  { // 2022년 8월 26일
    pattern: /(?<!\d)((?:19|20)\d{2})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/gu,
    read: ([y, m, d]) => ({ year: +y!, month: +m!, day: +d! }),
  },
  { // August 2022
    pattern: new RegExp(`${START}(${EN_MONTH_CAPITALIZED}|${AZ_MONTH}|${RU_MONTH})\\s+${YEAR}${YEAR_TAIL}${END}`, 'gu'),
    read: ([m, y]) => ({ year: +y!, month: monthNumber(m!) }),
  },
  { // May 23 (capitalised, so the verb "may" is not a month)
    pattern: new RegExp(`${START}(${EN_MONTH_CAPITALIZED})\\s+${DAY_RANGE}${END}`, 'gu'),
    read: ([m, d]) => ({ month: monthNumber(m!), day: +d! }),
  },
  { // 23 May, 21 iyul, 26 августа
    pattern: new RegExp(`${START}${DAY_RANGE}\\s+(${EN_MONTH_CAPITALIZED}|${AZ_MONTH}|${RU_MONTH})${END}`, 'gu'),
    read: ([d, m]) => ({ month: monthNumber(m!), day: +d! }),
  },
  { // 8월 26일
    pattern: /(?<!\d)(\d{1,2})\s*월\s*(\d{1,2})\s*일/gu,
    read: ([m, d]) => ({ month: +m!, day: +d! }),
  },
];

export interface DateMatch {
  index: number;
  end: number;
  date: PartialDate;
}

function isValidDate(date: Omit<PartialDate, 'raw'>): boolean {
  if (date.month === undefined || date.month < 1 || date.month > 12) return false;
  if (date.day !== undefined && (date.day < 1 || date.day > 31)) return false;
  return date.year === undefined || (date.year >= 1900 && date.year <= 2100);
}

/** Every date in the text, in order; where two readings overlap the one found first by a more precise rule wins. */
export function findDates(text: string): PartialDate[] {
  return findDateMatches(text).map((match) => match.date);
}

/** Every rule's pattern holds a digit (a day, a month's number or a year): a text without one holds no date. */
const ANY_DIGIT = /[0-9]/;

/** findDates with where each date stands in the text. */
export function findDateMatches(text: string): DateMatch[] {
  const matches: DateMatch[] = [];
  if (!ANY_DIGIT.test(text)) return matches;
  for (const rule of DATE_RULES) {
    for (const found of text.matchAll(rule.pattern)) {
      const index = found.index;
      const end = index + found[0].length;
      if (matches.some((other) => index < other.end && end > other.index)) continue;
      const fields = rule.read(found.slice(1));
      if (!isValidDate(fields)) continue;
      const date: PartialDate = { raw: found[0].trim() };
      if (fields.year !== undefined) date.year = fields.year;
      if (fields.month !== undefined) date.month = fields.month;
      if (fields.day !== undefined) date.day = fields.day;
      matches.push({ index, end, date });
    }
  }
  return matches.sort((a, b) => a.index - b.index);
}

/** Characters from the top where a dateline or publication date is expected. */
const HEAD_CHARS = 300;

/**
 * The document's date: the first date near the top (a dateline such as "BAKU, May 23." or
 * "date 2022-08-26"), else the first date with a year anywhere. Partial dates stay partial.
 */
export const extractDate = (text: string): PartialDate | undefined => findDocumentDate(text)?.date;

/** extractDate, with whether the date stands near the top ('top') or was the first one the body mentions ('mention'). */
export function findDocumentDate(text: string): { date: PartialDate; origin: 'top' | 'mention' } | undefined {
  const found = dateNearTop(text);
  if (found !== undefined) return { date: found, origin: 'top' };
  const mentioned = findDateMatches(text).find((match) => match.date.year !== undefined && match.date.month !== undefined)?.date;
  return mentioned === undefined ? undefined : { date: mentioned, origin: 'mention' };
}

function dateNearTop(text: string): PartialDate | undefined {
  const matches = findDateMatches(text);
  const lineEnd = text.indexOf('\n', HEAD_CHARS);
  const headEnd = lineEnd < 0 ? text.length : lineEnd;
  const head = matches.filter((match) => match.index < headEnd);
  const first = head[0];
  if (first !== undefined) {
    if (first.date.year !== undefined) return first.date;
    // "BAKU, May 23 ... on May 23, 2024": the fuller reading of the same day is better.
    const fuller = head.find((m) => m.date.year !== undefined && m.date.month === first.date.month && m.date.day === first.date.day);
    return (fuller ?? first).date;
  }
  return undefined;
}

/** Lines from the end of a page where a publication stamp stands ("© Report, 2024", "Published: March 24, 2022", "입력 2023.09.14 10:20"). */
const FOOTER_LINES = 4;
/** Most words a stamp has besides its date ("Published:", "입력", "Posted by Trend"): a sentence with a date has more. */
const STAMP_MAX_WORDS = 3;
/** A copyright line: "© Report, 2024", "Все права защищены © 2026", "Copyright 2019 Trend". */
const COPYRIGHT = /©|\(c\)|\bcopyright\b|all rights reserved|bütün hüquqlar|все права/iu;
const YEAR_IN_LINE = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;

/**
 * The date a page's footer stamps it with: a line among the last ones that is a date with its year
 * and at most a few words ("Published: March 24, 2022", "20.03.2019 15:40"), else the year of a copyright line
 * that names one year ("© Report, 2024"; a span such as "© 2005-2024" is the site's, not the
 * article's). Read from the page before cleaning, which drops such lines.
 */
export function footerDate(page: string): PartialDate | undefined {
  const lines = page.split('\n').map((line) => line.trim()).filter((line) => line !== '').slice(-FOOTER_LINES).reverse();
  for (const line of lines) {
    const dated = findDateMatches(line).find((match) => match.date.year !== undefined && match.date.month !== undefined);
    const words = dated === undefined ? [] : (line.slice(0, dated.index) + ' ' + line.slice(dated.end)).match(/\p{L}+/gu) ?? [];
    if (dated !== undefined && words.length <= STAMP_MAX_WORDS) return dated.date;
  }
  for (const line of lines) {
    const years = COPYRIGHT.test(line) ? [...new Set(line.match(YEAR_IN_LINE) ?? [])] : [];
    if (years.length === 1) return { raw: years[0]!, year: Number(years[0]) };
  }
  return undefined;
}

/**
 * A dateline without its year ("Baku, July 3") completed by a stamp the page carries elsewhere (its
 * footer's, its file name's): the stamp's date when it is the same day, else its year, or the year
 * before when the stamp is early in a year and the dateline late in one (a report of December 30
 * stamped January 2).
 */
export function completedByStamp(top: PartialDate, stamp: PartialDate): PartialDate {
  if (top.year !== undefined || stamp.year === undefined) return top;
  if (stamp.month === top.month && stamp.day === top.day) return stamp;
  const yearBefore = stamp.month !== undefined && top.month !== undefined && top.month > stamp.month + 1;
  return { ...top, year: stamp.year - (yearBefore ? 1 : 0) };
}
