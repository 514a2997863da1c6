import { withUnitsSpelledOut } from '../corpus/clean.ts';
import { foldText } from '../corpus/terms.ts';
import { shownSentence } from '../answer/types.ts';
import type { Answer } from '../answer/types.ts';

/** One line of an eval file (JSON Lines). */
export interface EvalQuestion {
  id: string;
  q: string;
  /** Language of the question as written by the author of the set, when given. */
  lang?: string;
  /** Sources (file names or paths relative to SEEDS_DIR) that answer the question; empty when none does. */
  docs: string[];
  /** Accepted answer strings; any one of them in the reply counts. */
  answer: string[];
  /** "unanswerable" marks a question the corpus cannot answer; other values group the report. */
  type: string;
  /**
   * A follow-up asked in reply to the answer to `q` ("and when was that?"), as the bot's threads
   * ask it; `docs` and `answer` are then the follow-up's, and its answer is the one judged.
   */
  followUp?: string;
}

export interface EvalResult {
  question: EvalQuestion;
  answer: Answer;
  /** Whether the question has an answer in the corpus. */
  answerable: boolean;
  /** Cited sources, in citation order. */
  cited: string[];
  /** 1-based position of the first gold document among the citations; undefined when absent. */
  goldRank?: number;
  /** The reply text (answer sentences) contains one of the accepted answers. */
  answerInReply: boolean;
  /** The first answer sentence alone contains one of the accepted answers. */
  answerInFirstSentence: boolean;
}

export interface MetricsRow {
  questions: number;
  answerable: number;
  unanswerable: number;
  /** Shares over answerable questions (undefined when there are none). */
  hitAt1?: number;
  hitAt3?: number;
  mrr?: number;
  answerInReply?: number;
  answerInFirstSentence?: number;
  falseAbstentionRate?: number;
  /** Share of unanswerable questions that were declined (undefined when there are none). */
  abstentionAccuracy?: number;
}

export interface Metrics {
  overall: MetricsRow;
  byType: Record<string, MetricsRow>;
}

/** Whether a question is meant to be declined. */
export function isUnanswerable(question: EvalQuestion): boolean {
  return question.type === 'unanswerable' || question.docs.length === 0;
}

/** Case-, diacritic- and spacing-insensitive form used to find an answer string in a reply. */
export function normalizeForMatch(text: string): string {
  return foldText(withUnitsSpelledOut(text))
    .replace(/[‐‑–—]/g, '-')
    .replace(/[“”«»"]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a cited source is a gold one: the same path, or one ends with the other as a file under a folder. */
export function sameSource(cited: string, gold: string): boolean {
  return cited === gold || cited.endsWith(`/${gold}`) || gold.endsWith(`/${cited}`);
}

/** The reply text an answer-in-reply check reads: the answer's sentences, without the sources. */
export function replyText(answer: Answer): string {
  return answer.sentences.map(shownSentence).join(' ');
}

/** Scores one answer against its question. */
export function judge(question: EvalQuestion, answer: Answer): EvalResult {
  const answerable = !isUnanswerable(question);
  const cited = [...answer.citations].sort((a, b) => a.n - b.n).map((c) => c.source);
  const index = answer.abstained ? -1 : cited.findIndex((source) => question.docs.some((gold) => sameSource(source, gold)));
  const contains = (text: string) => !answer.abstained && question.answer.some((a) => normalizeForMatch(text).includes(normalizeForMatch(a)));
  return {
    question,
    answer,
    answerable,
    cited,
    ...(index >= 0 ? { goldRank: index + 1 } : {}),
    answerInReply: contains(replyText(answer)),
    answerInFirstSentence: contains(answer.sentences[0] === undefined ? '' : shownSentence(answer.sentences[0])),
  };
}

function share(count: number, of: number): number | undefined {
  return of === 0 ? undefined : count / of;
}

function row(results: readonly EvalResult[]): MetricsRow {
  const answerable = results.filter((r) => r.answerable);
  const unanswerable = results.filter((r) => !r.answerable);
  const n = answerable.length;
  const result: MetricsRow = { questions: results.length, answerable: n, unanswerable: unanswerable.length };
  if (n > 0) {
    result.hitAt1 = share(answerable.filter((r) => r.goldRank === 1).length, n);
    result.hitAt3 = share(answerable.filter((r) => r.goldRank !== undefined && r.goldRank <= 3).length, n);
    result.mrr = answerable.reduce((s, r) => s + (r.goldRank === undefined ? 0 : 1 / r.goldRank), 0) / n;
    result.answerInReply = share(answerable.filter((r) => r.answerInReply).length, n);
    result.answerInFirstSentence = share(answerable.filter((r) => r.answerInFirstSentence).length, n);
    result.falseAbstentionRate = share(answerable.filter((r) => r.answer.abstained).length, n);
  }
  if (unanswerable.length > 0) {
    result.abstentionAccuracy = share(unanswerable.filter((r) => r.answer.abstained).length, unanswerable.length);
  }
  return result;
}

/** Metrics over all results and per question type. */
export function computeMetrics(results: readonly EvalResult[]): Metrics {
  const types = [...new Set(results.map((r) => r.question.type))].sort();
  return {
    overall: row(results),
    byType: Object.fromEntries(types.map((t) => [t, row(results.filter((r) => r.question.type === t))])),
  };
}

const COLUMNS: readonly [keyof MetricsRow, string][] = [
  ['questions', 'n'],
  ['hitAt1', 'hit@1'],
  ['hitAt3', 'hit@3'],
  ['mrr', 'MRR'],
  ['answerInReply', 'answer'],
  ['answerInFirstSentence', 'first'],
  ['falseAbstentionRate', 'false-abst'],
  ['abstentionAccuracy', 'abst-acc'],
];

/** A plain-text table: one row per question type, then the overall row. */
export function formatMetricsTable(metrics: Metrics): string {
  return formatSectionsTable([{ name: '', metrics }]);
}

/**
 * One plain-text table for several question sets: per set, a row per question type and the set's
 * overall row; then, when there is more than one set, the overall row of all of them together.
 */
export function formatSectionsTable(sections: readonly { name: string; metrics: Metrics }[], overall?: Metrics): string {
  const cell = (value: number | undefined, key: keyof MetricsRow) =>
    value === undefined ? '-' : key === 'questions' ? String(value) : value.toFixed(3);
  const rows: string[][] = [['type', ...COLUMNS.map(([, label]) => label)]];
  const add = (name: string, r: MetricsRow) => rows.push([name, ...COLUMNS.map(([key]) => cell(r[key], key))]);
  for (const { name, metrics } of sections) {
    const prefix = name === '' ? '' : `${name}: `;
    for (const [type, r] of Object.entries(metrics.byType)) add(prefix + type, r);
    add(prefix + 'overall', metrics.overall);
  }
  if (overall !== undefined && sections.length > 1) add('all sets: overall', overall.overall);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

/** Why a result is a miss; empty when it is not. */
export function missReasons(result: EvalResult): string[] {
  const reasons: string[] = [];
  if (!result.answerable) {
    if (!result.answer.abstained) reasons.push('answered a question the sources do not cover');
    return reasons;
  }
  if (result.answer.abstained) return ['abstained although the sources answer it'];
  if (result.goldRank === undefined || result.goldRank > 3) reasons.push(`no gold document among the first 3 citations (gold: ${result.question.docs.join(', ')})`);
  if (!result.answerInReply) reasons.push(`none of the answers in the reply (expected: ${result.question.answer.join(' | ')})`);
  return reasons;
}

/** Each miss with its reasons, what was cited instead and the reply given. */
export function formatMisses(results: readonly EvalResult[]): string {
  const blocks: string[] = [];
  for (const r of results) {
    const reasons = missReasons(r);
    if (reasons.length === 0) continue;
    blocks.push(
      [
        `✗ ${r.question.id}: ${r.question.q}${r.question.followUp !== undefined ? ` → (in reply) ${r.question.followUp}` : ''}`,
        ...reasons.map((why) => `  - ${why}`),
        `  cited: ${r.cited.length === 0 ? '(nothing)' : r.cited.map((s, i) => `[${i + 1}] ${s}`).join('  ')}`,
        `  reply: ${r.answer.abstained ? '(abstained)' : replyText(r.answer)}`,
      ].join('\n'),
    );
  }
  return blocks.length === 0 ? 'No misses.' : blocks.join('\n\n');
}
