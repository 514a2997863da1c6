import { detectLanguage } from '../corpus/language.ts';
import { answerTypeOf, nameProximity } from './answer-kind.ts';
import { questionTime } from './tense.ts';
import { countedNoun } from './counting.ts';
import type { AnswerType } from './answer-kind.ts';
import { cite } from './cite.ts';
import { SPECIFIC_TYPES, givesWhatIsAsked, isUnfinishedLine, kindAnswers, passageMatcher, scoreSentences, sentenceTokens, yearsIn } from './sentence-scores.ts';
import { leadWithAnswer } from './lead.ts';
import { namedWords, namesHeldShare } from './named.ts';
import { FOLLOWER_THRESHOLDS, chooseSentences, normalizedSentence } from './followers.ts';
import type { FollowerJudgement, FollowerThresholds } from './followers.ts';
import { leadByModel } from './first-sentence.ts';
import { leadArticleByModel } from './first-article.ts';
import type { ArticleChoice, FirstArticleModel } from './first-article.ts';
import type { FirstChoice, FirstSentenceModel } from './first-sentence.ts';
import type { ScoredSentence, SentenceReadings } from './sentence-scores.ts';
import { asksForMeasureOtherThanNumber, asksForMeasureWithUnit, measureWrittenNowhere } from './measures.ts';
import { ANSWER_LANGUAGE_TEXTS, formatDate } from '../i18n/index.ts';
import { dayNamedBy } from './relative-day.ts';
import { yearWrittenNowhere } from './article-years.ts';
import { coverage, questionEvidence, recurringTextMatcher, withAskingWeights, withContextRarity, withWordWeights, withoutUnseenContext } from '../retrieval/evidence.ts';
import { abstentionFeatures, shouldAbstain } from './abstention.ts';
import type { AbstentionFeatures, AbstentionModel } from './abstention.ts';
import type { QuestionEvidence, WordMatcher } from '../retrieval/evidence.ts';
import { publishedDate } from '../corpus/types.ts';
import type { Language } from '../corpus/types.ts';
import type { RetrievedPassage } from '../retrieval/types.ts';
import type { Answer } from './types.ts';

export interface ComposeOptions {
  /** Sentences in the answer at most. */
  maxSentences: number;
  /** Language of the question when known; detected otherwise. */
  language?: Language;
  /** Corpus weights of the question's words (RetrievalResult.wordWeights); abstention is calibrated with them. */
  wordWeights?: Readonly<Record<string, number>>;
  /** The question's evidence words already read (RetrievalResult.evidence); read again when absent or read from another question. */
  evidence?: QuestionEvidence;
  /** The text whose question word says what kind of answer is wanted (a follow-up's own words); the question by default. */
  kindFrom?: string;
  /** Tokens of the question's words found in no passage of the corpus (RetrievalResult.unseenWords). */
  unseenWords?: readonly string[];
  /** Decides abstention; the shipped lexical model by default. */
  abstention?: AbstentionModel;
  /** Answer even when the model would decline (calibration reads what the answer would have been). */
  neverAbstain?: boolean;
  /** The abstention model said answer already, on other passages (traceAnswerDecidedOn): it is not asked again. */
  decided?: boolean;
  /** Sentences already read for this question and answer kind (see SentenceReadings), shared by traceAnswerDecidedOn's two readings. */
  readings?: SentenceReadings;
  /** When a sentence after the first joins the answer; the calibrated FOLLOWER_THRESHOLDS by default (for calibration reports). */
  followerThresholds?: FollowerThresholds;
  /**
   * The follow-up's own words, when the question is a follow-up asked within the documents of the
   * answer it follows: in choosing sentences, the other words (the earlier question's) weigh as
   * context (withAskingWeights); abstention still weighs the whole question.
   */
  asking?: string;
  /** Sentences the asker has already been shown and asks beyond ("who else?"): none of them is part of the answer. */
  leaveOut?: readonly string[];
  /**
   * The sentences before the asking one are the thread's earlier question, not a preface ("I was
   * reading the news ..."): for abstention their words count as much as the asking sentence's.
   */
  threadContext?: boolean;
  /**
   * The passages of a retrieved article that retrieval left out (rank 0: the best article, 1: the
   * next one), asked for only when needed (see traceAnswer).
   */
  articlePassages?: (rank: number) => readonly RetrievedPassage[];
  /** Decides which chosen sentence leads; the shipped FIRST_SENTENCE_MODEL by default, null for the rules alone (lead.ts). */
  firstSentence?: FirstSentenceModel | null;
  /** The first-article model (answer/first-article.ts); the shipped one unless given, null for the rules' order. */
  firstArticle?: FirstArticleModel | null;
  /** The question as an earlier reading with the same options read it (see QuestionView); read again otherwise. */
  view?: QuestionView;
}

/** Language of a question; Azerbaijani and English are told apart by letters and function words. */
export function detectQuestionLanguage(question: string): Language {
  return detectLanguage(question);
}

/**
 * News text often says who or what right after the sentence that names the question's things
 * ("... met the Korean Lemon Metal company. The company plans to produce aluminium ..."). The
 * sentence after the first answer sentence in its passage follows it in the answer, if there is a
 * place left, when the first sentence holds no thing of the asked-for kind, and the next one does
 * (or the question asks for no particular kind: "what did they discuss?"); holding the asked-for
 * kind, it goes before the first. Measured on the development set (docs/quality.md): answer in
 * reply +0.036 on half A, unchanged on half B and on the seeds sets; going first, probe answer
 * first 0.750 -> 0.769, every other figure unchanged (putting every continuation first: dev half B
 * first 0.825 -> 0.772).
 */
function withContinuation(chosen: ScoredSentence[], type: AnswerType, evidence: QuestionEvidence, passages: readonly RetrievedPassage[], max: number, shown: ReadonlySet<string>): void {
  const first = chosen[0]!;
  const specific = SPECIFIC_TYPES.has(type);
  if (chosen.length >= max || first.answers.length > 0) return;
  const sentences = passages[first.passageIndex]!.chunk.sentences;
  const next = sentences[sentences.findIndex((s) => s.start === first.start) + 1];
  if (next === undefined || chosen.some((c) => c.source === first.source && c.start === next.start) || (shown.size > 0 && shown.has(normalizedSentence(next.text)))) return;
  const tokens = sentenceTokens(next.text);
  const answers = kindAnswers(type, next.text, tokens, evidence);
  if (specific && answers.length === 0) return;
  // Holding the thing asked for, it leads (the answer first); else it follows as the first's continuation.
  const match = recurringTextMatcher(evidence, next.text);
  chosen.splice(answers.length > 0 ? 0 : 1, 0, { ...first, text: next.text, start: next.start, share: 0, match, reach: match, answers });
}

/** What each retrieved document says of itself, as one line: its title, outlet and date ("27 May 2022"). */
function documentHeadings(evidence: QuestionEvidence, passages: readonly RetrievedPassage[]): { source: string; match: WordMatcher }[] {
  const seen = new Map<string, RetrievedPassage['meta']>();
  for (const p of passages) if (!seen.has(p.chunk.source)) seen.set(p.chunk.source, p.meta);
  return [...seen].map(([source, meta]) => ({
    source,
    match: recurringTextMatcher(evidence, [meta.title, meta.outlet, meta.date === undefined ? undefined : formatDate(meta.date, 'en')].filter((part) => part !== undefined).join('. ')),
  }));
}

/** An answer and how its sentences after the first were judged (for calibration reports). */
export interface AnswerTrace {
  answer: Answer;
  followers: FollowerJudgement[];
  /** What abstention weighed; undefined when there was nothing to weigh (no passage, no evidence word) or it was decided before (ComposeOptions.decided). */
  features?: AbstentionFeatures;
  /** The question as this reading read it. */
  view: QuestionView;
  /** The chosen sentences that may lead, as the rules ordered them, and what the first-sentence model read of each (when there are two or more). */
  firstChoice?: FirstChoice;
  /** The articles the answer cites, as the rules ordered them, and what the first-article model read of each (when there are two or more). */
  articleChoice?: ArticleChoice;
}

/** composeAnswer with the judgement of every sentence considered after the first. */
/**
 * What traceAnswer reads of the question alone, whatever the passages: the same for both readings
 * of traceAnswerDecidedOn, so decideOn keeps it for answerDecided.
 */
export interface QuestionView {
  question: string;
  /** The options it was read with; a view is used again only with these same values. */
  from: Pick<ComposeOptions, 'language' | 'wordWeights' | 'evidence' | 'kindFrom' | 'unseenWords' | 'asking'>;
  language: Language;
  read: QuestionEvidence;
  evidence: QuestionEvidence;
  weighted: QuestionEvidence;
  type: AnswerType;
  /** The question's names and numbers, which each passage's article holds or not (scoreSentences' namesHeld). */
  named: ReturnType<typeof namedWords>;
}

function viewQuestion(question: string, options: ComposeOptions): QuestionView {
  const { language: asLanguage, wordWeights, evidence: given, kindFrom, unseenWords, asking } = options;
  const from = { language: asLanguage, wordWeights, evidence: given, kindFrom, unseenWords, asking };
  const kept = options.view;
  if (kept !== undefined && kept.question === question && (Object.keys(from) as (keyof typeof from)[]).every((key) => kept.from[key] === from[key])) return kept;
  const language = asLanguage ?? detectQuestionLanguage(question);
  // Abstention weighs words by how rare they are in the corpus; sentence scoring does not: within
  // the passages found, the sentence that names the question's names and the asked-for thing wins
  // however common those words are (measured: corpus weights there lost first-sentence answers).
  // Whether a later sentence adds evidence is weighed with them (a common word adds little).
  const read = given?.question === question ? given : questionEvidence(question);
  // The words of the sentences that set the question up weigh by their rarity in the corpus (withContextRarity).
  const setUp = wordWeights === undefined ? read : withContextRarity(read, wordWeights);
  const evidence = asking === undefined ? setUp : withAskingWeights(setUp, asking);
  const weighted = wordWeights === undefined ? read : withoutUnseenContext(withWordWeights(read, wordWeights), new Set(unseenWords ?? []));
  return { question, from, language, read, evidence, weighted, type: answerTypeOf(kindFrom ?? question, evidence), named: namedWords(evidence) };
}

export function traceAnswer(question: string, retrieved: readonly RetrievedPassage[], options: ComposeOptions): AnswerTrace {
  const view = viewQuestion(question, options);
  const { language, read, evidence, weighted, type, named } = view;
  const abstain = (): AnswerTrace => ({ answer: { question, language, abstained: true, sentences: [], citations: [] }, followers: [], view });
  if (evidence.words.length === 0 || retrieved.length === 0 || options.maxSentences < 1) return abstain();

  const shown = new Set((options.leaveOut ?? []).map(normalizedSentence));
  // The retrieved passages are scored again with the rest of their article: their sentences are read once.
  const readings: SentenceReadings = options.readings ?? new Map();
  const readAll = (from: readonly RetrievedPassage[]) => {
    const matchers = from.map((p) => passageMatcher(evidence, p));
    const shares = matchers.map((match) => coverage(evidence, match).share);
    // A passage added from the rest of an article is read in that article's context: the share its best retrieved passage covers.
    const contexts = shares.map((share, i) => (i < retrieved.length ? share : Math.max(share, ...shares.slice(0, retrieved.length).filter((_, j) => retrieved[j]!.chunk.source === from[i]!.chunk.source))));
    // What each article holds in any of its passages read: a word is held as well as its best passage holds it.
    const articleMatchers = new Map<string, WordMatcher[]>();
    from.forEach((p, j) => {
      const same = articleMatchers.get(p.chunk.source);
      if (same === undefined) articleMatchers.set(p.chunk.source, [matchers[j]!]);
      else same.push(matchers[j]!);
    });
    const articles = new Map([...articleMatchers].map(([source, same]) => {
      const held: WordMatcher = same.length === 1 ? same[0]! : (w) => Math.max(...same.map((m) => m(w)));
      // The share of the question's names and numbers it holds; how much of the question, its rare words weighing more.
      return [source, { names: namesHeldShare(named, held), share: coverage(weighted, held).share }];
    }));
    const namesHeld = from.map((p) => articles.get(p.chunk.source)!.names);
    // How much less of the question each passage's article holds than the article that holds most.
    const articleShares = from.map((p) => articles.get(p.chunk.source)!.share);
    const mostHeld = Math.max(...articleShares);
    const articleGaps = articleShares.map((share) => mostHeld - share);
    return { passages: from, passageMatchers: matchers, scored: scoreSentences(type, evidence, from, contexts, namesHeld, readings, articleGaps) };
  };
  let reading = readAll(retrieved);
  // Asked how much or how many, and no retrieved sentence holds a number (or none of the best
  // article's measures or counts what is asked): the answer may sit in a passage of
  // the best article that shares few of the question's words ("Tuition is $9,800 per year" for "how
  // much is the yearly fee?"). A sentence there that counts or measures exactly what is asked is the
  // answer; the article's other sentences are not read.
  const bestArticle = retrieved[0]!.chunk.source;
  const noNumber = !reading.scored.some((c) => c.answers.length > 0);
  const inBest = reading.scored.filter((c) => c.source === bestArticle);
  // The best article's retrieved sentences give no measure or count of what is asked ("12 million dollars" for "how many workers").
  const notInBest = () => (asksForMeasureWithUnit(evidence.question) || countedNoun(evidence.question) !== null) && !inBest.some((c) => c.exact === true);
  // Asked when something will happen (or happened before), and none of the best article's retrieved sentences gives such a date: the same.
  const announcedNotInBest = () => (questionTime(evidence.question) ?? 'past') !== 'past' && !inBest.some((c) => c.exact === true);
  // Asked who, and none of the best article's retrieved sentences names anyone (a byline or a headline does not count): the person may be named further on ("Foundation chairman Noh Jae-won said ...").
  const nobodyInBest = () => !inBest.some((c) => c.answers.length > 0 && !isUnfinishedLine(c.text));
  const readRest = (type === 'number' && (noNumber || notInBest())) || (type === 'date' && announcedNotInBest()) || (type === 'person' && nobodyInBest());
  // What a sentence found there must hold to lead: the date asked; a person named beside the question's words (their title, their body); the measure or count asked.
  const answersWhatIsAsked = (c: ScoredSentence) =>
    type === 'date' ? c.exact === true : type === 'person' ? nameProximity(sentenceTokens(c.text), evidence) > 0 : givesWhatIsAsked(sentenceTokens(c.text), c.text, evidence);
  // An article's retrieved passages that cover too little of the question on their own are read again there, in their article's context.
  const restOf = (rank: number, source: string) => [...options.articlePassages!(rank), ...retrieved.filter((p) => p.chunk.source === source)];
  const rest = readRest && options.articlePassages !== undefined ? restOf(0, bestArticle) : [];
  // A number is often told by a second article about the same event (in another language, with
  // other details): the next article's rest is read when the best one's holds no such number.
  const nextArticle = retrieved.find((p) => p.chunk.source !== bestArticle)?.chunk.source;
  const readNext = rest.length > 0 && type === 'number' && nextArticle !== undefined;
  const rests = rest.length === 0 ? [] : [() => rest];
  if (readNext) rests.push(() => restOf(1, nextArticle));
  for (const more of rests) {
    const wider = readAll([...retrieved, ...more()]);
    // Holding what was asked, where no retrieved sentence does, it leads (the answer first).
    const found = wider.scored.filter((c) => c.passageIndex >= retrieved.length && c.answers.length > 0 && answersWhatIsAsked(c));
    if (found.length > 0) {
      reading = { ...wider, scored: [...found, ...wider.scored.filter((c) => c.passageIndex < retrieved.length)] };
      break;
    }
  }
  const { passages, passageMatchers, scored } = reading;
  /**
   * Whether the best article, all of it, and the retrieved passages of the next one (a question
   * may ask two articles' facts) and of the answer's first sentence write no quantity of the
   * measure asked. Read only for a how-much question.
   */
  const measureMissingInArticle = () => {
    const sources = [...new Set(retrieved.map((p) => p.chunk.source))].slice(0, 2);
    if (candidates[0] !== undefined && !sources.includes(candidates[0].source)) sources.push(candidates[0].source);
    const texts = () => [...retrieved.filter((p) => sources.includes(p.chunk.source)), ...(rest.length > 0 ? rest : (options.articlePassages?.(0) ?? []))].map((p) => p.chunk.text);
    return measureWrittenNowhere(texts, evidence.question);
  };
  /** Whether the question names a year that every retrieved article, each published in another, names nowhere in all its text. */
  const yearMissingInArticles = () => {
    const asked = yearsIn(evidence.question);
    if (asked.length === 0) return false;
    const sources = [...new Set(retrieved.map((p) => p.chunk.source))];
    return sources.every((source, rank) => {
      const found = retrieved.filter((p) => p.chunk.source === source);
      const texts = () => [...found, ...(options.articlePassages?.(rank) ?? [])].map((p) => p.chunk.text);
      return yearWrittenNowhere(texts, asked, publishedDate(found[0]!.meta)?.year);
    });
  };
  const candidates = shown.size === 0 ? scored : scored.filter((c) => !shown.has(normalizedSentence(c.text)));
  // Decided already, the features were weighed on the deciding passages (answerDecided returns those).
  const features = options.decided === true ? undefined : abstentionFeatures({
    evidence: read,
    weighted,
    passages: passages.map((p, i) => ({ source: p.chunk.source, language: p.meta.language, match: passageMatchers[i]!, ...(p.denseSimilarity !== undefined ? { denseSimilarity: p.denseSimilarity } : {}) })),
    language,
    documents: documentHeadings(read, passages),
    unseenTokens: new Set(options.unseenWords ?? []),
    ...(options.threadContext === true ? { contextShare: 1 } : {}),
    kindMissingInFirst: SPECIFIC_TYPES.has(type) && type !== 'identity' && (candidates[0]?.answers.length ?? 0) === 0,
    ...(candidates[0] !== undefined ? { firstMatch: candidates[0].match } : {}),
    yearMissingInArticle: yearMissingInArticles(),
    measureMissingInArticle: (type === 'number' || ((type === 'any' || type === 'entity' || type === 'place') && asksForMeasureOtherThanNumber(evidence.question))) && measureMissingInArticle(),
  });
  // Asked beyond what was shown ("who else?"), a sentence without a new one of the kind asked says nothing more.
  const nothingBeyond = options.leaveOut !== undefined && SPECIFIC_TYPES.has(type) && (candidates[0]?.answers.length ?? 0) === 0;
  const weighed = features !== undefined ? { features } : {};
  if (options.neverAbstain !== true && (nothingBeyond || (features !== undefined && shouldAbstain(features, options.abstention)))) return { ...abstain(), ...weighed };
  const { chosen, followers } = chooseSentences(candidates, options.maxSentences, weighted, passages, options.followerThresholds ?? FOLLOWER_THRESHOLDS);
  if (chosen.length === 0) return { ...abstain(), ...weighed };
  leadWithAnswer(chosen, type, evidence, passages);
  const ruled = chosen.length;
  withContinuation(chosen, type, evidence, passages, options.maxSentences, shown);
  const articleChoice = leadArticleByModel(chosen, candidates, type, evidence, weighted, passages, options.firstArticle);
  const firstChoice = leadByModel(chosen, chosen.length > ruled, type, candidates, evidence, passages, options.firstSentence);
  const cited = cite(chosen, passages);
  const sentences = cited.sentences.map((sentence, i) => {
    const day = dayNamedBy(sentence.text, publishedDate(passages[chosen[i]!.passageIndex]!.meta));
    return day === undefined ? sentence : { ...sentence, day: ANSWER_LANGUAGE_TEXTS[language].day(day.year, day.month, day.day) };
  });
  return { answer: { question, language, abstained: false, sentences, citations: cited.citations }, followers, view, ...weighed, ...(firstChoice !== undefined ? { firstChoice } : {}), ...(articleChoice !== undefined ? { articleChoice } : {}) };
}

/**
 * traceAnswer over `passages`, with abstention decided over `deciding`: hybrid mode without an
 * abstention model fitted for its embedding model decides on the passages lexical mode would
 * retrieve, the ones the shipped lexical model was fitted on, so that an embedding model nobody
 * fitted never overrides the lexical decision (dense passages only add answer candidates). The
 * features returned are the deciding ones. `optionsFor` gives the options for a list of passages
 * (articlePassages reads the list's articles). In two steps, decideOn and answerDecided, when the
 * deciding passages are known first (the engine decides while the model embeds the question).
 */
export function traceAnswerDecidedOn(question: string, passages: readonly RetrievedPassage[], deciding: readonly RetrievedPassage[], optionsFor: (passages: readonly RetrievedPassage[]) => ComposeOptions): AnswerTrace {
  return answerDecided(question, passages, decideOn(question, deciding, optionsFor(deciding)), optionsFor(passages));
}

/** traceAnswerDecidedOn's decision over the deciding passages, with the sentences it read. */
export interface Decision {
  trace: AnswerTrace;
  readings: SentenceReadings;
}

export function decideOn(question: string, deciding: readonly RetrievedPassage[], options: ComposeOptions): Decision {
  const readings: SentenceReadings = new Map();
  return { trace: traceAnswer(question, deciding, { ...options, readings }), readings };
}

export function answerDecided(question: string, passages: readonly RetrievedPassage[], decision: Decision, options: ComposeOptions): AnswerTrace {
  if (decision.trace.answer.abstained) return decision.trace;
  const answered = traceAnswer(question, passages, { ...options, decided: true, readings: decision.readings, view: decision.trace.view });
  return decision.trace.features === undefined ? answered : { ...answered, features: decision.trace.features };
}

/**
 * Composes an extractive answer: abstains when no passage covers the question well enough (see
 * ABSTAIN_BELOW); otherwise picks the sentences that answer it, best first — a sentence holding
 * a thing of the asked-for type (a name for "who", a number for "how many"...) wins over one
 * that only repeats the question's words — and adds a later sentence only when it supports the
 * answer (see judgeFollower). Each sentence cites its document; citations are numbered 1..n in
 * order of first use. Pure: same input, same answer.
 */
export function composeAnswer(question: string, passages: readonly RetrievedPassage[], options: ComposeOptions): Answer {
  return traceAnswer(question, passages, options).answer;
}
