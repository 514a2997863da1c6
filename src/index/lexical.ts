/**
 * BM25 index over chunk texts, written for this project in place of MiniSearch.
 *
 * Why: MiniSearch ran one search per spelling variant of every question word, each building and
 * sorting a result object per matching passage, and its saved JSON became nested Maps on load.
 * Measured with the benchmark (synthetic news, 2-core EPYC shared with other work, so ±50%):
 *                                   MiniSearch                 this index
 *   engine, 10k passages, per question   p50 28.0 ms                p50 0.51 ms, p95 3.3 ms
 *   scale section, 10k (one cold pass)   p50 23 ms                  p50 2.0 ms, p95 14 ms
 *   scale section, 100k (one cold pass)  p50 719 ms, p95 2.5 s      p50 6.3 ms, p95 34 ms
 *   file at 100k                         lexical.json 104 MiB       lexical.bin 19.7 MiB
 *   load at 100k                         5.5 s, +1.28 GB RSS        30 ms (read 11 + checks 19), +21 MiB RSS
 *   build at 100k (same run)             24.4 s, heap 725 MiB       8.6 s, heap 138 MiB (mostly term analysis)
 * Rankings and word counts are the same as MiniSearch's on 300 questions over 2,000 passages
 * (scores equal to 1e-15), and the eval metrics did not move.
 *
 * One immutable segment (lexical/segment.ts; its file: lexical/format.ts, its postings:
 * lexical/postings.ts), plus pending additions and removals folded in by compaction
 * (lexical/compaction.ts). A query term matches terms as lexical/expansion.ts says; scoring is
 * BM25+ (lexical/scoring.ts); the matches of one query term add up.
 *
 * Besides ranking, the index answers which passages hold given terms (matchTerms): retrieval reads
 * the evidence a candidate passage gives each question word from the postings, instead of
 * analysing the passage's text (see retrieval/credit-table.ts, indexedCredits).
 */
import { LRUCache } from 'lru-cache';
import type { Buffer } from 'node:buffer';
import { analyzeWords, phraseAcronyms, termKind } from '../corpus/terms.ts';
import { AppError } from '../errors.ts';
import { Pending, compactSegment } from './lexical/compaction.ts';
import { expandTerm } from './lexical/expansion.ts';
import { acronymSpelling, hangulSpacing, slipSpelling } from './lexical/spelling.ts';
import type { Expansion } from './lexical/expansion.ts';
import { readSegment, writeSegment } from './lexical/format.ts';
import { passagesMatching, selectMatching } from './lexical/matching.ts';
import type { MatchingPassages, TermQuery } from './lexical/matching.ts';
import { TERM_KIND_WEIGHTS, accumulate, ascendingSlots, lengthNorms, newScratch } from './lexical/scoring.ts';
import type { LexicalHit, Scratch, WordVector } from './lexical/scoring.ts';
import { blockedTopHits, newBlockScratch } from './lexical/blocked-sums.ts';
import { emptySegment, slotOf, vocabularyText } from './lexical/segment.ts';
import type { Segment } from './lexical/segment.ts';
import { prunedTopHits } from './lexical/pruned-search.ts';
import { wordPostings, wordPostingsSize } from './lexical/word-postings.ts';
import type { WordPostings } from './lexical/word-postings.ts';

export { TERM_KIND_WEIGHTS };
export type { LexicalHit, TermQuery };

/** How many indexed passages contain a query word (any of its terms, prefix and fuzzy matches included). */
export interface WordFrequency {
  token: string;
  documents: number;
}

/** Expansions (matched terms and weights) of recent query terms; the vocabulary only changes on add/remove. */
const EXPANSION_CACHE_LIMIT = 4096;
/**
 * Passage scores of recent question words kept (12 bytes each): common words recur across
 * questions, and at 100,000 passages a common word has tens of thousands of scores, each read
 * from the postings of all its terms. So the cache grows with the corpus: 40 scores per passage,
 * from 500,000 (6 MB) up to 4,000,000 (48 MB, from 100,000 passages on).
 */
function wordCacheEntries(passages: number): number {
  return Math.min(4_000_000, Math.max(500_000, 40 * passages));
}

function newWordCache(passages: number): LRUCache<string, WordPostings> {
  const entries = wordCacheEntries(passages);
  // A word in too many passages is not kept (maxEntrySize): it would push out many others.
  return new LRUCache<string, WordPostings>({ maxSize: entries, maxEntrySize: entries / 4, sizeCalculation: (postings) => wordPostingsSize(postings) });
}

/**
 * Bytes of the passages matchTerms found for recent terms, kept decoded: questions' words recur
 * ("Korea", "minister"), and the common ones have the long postings and many longer words that
 * begin with them. A question asks for some 30 terms, each kept in up to 1 bit per passage, so
 * the cache grows with the corpus: 240 bytes per passage, from 4 MB up to 24 MB (from 100,000
 * passages on).
 */
function matchCacheBytes(passages: number): number {
  return Math.min(24 * 1024 * 1024, Math.max(4 * 1024 * 1024, 240 * passages));
}

function newMatchCache(passages: number): LRUCache<string, MatchingPassages> {
  const bytes = matchCacheBytes(passages);
  return new LRUCache<string, MatchingPassages>({ maxSize: bytes, maxEntrySize: bytes / 8, sizeCalculation: (matching) => Math.max(1, matchingBytes(matching)) });
}

/** Memory a MatchingPassages takes, a little counted for its key so that empty ones count too. */
function matchingBytes(matching: MatchingPassages): number {
  return 64 + matching.slots.byteLength + (matching.bits?.byteLength ?? 0);
}

/**
 * BM25 index over chunk texts, keyed by chunk label. Every word is indexed under several terms
 * (see corpus/terms.ts) and a query term counts by its kind (TERM_KIND_WEIGHTS). Serializes to a
 * binary file with its own format and analyzer versions, and refuses a file of another version.
 */
export class LexicalIndex {
  private segment: Segment;
  /** k1 · (1 − b + b · length / average length) per slot of the segment. */
  private lengthNorm: Float64Array;
  private vocabText: Buffer;
  /** Slots of the segment removed since the last compaction (allocated on first removal). */
  private removedSlots: Uint8Array | undefined;
  private removedCount = 0;
  private pending = new Pending();
  private expansions = new LRUCache<string, Expansion>({ max: EXPANSION_CACHE_LIMIT });
  /** Best score per passage of recently asked words (by their terms), wordCacheEntries scores at most; made anew when the index changes. */
  private wordVectors: LRUCache<string, WordPostings>;
  /** Passages matching recent matchTerms queries, matchCacheBytes at most; made anew when the index changes. */
  private matchCache: LRUCache<string, MatchingPassages>;
  private scratch: Scratch | undefined;
  private readonly blockScratch = newBlockScratch();

  private constructor(segment: Segment) {
    this.segment = segment;
    this.lengthNorm = lengthNorms(segment);
    this.vocabText = vocabularyText(segment);
    this.wordVectors = newWordCache(segment.labels.length);
    this.matchCache = newMatchCache(segment.labels.length);
  }

  static create(): LexicalIndex {
    return new LexicalIndex(emptySegment());
  }

  /** Reads a file written by serialize(): typed-array views over `bytes`, checked throughout. */
  static deserialize(bytes: Uint8Array): LexicalIndex {
    return new LexicalIndex(readSegment(bytes));
  }

  get size(): number {
    return this.segment.labels.length - this.removedCount + this.pending.live;
  }

  /** Adds passages; a label already present is replaced. */
  add(entries: readonly { label: number; text: string }[]): void {
    for (const { label, text } of entries) {
      if (!Number.isInteger(label) || label < 0 || label > 0xffffffff) {
        throw new AppError('INTERNAL', `Chunk label ${label} is not a 32-bit unsigned integer (internal error).`, { label });
      }
      this.remove([label]);
      this.pending.add(label, text);
    }
  }

  remove(labels: readonly number[]): void {
    for (const label of labels) {
      if (this.pending.remove(label)) continue;
      const slot = slotOf(this.segment, label);
      if (slot < 0) continue;
      this.removedSlots ??= new Uint8Array(this.segment.labels.length);
      if (this.removedSlots[slot] === 0) {
        this.removedSlots[slot] = 1;
        this.removedCount++;
      }
    }
  }

  /**
   * The best `limit` passages for a query, best first; empty when no word of it is indexed.
   * A query word counts once, by its best-matching term (BM25 of the term times its kind's
   * weight), so a name with many spelling variants does not outweigh the rest of the question;
   * the sum over words is scaled by the share of the question's words the passage matches.
   */
  search(query: string, limit: number): LexicalHit[] {
    return this.searchWords(query, limit).hits;
  }

  /**
   * searchWords that skips passages which cannot reach the best `limit` (lexical/pruned-search.ts),
   * with the same result, scores and ties included. Not what search() uses: measured with the
   * benchmark it is slower than adding up every passage (see bench/README.md), because a word's
   * scores come from the cache as one array that one tight loop adds up, while a skipped passage
   * still costs a bound check and every kept one a look-up per word.
   */
  searchWordsPruned(query: string, limit: number): { hits: LexicalHit[]; words: WordFrequency[]; documentCount: number } {
    this.compact();
    const s = this.scratchArrays();
    const words: WordPostings[] = [];
    const frequencies: WordFrequency[] = [];
    for (const word of analyzeWords(query)) {
      const postings = this.wordPostingsOf(word.terms, s);
      words.push(postings);
      frequencies.push({ token: word.token, documents: postings.slots.length });
    }
    const acronyms = phraseAcronyms(query).map((acronym) => this.scoreWord([{ expansion: this.expansion(acronym, true), kindWeight: TERM_KIND_WEIGHTS.acronym }], s));
    const pruned = prunedTopHits(words, acronyms, this.segment.labels, limit, { total: s.total, hits: s.words, touched: s.touched[2]! });
    const hits = pruned ?? this.searchWords(query, limit).hits;
    return { hits, words: frequencies, documentCount: this.size };
  }

  /** A word's postings (see scoreWord), from the cache of recent words. */
  private wordPostingsOf(terms: readonly string[], s: Scratch): WordPostings {
    const key = terms.join('\n');
    let postings = this.wordVectors.get(key);
    if (postings === undefined) {
      postings = this.scoreWord(this.undominated(terms), s);
      this.wordVectors.set(key, postings);
    }
    return postings;
  }

  /**
   * search() that also tells, for each evidence word of the query (as analyzeWords gives it),
   * in how many passages any of its terms occurs: how common the word is in the corpus. Adds up
   * every passage that matches a query word, a block of passages at a time (lexical/blocked-sums.ts;
   * searchWordsPruned gives the same result).
   */
  searchWords(query: string, limit: number, weightOf?: (token: string) => number): { hits: LexicalHit[]; words: WordFrequency[]; documentCount: number } {
    this.compact();
    const words = analyzeWords(query);
    const s = this.scratchArrays();
    const vectors: WordVector[] = [];
    const weights: number[] = [];
    const frequencies: WordFrequency[] = [];
    for (const word of words) {
      const vector = this.wordPostingsOf(word.terms, s);
      frequencies.push({ token: word.token, documents: vector.slots.length });
      vectors.push(vector);
      weights.push(weightOf?.(word.token) ?? 1);
    }
    // A capitalised phrase of the question may be abbreviated in the text: its initials find the
    // acronym with at most one letter more or less. A bonus, not a word of the coordination.
    const bonuses = phraseAcronyms(query).map((acronym) => this.acronymBonus(acronym, s));
    const hits = blockedTopHits(vectors, weights, bonuses, this.segment.labels, limit, this.blockScratch);
    return { hits, words: frequencies, documentCount: this.size };
  }

  /** An acronym's score times its kind's weight in each passage that holds it, in slot order. */
  private acronymBonus(acronym: string, s: Scratch): WordVector {
    const { acc } = s;
    const termTouched = s.touched[0]!;
    const n = accumulate(this.segment, this.lengthNorm, s, this.expansion(acronym, true), termTouched);
    const slots = termTouched.slice(0, n).sort();
    const scores = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      scores[i] = acc[slots[i]!]! * TERM_KIND_WEIGHTS.acronym;
      acc[slots[i]!] = 0;
    }
    return { slots, scores };
  }

  /**
   * A word's best score in each passage that matches any of its `expansions` (BM25 of the term
   * times its kind's weight), in slot order. Apart from searchWords so that V8 still inlines the
   * posting loops there.
   */
  private scoreWord(expansions: readonly { expansion: Expansion; kindWeight: number }[], s: Scratch): WordPostings {
    const [termTouched, wordTouched] = s.touched as [Uint32Array, Uint32Array];
    const { acc, best, marks } = s;
    let wordCount = 0;
    for (const { expansion, kindWeight } of expansions) {
      if (expansion.ids.length === 1) {
        wordCount = accumulate(this.segment, this.lengthNorm, s, expansion, wordTouched, kindWeight, wordCount);
        continue;
      }
      const n = accumulate(this.segment, this.lengthNorm, s, expansion, termTouched);
      for (let i = 0; i < n; i++) {
        const slot = termTouched[i]!;
        const score = acc[slot]! * kindWeight;
        acc[slot] = 0;
        if (best[slot] === 0) {
          wordTouched[wordCount++] = slot;
          marks[slot >>> 5]! |= 1 << (slot & 31);
        }
        if (score > best[slot]!) best[slot] = score;
      }
    }
    const slots = ascendingSlots(wordTouched, wordCount, marks);
    const scores = new Float64Array(wordCount);
    for (let i = 0; i < wordCount; i++) {
      scores[i] = best[slots[i]!]!;
      best[slots[i]!] = 0;
    }
    return wordPostings(slots, scores);
  }

  /**
   * How the passages write a question's word that none of them has: a typing slip read as their
   * word one edit away ("agreemet" → agreement), a Korean compound as the two words they write
   * apart ("한식축제에" → "한식 축제에"), an acronym typed in lower case as the capitals the
   * passages spell ("undp" → UNDP); see lexical/spelling.ts. Undefined when nothing applies.
   */
  spellingOf(token: string): string | undefined {
    this.compact();
    return /\p{Script=Hangul}/u.test(token) ? hangulSpacing(this.segment, token) : (acronymSpelling(this.segment, token) ?? slipSpelling(this.segment, this.vocabText, token));
  }

  /**
   * Which of the passages `labels` hold each of `queries`, read from the postings instead of the
   * passages' texts: for each query a Uint8Array over `labels`, 1 where the passage has the term
   * among its analysed terms. A query with `prefixLongerThan` asks instead for a written-word term
   * of more than that many characters (UTF-16 units) that begins with the term ("chair" in
   * "chairmanship"). Labels not in the index hold nothing.
   */
  matchTerms(queries: readonly TermQuery[], labels: readonly number[]): Uint8Array[] {
    this.compact();
    const scratch = this.scratchArrays();
    return selectMatching(this.segment, scratch, labels, queries.map((query) => this.cachedMatching(query, scratch)));
  }

  /** The passages that hold what `query` asks for (see matchTerms); kept for the next questions. */
  private cachedMatching(query: TermQuery, scratch: Scratch): MatchingPassages {
    const key = query.prefixLongerThan === undefined ? query.term : `${query.term}\u0001${query.prefixLongerThan}`;
    const cached = this.matchCache.get(key);
    if (cached !== undefined) return cached;
    const matching = passagesMatching(this.segment, scratch, query);
    this.matchCache.set(key, matching);
    return matching;
  }

  /**
   * The expansions of a word's terms that can give it its best score: a term whose matches are
   * all matches of another term of the word, each weighing no more there, never scores above it
   * ("azerbaija" beside "azerbaijan"), so its postings need not be read.
   */
  private undominated(terms: readonly string[]): { expansion: Expansion; kindWeight: number }[] {
    const grams = terms.filter((term) => termKind(term) === 'gram');
    const all = terms.filter((term) => termKind(term) !== 'gram').map((term) => ({ expansion: this.expansion(term, false), kindWeight: TERM_KIND_WEIGHTS[termKind(term)] }));
    // A word's bigrams count as one match by the share of them a passage holds: their expansions
    // are added into one, each weighing 1 / (number of bigrams).
    if (grams.length > 0) all.push({ expansion: this.combinedExpansion(grams), kindWeight: TERM_KIND_WEIGHTS.gram });
    const dominates = (a: (typeof all)[number], b: (typeof all)[number]) => {
      const weightInA = new Map<number, number>();
      a.expansion.ids.forEach((id, i) => weightInA.set(id, a.expansion.weights[i]! * a.kindWeight));
      return b.expansion.ids.every((id, i) => b.expansion.weights[i]! * b.kindWeight <= (weightInA.get(id) ?? -1));
    };
    return all.filter((b, i) => b.expansion.ids.length > 0 && !all.some((a, j) => j !== i && dominates(a, b) && (j < i || !dominates(b, a))));
  }

  /** The exact expansions of `terms` together, each term's weight divided by their number. */
  private combinedExpansion(terms: readonly string[]): Expansion {
    const parts = terms.map((term) => this.expansion(term, false));
    const ids = new Uint32Array(parts.reduce((n, p) => n + p.ids.length, 0));
    const weights = new Float64Array(ids.length);
    let at = 0;
    for (const part of parts) {
      ids.set(part.ids, at);
      for (let i = 0; i < part.weights.length; i++) weights[at + i] = part.weights[i]! / terms.length;
      at += part.ids.length;
    }
    return { ids, weights };
  }

  /** A query term's expansion (see lexical/expansion.ts), from the cache of recent ones. */
  private expansion(term: string, acronymPhrase: boolean): Expansion {
    const key = acronymPhrase ? `\u0001${term}` : term;
    const cached = this.expansions.get(key);
    if (cached !== undefined) return cached;
    const found = expandTerm(this.segment, this.vocabText, term, acronymPhrase);
    this.expansions.set(key, found);
    return found;
  }

  private scratchArrays(): Scratch {
    const n = this.segment.labels.length;
    if (this.scratch === undefined || this.scratch.acc.length !== n) this.scratch = newScratch(n);
    return this.scratch;
  }

  /** Folds pending additions and removals into a new segment; the caches go with the old one. */
  private compact(): void {
    if (this.pending.labels.length === 0 && this.removedCount === 0) return;
    const segment = compactSegment(this.segment, this.removedSlots, this.removedCount, this.pending);
    this.segment = segment;
    this.lengthNorm = lengthNorms(segment);
    this.vocabText = vocabularyText(segment);
    this.pending = new Pending();
    this.removedSlots = undefined;
    this.removedCount = 0;
    this.expansions.clear();
    this.wordVectors = newWordCache(segment.labels.length);
    this.matchCache = newMatchCache(segment.labels.length);
  }

  /** The index as bytes (see lexical/format.ts). */
  serialize(): Uint8Array {
    this.compact();
    return writeSegment(this.segment);
  }
}
