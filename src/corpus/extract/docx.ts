import { reason } from '../../reasons.ts';
import { unreadable, type ExtractedText } from './types.ts';

/** A Word document's text through mammoth: one paragraph per Word paragraph. */
export async function extractDocx(source: string, bytes: Uint8Array): Promise<ExtractedText> {
  let text: string;
  const mammoth = (await import('mammoth')).default; // loaded on first use
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (error) {
    const why = (error instanceof Error ? error.message : String(error)).split(/[:.]\s/u)[0];
    throw unreadable(source, `not a readable .docx: a damaged or non-Word archive (${why})`, reason('docxDamaged', { detail: why ?? '' }));
  }
  return { text: text.replace(/\n{3,}/gu, '\n\n').trim() };
}
