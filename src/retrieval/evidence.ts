import { SENTENCE_MEMO_LIMIT, memoized } from '../corpus/fold.ts';
import { kinTermsOf } from './kin-terms.ts';
import { analyzeWords, conceptOf, foldText, indexTokensOf, multiWordTermTokens, nameTokensOf, questionTokens, recurringTextTokens, termKind, termSet, termsOfToken, tokenizeWords } from '../corpus/terms.ts';
import { questionParts } from '../question.ts';
import { focusIndexes } from './focus.ts';
import type { QuestionToken } from './focus.ts';
import { EVIDENCE } from '../scoring.ts';

/**
 * Evidence that a text answers a question: which of the question's words it contains, weighed
 * (names and numbers above common words) and credited by how they matched (the written word
 * above a lexicon-, sound-, acronym- or prefix-match). Shared by retrieval (re-ranking) and
 * answer composition (abstention, sentence choice), so both judge a passage the same way.
 */

/** How much one matched question word counts, by the kind of term that matched (see src/scoring.ts). */
export const MATCH_CREDIT = EVIDENCE.matchCredit;
const PREFIX_MIN_LENGTH = EVIDENCE.prefixMinLength;
export const PREFIXED_WORD_LONGER_THAN = EVIDENCE.prefixedWordLongerThan;

export interface QuestionWord {
  token: string;
  terms: readonly string[];
  /** Its terms joined: two words with the same terms are the same evidence, and credits are kept by this key. */
  key: string;
  weight: number;
  /** How many of its terms are Hangul bigrams: a text's credit from bigrams is the share of them it holds. */
  grams: number;
  /** Terms that stand for its own in a text at a lower credit (kin-terms.ts: a chairman for a head, jobs for work). */
  kin?: readonly string[];
  /** The word is only in the sentences that set the question up, not in the one that asks. */
  context?: true;
}

export interface QuestionEvidence {
  /** The question it was read from. */
  question: string;
  /** The words that carry evidence (stop words and answer-kind nouns left out), each weighed. */
  words: QuestionWord[];
  totalWeight: number;
  /** The thing asked about (see focusWords); a source that never names it does not answer. */
  focus: QuestionWord[];
  /** Every term of the question, to tell new information in a sentence from repeated words. */
  terms: Set<string>;
  /** The keys of the evidence words that have each term (a text holding the term matches them). */
  wordsByTerm: ReadonlyMap<string, readonly string[]>;
  /** The keys of the evidence words each kin term stands for (QuestionWord.kin). */
  kinByTerm: ReadonlyMap<string, readonly string[]>;
  /** Terms that also match a longer written word they begin, with the key of their word. */
  prefixTerms: readonly { term: string; key: string }[];
  /** prefixTerms by their first PREFIX_MIN_LENGTH characters: a text's word can only continue those sharing its head. */
  prefixTermsByHead: ReadonlyMap<string, readonly { term: string; key: string }[]>;
  /** The first two characters of each head of prefixTermsByHead (see headStart): most words of a text start otherwise, and are told so without cutting their head. */
  prefixHeadStarts: ReadonlySet<number>;
  /** Some word has an acronym term: only then can a text's phrase initials match anything. */
  matchesInitials: boolean;
  /** Where each evidence word stands in `words`, by key (the rows of indexedCredits). */
  wordIndex: ReadonlyMap<string, number>;
}

/** Names, numbers and acronyms say more about what is asked than common words do. */
function wordWeight(token: string): number {
  if (/\p{N}/u.test(token)) return EVIDENCE.nameWeight;
  if (/^\p{Lu}/u.test(token) && conceptOf(foldText(token)) === undefined) return EVIDENCE.nameWeight;
  return 1;
}

/** Corpus weight of a word in no passage (see src/scoring.ts). */
export const UNSEEN_WORD_WEIGHT = EVIDENCE.unseenWordWeight;
const MIN_WORD_WEIGHT = EVIDENCE.minWordWeight;

/**
 * Evidence weights of question words from the number of passages that contain them (`documents`
 * out of `documentCount`): BM25's inverse document frequency scaled to (0, 1], 1 for a word in a
 * single passage of a large corpus, near 0 for a word in nearly every passage.
 */
export function wordWeightsFromFrequencies(words: readonly { token: string; documents: number }[], documentCount: number): Record<string, number> {
  const idf = (df: number) => Math.log(1 + (documentCount - df + 0.5) / (df + 0.5));
  const weights: Record<string, number> = {};
  for (const { token, documents } of words) {
    weights[token] = documents === 0 ? UNSEEN_WORD_WEIGHT : Math.max(MIN_WORD_WEIGHT, idf(documents) / idf(0));
  }
  return weights;
}

/**
 * The question's evidence words and focus. `wordWeights` (from the corpus, see
 * wordWeightsFromFrequencies) scale each word's weight; without them every word of a kind weighs
 * the same.
 */
export function questionEvidence(question: string, wordWeights?: Readonly<Record<string, number>>): QuestionEvidence {
  const analysed = analyseQuestion(question);
  return wordWeights === undefined ? analysed : withWordWeights(analysed, wordWeights);
}

/**
 * The same evidence with the words of the sentences that set the question up scaled by their
 * corpus weight (wordWeightsFromFrequencies), as abstention weighs every word: a setting-up
 * sentence's common words ("I was reading the news about Azerbaijan and Korea") are in nearly
 * every passage and say nothing of which sentence answers, its rare ones ("the K-pop festival")
 * still do.
 */
export function withContextRarity(evidence: QuestionEvidence, wordWeights: Readonly<Record<string, number>>): QuestionEvidence {
  if (!evidence.words.some((w) => w.context === true)) return evidence;
  return scaled(evidence, (word) => (word.context === true ? (wordWeights[word.token] ?? 1) : 1));
}

/**
 * How much each word weighs in the search for the passages: a word of the sentences that set the
 * question up as it weighs in the evidence against its own weight (a common word at
 * EVIDENCE.contextWeight, a name in full), every other word 1; undefined when nothing sets the
 * question up.
 */
export function searchWeights(evidence: QuestionEvidence): ((token: string) => number) | undefined {
  const scaledWords = evidence.words.filter((w) => w.context === true && w.weight < wordWeight(w.token));
  if (scaledWords.length === 0) return undefined;
  const factors = new Map(scaledWords.map((w) => [w.token, w.weight / wordWeight(w.token)]));
  return (token) => factors.get(token) ?? 1;
}

/**
 * The same evidence with the words `asking` does not have (a follow-up's, "and when was that?")
 * at EVIDENCE.contextWeight of their weight, names too: within the documents of the answer it
 * follows, the earlier question's words say which thread it is, the follow-up's what it asks.
 */
export function withAskingWeights(evidence: QuestionEvidence, asking: string): QuestionEvidence {
  const own = new Set(analyseQuestion(asking).words.map((w) => w.key));
  return scaled(evidence, (word) => (own.has(word.key) ? 1 : EVIDENCE.contextWeight));
}

/**
 * The same evidence with each word's weight scaled by its corpus weight (see
 * wordWeightsFromFrequencies): questionEvidence(q, weights) without analysing the question again.
 */
export function withWordWeights(evidence: QuestionEvidence, wordWeights: Readonly<Record<string, number>>): QuestionEvidence {
  return scaled(evidence, (word) => wordWeights[word.token] ?? 1);
}

/**
 * The same evidence without the words of the sentences that set the question up that no passage
 * of the corpus has ("I was reading the news ..."): that the corpus lacks them says nothing of
 * whether it answers what is asked, as for the unseen-words feature.
 */
export function withoutUnseenContext(evidence: QuestionEvidence, unseen: ReadonlySet<string>): QuestionEvidence {
  if (!evidence.words.some((w) => w.context === true && unseen.has(w.token))) return evidence;
  return scaled(evidence, (word) => (word.context === true && unseen.has(word.token) ? 0 : 1));
}

/** The same evidence with each word's weight multiplied by `factor` of it (a focus word stays the same object as its word). */
function scaled(evidence: QuestionEvidence, factor: (word: QuestionWord) => number): QuestionEvidence {
  const copies = new Map<QuestionWord, QuestionWord>();
  const weigh = (word: QuestionWord): QuestionWord => {
    let copy = copies.get(word);
    if (copy === undefined) copies.set(word, (copy = { ...word, weight: word.weight * factor(word) }));
    return copy;
  };
  const words = evidence.words.map(weigh);
  return { ...evidence, words, totalWeight: words.reduce((sum, w) => sum + w.weight, 0), focus: evidence.focus.map(weigh) };
}

/** The question's evidence words and focus, every word of a kind weighing the same. */
function analyseQuestion(question: string): QuestionEvidence {
  const { context, asking } = questionParts(question);
  const tokens: QuestionToken[] = questionTokens(asking).map((t) => ({ folded: foldText(t), words: analyzeWords(t) }));
  const contextStart = tokens.length;
  tokens.push(...questionTokens(context).map((t) => ({ folded: foldText(t), words: analyzeWords(t) })));
  const { focus, answerKind } = focusIndexes(tokens.slice(0, contextStart));
  const words: QuestionWord[] = [];
  const focusWords: QuestionWord[] = [];
  const seen = new Set<string>();
  tokens.forEach((token, i) => {
    if (answerKind.includes(i)) return;
    for (const word of token.words) {
      const key = word.terms.join(' ');
      // The sentences that set the question up say who and what with their names and numbers;
      // their common words ("I was reading the news ...") count at a share of their weight.
      const own = wordWeight(word.token);
      const weight = i >= contextStart && own < EVIDENCE.nameWeight ? own * EVIDENCE.contextWeight : own;
      const kin = kinTermsOf(word.terms);
      const questionWord: QuestionWord = { token: word.token, terms: word.terms, key, weight, grams: word.terms.filter((t) => termKind(t) === 'gram').length, ...(kin.length > 0 ? { kin } : {}), ...(i >= contextStart ? { context: true as const } : {}) };
      if (focus.includes(i) && focusWords.length < 3) focusWords.push(questionWord);
      if (seen.has(key)) continue;
      seen.add(key);
      words.push(questionWord);
    }
  });
  const wordsByTerm = new Map<string, string[]>();
  const kinByTerm = new Map<string, string[]>();
  const prefixTerms: { term: string; key: string }[] = [];
  for (const word of words) {
    for (const term of word.terms) wordsByTerm.set(term, [...(wordsByTerm.get(term) ?? []), word.key]);
    for (const term of word.kin ?? []) kinByTerm.set(term, [...(kinByTerm.get(term) ?? []), word.key]);
    for (const term of prefixesOf(word.terms)) prefixTerms.push({ term, key: word.key });
  }
  return {
    question,
    words,
    totalWeight: words.reduce((s, w) => s + w.weight, 0),
    focus: focusWords,
    terms: termSet(question),
    wordsByTerm,
    kinByTerm,
    prefixTerms,
    prefixTermsByHead: groupByHead(prefixTerms),
    prefixHeadStarts: new Set(prefixTerms.map((prefix) => headStart(prefix.term))),
    matchesInitials: [...wordsByTerm.keys()].some((term) => termKind(term) === 'acronym'),
    wordIndex: new Map(words.map((word, w) => [word.key, w])),
  };
}

/** A term's first two UTF-16 code units as one number (the term has at least two). */
function headStart(term: string): number {
  return term.charCodeAt(0) * 0x10000 + term.charCodeAt(1);
}

function groupByHead(prefixTerms: readonly { term: string; key: string }[]): Map<string, { term: string; key: string }[]> {
  const groups = new Map<string, { term: string; key: string }[]>();
  for (const prefix of prefixTerms) {
    const head = prefix.term.slice(0, PREFIX_MIN_LENGTH);
    groups.set(head, [...(groups.get(head) ?? []), prefix]);
  }
  return groups;
}

/**
 * The terms of a word that may match longer written words they begin, without those another of
 * them begins: a text word that starts with "investment" starts with "invest" too, so asking for
 * both finds nothing more.
 */
export function prefixesOf(terms: readonly string[]): string[] {
  const eligible = terms.filter(matchesAsPrefix);
  return eligible.filter((term) => !eligible.some((other) => other !== term && term.startsWith(other)));
}

/** Whether a question term may match a longer written word it begins ("chair" → "chairmanship"). */
function matchesAsPrefix(term: string): boolean {
  return termKind(term) === 'word' && term.length >= PREFIX_MIN_LENGTH && !/\p{N}/u.test(term);
}

/**
 * How a text (or several) matches question words: the credit it gives each, the best kind of its
 * terms that matched (MATCH_CREDIT), 0 when none did. The functions below take one, so that
 * credits can come from a text (textMatcher) or from the lexical index (indexedCredits) alike.
 */
export type WordMatcher = (word: QuestionWord) => number;

/**
 * The credits a text gives the question's evidence words (focus words included): its terms that
 * are terms of a word, or written words longer than PREFIXED_WORD_LONGER_THAN that begin with one
 * of a word's terms (for terms that allow it, see matchesAsPrefix). One pass over the text's
 * words, without collecting its terms.
 */
export function textMatcher(evidence: QuestionEvidence, text: string): WordMatcher {
  return tokensMatcher(evidence, tokenizeWords(text));
}

/**
 * textMatcher of a short text that recurs across answers (a sentence, a document's heading), its
 * terms remembered by the text itself: a cheaper key than its words joined again.
 */
export function recurringTextMatcher(evidence: QuestionEvidence, text: string): WordMatcher {
  return termsMatcher(evidence, evidence.matchesInitials ? recurringWordsAndInitialsTerms(text) : recurringWordsTerms(text));
}

/** textMatcher of a text already split by tokenizeWords (the same words joined by spaces). */
export function tokensMatcher(evidence: QuestionEvidence, words: readonly string[]): WordMatcher {
  return termsMatcher(evidence, textTerms(words, evidence.matchesInitials));
}

/**
 * The distinct terms of a text's words (and of its phrase initials when asked): a text is matched
 * against a question term by term, not token by token, and the same sentences come back across
 * questions, so their terms are remembered.
 */
const wordsTerms = memoized((joined: string) => distinctTerms(wordsAndRunTokens(joined.split(' '))), SENTENCE_MEMO_LIMIT);
const wordsAndInitialsTerms = memoized((joined: string) => distinctTerms(indexTokensOf(joined.split(' '))), SENTENCE_MEMO_LIMIT);

/** The distinct terms of the words of a text that recurs across questions (a sentence), remembered. Never change the array. */
export const recurringWordsTerms = memoized((text: string) => distinctTerms(wordsAndRunTokens(recurringTextTokens(text))), SENTENCE_MEMO_LIMIT);
const recurringWordsAndInitialsTerms = memoized((text: string) => distinctTerms(indexTokensOf(recurringTextTokens(text))), SENTENCE_MEMO_LIMIT);

/** A text's words with its given names' keys and its multi-word terms' concepts: what a sentence says, without the initials of its phrases. */
function wordsAndRunTokens(words: readonly string[]): readonly string[] {
  const runs = multiWordTermTokens(words);
  return runs.length === 0 ? nameTokensOf(words) : [...nameTokensOf(words), ...runs];
}

function distinctTerms(tokens: readonly string[]): readonly string[] {
  const terms = new Set<string>();
  for (const token of tokens) for (const term of termsOfToken(token)) terms.add(term);
  return [...terms];
}

function textTerms(words: readonly string[], withInitials: boolean): readonly string[] {
  const joined = words.join(' ');
  return withInitials ? wordsAndInitialsTerms(joined) : wordsTerms(joined);
}

function termsMatcher(evidence: QuestionEvidence, terms: readonly string[]): WordMatcher {
  const credits = new Map<string, number>();
  const give = (key: string, credit: number) => {
    if (credit > (credits.get(key) ?? 0)) credits.set(key, credit);
  };
  const { wordsByTerm, kinByTerm, prefixTermsByHead, prefixHeadStarts } = evidence;
  let gramsFound: Map<string, number> | undefined;
  for (const term of terms) {
    const keys = wordsByTerm.get(term);
    if (keys !== undefined) {
      const kind = termKind(term);
      if (kind === 'gram') {
        gramsFound ??= new Map();
        for (const key of keys) gramsFound.set(key, (gramsFound.get(key) ?? 0) + 1);
      } else {
        for (const key of keys) give(key, MATCH_CREDIT[kind]);
      }
    }
    if (kinByTerm.size > 0) for (const key of kinByTerm.get(term) ?? []) give(key, MATCH_CREDIT.kin);
    // Only written words extend a prefix: the kind is checked before a head is cut and looked up.
    if (prefixTermsByHead.size > 0 && term.length > PREFIXED_WORD_LONGER_THAN && prefixHeadStarts.has(headStart(term)) && termKind(term) === 'word') {
      const heads = prefixTermsByHead.get(term.slice(0, PREFIX_MIN_LENGTH));
      if (heads !== undefined) for (const prefix of heads) if (term.startsWith(prefix.term)) give(prefix.key, MATCH_CREDIT.prefix);
    }
  }
  if (gramsFound !== undefined) for (const [key, found] of gramsFound) give(key, (MATCH_CREDIT.gram * found) / gramCountOf(evidence, key));
  return (word) => credits.get(word.key) ?? 0;
}

/** The number of bigram terms of the evidence word with `key`. */
function gramCountOf(evidence: QuestionEvidence, key: string): number {
  return evidence.words[evidence.wordIndex.get(key)!]!.grams;
}

/** Several texts taken together: each word gets the best credit any of them gives. */
export function combinedMatcher(matchers: readonly WordMatcher[]): WordMatcher {
  return (word) => matchers.reduce((best, match) => Math.max(best, match(word)), 0);
}

export interface Coverage {
  /** Matched weight divided by the question's weight, in [0, 1]. */
  share: number;
  matchedWeight: number;
}

/** How much of the question a text covers. */
export function coverage(evidence: QuestionEvidence, match: WordMatcher): Coverage {
  if (evidence.totalWeight === 0) return { share: 0, matchedWeight: 0 };
  let matched = 0;
  for (const word of evidence.words) matched += word.weight * match(word);
  return { share: matched / evidence.totalWeight, matchedWeight: matched };
}

/** Mean credit of the question's focus words in a text; 0 when the question has none. */
export function focusShare(evidence: QuestionEvidence, match: WordMatcher): number {
  if (evidence.focus.length === 0) return 0;
  return evidence.focus.reduce((sum, word) => sum + match(word), 0) / evidence.focus.length;
}

/** Whether some focus word of the question is found nowhere in the text(s). */
export function focusMissing(evidence: QuestionEvidence, match: WordMatcher): boolean {
  return evidence.focus.some((word) => match(word) === 0);
}
