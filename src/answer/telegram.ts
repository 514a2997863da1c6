import { shownSentence } from './types.ts';
import type { Answer, Citation } from './types.ts';
import { publishedDate } from '../corpus/types.ts';
import type { DocumentMeta } from '../corpus/types.ts';
import { catalogue, formatDate, type Locale } from '../i18n/index.ts';

/** Telegram's limit for one message. Measured on the HTML string, which is never shorter than the parsed text. */
export const TELEGRAM_MESSAGE_LIMIT = 4096;

/** Longest document title shown in a source line, in characters, so one title never fills a message. */
const MAX_TITLE_CHARS = 200;
const MAX_URL_CHARS = 1000;
/** Most messages one reply may take (answers are shortened to fit; see the bot's answering). */
export const MAX_REPLY_MESSAGES = 4;

/** Escapes text for Telegram HTML: element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The URL when it is an absolute http(s) URL, else undefined: nothing else may go into href. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.href;
  } catch {
    return undefined;
  }
}

function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

/** A cited source with the number shown to the user. */
export interface NumberedCitation {
  number: number;
  citation: Citation;
}

/**
 * The answer's citations numbered densely (1, 2, 3) in order of first use by the sentences, then
 * any uncited ones. The engine already numbers them so; this keeps the reply right even if not.
 */
export function numberCitations(answer: Answer): NumberedCitation[] {
  const byN = new Map(answer.citations.map((c) => [c.n, c]));
  const ordered: Citation[] = [];
  const seen = new Set<number>();
  const take = (n: number) => {
    const citation = byN.get(n);
    if (citation !== undefined && !seen.has(n)) {
      seen.add(n);
      ordered.push(citation);
    }
  };
  for (const sentence of answer.sentences) take(sentence.citation);
  for (const citation of [...answer.citations].sort((a, b) => a.n - b.n)) take(citation.n);
  return ordered.map((citation, i) => ({ number: i + 1, citation }));
}

/** At most `max` messages: over that, the first ones and the last (which ends with the sources). */
export function capMessages(parts: string[], max = MAX_REPLY_MESSAGES): string[] {
  return parts.length <= max ? parts : [...parts.slice(0, max - 1), parts.at(-1)!];
}

/** "Trend · 2023-05-23 — <a href="…">Title</a>" with every piece escaped. */
export function renderSourceLine(meta: DocumentMeta, locale: Locale): string {
  const title = escapeHtml(truncate(meta.title.trim() === '' ? catalogue(locale).untitled : meta.title, MAX_TITLE_CHARS));
  const url = safeHttpUrl(meta.url);
  // An absurdly long URL would not fit a message; the title alone still identifies the source.
  const linked = url === undefined || url.length > MAX_URL_CHARS ? title : `<a href="${escapeHtml(url)}">${title}</a>`;
  const published = publishedDate(meta);
  const about = [meta.outlet?.trim(), published === undefined ? undefined : formatDate(published, locale)].filter((s): s is string => !!s && s !== '');
  return about.length === 0 ? linked : `${escapeHtml(truncate(about.join(' · '), MAX_TITLE_CHARS))} — ${linked}`;
}

/**
 * Splits plain text into escaped pieces of at most `limit` characters, at whitespace when it can,
 * never inside an entity (the text is cut before escaping). `suffix` (HTML) ends the last piece.
 */
export function escapedPieces(text: string, limit: number, suffix = ''): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest !== '') {
    if (escapeHtml(rest).length + suffix.length <= limit) {
      pieces.push(escapeHtml(rest) + suffix);
      return pieces;
    }
    // Longest prefix whose escaped form fits, leaving room for the suffix on the final piece.
    let end = 0;
    let size = 0;
    while (end < rest.length) {
      const step = escapeHtml(rest.slice(end, end + 1)).length;
      if (size + step > limit - suffix.length) break;
      size += step;
      end += 1;
    }
    // Do not split a surrogate pair.
    if (end > 0 && /[\uD800-\uDBFF]/.test(rest.charAt(end - 1))) end -= 1;
    const space = rest.lastIndexOf(' ', end);
    const cut = space > end / 2 ? space : Math.max(end, 1);
    pieces.push(escapeHtml(rest.slice(0, cut).trimEnd()));
    rest = rest.slice(cut).trimStart();
  }
  if (suffix !== '') pieces.push(suffix.trim());
  return pieces;
}

/**
 * Packs blocks of self-contained HTML segments into messages of at most `limit` characters.
 * Segments of a block are joined by `joiner`, blocks by a blank line; a message breaks only
 * between segments, so no tag, entity or citation marker is ever cut.
 */
export function packMessages(blocks: { segments: string[]; joiner: string }[], limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  const messages: string[] = [];
  let current = '';
  for (const block of blocks) {
    let separator = current === '' ? '' : '\n\n';
    for (const segment of block.segments) {
      if (current !== '' && current.length + separator.length + segment.length > limit) {
        messages.push(current);
        current = '';
        separator = '';
      }
      current += separator + segment;
      separator = block.joiner;
    }
  }
  if (current !== '') messages.push(current);
  return messages;
}

/** Renders one answer as Telegram HTML messages: the answer with [n] markers, then numbered sources. */
export function renderTelegramHtml(answer: Answer, locale: Locale, limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  const numbered = numberCitations(answer);
  if (answer.abstained || answer.sentences.length === 0 || numbered.length === 0) {
    // The question's language when the interface has it (a Russian question gets the user's interface language).
    const text = catalogue(answer.language === 'az' || answer.language === 'en' ? answer.language : locale);
    return [escapeHtml(`${text.abstention} ${text.abstentionHint}`)];
  }
  const numberOf = new Map(numbered.map(({ number, citation }) => [citation.n, number]));
  const answerSegments = answer.sentences.flatMap((sentence) => {
    const n = numberOf.get(sentence.citation);
    return escapedPieces(shownSentence(sentence), limit, n === undefined ? '' : ` [${n}]`);
  });
  const sourceSegments = numbered.map(({ number, citation }) => `${number}. ${renderSourceLine(citation.meta, locale)}`);
  // The heading travels with the first source, so a split never leaves it alone at a message end.
  sourceSegments[0] = `<b>${escapeHtml(catalogue(locale).sources)}</b>\n${sourceSegments[0]}`;
  const readAs = answer.readAs === undefined ? [] : [`<i>${escapeHtml(`${catalogue(locale).readAs} ${answer.readAs}`)}</i>`];
  return packMessages(
    [
      { segments: readAs, joiner: '' },
      { segments: answerSegments, joiner: ' ' },
      { segments: sourceSegments, joiner: '\n' },
    ],
    limit,
  );
}

/** A passage in full, under its numbered source line, split like an answer when long. */
export function renderPassageHtml(
  passage: { text: string; meta: DocumentMeta },
  locale: Locale,
  number?: number,
  limit = TELEGRAM_MESSAGE_LIMIT,
): string[] {
  const heading = `<b>${number === undefined ? escapeHtml(catalogue(locale).passage) : `[${number}]`}</b> ${renderSourceLine(passage.meta, locale)}`;
  const paragraphs = passage.text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return packMessages(
    [{ segments: [heading], joiner: '\n' }, ...paragraphs.map((p) => ({ segments: escapedPieces(p, limit), joiner: ' ' }))],
    limit,
  );
}
