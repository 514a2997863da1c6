import { extractDocx } from './docx.ts';
import { extractHtml } from './html.ts';
import { extractPdf } from './pdf.ts';
import type { ExtractedText } from './types.ts';

export type { ExtractedText } from './types.ts';

/**
 * Formats other than plain text and Markdown: each extractor turns a file's bytes into running
 * text (paragraphs separated by blank lines) and whatever metadata the format itself declares.
 * Anything missing falls back to the rules .txt uses.
 */

/** Every file name the corpus reads: .txt and .md as text, the rest through an extractor. */
export const DOCUMENT_EXTENSION = /\.(?:txt|md|html?|pdf|docx)$/iu;
/** Names read through an extractor rather than decoded as text. */
const EXTRACTED_EXTENSION = /\.(?:html?|pdf|docx)$/iu;

export function needsExtraction(source: string): boolean {
  return EXTRACTED_EXTENSION.test(source);
}

/** Extracts a .html/.htm, .pdf or .docx file. Throws AppError DOCUMENT_UNREADABLE with the reason. */
export async function extractText(source: string, bytes: Uint8Array): Promise<ExtractedText> {
  const lower = source.toLowerCase();
  if (lower.endsWith('.pdf')) return extractPdf(source, bytes);
  if (lower.endsWith('.docx')) return extractDocx(source, bytes);
  return extractHtml(source, bytes);
}
