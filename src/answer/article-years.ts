import { relativeYearsIn } from '../corpus/relative-years.ts';
import { yearsIn } from './sentence-scores.ts';

/** Whether the question names years and the article is dated in none of them (false when its date is not known). */
export function datedInAnotherYear(asked: readonly string[], dated: number | undefined): boolean {
  return asked.length > 0 && dated !== undefined && !asked.includes(String(dated));
}

/**
 * Whether a question that dates what it asks ("how many tickets were sold in 2022?", its years
 * `asked`) is answered from an article published in another year that names the year asked
 * nowhere, not even as "last year" or "next year" counted from its own date: the story of a
 * neighbouring year, which news of a recurring concert, fair or trade report often is
 * (abstention's 'yearInArticle'). Unknown when the article's publication date is not known.
 */
export function yearWrittenNowhere(texts: () => readonly string[], asked: readonly string[], published: number | undefined): boolean {
  if (published === undefined || !datedInAnotherYear(asked, published)) return false;
  const namesAsked = (text: string) => yearsIn(text).some((year) => asked.includes(year)) || relativeYearsIn(text, published).some((year) => asked.includes(String(year)));
  return !texts().some(namesAsked);
}
