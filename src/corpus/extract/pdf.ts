import { reason } from '../../reasons.ts';
import { unreadable, type ExtractedText } from './types.ts';

/** Fewer letters than this in the whole file: no text layer (a scan) rather than an article. */
const MIN_LETTERS = 40;

/**
 * "memo-\nrandum" → "memorandum": a word broken at a line or page end, joined again. Only a
 * break followed by a lowercase letter is joined, so "Azerbaijan-\nKorea" keeps its hyphen.
 */
export function repairHyphenation(text: string): string {
  return text.replace(/(\p{L})[-\u00AD\u2010]\n+(\p{Ll})/gu, '$1$2');
}

/** A PDF's text layer through PDF.js (the unpdf build, which needs no worker), pages joined. */
export async function extractPdf(source: string, bytes: Uint8Array): Promise<ExtractedText> {
  let pages: string[];
  // Loaded on first use: most runs (and every question) never read a PDF.
  const { extractText, getDocumentProxy } = await import('unpdf');
  try {
    // PDF.js takes ownership of the buffer it is given: hand it a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    try {
      pages = (await extractText(pdf, { mergePages: false })).text;
    } finally {
      await pdf.destroy().catch(() => {});
    }
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw unreadable(source, 'encrypted PDF (needs a password); save an unprotected copy', reason('pdfEncrypted'));
    const detail = error instanceof Error ? error.message : String(error);
    throw unreadable(source, `not a readable PDF (${detail})`, reason('pdfDamaged', { detail }));
  }
  const text = repairHyphenation(pages.map((page) => page.trim()).filter((page) => page !== '').join('\n\n'));
  if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) {
    throw unreadable(source, 'the PDF has no text layer (a scanned document?); run OCR on it first', reason('pdfNoTextLayer'));
  }
  return { text };
}
