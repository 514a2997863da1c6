/**
 * Every scoring tunable of retrieval and answer composition, with its default and the reason for
 * it, in one place (as MiniSearch keeps its defaultSearchOptions). Values fitted on data say on
 * what and with which command; the abstention model's coefficients are fitted by
 * `npm run calibrate` and live in src/answer/abstention-model.ts. How they work together:
 * docs/quality.md.
 *
 * Two tables weigh kinds of match, for two different jobs: the lexical index's term-kind weights
 * rank passages (a variant spelling ranks below the written word, so the exact passage comes
 * first), while the evidence credits below measure how much of the question a text holds, for
 * re-ranking, abstention and sentence choice (a lexicon translation or another spelling of a name
 * still shows the word is there, so it is credited in full, a name's other spelling nearly).
 */

import type { TermKind } from './corpus/term-kinds.ts';

/** BM25+ ranking in the lexical index (src/index/lexical/). */
export const LEXICAL = {
  /** BM25+ parameters (as MiniSearch scores: k1 1.2, b 0.7, d 0.5 per matched term). */
  k1: 1.2,
  b: 0.7,
  delta: 0.5,
  /**
   * How much a match on each kind of term counts, relative to the written word or its stem. A
   * variant (lexicon translation, sound key of a name, acronym initials, Hangul bigrams) is weaker
   * evidence than the written word, so a passage that spells the question's word the same way
   * ranks first, while one that only spells it another way is still found. A lexicon translation
   * measured over 0.8–1.1 on the 33 read sets with the evidence credit of a concept at 1 (docs/quality.md,
   * the thirty-fourth round): 0.9 gained hit@1 9, hit@3 4 and answers in the reply 6 against 0.8,
   * 1 about as much with one more unanswerable question answered, 1.1 less; a sound key's weight
   * over 0.3–0.65 won and lost single questions by turns (the eleventh round).
   */
  termKindWeights: { word: 1, concept: 0.9, sound: 0.5, acronym: 0.8, gram: 0.8 } as Readonly<Record<TermKind, number>>,
  /** Query words of this many letters or more also match longer written words they begin ... */
  prefixMinLength: 5,
  /** ... weighing this × length / (length + 0.3 × extra letters). */
  prefixWeight: 0.5,
  /** Query words of this many letters or more (no digits) also match written words one edit away ... */
  fuzzyMinLength: 7,
  /** ... weighing this × length / (length + 1). */
  fuzzyWeight: 0.3,
  /**
   * A question's lower-case word of this many letters or more that no passage has is read as the
   * passages' most frequent word one edit away (LexicalIndex.spellingOf). Measured over 5–7 with
   * robustness-report.ts: 5 and 6 alike (a slip in the development questions' longest word lost 6
   * answers, 7 lost 9), and the development, seeds and held-out figures the same at each.
   */
  spellingMinLength: 6,
  /** A question's phrase initials may match an acronym of the text one letter apart, weighing this. */
  acronymFuzzyWeight: 0.8,
} as const;

/** Evidence of question words in a text (src/retrieval/evidence.ts). */
export const EVIDENCE = {
  /**
   * Credit of a matched question word by the kind of term that matched; bigrams by the share of a
   * word's bigrams found; kin: a related concept (work for jobs) or a title standing for the head a
   * question asks (retrieval/kin-terms.ts).
   * A lexicon concept is the question's word in another language, so it is credited as the word
   * itself: below it, an article in the question's language outranked the answering one in another
   * language on the words they both hold (73% of the read sets' crosslingual questions whose first
   * article was wrong cited one in the question's language). Measured on the 33 read sets at 0.85,
   * 0.9, 0.95 and 1 (docs/quality.md, the thirty-fourth round): 1 gained hit@3 27 and answers in
   * the reply 30 against 0.85 and answered no more unanswerable questions; a sound key at 0.9 or 1
   * with it answered five or six more unanswerable questions.
   */
  matchCredit: { word: 1, acronym: 0.9, concept: 1, sound: 0.8, gram: 0.8, prefix: 0.7, kin: 0.7 } as Readonly<Record<TermKind | 'prefix' | 'kin', number>>,
  /** A question word shorter than this never takes a text's longer word as a match. */
  prefixMinLength: 5,
  /** A text's written word counts as continuing a question word ("chair" → "chairmanship") only when longer than this. */
  prefixedWordLongerThan: 5,
  /** Share of its weight a word of the sentences before the one that asks keeps (see evidence.ts splitContext). */
  contextWeight: 0.25,
  /** Weight of names and numbers against other words (1): they say more about what is asked. */
  nameWeight: 1.5,
  /**
   * An article in another language than the question is judged by the question's words that cross
   * languages (numbers, names, lexicon concepts; answer/abstention.ts) only when they carry at least
   * this share of the question's corpus weight. Measured at 0.3, 0.5 and 0.6 on the read sets and
   * the robustness report: at 0.3 three development near misses typed in lower case were answered
   * ("когда мун чжэ ин посещал баку с визитом": Baku and visit are all that crosses), 0.6 kept
   * fewer of the answers 0.5 gained (docs/quality.md, the twelfth round).
   */
  crossingWeightShare: 0.5,
  /**
   * Corpus weight of a word that occurs in no passage: its absence says nothing about how
   * specific it is (a paraphrase, "Seoul" for a text that says "Korea", or a topic the corpus
   * lacks), so it weighs like a word of middling frequency rather than like the rarest one.
   */
  unseenWordWeight: 0.5,
  /** No word weighs less than this, however common: it still says what is asked. */
  minWordWeight: 0.05,
} as const;

/** Fusion of the lexical and dense rankings and evidence re-ranking (src/retrieval/hybrid.ts). */
export const FUSION = {
  /** Reciprocal rank fusion constant: the usual 60 keeps a single first place from dominating. */
  rrfK: 60,
  /**
   * Weights of the two rankings. Equal: neither ranking alone is reliable across languages (BM25
   * misses paraphrases, a small model misses rare names), and the fused rank is what both agree on.
   */
  lexicalWeight: 1,
  denseWeight: 1,
  /** Share of the fused relevance given by normalized scores; the rest by rank (RRF). */
  scoreShare: 0.5,
  /**
   * Share of the final relevance given by evidence coverage (the weighted share of the question's
   * words a passage holds, read from the lexical index); the rest by the fused rank. It keeps a
   * passage that both indexes agree on weakly but that names everything asked above one that a
   * single index liked.
   */
  evidenceShare: 0.6,
  /**
   * A question word a passage lacks but its document's first passage (title and lead) holds counts
   * at this share of its credit in the passage's evidence coverage. Measured on every read set over
   * 0.35–0.85 (docs/quality.md, the eleventh round): 0.55–0.65 ranked the answer higher on three
   * sets than 0.5 and below and lost nothing; 0.75 and up lost an answer.
   */
  leadShare: 0.6,
  /** Passages from different documents whose word sets overlap this much are the same text. */
  nearDuplicateJaccard: 0.85,
  /**
   * A passage past its document's quota is let in early when its normalized score is at least this
   * share of the best one's: the question is about that document. On the seeds, passages that
   * answer the question score 0.5–1.0 of the best; others that merely share a topic word below 0.35.
   */
  strongPassageShare: 0.5,
} as const;

/** Choice of answer sentences (src/answer/compose.ts, the sentences after the first in followers.ts). */
export const SENTENCES = {
  /**
   * A passage that covers less than this share of the question offers no sentence to the answer.
   * 0.26 until the thirty-fifth round; swept then on the 34 read sets: 0.24 reply +3, first +3,
   * nothing lost; 0.22 reply +5, first +5 and an unanswerable question answered.
   */
  minPassageShare: 0.24,
  /**
   * A sentence must match at least this share of the question on its own to be part of an answer.
   * 0.2 until the twenty-first round; swept then with scoring-sweep.ts (the first sets equal at
   * 0.15 and 0.2, lower at 0.25; the later ones hit@3 +3, reply +3 at 0.15, 0.4 % more sentences).
   */
  minSentenceShare: 0.15,
  /**
   * A question word a sentence lacks but the sentence before it in the passage holds counts at
   * this share of its credit when the sentence is let in (minSentenceShare) and compared with the
   * best (answerFirstMinShare), not in its score: "It will employ 85 people." goes on from the
   * sentence naming the plant. Measured on the read sets over 0.2–0.7 (docs/quality.md, the tenth
   * round); 0.3 gained answers on four sets and lost none.
   */
  continuationShare: 0.3,
  /**
   * Share of its passage's coverage added to each sentence: context counts a little. Measured on
   * every read set over 0.15–0.5 (docs/quality.md, the eleventh round): 0.3–0.4 put more answers
   * first on four sets than 0.25 and lost nothing; 0.15 lost answers, 0.45 and 0.5 one. Measured
   * again over 0.3–0.5 on the read sets of the sixteenth round: 0.375 and 0.4 gained up to hit@1
   * +3 there but put one development answer second in hybrid mode (first 0.850 → 0.841, below
   * lexical mode's), so 0.35 stays.
   */
  passageContextShare: 0.35,
  /** Bonus of a sentence naming the question's focus ("fields" in "In which fields ..."). */
  focusBonus: 0.25,
  /** Bonus of a sentence holding a thing of the asked-for kind that the question does not name. */
  typeBonus: { person: 0.35, identity: 0.35, number: 0.35, date: 0.35, place: 0.25, entity: 0.15, any: 0 },
  /**
   * Bonus of a sentence that tells of something to come (will, keçiriləcək, будет, 예정) when the
   * question does too and asks for no date ("where will the next session take place?"). Measured on
   * every read set at 0.1 and 0.2 (docs/quality.md, the fourteenth round): 0.1 gained a hit@1 and
   * lost nothing; 0.2 lost a seventh-set first sentence. Swept again with scoring-sweep.ts in the
   * twenty-first round (the article gap in place): the first sets equal from 0.1 to 0.3 and lower
   * at 0.4 (hit@1 −1, first −2); the later ones hit@1 +1, reply +1, first +2 at 0.2 (+1, +2, +2
   * at 0.3, with more sentences per answer); 0.2 lost nothing on any read set.
   */
  futureBonus: 0.2,
  /**
   * Bonus of a sentence that gives a total (in total, всего, ümumilikdə, 총, 누적) when a how-many
   * question asks one ("сколько всего учились", "how many in total"). Measured on every read set
   * (docs/quality.md, the fifteenth round): 0.1 and 0.2 left a fourth-set total second after a
   * sentence counting this year's students; 0.25 and 0.3 alike put it first and changed nothing else.
   */
  totalBonus: 0.25,
  /** Bonus of a sentence whose new name stands next to the question's words ("who" questions). */
  roleBonus: 0.3,
  /**
   * Bonus of a sentence whose quantity is followed by what a "how many" question counts ("how many
   * people" → "100,000 employees"): fitted on half A of the development set over 0–0.3, 0.2 and
   * 0.3 best there (answer in reply and answer first +0.018), half B and the seeds sets unchanged.
   * Measured again on every read set over 0.2–0.4 (docs/quality.md, the sixteenth round): 0.25
   * changed nothing, 0.3 put two more answers first and lost nothing, 0.35 and 0.4 lost answers.
   */
  countedBonus: 0.3,
  /**
   * For a name, number, date or place question, a sentence holding such a thing comes before every
   * sentence that does not, if it covers at least this share of what the best-covering one covers.
   */
  answerFirstMinShare: 0.4,
  /**
   * An answer led by its article's retelling of the story leads instead with a sentence of the same
   * article that holds more of the question's words its title lacks, by more than this share of the
   * question (src/answer/lead.ts). Measured on the read sets over 0–0.2 (docs/quality.md, the
   * twentieth round): 0 answer first +12, 0.05 +10, 0.1 +13, 0.2 +1; with the setting-up sentences and
   * headlines left out, 0.05 and 0.15 put 2 and 6 answers fewer first than 0.1.
   */
  detailFirstMargin: 0.1,
  /** "Who is X?" is answered by a sentence that names all of X, not by one about a namesake. */
  identityMinShare: 0.99,
  /**
   * What a sentence loses when the question names a year and the sentence names years, none of
   * them the question's ("21 iyul 2022" for a question about November 2017): it tells of another
   * time. Fitted on half A of the development set over 0.05–0.3: every value there gave hit@1 and
   * answer first +1; from 0.2 the follow-ups lose a hit@1; half B, the probe and the synthetic
   * sets do not change with it (docs/quality.md).
   */
  yearConflictPenalty: 0.1,
  /**
   * What a sentence loses when it speaks only of other diplomatic missions than the question asks
   * about (src/answer/missions.ts): "주한 아제르바이잔 대사관" for a question about the Korean
   * embassy in Azerbaijan. Swept with scoring-sweep.ts over 0, 0.3 and 1 (docs/quality.md, the
   * twenty-second round): the read sets hold few such questions and are equal at 0 and 0.3; at 1 a
   * reply and a first sentence were lost. 0.3 puts the asked-about embassy's sentence first when
   * both are read (test/answer/missions.test.ts).
   */
  missionConflictPenalty: 0.3,
  /**
   * What a sentence loses, times the share of the question's names, places and numbers its
   * article does not hold in the passages read: "전문가 4명" of another article does not answer how
   * many people a company named in the question will hire, nor a Ganja planting how many volunteers
   * planted in Samarkand. Measured over 0.05–0.2 on every read set, with names and numbers only: 0.05
   * gave development half B answer in reply +1 and changed nothing else; 0.1 and 0.2 gained hit@1
   * on four sets but lost a hit@3 (first set) and an answer in reply (second set). With places too
   * (docs/quality.md, the nineteenth round): 0.1 gained hit@1 +5 and first +2 over 0.05 and lost
   * nothing; 0.15 and 0.2 gained more (hit@1 +8, +11) but lost answers in reply on two sets.
   */
  missingNamesPenalty: 0.1,
  /**
   * What a sentence loses, times how much less of the question (its words weighed by their rarity
   * in the corpus) its article holds in the passages read than the article that holds most: a
   * sentence of a digest's other item ("a sewing factory in Ganja in spring 2025") does not answer
   * when the polypropylene plant in Sumgait starts, though it says when something starts. Fitted
   * with test/fixtures/eval/scoring-sweep.ts on the development set, probe, seeds sets and
   * synthetic sets 1–8 (hit@1 over 0: 0.25 +6, 0.5 +8, 0.75 +8, 1 +8, 2 +9; hit@3 +2 at 0.5, 0 at
   * 0.75 and 1, −1 at 2) and checked on the later read sets (0.5: hit@1 +14, first +12; 0.75: +15,
   * +12). 0.5 left hybrid mode with the tiny model a hit@1 below lexical mode on the development
   * set; 0.75 is the least that keeps it at least as good (docs/quality.md, the twenty-first round).
   */
  articleGapPenalty: 0.75,
  /**
   * What a sentence loses that names a third country or its capital (Tashkent, Georgia, Japan) and
   * none of the places the question names, nor Azerbaijan: it tells of an event elsewhere (places.ts).
   * Swept with test/fixtures/eval/scoring-sweep.ts over 0–1 (docs/quality.md, the twenty-third
   * round): the fit sets gain a hit@1 and a first sentence from 0.3 to 1 alike; the check sets
   * hit@1 +2, +3, +4 and first +1, +2, +3 at 0.3, 0.5, 0.75, and lose a hit@3 and an answer in
   * reply at 1. 0.5, the middle of the fit sets' flat range.
   */
  placeConflictPenalty: 0.5,
  /** Long sentences lose a little per word past this length: of two that cover the same, the focused one wins. */
  longSentenceWords: 20,
  longSentencePenaltyPerWord: 0.003,
  /**
   * What a headline, subtitle or byline (a line without a closing mark) loses: it names the
   * question's things but rarely says the asked-for fact. Fitted on development half A over
   * 0–0.5 (0.2 and 0.3 best there: answer first +0.018; half B +0.018; the seeds sets unchanged).
   */
  unfinishedLinePenalty: 0.2,
  /**
   * A later sentence joins when its score reaches this share of the first one's. Fitted on
   * development half A over 0.3–0.6 (0.4: hit@3 +0.035 and answer in reply +0.036 there, hit@3
   * +0.017 on half B, the seeds sets unchanged; 1.72 → 1.86 sentences per answer).
   */
  followerShare: 0.4,
  /**
   * ... and when it adds a question word or an answer, covers at least `coverage` of what the first
   * sentence covers (corpus-weighted), and comes from a passage at least `relevance` as relevant as
   * the best one. On the seeds sets, sentences holding an answer the first lacks measure coverage
   * 0.31–0.85 and relevance 0.96–1.00; other documents' sentences without one have median relevance
   * 0.53–0.56 (`npx tsx test/fixtures/eval/sentence-report.ts --bands`).
   */
  followerThresholds: { coverage: 0.25, relevance: 0.65 },
} as const;
