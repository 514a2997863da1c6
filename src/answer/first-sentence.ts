/**
 * Which of an answer's chosen sentences comes first, decided by a model fitted on questions with
 * known answers (`npm run fit-first`, src/eval/first-fit.ts) rather than by hand-set rules alone:
 * each chosen sentence is described by a few features, the one whose weighted sum is highest leads
 * and the others keep their order. The rules' own choice (lead.ts) is one of the features, so the
 * model moves a sentence only where the data says the rules' first is usually not the answer.
 */
import type { QuestionEvidence } from '../retrieval/evidence.ts';
import { recurringTextMatcher } from '../retrieval/evidence.ts';
import type { RetrievedPassage } from '../retrieval/types.ts';
import type { AnswerType } from './answer-kind.ts';
import { FIRST_SENTENCE_MODEL } from './first-sentence-model.ts';
import { SPECIFIC_TYPES, isUnfinishedLine, sentenceTokens } from './sentence-scores.ts';
import type { ScoredSentence } from './sentence-scores.ts';

/**
 * What the model reads of each chosen sentence; every value lies in [-1, 1]. Not whether its
 * article is in the question's language: the sets it is fitted on ask almost half their questions
 * across languages (the development set a sixth), and the weight learnt that.
 */
export const FIRST_SENTENCE_FEATURES = [
  /** 1 for the sentence the rules put first. */
  'chosenFirst',
  /** Its score (coverage and bonuses) less the best chosen sentence's, clipped to [-1, 0]. */
  'score',
  /** Its coverage of the question's words. */
  'share',
  /** It holds a thing of the kind asked (a number for how many, a name for who...); 0 when nothing specific is asked. */
  'kind',
  /** It counts or measures exactly what is asked. */
  'exact',
  /** Weight of the question's words it holds that its article's title does not, over the question's. */
  'detail',
  /** Weight of the question's words it holds that no other chosen sentence of its article holds, over the question's. */
  'unique',
  /** A line without a sentence's closing mark: a headline, subtitle or byline. */
  'headline',
  /** Its only date is its dateline's. */
  'dateline',
  /** It comes first in its article of the chosen sentences: the article's lead, which tells the story. */
  'earliest',
  /** How many numbers it holds, over five (at most 1): a digest's or total's sentence holds many. */
  'numbers',
  /** Its length in words over fifty (at most 1). */
  'length',
  /** Weight of the question's words it holds, each by how few of its article's read sentences hold it, over the question's. */
  'rare',
  /** Its place in the rules' order over the number chosen less one (0 first, 1 last). */
  'position',
  /** It comes from the best retrieved passage. */
  'topPassage',
  /** How many things of the kind asked it holds, over three (at most 1). */
  'many',
] as const;

export type FirstSentenceFeature = (typeof FIRST_SENTENCE_FEATURES)[number];

/** Weights over FIRST_SENTENCE_FEATURES; the chosen sentence with the highest sum leads. */
export interface FirstSentenceModel {
  format: 1;
  /** The analyzer version the weights were fitted with (ANALYZER_VERSION, src/corpus/terms.ts). */
  analyzerVersion: number;
  weights: Record<FirstSentenceFeature, number>;
  fit: ChoiceFit;
}

/** How a model that chooses what comes first (a sentence, an article) was fitted, as `npm run fit-first` printed it. */
export interface ChoiceFit {
  /** Answers with two or more to choose from, one at least right (holding the answer; among the question's articles) and one not. */
  trainAnswers: number;
  /** The same answers, each set's judged by the weights fitted on all the other sets. */
  heldOutAnswers: number;
  /** Of those, answers whose first one is right: with the rules alone and with the model. */
  heldOutRulesFirst: number;
  heldOutModelFirst: number;
  note: string;
}

const clip = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Each chosen sentence's features, in FIRST_SENTENCE_FEATURES order. */
export function firstSentenceFeatures(chosen: readonly ScoredSentence[], read: readonly ScoredSentence[], type: AnswerType, evidence: QuestionEvidence, passages: readonly RetrievedPassage[]): number[][] {
  const asked = evidence.words.filter((word) => word.context !== true);
  const total = asked.reduce((sum, word) => sum + word.weight, 0) || 1;
  const best = Math.max(...chosen.map((c) => c.score));
  const titles = new Map<string, ReturnType<typeof recurringTextMatcher> | undefined>();
  const titleOf = (c: ScoredSentence) => {
    if (!titles.has(c.source)) {
      const title = passages[c.passageIndex]!.meta.title;
      titles.set(c.source, title === undefined ? undefined : recurringTextMatcher(evidence, title));
    }
    return titles.get(c.source);
  };
  // The share of an article's read sentences that hold a word, counted once for all its chosen sentences.
  const heldShares = new Map<string, number>();
  const heldShare = (source: string, word: (typeof asked)[number]) => {
    const key = `${source}\n${word.key}`;
    let share = heldShares.get(key);
    if (share === undefined) {
      const sentences = read.filter((o) => o.source === source);
      share = sentences.length === 0 ? 1 : sentences.filter((o) => o.match(word) > 0).length / sentences.length;
      heldShares.set(key, share);
    }
    return share;
  };
  const place = (c: ScoredSentence) => [passages[c.passageIndex]!.chunk.ordinal, c.start] as const;
  const before = (a: ScoredSentence, b: ScoredSentence) => {
    const [pa, sa] = place(a);
    const [pb, sb] = place(b);
    return pa < pb || (pa === pb && sa < sb);
  };
  return chosen.map((c, i) => {
    const inTitle = titleOf(c);
    const others = chosen.filter((o, j) => j !== i && o.source === c.source);
    let detail = 0;
    let unique = 0;
    let rare = 0;
    for (const word of asked) {
      const held = c.match(word);
      if (held === 0) continue;
      detail += word.weight * held * (1 - (inTitle?.(word) ?? 0));
      unique += word.weight * held * (1 - Math.max(0, ...others.map((o) => o.match(word))));
      rare += word.weight * held * (1 - heldShare(c.source, word));
    }
    const tokens = sentenceTokens(c.text);
    const values: Record<FirstSentenceFeature, number> = {
      chosenFirst: i === 0 ? 1 : 0,
      score: clip(c.score - best, -1, 0),
      share: clip(c.share, 0, 1),
      kind: SPECIFIC_TYPES.has(type) && c.answers.length > 0 ? 1 : 0,
      exact: c.exact === true ? 1 : 0,
      detail: clip(detail / total, 0, 1),
      unique: clip(unique / total, 0, 1),
      headline: isUnfinishedLine(c.text) ? 1 : 0,
      dateline: c.datelineOnly === true ? 1 : 0,
      earliest: others.some((o) => before(o, c)) ? 0 : 1,
      numbers: Math.min(1, tokens.filter((t) => /\p{N}/u.test(t)).length / 5),
      length: Math.min(1, tokens.length / 50),
      topPassage: c.passageIndex === 0 ? 1 : 0,
      rare: clip(rare / total, 0, 1),
      position: i / (chosen.length - 1),
      many: Math.min(1, c.answers.length / 3),
    };
    return FIRST_SENTENCE_FEATURES.map((name) => values[name]);
  });
}

/** A model's weights in FIRST_SENTENCE_FEATURES order. */
export function weightsOf(model: FirstSentenceModel): number[] {
  return FIRST_SENTENCE_FEATURES.map((name) => model.weights[name]);
}

/**
 * The index of the row that leads under weights `w` (features in order): the highest sum, the
 * earliest of equals; the first row (the rules' choice) unless another beats it by more than `margin`.
 */
export function leadingIndex(features: readonly (readonly number[])[], w: readonly number[], margin = 0): number {
  let best = 0;
  let bestSum = -Infinity;
  const sums = features.map((row) => row.reduce((s, value, j) => s + value * w[j]!, 0));
  sums.forEach((sum, i) => {
    if (sum > bestSum + 1e-12) [best, bestSum] = [i, sum];
  });
  return bestSum - sums[0]! > margin ? best : 0;
}

/** An answer's chosen sentences that may lead, in the rules' order, and what the model read of each (for `npm run fit-first`). */
export interface FirstChoice {
  texts: string[];
  features: number[][];
}

/**
 * Puts first, in place, the chosen sentence the model prefers (the shipped FIRST_SENTENCE_MODEL
 * unless given; null keeps the rules' order), among the sentences of the first one's article (the
 * answer still cites first the article the rules chose) and, asked for a kind of thing (a date, a
 * number, a name), among those that give one when the first does. When the rules added a sentence
 * to be read with the one before it (`continued`), their order stays. Returns what the model read,
 * when two or more sentences could lead.
 */
export function leadByModel(chosen: ScoredSentence[], continued: boolean, type: AnswerType, read: readonly ScoredSentence[], evidence: QuestionEvidence, passages: readonly RetrievedPassage[], model: FirstSentenceModel | null = FIRST_SENTENCE_MODEL): FirstChoice | undefined {
  const first = chosen[0]!;
  const eligible = continued ? [] : chosen.filter((c) => c.source === first.source && (!SPECIFIC_TYPES.has(type) || first.answers.length === 0 || c.answers.length > 0));
  if (eligible.length < 2) return undefined;
  const choice = { texts: eligible.map((c) => c.text), features: firstSentenceFeatures(eligible, read, type, evidence, passages) };
  const leading = model === null ? first : eligible[leadingIndex(choice.features, weightsOf(model))]!;
  if (leading !== first) chosen.unshift(...chosen.splice(chosen.indexOf(leading), 1));
  return choice;
}
