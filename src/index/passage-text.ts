import { ENGLISH_MONTHS } from '../corpus/types.ts';
import type { Chunk, DocumentMeta } from '../corpus/types.ts';

/**
 * The text the lexical index holds for a passage: its own, and for a document's first passage
 * (its title and lead) also the month and year of the document's date ("August 2021"). A question
 * that dates what it asks about ("in August 2021", "2017-ci ildə") then meets the article of that
 * date whether or not its text repeats the year, and the article's other passages meet it through
 * their lead (FUSION.leadShare). The day is left out: a bare day number would meet any number.
 */
export function indexedPassageText(chunk: Chunk, meta: DocumentMeta | undefined): string {
  const date = meta?.date;
  if (chunk.ordinal !== 0 || date?.year === undefined) return chunk.text;
  const month = date.month !== undefined ? `${ENGLISH_MONTHS[date.month - 1]} ` : '';
  return `${chunk.text}\n${month}${date.year}`;
}
