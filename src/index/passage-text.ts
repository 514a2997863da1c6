import { ENGLISH_MONTHS, publishedDate } from '../corpus/types.ts';
import type { Chunk, DocumentMeta } from '../corpus/types.ts';
import { relativeYearsIn } from '../corpus/relative-years.ts';

/**
 * The text the lexical index holds for a passage: its own, and for a document's first passage
 * (its title and lead) also the month and year of the document's date ("August 2021"). A question
 * that dates what it asks about ("in August 2021", "2017-ci ildə") then meets the article of that
 * date whether or not its text repeats the year, and the article's other passages meet it through
 * their lead (FUSION.leadShare). The day is left out: a bare day number would meet any number.
 * A passage that says "last year" or "next year" also holds the year that is, counted from the
 * document's publication (relative-years.ts).
 */
export function indexedPassageText(chunk: Chunk, meta: DocumentMeta | undefined): string {
  const date = meta?.date;
  const published = meta !== undefined ? publishedDate(meta)?.year : undefined;
  const relative = published !== undefined ? relativeYearsIn(chunk.text, published) : [];
  const years = relative.length > 0 ? `\n${relative.join(' ')}` : '';
  if (chunk.ordinal !== 0 || date?.year === undefined) return chunk.text + years;
  const month = date.month !== undefined ? `${ENGLISH_MONTHS[date.month - 1]} ` : '';
  return `${chunk.text}\n${month}${date.year}${years}`;
}
