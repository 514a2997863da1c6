import { SENTENCE_MEMO_LIMIT, memoized } from '../corpus/fold.ts';
import type { PartialDate } from '../corpus/types.ts';

/**
 * News says when by its own date: "Bu gün ... keçirilib", "Сегодня ...", "yesterday the minister
 * ...". Such a sentence answers "when?" with its article's day, which the reader of an answer
 * taken out of the article no longer sees; that day is worked out here and shown beside it.
 */

/** Words for the article's day and the days next to it, with their offset in days. */
const RELATIVE_DAYS: readonly (readonly [RegExp, number])[] = [
  // "bu gün" but not "bu günlərdə" (these days); 오늘 but not 오늘날 (nowadays).
  [/(?:^|[^\p{L}])(?:today|bu ?gün|сегодня)(?![\p{L}])|오늘(?!날)/iu, 0],
  [/(?:^|[^\p{L}])(?:yesterday|dünən|вчера)(?![\p{L}])|어제/iu, -1],
  [/(?:^|[^\p{L}])(?:tomorrow|завтра)(?![\p{L}])|내일/iu, 1],
];

/**
 * The day words of RELATIVE_DAYS without their word boundaries: a sentence none of them occurs in
 * matches no pattern there, and most sentences are told so by this one scan instead of three.
 */
const ANY_DAY_WORD = /today|bu ?gün|сегодня|오늘|yesterday|dünən|вчера|어제|tomorrow|завтра|내일/iu;

/** The offset in days of the first relative day word of a sentence; sentences recur across questions, so it is remembered. */
const relativeOffset = memoized(
  (sentence: string): number | null => (ANY_DAY_WORD.test(sentence) ? (RELATIVE_DAYS.find(([pattern]) => pattern.test(sentence))?.[1] ?? null) : null),
  SENTENCE_MEMO_LIMIT,
);

/** The day a sentence names relative to its article's date; undefined without such a word or a full date. */
export function dayNamedBy(sentence: string, articleDate: PartialDate | undefined): { year: number; month: number; day: number } | undefined {
  if (articleDate?.year === undefined || articleDate.month === undefined || articleDate.day === undefined) return undefined;
  const offset = relativeOffset(sentence);
  if (offset === null) return undefined;
  const day = new Date(Date.UTC(articleDate.year, articleDate.month - 1, articleDate.day + offset));
  return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
}

/** A day of the week ("on Tuesday", "в четверг", "çərşənbə günü", "화요일"): news tells the event of its report's week by it. */
const WEEKDAY = /(?:^|[^\p{L}])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник\p{L}*|вторник\p{L}*|сред[уаые]|четверг\p{L}*|пятниц\p{L}*|суббот\p{L}*|воскресень\p{L}*|bazar ert[əe]si|[çc][əe]r[şs][əe]nb[əe]|c[üu]m[əe]|[şs][əe]nb[əe]|bazar g[üu]n[üu])(?![\p{L}])|[월화수목금토일]요일/iu;

/** Whether a sentence names its event's day by the report's own week or day ("on Tuesday", "bu gün", "어제"), not by a date. */
export function namesDayOfReport(sentence: string): boolean {
  return ANY_DAY_WORD.test(sentence) || WEEKDAY.test(sentence);
}
