import { documentHash } from './content-hash.ts';
import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError, describeError } from '../errors.ts';
import { silentLogger, type Logger } from '../log.ts';
import { reason, reasonFromContext, type Reason } from '../reasons.ts';
import { cleanText } from './clean.ts';
import { DOCUMENT_EXTENSION, extractText, needsExtraction } from './extract/index.ts';
import { unreadable } from './extract/types.ts';
import { extractMetadata, splitFrontMatter, splitSourceLine } from './metadata.ts';
import type { SkippedFile, SourceDocument } from './types.ts';

/**
 * Reads SEEDS_DIR: every .txt/.md/.html/.htm/.pdf/.docx file below it becomes a SourceDocument, in a stable order.
 * One bad file never stops the rest; it is logged and listed in `skipped` with the reason.
 */

/** Share of control characters above which decoded text is treated as binary. */
const MAX_CONTROL_SHARE = 0.1;
/** Default of MAX_DOCUMENT_BYTES: no news article comes near it; a bigger file is a dump or a mistake. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 5_000_000;
/**
 * A PDF, DOCX or web page is judged by the text extracted from it (images and markup make the
 * file far larger than its text); only files above this are not opened at all. Telegram lets a
 * bot download files of up to 20 MB, which an admin may send.
 */
const EXTRACTED_FILE_MAX_BYTES = 20 * 1024 * 1024;
/** A text with no letter at all (digits, symbols, zero-width characters) has nothing to answer from. */
const NO_LETTERS_TEST = /\p{L}/u;
const NO_LETTERS = 'no letters in it (only digits, symbols or invisible characters), so nothing to answer from';
/** Files read at once. */
const READ_CONCURRENCY = 8;

function decodeUtf8(source: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw unreadable(source, 'binary file (contains NUL bytes), not text', reason('binaryNul'));
  let text: string;
  try {
    // The decoder drops a leading BOM; `fatal` turns invalid UTF-8 into an error instead of U+FFFD.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw unreadable(source, 'not valid UTF-8 text; save it as UTF-8', reason('notUtf8'));
  }
  const controls = text.match(/[\u0001-\u0008\u000B\u000E-\u001F\u007F-\u009F]/gu)?.length ?? 0;
  if (text.length > 0 && controls / text.length > MAX_CONTROL_SHARE) throw unreadable(source, 'binary file (mostly control characters), not text', reason('binaryControls'));
  return text;
}

/**
 * Turns one file's bytes into a document: decode, take the `source:`/`url:` line, clean, read
 * metadata. Pure. Throws AppError DOCUMENT_UNREADABLE for binary, undecodable or empty files.
 */
export function parseDocument(source: string, bytes: Uint8Array): SourceDocument {
  const markdown = /\.md$/iu.test(source);
  const decoded = decodeUtf8(source, bytes).replace(/\r\n?/gu, '\n');
  const { fields: frontMatter, text: body } = markdown ? splitFrontMatter(decoded) : { fields: {}, text: decoded };
  const { url, text: rawText } = splitSourceLine(body);
  const text = cleanText(rawText, { markdown });
  if (text.trim() === '') throw unreadable(source, 'empty (no text left after cleaning)', reason('empty'));
  if (!NO_LETTERS_TEST.test(text)) throw unreadable(source, NO_LETTERS, reason('noLetters'));
  return {
    source,
    contentHash: documentHash(bytes),
    text,
    meta: extractMetadata(text, url === undefined ? { source, rawText, frontMatter } : { source, url, rawText, frontMatter }),
  };
}

const tooLong = (source: string, bytes: number, max: number) =>
  unreadable(source, `${bytes} bytes of text, more than MAX_DOCUMENT_BYTES (${max}); split it into smaller documents or raise MAX_DOCUMENT_BYTES`, reason('textTooLong', { bytes, max }));

/**
 * parseDocument for any supported format: .html/.htm, .pdf and .docx go through their extractor
 * first; the metadata they declare (title, date, URL) is used, the rest is read from the text.
 */
export async function parseFile(source: string, bytes: Uint8Array, options: { maxTextBytes?: number } = {}): Promise<SourceDocument> {
  if (!needsExtraction(source)) {
    if (options.maxTextBytes !== undefined && bytes.length > options.maxTextBytes) throw tooLong(source, bytes.length, options.maxTextBytes);
    return parseDocument(source, bytes);
  }
  const extracted = await extractText(source, bytes);
  const text = cleanText(extracted.text);
  if (text.trim() === '') throw unreadable(source, 'empty (no text left after cleaning)', reason('empty'));
  const textBytes = Buffer.byteLength(text);
  if (options.maxTextBytes !== undefined && textBytes > options.maxTextBytes) {
    throw tooLong(source, textBytes, options.maxTextBytes);
  }
  if (!NO_LETTERS_TEST.test(text)) throw unreadable(source, NO_LETTERS, reason('noLetters'));
  const declared: Record<string, string> = {};
  if (extracted.title !== undefined) declared.title = extracted.title;
  if (extracted.date !== undefined) declared.date = extracted.date;
  return {
    source,
    contentHash: documentHash(bytes),
    text,
    meta: extractMetadata(text, { source, rawText: extracted.text, frontMatter: declared, ...(extracted.url !== undefined ? { url: extracted.url } : {}) }),
  };
}

interface Candidate {
  source: string;
  realPath: string;
  viaLink: boolean;
}

function isInside(root: string, target: string): boolean {
  return target === root || target.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Collects document files below the root. Only real directories are walked (a symlinked
 * directory inside the root is read at its real place), so a symlink loop cannot recurse.
 */
async function collectCandidates(root: string, skip: (source: string, reason: string) => void, logger: Logger): Promise<Candidate[]> {
  const candidates: Candidate[] = [];
  const walk = async (dir: string, prefix: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      skip(prefix === '' ? '.' : prefix.slice(0, -1), `folder cannot be read (${describeError(error)})`);
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const source = prefix + entry.name;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        await walk(full, source + '/');
      } else if (entry.isFile()) {
        if (DOCUMENT_EXTENSION.test(entry.name)) candidates.push({ source, realPath: full, viaLink: false });
      } else if (entry.isSymbolicLink()) {
        await followLink(full, source);
      }
    }
  };
  const followLink = async (full: string, source: string): Promise<void> => {
    let target: string;
    let isDirectory: boolean;
    let isFile: boolean;
    try {
      target = await realpath(full);
      const info = await stat(target);
      isDirectory = info.isDirectory();
      isFile = info.isFile();
    } catch (error) {
      if (DOCUMENT_EXTENSION.test(source)) skip(source, `broken or looping symlink (${describeError(error)})`);
      return;
    }
    // Only folders and regular files: reading a linked FIFO or device could block forever.
    if (!isDirectory && !(isFile && DOCUMENT_EXTENSION.test(source))) return;
    if (!isInside(root, target)) {
      skip(source, 'symlink to a place outside SEEDS_DIR; not read');
    } else if (isDirectory) {
      logger.debug('symlinked folder inside SEEDS_DIR is read at its real place', { source });
    } else {
      candidates.push({ source, realPath: target, viaLink: true });
    }
  };
  await walk(root, '');
  return candidates;
}

/** Keeps one entry per real file: the one that is not a link, else the first in order. */
function dropDuplicates(sorted: Candidate[], skip: (source: string, reason: string) => void): Candidate[] {
  const kept = new Map<string, Candidate>();
  for (const candidate of sorted) {
    const other = kept.get(candidate.realPath);
    if (other === undefined) kept.set(candidate.realPath, candidate);
    else if (other.viaLink && !candidate.viaLink) {
      skip(other.source, `same file as ${candidate.source}`);
      kept.set(candidate.realPath, candidate);
    } else skip(candidate.source, `same file as ${other.source}`);
  }
  return sorted.filter((candidate) => kept.get(candidate.realPath) === candidate);
}

/**
 * Every document file (DOCUMENT_EXTENSION) under seedsDir, recursively, sorted by relative path. Hidden files and
 * folders are ignored; symlinks leading outside seedsDir are not followed.
 */
export async function loadDocuments(
  seedsDir: string,
  options: { logger?: Logger; maxDocumentBytes?: number } = {},
): Promise<{ documents: SourceDocument[]; skipped: SkippedFile[] }> {
  const logger = options.logger ?? silentLogger;
  const maxBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  let root: string;
  try {
    root = await realpath(seedsDir);
    if (!(await stat(root)).isDirectory()) throw new Error('not a folder');
  } catch (error) {
    throw new AppError('DOCUMENT_UNREADABLE', `SEEDS_DIR ${seedsDir} is not a readable folder (${describeError(error)}). Set SEEDS_DIR to the folder of .txt/.md documents.`, { seedsDir });
  }

  const skipped: SkippedFile[] = [];
  const skip = (source: string, text: string, why?: Reason) => {
    logger.warn(`skipped ${source}: ${text}`, { source });
    skipped.push(why === undefined ? { source, reason: text } : { source, reason: text, why });
  };

  const found = await collectCandidates(root, skip, logger);
  const candidates = dropDuplicates(found.sort((a, b) => compareCodeUnits(a.source, b.source)), skip);
  const results: (SourceDocument | undefined)[] = new Array(candidates.length);
  let next = 0;
  const worker = async () => {
    while (next < candidates.length) {
      const index = next++;
      const candidate = candidates[index]!;
      try {
        const { size } = await stat(candidate.realPath);
        const extracted = needsExtraction(candidate.source);
        const max = extracted ? Math.max(maxBytes, EXTRACTED_FILE_MAX_BYTES) : maxBytes;
        if (size > max) {
          const limit = extracted ? `the ${EXTRACTED_FILE_MAX_BYTES}-byte limit of files to extract text from` : `MAX_DOCUMENT_BYTES (${maxBytes})`;
          skip(candidate.source, `${size} bytes, larger than ${limit}; split it into smaller documents or raise MAX_DOCUMENT_BYTES`, reason('fileTooLarge', { bytes: size, max }));
          continue;
        }
        results[index] = await parseFile(candidate.source, await readFile(candidate.realPath), { maxTextBytes: maxBytes });
      } catch (error) {
        if (error instanceof AppError && typeof error.context.reason === 'string') skip(candidate.source, error.context.reason, reasonFromContext(error.context));
        else skip(candidate.source, `cannot be read (${describeError(error)})`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, candidates.length) }, worker));

  skipped.sort((a, b) => compareCodeUnits(a.source, b.source));
  const documents = results.filter((doc): doc is SourceDocument => doc !== undefined);
  logger.info('documents loaded', { documents: documents.length, skipped: skipped.length });
  return { documents, skipped };
}
