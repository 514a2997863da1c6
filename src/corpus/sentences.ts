import type { Language, Sentence } from './types.ts';

/**
 * Sentence splitting: Intl.Segmenter proposes boundaries, then false ones are repaired. The
 * segmenter breaks after every "Mr. " and "E. " it meets; news text is full of both.
 * Blank lines always end a sentence; a single line break ends one unless the line was merely
 * wrapped (no closing punctuation and the next line goes on in lower case).
 */

/** Words that end with a period without ending the sentence (lower case, period dropped). */
const ABBREVIATIONS = new Set([
  // English titles
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'st', 'mt', 'ft', 'jr', 'sr', 'vs', 'gen', 'col', 'lt', 'capt', 'cmdr',
  'sgt', 'rev', 'hon', 'gov', 'sen', 'rep', 'amb', 'pres', 'approx', 'dept', 'univ',
  // Azerbaijani: bəy, səhifə, professor, dosent, akademik, küçəsi, şəhəri, milyon, milyard, bax
  'b', 'səh', 'dos', 'akad', 'küç', 'şəh', 'mln', 'mlrd', 'bax',
  // Russian
  'г', 'гг', 'им', 'ул', 'см', 'стр', 'тыс', 'млн', 'млрд', 'руб', 'проф', 'акад',
]);

/** Words that are abbreviations only before a number ("No. 5", "Aug. 26") and may end a sentence otherwise ("The answer was no."). */
const ABBREVIATIONS_BEFORE_NUMBER = new Set([
  'no', 'nos', 'vol', 'vols', 'pp', 'p', 'fig', 'figs', 'art', 'ch', 'sec', 'para', 'tel',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'д', 'с',
]);

const SEGMENTER_LOCALE: Record<Language, string> = { az: 'az', en: 'en', ru: 'ru', ko: 'ko', und: 'en' };

/** Segmenters by locale: making one costs far more than splitting a question with it, and segment() keeps no state between calls. */
const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: Language): Intl.Segmenter {
  const locale = SEGMENTER_LOCALE[language];
  let segmenter = segmenters.get(locale);
  if (segmenter === undefined) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })));
  return segmenter;
}

const TERMINAL = /[.!?…。！？:;]["'”’»)\]]*$/u;

interface Span {
  start: number;
  end: number;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Whether the period at the end of `before` belongs to an abbreviation or an initial. */
function endsWithAbbreviation(before: string, after: string): boolean {
  if (!before.endsWith('.')) return false;
  if (/(?:^|\s)(?:və|ve) s\.$/u.test(before)) return true; // "və s." = etc., mid-sentence in lists
  const lastWord = /([^\s(\["'“‘«]+)$/u.exec(before)?.[1] ?? '';
  const bare = lastWord.slice(0, -1);
  if (/^\p{Lu}$/u.test(bare)) return /^\p{Lu}/u.test(after); // an initial before a name: "E. Məmmədov"
  if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(bare)) return true; // "U.S.", "e.g.", "i.e.", "т.е."
  const word = bare.toLowerCase();
  return ABBREVIATIONS.has(word) || (ABBREVIATIONS_BEFORE_NUMBER.has(word) && /^\d/u.test(after));
}

function shouldJoin(text: string, previous: Span, next: Span): boolean {
  const before = text.slice(previous.start, previous.end);
  const gap = text.slice(previous.end, next.start);
  const after = text.slice(next.start, Math.min(next.end, next.start + 40));
  if (/\n[^\S\n]*\n/u.test(gap)) return false;
  // Sentences in spaced scripts are separated by whitespace; a break inside "?lham" (a letter lost
  // to a bad encoding) or "Metbuat.az-a" is not a sentence end.
  if (gap === '' && /^[\p{L}\p{N}]/u.test(after) && !/[。！？]$/u.test(before) && !(/\p{Script=Hangul}[.!?]$/u.test(before) && /^\p{Script=Hangul}/u.test(after))) return true;
  if (gap.includes('\n') && !TERMINAL.test(before) && /^\p{Ll}/u.test(after)) return true; // wrapped line
  return endsWithAbbreviation(before, after);
}

/** A Korean sentence end written without the space after it ("참여하기로 했다.또 STX는"). */
const UNSPACED_HANGUL_END = /(?<=\p{Script=Hangul}[.!?])(?=\p{Script=Hangul})/gu;

/**
 * A sentence that begins with a number after one that ends with a word ("... keçirilib. 2023-cü
 * il ...", "The plant opened. 25 workers came."): the segmenter keeps them together because a
 * lower-case word follows the number; an abbreviation before the number ("No. 5") joins them again (shouldJoin).
 */
const END_BEFORE_NUMBER = /(?<=\p{L}{2}[.!?]["'”’»)]*)\s+(?=\d)/gu;

/** [start, end) offsets of the sentences in a segment, cut where a Korean sentence ends unspaced or a sentence before a number ends. */
function sentencesInSegment(segment: string): [number, number][] {
  const cuts = [...segment.matchAll(UNSPACED_HANGUL_END), ...segment.matchAll(END_BEFORE_NUMBER)].map((m) => m.index).sort((a, b) => a - b);
  return [0, ...cuts].map((start, i) => [start, cuts[i] ?? segment.length]);
}

/**
 * Splits text into sentences whose offsets point into `text`:
 * `text.slice(s.start, s.end) === s.text`, with no surrounding whitespace.
 */
export function splitSentences(text: string, language: Language = 'und'): Sentence[] {
  const segmenter = segmenterFor(language);
  const spans: Span[] = [];
  const paragraph = /[^\n]+(?:\n(?![^\S\n]*\n)[^\n]*)*/gu; // runs of lines without a blank line between
  for (const match of text.matchAll(paragraph)) {
    const base = match.index;
    const paragraphSpans: Span[] = [];
    for (const segment of segmenter.segment(match[0])) {
      for (const [from, to] of sentencesInSegment(segment.segment)) {
        const span = trimSpan(text, base + segment.index + from, base + segment.index + to);
        if (span.end <= span.start) continue;
        const previous = paragraphSpans[paragraphSpans.length - 1];
        if (previous !== undefined && shouldJoin(text, previous, span)) previous.end = span.end;
        else paragraphSpans.push(span);
      }
    }
    spans.push(...paragraphSpans);
  }
  return spans.map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
}
