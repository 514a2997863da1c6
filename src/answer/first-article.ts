/**
 * Which article an answer cites first, decided by a model fitted on questions with known answers
 * (`npm run fit-first`, src/eval/first-fit.ts) rather than by the rules' best sentence alone: each
 * article the chosen sentences come from is described by a few features, and the one whose
 * weighted sum is highest leads; its chosen sentences go first, in their order, and the others
 * follow in theirs. The rules' choice is one of the features. Not whether an article is in the
 * question's language: the sets it is fitted on ask half their questions across languages, and the
 * weight learnt that (docs/quality.md).
 */
import type { QuestionEvidence, WordMatcher } from '../retrieval/evidence.ts';
import { coverage, recurringTextMatcher } from '../retrieval/evidence.ts';
import type { RetrievedPassage } from '../retrieval/types.ts';
import type { AnswerType } from './answer-kind.ts';
import { FIRST_ARTICLE_MODEL } from './first-article-model.ts';
import { namedWords, namesHeldShare } from './named.ts';
import { leadingIndex } from './first-sentence.ts';
import type { ChoiceFit } from './first-sentence.ts';
import { SPECIFIC_TYPES, yearsIn } from './sentence-scores.ts';
import { sitesNamed, titleNamesOtherSite, titleNamesSite } from './places.ts';
import { datedInAnotherYear } from './article-years.ts';
import type { ScoredSentence } from './sentence-scores.ts';

/** What the model reads of each article an answer cites; every value lies in [-1, 1]. */
export const FIRST_ARTICLE_FEATURES = [
  /** 1 for the article the rules cite first. */
  'chosenFirst',
  /** Its best chosen sentence's score less the answer's best, clipped to [-1, 0]. */
  'score',
  /** Its best chosen sentence's coverage of the question's words. */
  'share',
  /** A chosen sentence of it holds a thing of the kind asked (0 when nothing specific is asked). */
  'kind',
  /** A chosen sentence of it counts or measures exactly what is asked. */
  'exact',
  /** How much of the question its read sentences hold, rare words weighing more. */
  'coverage',
  /** The same, every word of a kind weighing alike. */
  'plainCoverage',
  /** The share of the question's names, numbers and places its read sentences hold (1 when it names none). */
  'names',
  /** How early retrieval found it: 1 for the first article, 0 for the last. */
  'retrieved',
  /** Its retrieved passages, over three (at most 1). */
  'passages',
  /** Its chosen sentences, over three (at most 1). */
  'sentences',
  /** Weight of the question's words its title holds, over the question's. */
  'title',
  /** 1 when its title names a place the question names; -1 when it names places, none of them asked; else 0. */
  'site',
  /** -1 when the question names a year and it is dated in another, no read sentence naming one asked; else 0 (yearAgreement). */
  'year',
] as const;

export type FirstArticleFeature = (typeof FIRST_ARTICLE_FEATURES)[number];

/** Weights over FIRST_ARTICLE_FEATURES; the article with the highest sum is cited first. */
export interface FirstArticleModel {
  format: 1;
  /** The analyzer version the weights were fitted with (ANALYZER_VERSION, src/corpus/terms.ts). */
  analyzerVersion: number;
  weights: Record<FirstArticleFeature, number>;
  /** Another article leads only when its sum beats the rules' first article's by more than this (chosen by leaving each set out). */
  margin: number;
  fit: ChoiceFit;
}

/** An answer's articles as the rules cite them, and what the article model read of each (for `npm run fit-first`). */
export interface ArticleChoice {
  sources: string[];
  features: number[][];
}

/** How a group of sentences together holds each word (the best of them), each word read once. */
function heldBySentences(sentences: readonly ScoredSentence[]): WordMatcher {
  const held = new Map<string, number>();
  return (word) => {
    let value = held.get(word.key);
    if (value === undefined) {
      value = 0;
      for (const sentence of sentences) value = Math.max(value, sentence.match(word));
      held.set(word.key, value);
    }
    return value;
  };
}

const clip = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * -1 when the question names a year and the article is dated in another, none of its read
 * sentences naming one asked (a neighbouring year's story); 0 otherwise. Only a penalty: an
 * article dated in the year asked is as likely to tell another story of that year.
 */
function yearAgreement(asked: readonly string[], dated: number | undefined, sentences: readonly ScoredSentence[]): number {
  if (!datedInAnotherYear(asked, dated)) return 0;
  return sentences.some((c) => yearsIn(c.text).some((year) => asked.includes(year))) ? 0 : -1;
}

/** The articles of the chosen sentences, in the order the answer cites them, and the model's features of each. */
export function firstArticleFeatures(chosen: readonly ScoredSentence[], read: readonly ScoredSentence[], type: AnswerType, evidence: QuestionEvidence, weighted: QuestionEvidence, passages: readonly RetrievedPassage[]): ArticleChoice {
  const sources = [...new Set(chosen.map((c) => c.source))];
  const retrievedOrder = [...new Set(passages.map((p) => p.chunk.source))];
  const best = Math.max(...chosen.map((c) => c.score));
  const asked = evidence.words.filter((w) => w.context !== true);
  const total = asked.reduce((sum, w) => sum + w.weight, 0) || 1;
  const named = namedWords(evidence);
  const askedSites = sitesNamed(evidence.question);
  const askedYears = yearsIn(evidence.question);
  const features = sources.map((source, i) => {
    const own = chosen.filter((c) => c.source === source);
    const top = own.reduce((a, b) => (b.score > a.score ? b : a));
    const held = heldBySentences(read.filter((c) => c.source === source));
    const meta = passages.find((p) => p.chunk.source === source)!.meta;
    const title = meta.title === undefined ? undefined : recurringTextMatcher(evidence, meta.title);
    const rank = retrievedOrder.indexOf(source);
    const values: Record<FirstArticleFeature, number> = {
      chosenFirst: i === 0 ? 1 : 0,
      score: clip(top.score - best, -1, 0),
      share: clip(top.share, 0, 1),
      kind: SPECIFIC_TYPES.has(type) && own.some((c) => c.answers.length > 0) ? 1 : 0,
      exact: own.some((c) => c.exact === true) ? 1 : 0,
      coverage: clip(coverage(weighted, held).share, 0, 1),
      plainCoverage: clip(coverage(evidence, held).share, 0, 1),
      names: namesHeldShare(named, held),
      retrieved: retrievedOrder.length < 2 || rank < 0 ? 1 : 1 - rank / (retrievedOrder.length - 1),
      passages: Math.min(1, passages.filter((p) => p.chunk.source === source).length / 3),
      sentences: Math.min(1, own.length / 3),
      title: title === undefined ? 0 : clip(asked.reduce((sum, w) => sum + w.weight * title(w), 0) / total, 0, 1),
      year: yearAgreement(askedYears, meta.date?.year, read.filter((c) => c.source === source)),
      site: meta.title === undefined ? 0 : titleNamesSite(meta.title, askedSites) ? 1 : titleNamesOtherSite(meta.title, askedSites) ? -1 : 0,
    };
    return FIRST_ARTICLE_FEATURES.map((name) => values[name]);
  });
  return { sources, features };
}

/**
 * Cites first, in place, the article the model prefers (the shipped FIRST_ARTICLE_MODEL unless
 * given; null keeps the rules' order): its chosen sentences move to the front in their order.
 * Returns what the model read, when the answer cites two or more articles.
 */
export function leadArticleByModel(chosen: ScoredSentence[], read: readonly ScoredSentence[], type: AnswerType, evidence: QuestionEvidence, weighted: QuestionEvidence, passages: readonly RetrievedPassage[], model: FirstArticleModel | null = FIRST_ARTICLE_MODEL): ArticleChoice | undefined {
  if (chosen.length < 2 || chosen.every((c) => c.source === chosen[0]!.source)) return undefined;
  const choice = firstArticleFeatures(chosen, read, type, evidence, weighted, passages);
  if (model === null) return choice;
  const leading = choice.sources[leadingIndex(choice.features, FIRST_ARTICLE_FEATURES.map((name) => model.weights[name]), model.margin)]!;
  if (leading !== chosen[0]!.source) {
    const moved = chosen.filter((c) => c.source === leading);
    const rest = chosen.filter((c) => c.source !== leading);
    chosen.splice(0, chosen.length, ...moved, ...rest);
  }
  return choice;
}
