/**
 * The date a page's address carries: news sites put the publication date in their paths
 * ("/2025/09/24/", "/article/202108206862Y", "/amp/2007042489301"), which a text that names no
 * year of its own lacks. A saved file's name often carries it too ("trend-aliyev-visit-2017.txt",
 * "report_2019-05-14.txt").
 */
import type { PartialDate } from './types.ts';

const YEAR = '((?:19|20)\\d{2})';
const MONTH = '(0?[1-9]|1[0-2])';
const DAY = '(0?[1-9]|[12]\\d|3[01])';

/** Most precise first: a day in path segments, a day in a digit run that opens a segment, a month, a year alone. */
const URL_DATES: readonly { pattern: RegExp; fields: readonly ('year' | 'month' | 'day')[] }[] = [
  { pattern: new RegExp(`/${YEAR}[/-]${MONTH}[/-]${DAY}(?=[/-]|\\D|$)`, 'u'), fields: ['year', 'month', 'day'] },
  { pattern: new RegExp(`/${YEAR}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=[\\dA-Za-z]*(?:[/?#.]|$))`, 'u'), fields: ['year', 'month', 'day'] },
  { pattern: new RegExp(`/${YEAR}[/-]${MONTH}(?=/)`, 'u'), fields: ['year', 'month'] },
  { pattern: new RegExp(`/${YEAR}(?=/)`, 'u'), fields: ['year'] },
];

/** The date in a URL's path, as precise as the path gives it; undefined when it gives none. */
export function dateFromUrl(url: string): PartialDate | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  for (const { pattern, fields } of URL_DATES) {
    const found = pattern.exec(path);
    if (found === null) continue;
    const date: PartialDate = { raw: found[0].slice(1) };
    fields.forEach((field, i) => (date[field] = Number(found[i + 1])));
    return date;
  }
  return undefined;
}

/** Separators of the words of a file's name. */
const NAME_PART = '[-_. ]';
const NAME_DAY = new RegExp(`(?:^|${NAME_PART})${YEAR}(${NAME_PART}?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?=${NAME_PART}|$)`, 'u');
const NAME_LEADING_SEPARATOR = new RegExp(`^${NAME_PART}`, 'u');
const NAME_YEAR = new RegExp(`(?:^|${NAME_PART})${YEAR}(?=${NAME_PART}|$)`, 'gu');

/**
 * The date a file's name carries as words of its own: a whole date ("2019-05-14", "20190514"),
 * else a year, when the name holds exactly one ("olympiad-2013", not "2013-2019-results").
 */
export function dateFromFileName(source: string): PartialDate | undefined {
  const name = (source.split(/[\\/]/u).pop() ?? '').replace(/\.[^.]*$/u, '');
  const day = NAME_DAY.exec(name);
  if (day !== null) return { year: Number(day[1]), month: Number(day[3]), day: Number(day[4]), raw: day[0].replace(NAME_LEADING_SEPARATOR, '') };
  const years = [...new Set([...name.matchAll(NAME_YEAR)].map((m) => m[1]!))];
  return years.length === 1 ? { year: Number(years[0]), raw: years[0]! } : undefined;
}
