/**
 * Which of an answer's chosen sentences leads: the one that gives the answer precisely (a date
 * with its month, the count of what is asked) or the detail asked about, before a sentence that
 * only tells the story the question names.
 */
import type { QuestionEvidence } from '../retrieval/evidence.ts';
import { recurringTextMatcher } from '../retrieval/evidence.ts';
import type { RetrievedPassage } from '../retrieval/types.ts';
import { SENTENCES } from '../scoring.ts';
import type { AnswerType } from './answer-kind.ts';
import { speaksOfTotal } from './counting.ts';
import { isMonth } from './quantities.ts';
import { SPECIFIC_TYPES, isUnfinishedLine, sentenceTokens } from './sentence-scores.ts';
import type { ScoredSentence } from './sentence-scores.ts';

/** Reorders `chosen` (best first, as chosen) so that the sentence answering the question leads. */
export function leadWithAnswer(chosen: ScoredSentence[], type: AnswerType, evidence: QuestionEvidence, passages: readonly RetrievedPassage[]): void {
  if (type === 'date') preciseDateFirst(chosen);
  if (type === 'number') exactCountFirst(chosen);
  detailFirst(chosen, type, evidence, passages);
}

/**
 * Asked when, an answer whose first sentence gives only a year ("in 1992") leads with the sentence
 * of the reply that gives a month or day of that year ("on 7 September 1992"): the same date, told
 * precisely.
 */
function preciseDateFirst(chosen: ScoredSentence[]): void {
  const dated = (text: string) => {
    const tokens = sentenceTokens(text);
    const years = new Set(tokens.map((t) => /^((?:1[89]|20)\d\d)(?!\d)/u.exec(t)?.[1]).filter((y) => y !== undefined));
    return { years, month: tokens.some(isMonth) };
  };
  const first = dated(chosen[0]!.text);
  if (first.years.size === 0 || first.month) return;
  const precise = chosen.findIndex((c, i) => {
    if (i === 0) return false;
    const other = dated(c.text);
    return other.month && [...other.years].some((y) => first.years.has(y));
  });
  if (precise > 0) toFront(chosen, precise);
}

/**
 * Asked how many or how much, an answer whose first sentence counts or measures something else
 * leads with the sentence of the reply that counts or measures what is asked.
 */
function exactCountFirst(chosen: ScoredSentence[]): void {
  if (chosen[0]!.exact === true) return;
  const exact = chosen.findIndex((c) => c.exact === true);
  if (exact > 0) toFront(chosen, exact);
}

/**
 * A question names its story with words its article's title holds ("the Korean credit line for
 * Xəzər Kapital Bank") and asks about a detail with the others ("its first tranche"). An answer
 * led by the article's opening sentence, which retells the story, leads instead with a sentence of
 * the same article that holds more of the detail's words (by weight, beyond
 * SENTENCES.detailFirstMargin of the question) and a thing of the kind asked: "vəsaitin ilk hissəsi
 * – 25 milyon dollar" (a report's filing day in its dateline is none). The sentences that set a
 * question up, a headline or dateline, and an answer that already counts or totals what is asked
 * are left as they are.
 */
function detailFirst(chosen: ScoredSentence[], type: AnswerType, evidence: QuestionEvidence, passages: readonly RetrievedPassage[]): void {
  const first = chosen[0]!;
  if (chosen.length < 2 || first.exact === true || (speaksOfTotal(evidence.question) && speaksOfTotal(first.text))) return;
  const title = passages[first.passageIndex]!.meta.title;
  if (title === undefined) return;
  const inTitle = recurringTextMatcher(evidence, title);
  const asked = evidence.words.filter((word) => word.context !== true);
  const detail = (c: ScoredSentence) => asked.reduce((sum, word) => sum + word.weight * c.match(word) * (1 - inTitle(word)), 0);
  let best = 0;
  let bestDetail = detail(first) + SENTENCES.detailFirstMargin * evidence.totalWeight;
  chosen.forEach((c, i) => {
    if (i === 0 || c.source !== first.source || isUnfinishedLine(c.text) || (SPECIFIC_TYPES.has(type) && (c.answers.length === 0 || c.datelineOnly === true))) return;
    const said = detail(c);
    if (said > bestDetail) [best, bestDetail] = [i, said];
  });
  if (best > 0) toFront(chosen, best);
}

/** Moves the sentence at `index` to the front, the others keeping their order. */
function toFront(chosen: ScoredSentence[], index: number): void {
  chosen.unshift(...chosen.splice(index, 1));
}
