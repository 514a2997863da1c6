import { SENTENCE_MEMO_LIMIT, memoized } from './fold.ts';

/**
 * Years a text names relative to its own date: "last year", "ötən il", "в прошлом году", "지난해"
 * in an article published in 2026 say 2025. A reader asking "how much did Azerbaijan export in
 * 2025?" means what the February 2026 report calls "last year".
 */

/** Each phrase and how many years it lies from the date it is read against. */
const RELATIVE_YEAR_PHRASES: readonly { pattern: RegExp; offset: number }[] = [
  {
    offset: -1,
    pattern:
      /\b(?:last|previous|past) year\b|(?<!\p{L})(?:ötən|keçən|oten|kecen) il(?:in|də|da|dən|dan|ki)?(?!\p{L})|(?<!\p{L})(?:в |во )?(?:прошл(?:ом|ого|ый) год(?:а|у)?|предыдущ(?:ем|его) год(?:а|у)?)(?!\p{L})|지난해|작년|전년/iu,
  },
  {
    offset: 1,
    pattern:
      /\bnext year\b|(?<!\p{L})(?:gələn|gelen|növbəti|novbeti) il(?:in|də|da|dən|dan)?(?!\p{L})|(?<!\p{L})(?:следующ(?:ем|его) год(?:а|у)?|будущ(?:ем|его) год(?:а|у)?)(?!\p{L})|내년|명년/iu,
  },
];

/** The years a text names relative to `year` (the year of its document's publication), in order of offset. */
export function relativeYearsIn(text: string, year: number): number[] {
  return relativeYearOffsets(text)
    .filter((offset) => offset !== 0)
    .map((offset) => year + offset);
}

/** "This year": "bu il", "в этом году", "올해". */
const THIS_YEAR = /\bthis year\b|(?<!\p{L})(?:bu il|cari il)(?:in|də|da|dən|dan)?(?!\p{L})|(?<!\p{L})(?:в )?(?:этом|текущем|нынешнем) году(?!\p{L})|(?<!\p{L})(?:этого|текущего|нынешнего) года(?!\p{L})|올해|금년/iu;

/** How many years from its own date each year a text names relatively lies (0 for "this year"); remembered, as questions and sentences recur. */
export const relativeYearOffsets = memoized(
  (text: string): readonly number[] => [...(THIS_YEAR.test(text) ? [0] : []), ...RELATIVE_YEAR_PHRASES.filter(({ pattern }) => pattern.test(text)).map(({ offset }) => offset)],
  SENTENCE_MEMO_LIMIT,
);
