import { AppError } from '../../errors.ts';
import { reasonContext, type Reason } from '../../reasons.ts';

/** What an extractor gives: running text (paragraphs apart by a blank line) and the metadata the file declares. */
export interface ExtractedText {
  text: string;
  title?: string;
  /** As the file declares it, e.g. "2024-05-23" from a page's meta tags. */
  date?: string;
  url?: string;
}

/** Why a file cannot be read, in the loader's wording: it is logged with the file's name and skipped. */
export function unreadable(source: string, why: string, code: Reason): AppError {
  return new AppError('DOCUMENT_UNREADABLE', `${source}: ${why}. Fix or remove the file; the other documents are used.`, { source, ...reasonContext(why, code) });
}
