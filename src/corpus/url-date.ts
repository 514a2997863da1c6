/**
 * The date a page's address carries: news sites put the publication date in their paths
 * ("/2025/09/24/", "/article/202108206862Y", "/amp/2007042489301"), which a text that names no
 * year of its own lacks.
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
