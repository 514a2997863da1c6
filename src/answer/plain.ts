import { publishedDate } from '../corpus/types.ts';
import type { PartialDate } from '../corpus/types.ts';
import { abstentionText, catalogue, formatDate } from '../i18n/index.ts';
import { shownSentence } from './types.ts';
import type { Answer, Citation } from './types.ts';

/** The answer text with a [n] marker after each sentence; the abstention sentence when declined. */
export function answerText(answer: Answer): string {
  if (answer.abstained) return abstentionText(answer.language);
  return answer.sentences.map((s) => `${shownSentence(s)} [${s.citation}]`).join(' ');
}

/** "2022-08-26", "2022-08", "2022", "--05-23" (month and day, year unknown); null when there is no date. */
export function isoDate(date: PartialDate | undefined): string | null {
  if (date === undefined) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.year === undefined) {
    return date.month !== undefined && date.day !== undefined ? `--${pad(date.month)}-${pad(date.day)}` : null;
  }
  if (date.month === undefined) return String(date.year);
  return date.day === undefined ? `${date.year}-${pad(date.month)}` : `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function sourceLine(citation: Citation): string {
  const { meta } = citation;
  const published = publishedDate(meta);
  const parts = [
    meta.outlet,
    published === undefined ? undefined : formatDate(published),
    meta.title.trim() === '' ? undefined : `“${oneLine(meta.title)}”`,
    `(${citation.source})`,
    meta.url,
  ];
  return `[${citation.n}] ${parts.filter((p): p is string => p !== undefined && p !== '').join(' — ')}`;
}

/** The answer for a terminal: sentences with [n] markers, then the numbered sources. */
export function renderPlainAnswer(answer: Answer): string {
  const text = (answer.readAs === undefined ? '' : `(${catalogue('en').readAs} ${answer.readAs})\n`) + answerText(answer);
  if (answer.abstained || answer.citations.length === 0) return text;
  const sources = [...answer.citations].sort((a, b) => a.n - b.n).map(sourceLine);
  return `${text}\n\n${catalogue('en').sources}:\n${sources.join('\n')}`;
}

export interface AnswerJson {
  question: string;
  /** The question as answered, when typing slips in it were read as other words. */
  readAs: string | null;
  answer: string;
  abstained: boolean;
  citations: {
    n: number;
    source: string;
    title: string;
    outlet: string | null;
    date: string | null;
    url: string | null;
    score: number;
    text: string;
  }[];
}

/** The answer as plain JSON for scripts (`ask --json`). */
export function answerToJson(answer: Answer): AnswerJson {
  return {
    question: answer.question,
    readAs: answer.readAs ?? null,
    answer: answerText(answer),
    abstained: answer.abstained,
    citations: [...answer.citations]
      .sort((a, b) => a.n - b.n)
      .map((c) => ({
        n: c.n,
        source: c.source,
        title: c.meta.title,
        outlet: c.meta.outlet ?? null,
        date: isoDate(publishedDate(c.meta)),
        url: c.meta.url ?? null,
        score: c.score,
        text: c.text,
      })),
  };
}
