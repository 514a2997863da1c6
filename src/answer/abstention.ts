import { termKind } from '../corpus/terms.ts';
import type { Language } from '../corpus/types.ts';
import { crossingShare, crossingWeight } from '../retrieval/crossing.ts';
import { coverage, focusMissing } from '../retrieval/evidence.ts';
import type { QuestionEvidence, QuestionWord, WordMatcher } from '../retrieval/evidence.ts';
import { LEXICAL_ABSTENTION_MODEL } from './abstention-model.ts';
import { questionParts } from '../question.ts';
import { EVIDENCE } from '../scoring.ts';

/**
 * Whether the retrieved passages answer the question, decided by a logistic model over a few
 * features of what the passages say about it (`npm run calibrate` fits it on questions with known
 * answers; see docs/quality.md). Every feature lies in [0, 1] and reads the passages' text
 * through the question's evidence words, so the same features serve lexical and hybrid mode; the
 * dense one is 0 in lexical mode and a model fitted without it gives it no weight. Features tried
 * and not kept (they did not help on the held-out half): docs/quality.md.
 */
export const ABSTENTION_FEATURES = [
  /**
   * Best corpus-weighted share of the question's words one document's passages hold together; of a
   * document in another language than the question, the share of the words that cross languages,
   * when higher (crossLanguageShare).
   */
  'coverage',
  /** The same share with every word of a kind weighing alike (no corpus weights). */
  'plainCoverage',
  /** 1 when every focus word (the thing asked about) is in some passage, or there is none. */
  'focusFound',
  /** Share of the question's names and numbers the best document holds (1 when it asks none). */
  'namesFound',
  /** Share of the asking sentence's words that no passage of the corpus contains. */
  'unseenWords',
  /** Cosine similarity of the question and the best dense hit (hybrid mode; 0 otherwise). */
  'denseTop',
  /** 0 when the question asks for a kind of thing (a name, number, date, place) and the best sentence holds none; 1 otherwise. */
  'kindInFirst',
  /**
   * Share of the question's capitalised words (names, and places or countries the lexicon knows,
   * such as Korea or Japan) the best sentence matches; 1 when it has none. An answer about
   * another country's embassy names the asked-about things but not the asked-about country.
   */
  'capsInFirst',
  /**
   * 0 when a how-much question asks for a measure always written with its unit (a sum, a power, a
   * length of time, a distance, a speed, an age, a share, an interest rate, an amount of goods, an
   * address, a telephone number: measures.ts) and
   * the best article, retrieved or not, and the next one's retrieved passages write no quantity of
   * it; 1 otherwise. A near miss ("how much did the tournament cost?") names all the article names
   * except the fact asked.
   */
  'measureInArticle',
  /**
   * 0 when the question names a year and every retrieved article was published in another year
   * and names the asked one nowhere, not even as "last year" (article-years.ts); 1 otherwise.
   * It declines by itself (shouldAbstain): no question of the sets it was measured on was
   * answered right with it at 0 (docs/quality.md, the thirty-ninth round).
   */
  'yearInArticle',
] as const;

export type AbstentionFeature = (typeof ABSTENTION_FEATURES)[number];
export type AbstentionFeatures = Record<AbstentionFeature, number>;

/** A fitted logistic model: P(answerable) = σ(intercept + Σ weight × feature). */
export interface AbstentionModel {
  /** Format of this object; a model of another format is ignored. */
  format: 1;
  /** ANALYZER_VERSION the features were computed with. */
  analyzerVersion: number;
  /** 'lexical', or the embedding model id whose dense features it uses. */
  fittedFor: string;
  intercept: number;
  weights: Partial<Record<AbstentionFeature, number>>;
  /** Answer when P(answerable) reaches this. */
  threshold: number;
  /**
   * Features that decline by themselves when 0: in the questions fitted on, every one with the
   * feature at 0 was unanswerable (see calibrate's fitDeclining). The weights are fitted on the rest.
   */
  declineAtZero?: AbstentionFeature[];
  /** What it was fitted and checked on, as `npm run calibrate` printed it. */
  fit: { trainQuestions: number; heldOutQuestions: number; heldOutAccuracy: number; note: string };
}

/** Words that join two things a question asks together: "and", "both", "each"; "və", "həm", "hər biri"; "и", "оба", "каждый"; "각각", "모두", "이랑", "및". */
const JOINS_TWO_THINGS = /\b(?:and|both|each|respectively|as well as)\b|(?<!\p{L})(?:və|ve|həm|hem|hər biri|her biri|hər iki|her iki|и|оба|обе|кажд\p{L}*|соответственно|а также)(?!\p{L})|각각|모두|이랑|하고|및/iu;

/** The words of the question that say most: numbers, and capitalised words that are no lexicon word (names, acronyms). */
function isNameOrNumber(word: QuestionWord): boolean {
  return /\p{N}/u.test(word.token) || (/^\p{Lu}/u.test(word.token) && !word.terms.some((t) => termKind(t) === 'concept'));
}

export interface FeatureInput {
  /** The question's evidence, unweighted and corpus-weighted. */
  evidence: QuestionEvidence;
  weighted: QuestionEvidence;
  /** Each retrieved passage's source and how it matches the question's words, in rank order. */
  passages: readonly { source: string; language?: Language; match: WordMatcher; denseSimilarity?: number }[];
  /** The question's language: a best document in another one is judged by the words that cross languages. */
  language?: Language;
  /**
   * How what each retrieved document says of itself (title, outlet, date) matches the question's
   * words: it counts with the document's passages, as a reader sees the headline and date of
   * whichever passage of an article they read ("the May 2022 report on ...").
   */
  documents?: readonly { source: string; match: WordMatcher }[];
  /** Tokens of the question's words that occur in no passage of the corpus. */
  unseenTokens: ReadonlySet<string>;
  /** What a common word of the sentences before the asking one counts for in `unseenWords` (EVIDENCE.contextWeight unless said). */
  contextShare?: number;
  /** The question asks for a kind of thing and the best-scored sentence holds none (see compose). */
  kindMissingInFirst?: boolean;
  /** How the best-scored sentence matches the question's words. */
  firstMatch?: WordMatcher;
  /** The question asks for a measure that the best article writes nowhere (see measureWrittenNowhere). */
  measureMissingInArticle?: boolean;
  /** The question names a year that every retrieved article, published in another, names nowhere (see yearWrittenNowhere). */
  yearMissingInArticle?: boolean;
}

/** Share of the question's capitalised words, its first word aside, a text matches (1 when there are none). */
function capitalisedShare(evidence: QuestionEvidence, match: WordMatcher): number {
  const capitalised = evidence.words.filter((w, i) => i > 0 && /^\p{Lu}/u.test(w.token));
  return capitalised.length === 0 ? 1 : capitalised.reduce((s, w) => s + match(w), 0) / capitalised.length;
}

/** Whether a document is written in another language than the question (both known). */
function inOtherLanguage(source: string | undefined, passages: FeatureInput['passages'], language: Language | undefined): boolean {
  const written = passages.find((p) => p.source === source)?.language;
  return language !== undefined && language !== 'und' && written !== undefined && written !== language;
}

/**
 * The share of the question's words that cross languages (numbers, capitalised names, lexicon
 * concepts) the best document holds, when it is written in another language than the question:
 * the question's other words cannot be in it, whatever it says, so they count neither for it nor
 * against it. 0 for a document in the question's language, or when the words that cross carry
 * less than EVIDENCE.crossingWeightShare of the question's weight.
 */
function crossLanguageShare(weighted: QuestionEvidence, best: { source: string; match: WordMatcher }, passages: FeatureInput['passages'], language: Language | undefined): number {
  // Common concepts alone ("Baku", "visit") are in most articles of a corpus: the words that cross must carry weight.
  const carried = crossingWeight(weighted) >= EVIDENCE.crossingWeightShare * weighted.totalWeight;
  return carried && inOtherLanguage(best.source, passages, language) ? crossingShare(weighted, best.match) : 0;
}

/** The evidence without the words `drop` picks; its focus, read from the asking sentence alone, is kept. */
function withoutWords(evidence: QuestionEvidence, drop: (word: QuestionWord) => boolean): QuestionEvidence {
  if (!evidence.words.some(drop)) return evidence;
  const words = evidence.words.filter((w) => !drop(w));
  return { ...evidence, words, totalWeight: words.reduce((sum, w) => sum + w.weight, 0) };
}

/** The abstention features of a question and its retrieved passages. */
export function abstentionFeatures(input: FeatureInput): AbstentionFeatures {
  const byDocument = new Map<string, WordMatcher[]>();
  for (const p of [...input.passages, ...(input.documents ?? [])]) byDocument.set(p.source, [...(byDocument.get(p.source) ?? []), p.match]);
  const together = (matchers: readonly WordMatcher[]): WordMatcher => (word) => Math.max(0, ...matchers.map((m) => m(word)));
  // A common word of a sentence that only sets the question up ("I was reading the news ...", "my
  // cousin lives ...") that no retrieved article holds tells nothing of whether they answer what is
  // asked: it counts neither for nor against them.
  const anywhere = together([...byDocument.values()].flat());
  const setsUpOnly = (w: QuestionWord) => w.context === true && !isNameOrNumber(w) && anywhere(w) === 0;
  const evidence = withoutWords(input.evidence, setsUpOnly);
  const weighted = withoutWords(input.weighted, setsUpOnly);
  const { passages } = input;
  // Each document's passages (and heading) together, best covered first (the earlier retrieved among equals).
  const ranked = [...byDocument]
    .map(([source, matchers]) => {
      const match = together(matchers);
      return { source, match, share: coverage(weighted, match).share };
    })
    .sort((a, b) => b.share - a.share);
  let best = ranked[0];
  // Whether the words that cross languages carry the question is judged on the whole question, as before.
  if (best !== undefined) best = { ...best, share: Math.max(best.share, crossLanguageShare(input.weighted, best, passages, input.language)) };
  // A question that joins two things ("how many came in 2024 and in 2025?") may be answered by two
  // articles, one thing each: it is covered by the best two together. Only the asking sentence
  // joins: "I was reading about Azerbaijan and Korea." sets a question up and asks nothing.
  if (best !== undefined && ranked.length > 1 && JOINS_TWO_THINGS.test(questionParts(evidence.question).asking)) {
    const both = coverage(weighted, together([ranked[0]!.match, ranked[1]!.match])).share;
    if (both > best.share) best = { ...best, share: both };
  }
  const all = together([...byDocument.values()].flat());
  const bestMatch = best?.match ?? (() => 0);
  const names = evidence.words.filter(isNameOrNumber);
  // That no passage has a word of a sentence that only sets the question up ("I was reading the
  // news ...") says nothing of whether the corpus answers it: such a word does not count; one that
  // passages have counts at its share of the evidence, so it does not hide the asking words' unseen ones.
  const counted = input.evidence.words.filter((w) => w.context !== true || !input.unseenTokens.has(w.token));
  const contextShare = input.contextShare ?? EVIDENCE.contextWeight;
  const share = (w: QuestionWord) => (w.context === true && !isNameOrNumber(w) ? contextShare : 1);
  const countedWeight = counted.reduce((sum, w) => sum + share(w), 0);
  return {
    coverage: best?.share ?? 0,
    plainCoverage: coverage(evidence, bestMatch).share,
    focusFound: focusMissing(evidence, all) ? 0 : 1,
    namesFound: names.length === 0 ? 1 : names.reduce((s, w) => s + bestMatch(w), 0) / names.length,
    unseenWords: countedWeight === 0 ? 0 : counted.filter((w) => input.unseenTokens.has(w.token)).reduce((sum, w) => sum + share(w), 0) / countedWeight,
    denseTop: Math.max(0, passages[0]?.denseSimilarity ?? 0),
    kindInFirst: input.kindMissingInFirst === true ? 0 : 1,
    capsInFirst: capitalisedShare(evidence, input.firstMatch ?? (() => 0)),
    measureInArticle: input.measureMissingInArticle === true ? 0 : 1,
    yearInArticle: input.yearMissingInArticle === true ? 0 : 1,
  };
}

/** Whether a parsed value is an abstention model of this format (what calibrate writes). */
export function isAbstentionModel(value: unknown): value is AbstentionModel {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  const weights = m.weights;
  return (
    m.format === 1 &&
    typeof m.analyzerVersion === 'number' &&
    typeof m.fittedFor === 'string' &&
    Number.isFinite(m.intercept) &&
    Number.isFinite(m.threshold) &&
    typeof weights === 'object' &&
    weights !== null &&
    Object.entries(weights).every(([name, w]) => (ABSTENTION_FEATURES as readonly string[]).includes(name) && Number.isFinite(w)) &&
    (m.declineAtZero === undefined || (Array.isArray(m.declineAtZero) && m.declineAtZero.every((name) => (ABSTENTION_FEATURES as readonly unknown[]).includes(name))))
  );
}

/** P(the passages answer the question) under a model. */
export function answerProbability(model: AbstentionModel, features: AbstentionFeatures): number {
  let z = model.intercept;
  for (const name of ABSTENTION_FEATURES) z += (model.weights[name] ?? 0) * features[name];
  return 1 / (1 + Math.exp(-z));
}

/**
 * Whether to decline: nothing of the question is found at all, no article found is of the year
 * asked, a feature that declines by itself is 0, or the model says the passages do not answer it.
 */
export function shouldAbstain(features: AbstentionFeatures, model: AbstentionModel = LEXICAL_ABSTENTION_MODEL): boolean {
  if (features.plainCoverage === 0 || features.yearInArticle === 0) return true;
  if (model.declineAtZero?.some((name) => features[name] === 0) === true) return true;
  return answerProbability(model, features) < model.threshold;
}
