/**
 * Which sentences join an answer after its first one: a later sentence joins when its score is
 * close enough to the first's and it supports the answer (judgeFollower).
 */
import { SENTENCE_MEMO_LIMIT, memoized } from '../corpus/fold.ts';
import { foldText } from '../corpus/terms.ts';
import { coverage } from '../retrieval/evidence.ts';
import type { QuestionEvidence } from '../retrieval/evidence.ts';
import type { RetrievedPassage } from '../retrieval/types.ts';
import { SENTENCES } from '../scoring.ts';
import type { ScoredSentence } from './sentence-scores.ts';

/** A sentence after the first joins the answer only when both ratios to the first reach these (see judgeFollower). */
export interface FollowerThresholds {
  /** Its corpus-weighted coverage of the question over the first sentence's. */
  coverage: number;
  /** Its passage's relevance over the best retrieved passage's. */
  relevance: number;
}

const { followerShare: FOLLOWER_SHARE } = SENTENCES;
/** When a sentence after the first joins the answer (see src/scoring.ts). */
export const FOLLOWER_THRESHOLDS: Readonly<FollowerThresholds> = SENTENCES.followerThresholds;

/** A sentence's text as compared for repeats; sentences recur across questions, so it is remembered. */
export const normalizedSentence = memoized((text: string) => foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim(), SENTENCE_MEMO_LIMIT);

/** Why a sentence after the first joined the answer or not (see judgeFollower). */
export interface FollowerJudgement {
  text: string;
  /** It comes from another document than the first sentence. */
  otherDocument: boolean;
  /** Its weighted coverage of the question over the first sentence's. */
  coverageRatio: number;
  /** It covers a question word no chosen sentence covers. */
  addsWord: boolean;
  /** It gives a thing of the expected type no chosen sentence gives. */
  addsAnswer: boolean;
  /** Its passage's relevance over the best passage's. */
  relevanceRatio: number;
  kept: boolean;
}

/** What the sentences chosen so far cover: the question words they match and the answers they give. */
interface AnswerSoFar {
  first: ScoredSentence;
  firstCoverage: number;
  coveredWords: boolean[];
  answers: Set<string>;
}

function judgeFollower(
  c: ScoredSentence,
  soFar: AnswerSoFar,
  weighted: QuestionEvidence,
  relevanceRatio: number,
  thresholds: Readonly<FollowerThresholds>,
): FollowerJudgement {
  // With what it carries from the sentence before it, as when it was let in (ScoredSentence.reach).
  const own = coverage(weighted, c.reach).share;
  const addsWord = weighted.words.some((w, i) => !soFar.coveredWords[i] && c.match(w) > 0);
  const addsAnswer = c.answers.some((key) => !soFar.answers.has(key));
  const coverageRatio = soFar.firstCoverage > 0 ? own / soFar.firstCoverage : 0;
  const kept = coverageRatio >= thresholds.coverage && (addsWord || addsAnswer) && relevanceRatio >= thresholds.relevance;
  return { text: c.text, otherDocument: c.source !== soFar.first.source, coverageRatio, addsWord, addsAnswer, relevanceRatio, kept };
}

function remember(soFar: AnswerSoFar, c: ScoredSentence, weighted: QuestionEvidence): void {
  weighted.words.forEach((w, i) => {
    if (c.match(w) > 0) soFar.coveredWords[i] = true;
  });
  for (const key of c.answers) soFar.answers.add(key);
}

/**
 * The best sentence, then at most `max - 1` more, each close enough to the first in score and a
 * real support of the answer (see judgeFollower), none twice; with the judgement of each follower
 * considered.
 */
export function chooseSentences(
  candidates: readonly ScoredSentence[],
  max: number,
  weighted: QuestionEvidence,
  passages: readonly RetrievedPassage[],
  thresholds: Readonly<FollowerThresholds>,
): { chosen: ScoredSentence[]; followers: FollowerJudgement[] } {
  const chosen: ScoredSentence[] = [];
  const followers: FollowerJudgement[] = [];
  const seen = new Set<string>();
  const bestRelevance = Math.max(...passages.map((p) => p.relevance));
  let soFar: AnswerSoFar | undefined;
  for (const c of candidates) {
    if (chosen.length >= max) break;
    if (soFar !== undefined && c.score < FOLLOWER_SHARE * soFar.first.score) break;
    // Overlapping chunks repeat sentences (the same place: its text, already seen, is not
    // normalized again); near-identical documents repeat them too.
    const place = `${c.source}@${c.start}`;
    if (seen.has(place)) continue;
    const key = normalizedSentence(c.text);
    if (seen.has(key)) continue;
    seen.add(key);
    seen.add(place);
    if (soFar === undefined) {
      soFar = { first: c, firstCoverage: coverage(weighted, c.match).share, coveredWords: weighted.words.map(() => false), answers: new Set() };
    } else {
      const relevanceRatio = bestRelevance > 0 ? passages[c.passageIndex]!.relevance / bestRelevance : 1;
      const judgement = judgeFollower(c, soFar, weighted, relevanceRatio, thresholds);
      followers.push(judgement);
      if (!judgement.kept) continue;
    }
    remember(soFar, c, weighted);
    chosen.push(c);
  }
  return { chosen, followers };
}
