/**
 * How each sentence of the retrieved passages answers a question: its coverage of the question's
 * words, whether it holds a thing of the kind asked (a name, a number, a date ...), and whether it
 * counts or measures exactly what is asked; scored for composeAnswer to choose from.
 */
import { findDateMatches } from '../corpus/dates.ts';
import { relativeYearOffsets } from '../corpus/relative-years.ts';
import { publishedDate } from '../corpus/types.ts';
import type { PartialDate } from '../corpus/types.ts';
import { recurringTextTokens, tokenizeWords } from '../corpus/terms.ts';
import { SENTENCE_MEMO_LIMIT, memoized } from '../corpus/fold.ts';
import { coverage, focusShare, recurringTextMatcher, textMatcher } from '../retrieval/evidence.ts';
import type { QuestionEvidence, WordMatcher } from '../retrieval/evidence.ts';
import type { RetrievedPassage } from '../retrieval/types.ts';
import { SENTENCES } from '../scoring.ts';
import { answerCandidates, nameProximity } from './answer-kind.ts';
import type { AnswerType } from './answer-kind.ts';
import { countedNoun, countsWhatIsAsked, speaksOfTotal } from './counting.ts';
import { asksForMeasureOtherThanNumber, measuresSomethingElse, measuresWhatIsAsked } from './measures.ts';
import { speaksOfOtherMission } from './missions.ts';
import { namesOtherPlace } from './places.ts';
import { dayNamedBy, namesDayOfReport } from './relative-day.ts';
import { asksOfFuture, asksUntil, datesSide, givesEndDate, questionTime, tellsOfFuture } from './tense.ts';
import type { QuestionTime } from './tense.ts';

// Sentence scoring's tunables, documented in src/scoring.ts.
const { typeBonus: TYPE_BONUS, roleBonus: ROLE_BONUS, countedBonus: COUNTED_BONUS, focusBonus: FOCUS_BONUS, futureBonus: FUTURE_BONUS, totalBonus: TOTAL_BONUS, passageContextShare: PASSAGE_CONTEXT_SHARE, minSentenceShare: MIN_SENTENCE_SHARE, continuationShare: CONTINUATION_SHARE } = SENTENCES;
const { answerFirstMinShare: ANSWER_FIRST_MIN_SHARE, identityMinShare: IDENTITY_MIN_SHARE } = SENTENCES;
const { longSentenceWords: LONG_SENTENCE_WORDS, longSentencePenaltyPerWord: LONG_SENTENCE_PENALTY_PER_WORD } = SENTENCES;
const { unfinishedLinePenalty: UNFINISHED_LINE_PENALTY, minPassageShare: MIN_PASSAGE_SHARE, yearConflictPenalty: YEAR_CONFLICT_PENALTY, missionConflictPenalty: MISSION_CONFLICT_PENALTY, missingNamesPenalty: MISSING_NAMES_PENALTY, articleGapPenalty: ARTICLE_GAP_PENALTY, placeConflictPenalty: PLACE_CONFLICT_PENALTY } = SENTENCES;

/** Longest dateline read as one ("Seoul, April 18, 2007 / Trend corr."). */
const DATELINE_MAX_CHARS = 80;
/** Words of a dateline besides its date: the place and the outlet, capitalised, or short abbreviations ("corr."). */
const DATELINE_MAX_WORDS = 4;

/**
 * A dateline on a line of its own ("Seoul, April 18, 2007 / Trend corr.", "Baku, 13 May 2026 /
 * Trend /"): a date, a place and an outlet. It names the question's places and the article's
 * date, but says nothing but when the report was filed.
 */
function readsAsDateline(text: string): boolean {
  if (text.length > DATELINE_MAX_CHARS) return false;
  const dates = findDateMatches(text);
  if (dates.length === 0) return false;
  let rest = '';
  let from = 0;
  for (const d of dates) {
    rest += text.slice(from, d.index) + ' ';
    from = d.end;
  }
  const words = tokenizeWords(rest + text.slice(from));
  return words.length <= DATELINE_MAX_WORDS && words.some((w) => /^\p{Lu}/u.test(w)) && words.every((w) => /^\p{Lu}/u.test(w) || /^\p{Ll}{1,4}$/u.test(w));
}

/**
 * The dateline a report's first sentence opens with ("Bakı, 23 may 2019 — Koreyanın ...", "BAKU,
 * Oct. 3 — Korean ...", "Bakı, 3 fevral 2015. ..."): the longest head, cut at a dash, a full stop or
 * a slash, that reads as a dateline; undefined when none does.
 */
function leadingDateline(text: string): string | undefined {
  let found: string | undefined;
  for (const cut of text.slice(0, DATELINE_MAX_CHARS + 3).matchAll(/\s[—–-]\s|\.\s|\s\/\s/gu)) {
    const head = text.slice(0, cut.index! + cut[0].length);
    if (readsAsDateline(head.trim())) found = head;
  }
  return found;
}

/** isDateline of a passage's sentence, remembered: the same sentences come back across questions, and their dates are sought with many expressions. */
const isDateline = memoized(readsAsDateline, SENTENCE_MEMO_LIMIT);

/** A line that ends without a sentence's closing mark: a headline, a subtitle, a byline or a dateline. */
export function isUnfinishedLine(text: string): boolean {
  return !/[.!?…"”»)\]]\s*$/u.test(text);
}

export const SPECIFIC_TYPES: ReadonlySet<AnswerType> = new Set(['person', 'identity', 'number', 'date', 'place']);


export interface ScoredSentence {
  text: string;
  passageIndex: number;
  start: number;
  source: string;
  score: number;
  share: number;
  match: WordMatcher;
  /** How it matches with the words of the sentence before it (see CONTINUATION_SHARE); its own match when none. */
  reach: WordMatcher;
  /** Keys of the things of the expected type it gives (see answerCandidates). */
  answers: string[];
  /** It counts or measures exactly what a how-many / how-much question asks (see givesWhatIsAsked), or gives a future when-question a date still to come. */
  exact?: boolean;
  /** Its only date is the one of the dateline it opens with (see leadingDateline). */
  datelineOnly?: boolean;
}

/** A sentence's words; sentences recur across questions (the same passages come back), so they are remembered. Never change the array. */
export const sentenceTokens = recurringTextTokens;


/**
 * How a passage matches question words: the credits retrieval read from the index when it has
 * them (RetrievedPassage.wordCredits), else from its text, analysed only if needed.
 */
export function passageMatcher(evidence: QuestionEvidence, passage: RetrievedPassage): WordMatcher {
  const known = passage.wordCredits;
  let fromText: WordMatcher | undefined;
  return (word) => known?.get(word.key) ?? (fromText ??= textMatcher(evidence, passage.chunk.text))(word);
}

/** What a sentence says for the question, whichever passage it is read in. */
export interface SentenceReading {
  match: WordMatcher;
  reach: WordMatcher;
  /** Its coverage of the question, with what the sentence before it holds (see CONTINUATION_SHARE). */
  share: number;
  answers: string[];
  /** Its score from what it says (coverage and bonuses), before the passage's context and rank count. */
  said: number;
  /** What its length, and years other than the question's, cost it. */
  penalty: number;
  /** It holds an answer that counts or measures exactly what is asked. */
  exact: boolean;
  /** Its only date is the one of the dateline it opens with (see leadingDateline). */
  datelineOnly?: boolean;
}

/** Whether a sentence counts or measures exactly what a "how many / how much" question asks ("24 students", "$9,800 per year"). */
export function givesWhatIsAsked(tokens: readonly string[], text: string, evidence: QuestionEvidence): boolean {
  // "교환학생 몇 명", "güləşçilər neçə nəfər" count exchange students, wrestlers: not any number of people.
  if (countedNoun(evidence.question)?.people === 'counter') return countsWhatIsAsked(tokens, evidence.question);
  return countsWhatIsAsked(tokens, evidence.question) || measuresWhatIsAsked(text, evidence.question);
}

/** The things of the asked-for kind a sentence holds; none when its numbers measure something else than the question asks. */
export function kindAnswers(type: AnswerType, text: string, tokens: readonly string[], evidence: QuestionEvidence): string[] {
  // "14 güləşçisi" counts the wrestlers a question asks about ("güləşçilər neçə nəfər"), whatever else the sentence measures ("iki həftəlik").
  const countsAskedPeople = () => countedNoun(evidence.question)?.people === 'counter' && countsWhatIsAsked(tokens, evidence.question);
  return type === 'number' && measuresSomethingElse(text, evidence.question) && !countsAskedPeople() ? [] : answerCandidates(type, text, tokens, evidence);
}

const YEARS = /(?<![\p{N}.,])((?:19|20)\d\d)(?![\p{N}]|[.,]\d)/gu;
/** The years a text names; remembered, as sentences and questions recur. */
export const yearsIn = memoized((text: string): readonly string[] => [...new Set([...text.matchAll(YEARS)].map((m) => m[1]!))]);
/** Whether the question names a year and the sentence names years, none of them the question's: it tells of another time. */
function namesOtherYear(text: string, question: string): boolean {
  // "This year" against "last year" ("올해 9월까지" and "지난해 …"): another time, whatever the article's date.
  const askedRelative = relativeYearOffsets(question);
  if (askedRelative.length > 0) {
    const named = relativeYearOffsets(text);
    if (named.length > 0 && !named.some((offset) => askedRelative.includes(offset))) return true;
  }
  const asked = yearsIn(question);
  if (asked.length === 0) return false;
  const named = yearsIn(text);
  return named.length > 0 && !named.some((year) => asked.includes(year));
}

/**
 * A sentence's reading (after the passage's `previous` sentence, if any; `inBestArticle` when its
 * article is the one retrieval ranks first), or undefined when it covers too little of the question to be part of an answer.
 */
function readSentence(type: AnswerType, text: string, evidence: QuestionEvidence, matcherOf: (text: string) => WordMatcher, when?: { time: QuestionTime; articleDate: PartialDate | undefined }, previous?: string, inBestArticle = false): SentenceReading | undefined {
  // A dateline tells only when the report was filed: it answers nothing but "when".
  if (type !== 'date' && isDateline(text)) return undefined;
  const tokens = sentenceTokens(text);
  const match = matcherOf(text);
  const own = coverage(evidence, match);
  // A sentence goes on from the one before it ("It will employ 85 people."): the question's words
  // that one holds count, at a share, for whether this one is read and how it compares with the
  // best; its own score stays its own.
  const before = previous === undefined ? undefined : matcherOf(previous);
  const reach: WordMatcher = before === undefined ? match : (word) => Math.max(match(word), CONTINUATION_SHARE * before(word));
  const carried = before === undefined ? own : coverage(evidence, reach);
  // A sentence that counts or measures exactly what is asked ("Tuition is $9,800 per year" for "how
  // much is the yearly fee?") answers without repeating the question's words.
  let gives: boolean | undefined;
  // An address ("по какому адресу?") is a measure too, though no number: the sentence that writes one answers.
  const measured = type === 'number' || asksForMeasureOtherThanNumber(evidence.question);
  const exact = () => measured && (gives ??= givesWhatIsAsked(tokens, text, evidence));
  // "When will it open?" is not answered by the day the opening was announced, nor "when was it
  // signed?" by a plan; a date still to come answers a future question however few words it
  // repeats, and an earlier one a question about before ("when was the previous round?").
  const side = when === undefined ? 'none' : datesSide(text, when.articleDate, when.time);
  const announced = side === 'asked' && when?.time !== 'past';
  // "Until what date does it run?" is answered by the end of the span ("runs until 13 November"), not by its opening day.
  const untilAsked = type === 'date' && asksUntil(evidence.question);
  const ends = untilAsked && givesEndDate(text);
  const coversEnough = carried.share >= MIN_SENTENCE_SHARE || announced || ends || exact();
  // In the article retrieval ranks first, a sentence that holds a thing of the kind asked (a name,
  // a number, a date ...) is read however few of the question's words it repeats.
  if (!coversEnough && !(inBestArticle && SPECIFIC_TYPES.has(type))) return undefined;
  // The end of a span comes after the report of its start, whatever the question's tense; a date
  // that does not end one (the opening day) does not answer "until when?".
  const answers = (side === 'other' || untilAsked) && !ends ? [] : kindAnswers(type, text, tokens, evidence);
  // "Bakı, 23 may 2019 — ... kredit xətti açıb. Saziş mayın 22-də imzalanıb.": the date a report opens with is the day it was filed.
  const dateline = type === 'date' && answers.length > 0 && !isDateline(text) ? leadingDateline(text) : undefined;
  // A lead that tells its event's day by the report's week ("signed ... on Tuesday") dates it by its dateline.
  const body = dateline === undefined ? '' : text.slice(dateline.length);
  const datelineOnly = dateline !== undefined && !namesDayOfReport(body) && kindAnswers(type, body, sentenceTokens(body), evidence).length === 0;
  if (!coversEnough && answers.length === 0) return undefined;
  const holdsAnswer = answers.length > 0;
  const proximity = type === 'person' && holdsAnswer ? ROLE_BONUS * nameProximity(tokens, evidence) : 0;
  const counted = (measured && (holdsAnswer || type !== 'number') && exact()) || ((announced || ends) && holdsAnswer) ? COUNTED_BONUS : 0;
  // Asked of what is to come ("where will the next session take place?"), a sentence that tells of something to come (a date question reads its dates instead).
  const toCome = type !== 'date' && asksOfFuture(evidence.question) && tellsOfFuture(text) ? FUTURE_BONUS : 0;
  // Asked how many in all ("сколько всего", "how many in total"), a sentence that gives a total.
  const total = type === 'number' && holdsAnswer && speaksOfTotal(evidence.question) && speaksOfTotal(text) ? TOTAL_BONUS : 0;
  const bonus = (holdsAnswer ? TYPE_BONUS[type] : 0) + proximity + counted + FOCUS_BONUS * focusShare(evidence, match) + toCome + total;
  // A sentence of another year than the question names loses a little, as a long one does; one
  // about another country's embassy more, or about a third country (asked where, the other place may be the answer).
  const penalty = LONG_SENTENCE_PENALTY_PER_WORD * Math.max(0, tokens.length - LONG_SENTENCE_WORDS) + (namesOtherYear(text, evidence.question) ? YEAR_CONFLICT_PENALTY : 0) + (speaksOfOtherMission(text, evidence.question) ? MISSION_CONFLICT_PENALTY : 0) + (type !== 'place' && namesOtherPlace(text, evidence.question) ? PLACE_CONFLICT_PENALTY : 0);
  return { match, reach, share: carried.share, answers, said: own.share + bonus, penalty, exact: counted > 0, ...(datelineOnly ? { datelineOnly } : {}) };
}

/**
 * Sentences already read for one question, by their place in their document (the sentence before
 * them, and whether their article is the best one): scoreSentences reads a sentence once however
 * often its passages are scored again, also across the two readings of traceAnswerDecidedOn.
 */
export type SentenceReadings = Map<string, SentenceReading | undefined>;

/**
 * Every sentence of the passages that covers enough of the question, scored, best first.
 * passageShares: how much of the question each passage's context covers; namesHeld: the share of
 * the question's names and numbers each passage's article holds in the passages read (1 when not given);
 * articleGaps: how much less of the question each passage's article holds than the article that holds most (0 when not given).
 */
export function scoreSentences(
  type: AnswerType,
  evidence: QuestionEvidence,
  passages: readonly RetrievedPassage[],
  passageShares: readonly number[],
  namesHeld?: readonly number[],
  readSentences: SentenceReadings = new Map(),
  articleGaps?: readonly number[],
): ScoredSentence[] {
  const candidates: ScoredSentence[] = [];
  // A sentence is matched once, though read again as the one before the next.
  const matchers = new Map<string, WordMatcher>();
  const matcherOf = (text: string) => {
    let match = matchers.get(text);
    if (match === undefined) matchers.set(text, (match = recurringTextMatcher(evidence, text)));
    return match;
  };
  const time = type === 'date' ? questionTime(evidence.question) : undefined;
  // "Until when?" is answered by a date that ends a span, not by the day a report names or was filed.
  const daysAnswer = type === 'date' && !asksUntil(evidence.question);
  const bestArticle = passages[0]?.chunk.source;
  passages.forEach((passage, passageIndex) => {
    const context = passageShares[passageIndex]!;
    if (context < MIN_PASSAGE_SHARE) return;
    passage.chunk.sentences.forEach((sentence, k) => {
      // Overlapping passages of a document share sentences: each is read once per answer.
      const previous = k > 0 ? passage.chunk.sentences[k - 1] : undefined;
      const inBest = passage.chunk.source === bestArticle;
      const place = `${passage.chunk.source}@${sentence.start}:${sentence.end}:${previous?.start ?? ''}${inBest ? '*' : ''}`;
      if (!readSentences.has(place)) readSentences.set(place, readSentence(type, sentence.text, evidence, matcherOf, time === undefined ? undefined : { time, articleDate: publishedDate(passage.meta) }, previous?.text, inBest));
      const read = readSentences.get(place);
      if (read === undefined) return;
      // Earlier passages are ranked better by retrieval: a tiny tie-breaker in their favour.
      // "Bu gün ... keçirilib" answers "when?" with its article's day.
      const day = daysAnswer && read.answers.length === 0 ? dayNamedBy(sentence.text, publishedDate(passage.meta)) : undefined;
      const newDay = day !== undefined && !evidence.terms.has(String(day.year));
      // "Baku, October 27 (AZERTAC). The meeting has been held ...": the report's first sentence
      // happened on its dateline's day, which a reader of the sentence alone no longer sees; asked
      // when (not of what is to come), it is shown with its dateline.
      const dateline = daysAnswer && day === undefined && read.answers.length === 0 && time !== 'future' && previous !== undefined && isDateline(previous.text) ? previous.text : undefined;
      const answers = newDay ? [`${day.year}-${day.month}-${day.day}`] : dateline !== undefined ? [dateline] : read.answers;
      const score = read.said + (newDay || dateline !== undefined ? TYPE_BONUS.date : 0) + PASSAGE_CONTEXT_SHARE * context - 0.01 * passageIndex - read.penalty - (isUnfinishedLine(sentence.text) ? UNFINISHED_LINE_PENALTY : 0) - MISSING_NAMES_PENALTY * (1 - (namesHeld?.[passageIndex] ?? 1)) - ARTICLE_GAP_PENALTY * (articleGaps?.[passageIndex] ?? 0);
      const text = dateline === undefined ? sentence.text : `${dateline} ${sentence.text}`;
      // A day worked out or a dateline line above it is the sentence's own answer, not its lead's dateline.
      const datelineOnly = read.datelineOnly === true && !newDay && dateline === undefined;
      candidates.push({ text, passageIndex, start: sentence.start, source: passage.chunk.source, score, share: read.share, match: read.match, reach: read.reach, answers, exact: read.exact, ...(datelineOnly ? { datelineOnly } : {}) });
    });
  });
  // An address is asked as "what" ('any'), yet has a kind: the sentence that writes one.
  if (SPECIFIC_TYPES.has(type) || asksForMeasureOtherThanNumber(evidence.question)) {
    const bestShare = Math.max(0, ...candidates.map((c) => c.share));
    const minShare = type === 'identity' ? IDENTITY_MIN_SHARE : ANSWER_FIRST_MIN_SHARE;
    // A sentence that gives exactly the measure asked, in the article that best covers the
    // question, answers it however few of its words it repeats ("Layihənin dəyəri 25 milyon dollardır").
    const bestSource = candidates.find((c) => c.share === bestShare)?.source;
    const exactInBest = (c: ScoredSentence) => c.exact === true && c.source === bestSource;
    // A report's filing day answers "when?" only when its article dates the event nowhere else ("Saziş mayın 22-də imzalanıb").
    const datedInside = new Set(candidates.filter((c) => c.answers.length > 0 && c.datelineOnly !== true).map((c) => c.source));
    // Asked who, a sentence naming the person by surname only ("Aliyev said") answers less than the one
    // of the same article that gives the whole name ("Ramil Aliyev, 37, opened ...").
    const wholeNames = type === 'person' ? candidates.flatMap((c) => c.answers.filter((a) => a.includes(' ')).map((a) => ({ source: c.source, name: a }))) : [];
    const surnameOnly = (c: ScoredSentence) => wholeNames.length > 0 && c.answers.every((a) => !a.includes(' ') && wholeNames.some((w) => w.source === c.source && w.name.endsWith(' ' + a)));
    const answersIt = (c: ScoredSentence) => c.answers.length > 0 && !(c.datelineOnly === true && datedInside.has(c.source)) && !surnameOnly(c);
    for (const c of candidates) if (SPECIFIC_TYPES.has(type) ? answersIt(c) && (c.share >= minShare * bestShare || exactInBest(c)) : exactInBest(c)) c.score += 1;
  }
  return candidates.sort((a, b) => b.score - a.score || a.passageIndex - b.passageIndex || a.start - b.start);
}
