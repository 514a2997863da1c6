import { dateFromFileName, dateFromUrl } from './url-date.ts';
import { detectLanguage } from './language.ts';
import { splitSentences } from './sentences.ts';
import { EN_MONTH_CAPITALIZED, completedByStamp, findDateMatches, findDates, findDocumentDate, footerDate } from './dates.ts';
import type { DateOrigin, DocumentMeta, PartialDate } from './types.ts';

export { extractDate, findDates, findDocumentDate } from './dates.ts';

/**
 * Metadata read from the article itself: title, date (only as precise as the text gives it),
 * outlet and language. Everything here is a heuristic for news pages in English, Azerbaijani,
 * Russian and Korean; when the text gives no answer the field is left out rather than guessed.
 */

export interface MetadataOptions {
  /** Document identity; its file name is the title of last resort. */
  source: string;
  url?: string;
  /**
   * The text before cleaning. Outlets often show themselves only in furniture that cleaning drops
   * ("Follow us on Twitter @AzerNewsAz"), and a Markdown heading is clearest before it is stripped.
   */
  rawText?: string;
  /** Fields of a Markdown file's YAML front matter (title, date, url), which win over the text. */
  frontMatter?: Readonly<Record<string, string>>;
}

// ---------------------------------------------------------------------------------------------
// Outlets

interface OutletRule {
  name: string;
  /** Regex source matching how the outlet is written. */
  written: string;
  /** A bare mention is enough (the name means nothing else); otherwise only attributions count. */
  distinctive: boolean;
  caseSensitive?: boolean;
}

/** Canonical outlet names: the one table every spelling maps to. */
const OUTLETS: readonly OutletRule[] = [
  { name: 'Trend', written: 'Trend(?:\\.az)?(?: News Agency)?', distinctive: false, caseSensitive: true },
  { name: 'Azernews', written: 'Azer ?News(?:Az|\\.az)?', distinctive: true },
  { name: 'News.Az', written: 'News\\.Az', distinctive: true },
  { name: 'Azertag', written: 'Azerta[gc](?:\\.az)?', distinctive: true },
  { name: 'Metbuat.az', written: 'Metbuat\\.az', distinctive: true },
  { name: 'Report.az', written: 'Report(?:\\.az| News Agency)?', distinctive: false, caseSensitive: true },
  { name: 'APA', written: 'APA(?:\\.az)?', distinctive: false, caseSensitive: true },
  { name: 'Yonhap', written: 'Yonhap(?: News Agency)?', distinctive: true },
  { name: 'Korea Times', written: '(?:The )?Korea Times', distinctive: false },
  { name: 'Korea Herald', written: '(?:The )?Korea Herald', distinctive: false },
  { name: 'Caspian News', written: 'Caspian News', distinctive: true },
  { name: 'Vestnik Kavkaza', written: 'Vestnik Kavkaza', distinctive: true },
  { name: 'Interfax', written: 'Interfax(?:-Azerbaijan)?', distinctive: true },
  { name: 'Oxu.az', written: 'Oxu\\.az', distinctive: true },
  { name: 'Day.Az', written: 'Day\\.Az', distinctive: true },
  { name: 'Xinhua', written: 'Xinhua', distinctive: true },
];

/** Phrases that attribute the article to an outlet; N stands for the outlet's name. */
const ATTRIBUTIONS: readonly string[] = [
  '(?:told|tells|telling|informed|informs|according to|cited by|citing|quoted by|interview (?:with|to)|sources? of)\\s+N',
  'N\\s+(?:reports?|reported|informs?|informed|writes|wrote|learned|learns|has learned|correspondent|news agency|said|says|was told)',
  "N['’]s\\s+(?:WhatsApp|Telegram|Twitter|correspondent|reporter|website|channel|sources?)",
  'N-(?:a|ya|ə|yə|ın|in|un|ün|nın|nin|nun|nün)', // Azerbaijani case endings: "Metbuat.az-a ... xəbərə görə"
  '@N', // social handles in "Follow us on Twitter @AzerNewsAz"
  '\\(N\\)', // datelines: "SEOUL, Aug. 26 (Yonhap) --"
  '(?:сообщает|сообщил[аи]?|передает|передаёт|по данным|по информации)\\s+N',
];

/**
 * One regex per template and letter-case mode, the outlets' spellings as alternatives with one
 * capture group each (in OUTLETS order): a text is scanned once per template instead of once per
 * outlet and template.
 */
interface OutletScanner {
  pattern: RegExp;
  rules: readonly OutletRule[];
}
function scannersFor(rules: readonly OutletRule[], template: string): OutletScanner[] {
  return [true, false].flatMap((caseSensitive) => {
    const group = rules.filter((rule) => (rule.caseSensitive ?? false) === caseSensitive);
    if (group.length === 0) return [];
    const phrase = template.replace('N', `(?:${group.map((rule) => `(${rule.written})`).join('|')})`);
    return [{ pattern: new RegExp(`(?<![\\p{L}\\p{N}])${phrase}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu'), rules: group }];
  });
}

const ATTRIBUTION_SCANNERS = ATTRIBUTIONS.flatMap((template) => scannersFor(OUTLETS, template));
const MENTION_SCANNERS = scannersFor(
  OUTLETS.filter((rule) => rule.distinctive),
  'N',
);

/** The earliest match of any scanner: its position and outlet (the earlier outlet in OUTLETS on a tie). */
function earliestOutlet(text: string, list: readonly OutletScanner[]): string | undefined {
  let best: { index: number; order: number; name: string } | undefined;
  for (const { pattern, rules } of list) {
    const found = pattern.exec(text);
    if (found === null) continue;
    const rule = rules[found.slice(1).findIndex((group) => group !== undefined)]!;
    const order = OUTLETS.indexOf(rule);
    if (best === undefined || found.index < best.index || (found.index === best.index && order < best.order)) best = { index: found.index, order, name: rule.name };
  }
  return best?.name;
}

/** The outlet that published the text: the earliest attribution, else the earliest distinctive mention. */
export function detectOutlet(text: string): string | undefined {
  return earliestOutlet(text, ATTRIBUTION_SCANNERS) ?? earliestOutlet(text, MENTION_SCANNERS);
}

// ---------------------------------------------------------------------------------------------
// Title

const TITLE_MAX_CHARS = 120;

/** A line that is only a date, a time and labels: "date 2022-08-26 26 August 2022 16:51 (UTC+04:00)". */
function isDateLine(line: string): boolean {
  const matches = findDateMatches(line);
  if (matches.length === 0) return false;
  let rest = line;
  for (const match of [...matches].reverse()) rest = rest.slice(0, match.index) + rest.slice(match.end);
  rest = rest.replace(/\b(?:date|dated|published|updated|posted|time|tarix|дата|utc|gmt)\b|\d{1,2}:\d{2}|[\d\s:+(),./|-]/giu, '');
  return rest.length <= 3;
}

function isByline(line: string): boolean {
  return line.length <= 60 && /^(?:by|author|müəllif|автор)\s*:?\s+\p{Lu}/iu.test(line);
}

const DATELINE = new RegExp(
  `^\\p{Lu}[\\p{Lu} .'-]{1,40}(?:,\\s*[\\p{L} .'-]{1,40})?,\\s*${EN_MONTH_CAPITALIZED}\\s+\\d{1,2}(?:\\s*\\([^)]*\\))?\\s*(?:\\.|:|--|—|–|$)\\s*`,
  'u',
);

function isHeadlineLike(line: string): boolean {
  return line.length <= TITLE_MAX_CHARS && !/[.:;,]$/u.test(line) && line.split(/\s+/u).length <= 20;
}

/** Cuts at a word boundary and marks the cut with an ellipsis. */
function shorten(text: string, maxChars: number): string {
  const trimmed = text.replace(/\.$/u, '');
  if (trimmed.length <= maxChars) return trimmed;
  const cut = trimmed.slice(0, maxChars);
  const boundary = cut.lastIndexOf(' ');
  return (boundary > maxChars / 2 ? cut.slice(0, boundary) : cut).replace(/[\s,;:–—-]+$/u, '') + '…';
}

/**
 * "20-23 iyul 2022-ci il tarixlərində Nazir ... səfər edib" → "Nazir ... səfər edib": the date is
 * shown beside the title anyway, and the words it takes would push the point past the cut.
 */
function withoutLeadingDate(sentence: string): string {
  const first = findDateMatches(sentence)[0];
  if (first === undefined || !/^(?:on\s+)?$/iu.test(sentence.slice(0, first.index))) return sentence;
  const rest = sentence.slice(first.end).replace(/^\s*(?:tarix\p{L}*|года|г\.)?[\s,]*/u, '');
  if (rest.split(/\s+/u).length < 4) return sentence;
  return rest[0]!.toLocaleUpperCase() + rest.slice(1);
}

function markdownHeading(source: string, rawText: string | undefined): string | undefined {
  if (rawText === undefined || !/\.md$/iu.test(source)) return undefined;
  const heading = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/mu.exec(rawText)?.[1];
  if (heading === undefined) return undefined;
  const words = heading.replace(/!\[[^\]]*\]\([^)]*\)/gu, '').replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1').replace(/[*_`~]/gu, '').trim();
  return words === '' ? undefined : shorten(words, TITLE_MAX_CHARS);
}

function fileTitle(source: string): string {
  const name = source.split('/').pop() ?? source;
  return name.replace(/\.[^.]+$/u, '');
}

export function extractTitle(text: string, options: MetadataOptions): string {
  const declared = options.frontMatter?.title?.trim();
  if (declared) return shorten(declared, TITLE_MAX_CHARS);
  const heading = markdownHeading(options.source, options.rawText);
  if (heading !== undefined) return heading;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line === '' || isDateLine(line) || isByline(line)) continue;
    const body = line.replace(DATELINE, '');
    if (body === '') continue;
    if (body === line && isHeadlineLike(line)) return line;
    const sentence = splitSentences(body).find((s) => !isDateLine(s.text));
    if (sentence !== undefined) return shorten(withoutLeadingDate(sentence.text), TITLE_MAX_CHARS);
  }
  return fileTitle(options.source);
}

// ---------------------------------------------------------------------------------------------

/**
 * Splits YAML front matter ("---", "key: value" lines, "---") off the top of a Markdown file.
 * Only flat `key: value` pairs are read (quotes removed); anything else means it is not front matter.
 */
export function splitFrontMatter(raw: string): { fields: Record<string, string>; text: string } {
  const found = /^---[^\S\n]*\n([\s\S]*?)\n---[^\S\n]*(?:\n|$)/u.exec(raw);
  if (found === null) return { fields: {}, text: raw };
  const fields: Record<string, string> = {};
  for (const line of found[1]!.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/u.exec(line);
    if (pair === null) {
      if (/^\s+\S|^\s*-\s/u.test(line)) continue; // nested values and lists: not needed here
      return { fields: {}, text: raw };
    }
    fields[pair[1]!.toLowerCase()] = pair[2]!.trim().replace(/^(["'])(.*)\1$/u, '$2');
  }
  return { fields, text: raw.slice(found[0].length) };
}

/** The host of a page's URL without "www." and "m.", e.g. "azernews.az"; undefined without a URL. */
function siteOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).hostname.replace(/^(www|m|mobile)\./u, '') || undefined;
  } catch {
    return undefined;
  }
}

/** A first line "source: <url>" or "url: <url>" names the page the text came from. */
export function splitSourceLine(raw: string): { url?: string; text: string } {
  const found = /^\s*(?:source|url)\s*:\s*(https?:\/\/\S+)[^\S\n]*(?:\n|$)/iu.exec(raw);
  if (found === null) return { text: raw };
  return { url: found[1]!, text: raw.slice(found[0].length) };
}

/** Metadata of cleaned document text. */
export function extractMetadata(text: string, options: MetadataOptions): DocumentMeta {
  const meta: DocumentMeta = {
    title: extractTitle(text, options),
    language: detectLanguage(text),
  };
  const url = options.url ?? [options.frontMatter?.url, options.frontMatter?.source].find((value) => value !== undefined && /^https?:\/\/\S+$/u.test(value));
  if (url !== undefined) meta.url = url;
  const declaredDate = options.frontMatter?.date;
  // Declared by the file; else a dated line near the top with its year; else the page's address;
  // else the top's partial date, its year from the footer's stamp if it has one; else the footer's
  // dated stamp; else the date in the file's name, completing the top's partial date if there is
  // one; else the first date the body mentions (shown as no publication date).
  const declared = declaredDate !== undefined ? findDates(declaredDate)[0] : undefined;
  const inText = findDocumentDate(text);
  const fromAddress = url !== undefined ? dateFromUrl(url) : undefined;
  // A dateline without its year, or none, and the page's footer stamps it ("© Report, 2024", "Published: ...").
  const footer = inText?.date.year === undefined || inText.origin !== 'top' ? footerDate(options.rawText ?? text) : undefined;
  const named = dateFromFileName(options.source);
  const [date, origin]: [PartialDate | undefined, DateOrigin] =
    declared !== undefined ? [declared, 'declared']
    : inText?.date.year !== undefined && inText.origin === 'top' ? [inText.date, 'top']
    : fromAddress !== undefined ? [fromAddress, 'address']
    : footer !== undefined && inText?.origin === 'top' ? [completedByStamp(inText.date, footer), 'top']
    : footer?.month !== undefined ? [footer, 'footer']
    : named !== undefined && inText?.origin === 'top' ? [completedByStamp(inText.date, named), 'top']
    : named !== undefined ? [named, 'name']
    : [inText?.date, inText?.origin ?? 'mention'];
  if (date !== undefined) {
    meta.date = date;
    meta.dateOrigin = origin;
  }
  // An outlet the text names; else the site the page came from ("azernews.az"), which a reader recognises.
  const outlet = detectOutlet(text) ?? (options.rawText !== undefined ? detectOutlet(options.rawText) : undefined) ?? siteOf(url);
  if (outlet !== undefined) meta.outlet = outlet;
  return meta;
}
