import type { Reason } from '../reasons.ts';

/** Languages the corpus recognises; 'und' when the text gives no clear signal. */
export type Language = 'az' | 'en' | 'ru' | 'ko' | 'und';

/** The months' English names, January first. */
export const ENGLISH_MONTHS: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as precise as the text gives it: "May 23" has no year, and none is invented. */
export interface PartialDate {
  year?: number;
  month?: number;
  day?: number;
  /** The words the date was read from, as they stand in the text. */
  raw: string;
}

/**
 * Where a document's date was read: declared by the file or page, near the top (a dateline), in
 * the page's address, in a stamp at its foot, in the file's name, or, failing those, the first
 * dated phrase of its text — a date the article mentions, often a past event's, not the day it
 * was published.
 */
export type DateOrigin = 'declared' | 'top' | 'address' | 'footer' | 'name' | 'mention';

export interface DocumentMeta {
  title: string;
  /** The document's date; only a date of origin other than 'mention' is shown as its publication date (publishedDate). */
  date?: PartialDate;
  dateOrigin?: DateOrigin;
  outlet?: string;
  language: Language;
  url?: string;
}

/** The day the document was published, as far as its metadata tells: not a date its text merely mentions. */
export function publishedDate(meta: Pick<DocumentMeta, 'date' | 'dateOrigin'>): PartialDate | undefined {
  return meta.dateOrigin === 'mention' ? undefined : meta.date;
}

/** One document of SEEDS_DIR after reading and cleaning. */
export interface SourceDocument {
  /** Path relative to SEEDS_DIR with forward slashes: the document's identity. */
  source: string;
  /** sha256 (hex) of the file's bytes: decides whether ingest must redo the document. */
  contentHash: string;
  /** Cleaned text; every offset in chunks and sentences points into it. */
  text: string;
  meta: DocumentMeta;
}

/** A sentence as a span of its document's cleaned text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export interface Chunk {
  /** `${source}#${ordinal}`: stable while the document does not change. */
  id: string;
  source: string;
  /** Position of the chunk within its document, from 0. */
  ordinal: number;
  start: number;
  end: number;
  /** The passage text (document text from start to end). */
  text: string;
  sentences: Sentence[];
  /** Tokens of the passage as the embedder will see it (prefix and special tokens included). */
  tokenCount: number;
}

/** A file that was not read, and why. */
export interface SkippedFile {
  source: string;
  /** In English, for logs and the CLI. */
  reason: string;
  /** The same reason by code, for the bot to say in the user's language. */
  why?: Reason;
}

/** Counts tokens as the embedding model will see a passage (prefix and special tokens included). */
export type TokenCounter = (text: string) => number;

/**
 * A short reference to a chunk that survives restarts and goes stale when its document
 * changes: 12 hex digits of the document hash and the chunk's ordinal (at most 24 characters).
 */
export function chunkRef(contentHash: string, ordinal: number): string {
  return `${contentHash.slice(0, 12)}.${ordinal}`;
}
