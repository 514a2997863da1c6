/**
 * The shape of every language's catalogue of user-facing text. A language file typed with it that
 * lacks a key does not compile. Functions take HTML-safe arguments and return HTML-safe text.
 */

import type { ReasonCode, ReasonValues } from '../reasons.ts';

/** Interface languages of the bot (Telegram's language_code "az…" → az, anything else → en). */
export type Locale = 'en' | 'az';

/** 'az' for Azerbaijani speakers (language_code "az" or "az-…"), English for everyone else. */
export function localeOf(languageCode: string | undefined): Locale {
  return languageCode !== undefined && /^az(\b|[-_])/i.test(languageCode) ? 'az' : 'en';
}

/** Text an answer gives in the question's own language: every answer language has it. */
export interface AnswerLanguageTexts {
  /** The one sentence an answer gives when the sources do not cover the question. */
  abstention: string;
  /** A day written out, shown after a sentence that says "today" or "yesterday" ("12 May 2017"). */
  day: (year: number, month: number, day: number) => string;
}

export interface HelpFacts {
  documents: number;
  outlets: string[];
  /** Formatted date range, e.g. "2019 – 2023-05-23", or undefined when no document has a date. */
  dateRange?: string;
  botUsername: string;
}

export interface StatusFacts {
  documents: number;
  chunks: number;
  modelId: string;
  mode: 'hybrid' | 'lexical';
  modelError?: string;
  /** EMBEDDING_MODEL=none: keywords only by the operator's choice. */
  lexicalOnPurpose?: boolean;
  builtAt: string;
  /** The index could not be updated; the reason only for admins. */
  indexStale?: { reason?: string };
}

/** What the bot understood of a document an admin added. */
export interface AddedFacts {
  title: string;
  outlet?: string;
  date?: string;
  language: string;
  passages: number;
  source: string;
}

/** An ingest's counts, for /reindex. */
export interface ReindexFacts {
  documents: number;
  added: number;
  changed: number;
  removed: number;
  skipped: string[];
}

/** /stats figures, formatted and HTML-escaped by the caller. */
export interface StatsFacts {
  today: number;
  week: number;
  month: number;
  windowDays: number;
  abstained: number;
  /** e.g. "12.5%"; undefined without questions. */
  abstentionRate?: string;
  up: number;
  down: number;
  /** e.g. "85 ms"; undefined without questions. */
  medianLatency?: string;
  topSources: { source: string; count: number }[];
  unanswered: { text: string; count: number }[];
}

export type VoteEmoji = '👍' | '👎';

/** The commands of Telegram's command menu, in the order it shows them. */
export const MENU_COMMANDS = ['ask', 'sources', 'status', 'help'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Month names as dates show them, January first. */
export type MonthNames = readonly [string, string, string, string, string, string, string, string, string, string, string, string];

/**
 * Why a document or link could not be used, one text per reason code (src/reasons.ts): a code
 * without a text does not compile. String values come HTML-escaped.
 */
export type ReasonTexts = { [C in ReasonCode]: (values: ReasonValues[C]) => string };

/** Every piece of text the bot shows, and the labels of rendered answers. */
export interface Catalogue extends AnswerLanguageTexts {
  /** After the abstention sentence in Telegram: where to see what the sources cover. */
  abstentionHint: string;
  /** Heading of an answer's sources. */
  sources: string;
  /** A document without a title. */
  untitled: string;
  /** Heading of a passage shown without its number. */
  passage: string;
  months: MonthNames;

  help(facts: HelpFacts): string;
  adminHelp: string;
  askHint: string;
  groupAskHint(botUsername: string): string;
  tooLong(max: number): string;
  rateLimited(seconds: number): string;
  /** Why a question was refused; `codePoint` like "202E". */
  controlCharacter(codePoint: string): string;
  noWords: string;
  notText: string;
  unknownCommand: string;
  apology: string;
  status(facts: StatusFacts): string;
  sourcesHeader(page: number, pages: number, total: number): string;
  noDocuments: string;
  staleSource: string;
  staleButton: string;
  noMore: string;
  /** Above an answer to a question whose typing slips were read as other words ("agreemet" → agreement). */
  readAs: string;
  more: string;
  previous: string;
  next: string;
  inlineHintTitle: string;
  inlineHintText(botUsername: string): string;
  inlineAbstainTitle: string;
  inlineAnswerTitle: string;
  inlineSourceTitle(n: number): string;
  /** What each command of Telegram's command menu does. */
  commands: Record<MenuCommand, string>;

  adminOnly: string;
  privateBot: string;
  corpusFixed: string;
  unsupportedFile(formats: string): string;
  fileTooBig(megabytes: number): string;
  added(facts: AddedFacts): string;
  notReadable(name: string, reason: string): string;
  storedNotIndexed(source: string): string;
  removeButton: string;
  removed(title: string, source: string): string;
  notFound(what: string): string;
  alreadyRemoved: string;
  reindexed(facts: ReindexFacts): string;
  upToDate(documents: number): string;
  addUsage: string;
  removeUsage: string;
  fetchFailed(url: string, reason: string): string;
  /** The reason in notReadable and fetchFailed, by code. */
  reasons: ReasonTexts;
  reindexFailed(reason: string): string;
  /** The reason /reindex gives when there is no model to embed with. */
  modelNotLoaded: string;

  voteRecorded: string;
  voteChanged(vote: VoteEmoji): string;
  voteUnchanged(vote: VoteEmoji): string;
  voteUnrecorded: string;
  stats(facts: StatsFacts): string;
  statsAdminsOnly: string;
  statsPrivateOnly: string;
  statsOff: string;
  statsUnavailable: string;
}

/** Lines of a list, or a dash when it is empty. */
export const listedOrDash = <T>(items: readonly T[], line: (item: T) => string): string[] => (items.length === 0 ? ['–'] : items.map(line));
