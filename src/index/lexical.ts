/**
 * BM25 index over chunk texts, written for this project in place of MiniSearch.
 *
 * Why: MiniSearch ran one search per spelling variant of every question word, each building and
 * sorting a result object per matching passage, and its saved JSON became nested Maps on load.
 * Measured with the benchmark (synthetic news, 2-core EPYC shared with other work, so ±50%):
 *                                   MiniSearch (814a62b)       this index (0679cda)
 *   engine, 10k passages, per question   p50 28.0 ms                p50 0.51 ms, p95 3.3 ms
 *   scale section, 10k (one cold pass)   p50 23 ms                  p50 2.0 ms, p95 14 ms
 *   scale section, 100k (one cold pass)  p50 719 ms, p95 2.5 s      p50 6.3 ms, p95 34 ms
 *   file at 100k                         lexical.json 104 MiB       lexical.bin 19.7 MiB
 *   load at 100k                         5.5 s, +1.28 GB RSS        30 ms (read 11 + checks 19), +21 MiB RSS
 *   build at 100k (same run)             24.4 s, heap 725 MiB       8.6 s, heap 138 MiB (mostly term analysis)
 * Rankings and word counts are the same as MiniSearch's on 300 questions over 2,000 passages
 * (scores equal to 1e-15), and the eval metrics did not move.
 *
 * Layout (one immutable segment, plus pending additions and removals folded in by compact()):
 *   - passages by slot, in ascending label order: labels and lengths (unique tokens, as MiniSearch
 *     counted the field length);
 *   - vocabulary: every term's UTF-8 bytes in one buffer, sorted bytewise, with offsets: exact and
 *     prefix lookups are binary searches; a second order by reversed bytes finds terms by suffix;
 *   - postings per term: varint of (slot gap × 8 + min(tf, 7)), then tf − 7 when tf ≥ 7, and the
 *     term's document frequency. Loading checks the structure (sizes, offsets, order, ranges) in
 *     time linear in terms and passages, not in postings; decoding stops at anything out of range,
 *     so forged postings can only give wrong scores, never a crash.
 *
 * Scoring reproduces MiniSearch 7 with the options this project used: BM25+ (k1 1.2, b 0.7,
 * d 0.5) per matched term; a query term also matches longer terms it begins (written words of 5+
 * letters, weight 0.5·len/(len + 0.3·extra letters)) and terms one edit away (written words of 7+
 * letters without digits, weight 0.3·len/(len + 1)); the matches of one query term add up.
 *
 * Besides ranking, the index answers which passages hold given terms (matchTerms): retrieval reads
 * the evidence a candidate passage gives each question word from the postings, instead of
 * analysing the passage's text (see retrieval/evidence.ts, indexedCredits).
 */
import { Buffer } from 'node:buffer';
import { ACRONYM_PREFIX, ANALYZER_VERSION, CONCEPT_PREFIX, GRAM_PREFIX, SOUND_PREFIX, analyzeWords, indexTokens, phraseAcronyms, termKind, termsOfToken } from '../corpus/terms.ts';
import type { TermKind } from '../corpus/terms.ts';
import { AppError } from '../errors.ts';

/** A BM25 hit: `label` is the chunk's label in the store, `score` its BM25 score (larger is better). */
export interface LexicalHit {
  label: number;
  score: number;
}

/** A term asked about by LexicalIndex.matchTerms. */
export interface TermQuery {
  term: string;
  /** Ask for longer written words that begin with the term, of more than this many characters, instead of the term itself. */
  prefixLongerThan?: number;
}

/** How many indexed passages contain a query word (any of its terms, prefix and fuzzy matches included). */
export interface WordFrequency {
  token: string;
  documents: number;
}

/**
 * How much a match on each kind of term counts, relative to the word itself or its stem.
 * A variant (lexicon translation, phonetic key of a name, acronym initials) is weaker evidence
 * than the written word, so a passage that spells the question's word the same way ranks first,
 * while one that only spells it another way is still found.
 */
export const TERM_KIND_WEIGHTS: Readonly<Record<TermKind, number>> = {
  word: 1,
  concept: 0.6,
  sound: 0.5,
  acronym: 0.8,
  gram: 0.8,
};

const FORMAT_VERSION = 4;
/** "AZLX" in the file's first four bytes. */
const MAGIC = 0x584c5a41;
const HEADER_WORDS = 8;

const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;
const PREFIX_MIN_LENGTH = 5;
const PREFIX_WEIGHT = 0.5;
const FUZZY_MIN_LENGTH = 7;
const FUZZY_WEIGHT = 0.3;
/** A question's phrase initials may match an acronym of the text one letter apart. */
const ACRONYM_FUZZY_WEIGHT = 0.8;
const TF_INLINE_MAX = 7;

/** Expansions (matched terms and weights) of recent query terms; the vocabulary only changes on add/remove. */
const EXPANSION_CACHE_LIMIT = 4096;
/** Passage scores of recent question words kept (12 bytes each): common words recur across questions. */
const WORD_CACHE_ENTRIES = 500_000;
/**
 * Bytes of the passages matchTerms found for recent terms, kept decoded: questions' words recur
 * ("Korea", "minister"), and the common ones have the long postings and many longer words that
 * begin with them.
 */
const MATCH_CACHE_BYTES = 4 * 1024 * 1024;

const encoder = new TextEncoder();
/** First bytes of the terms that are not written words (one ASCII character each). */
const KIND_MARK_BYTES = [CONCEPT_PREFIX, SOUND_PREFIX, ACRONYM_PREFIX, GRAM_PREFIX].map((mark) => mark.charCodeAt(0));

function corrupt(why: string): AppError {
  return new AppError('INDEX_CORRUPT', `The lexical index file is damaged (${why}). Run \`npm run ingest\` to rebuild it.`, { why });
}

/** The compact, immutable part of the index: exactly what the file holds. */
interface Segment {
  labels: Uint32Array;
  lengths: Uint32Array;
  termOffsets: Uint32Array;
  vocab: Uint8Array;
  postingOffsets: Uint32Array;
  postings: Uint8Array;
  /** Term ids ordered by their reversed bytes (suffix lookups for fuzzy matching). */
  reversed: Uint32Array;
  /** Passages holding each term. */
  documentFrequency: Uint32Array;
}

/** What a segment implies, computed once when it is made or loaded. */
interface Derived {
  /** k1 · (1 − b + b · length / average length) per slot. */
  lengthNorm: Float64Array;
  vocabText: Buffer;
}

/** Passages by slot: ascending slot numbers, or (for a common term) one bit per slot. */
interface MatchingPassages {
  slots: Uint32Array;
  bits?: Uint8Array;
}

const EMPTY_SLOTS = new Uint32Array(0);

function bitsOf(slots: Uint32Array, passageCount: number): Uint8Array {
  const bits = new Uint8Array(Math.ceil(passageCount / 8));
  for (const slot of slots) bits[slot >>> 3]! |= 1 << (slot & 7);
  return bits;
}

/** Memory a MatchingPassages takes, a little counted for its key so that empty ones count too. */
function matchingBytes(matching: MatchingPassages): number {
  return 64 + matching.slots.byteLength + (matching.bits?.byteLength ?? 0);
}

/** A word's best score in each passage that matches it. */
interface WordVector {
  slots: Uint32Array;
  scores: Float64Array;
}

interface Expansion {
  ids: Uint32Array;
  /** Match weight × IDF of each matched term. */
  weights: Float64Array;
}

function emptySegment(): Segment {
  return {
    labels: new Uint32Array(0),
    lengths: new Uint32Array(0),
    termOffsets: new Uint32Array(1),
    vocab: new Uint8Array(0),
    postingOffsets: new Uint32Array(1),
    postings: new Uint8Array(0),
    reversed: new Uint32Array(0),
    documentFrequency: new Uint32Array(0),
  };
}

/** A growing array of unsigned integers. */
class Growable {
  data: Uint32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Uint32Array(capacity);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

/** A growing byte buffer with varint writes. */
class ByteWriter {
  data: Uint8Array;
  length = 0;
  constructor(capacity = 1 << 16) {
    this.data = new Uint8Array(capacity);
  }
  private reserve(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    const bigger = new Uint8Array(Math.max(this.data.length * 2, this.length + extra));
    bigger.set(this.data.subarray(0, this.length));
    this.data = bigger;
  }
  varint(value: number): void {
    this.reserve(6);
    let v = value;
    while (v >= 0x80) {
      this.data[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.data[this.length++] = v;
  }
  bytes(source: Uint8Array): void {
    this.reserve(source.length);
    this.data.set(source, this.length);
    this.length += source.length;
  }
}

/** Passages added since the last compaction, with their own small term dictionary. */
class Pending {
  labels: number[] = [];
  lengths: number[] = [];
  /** Start of each document's (term, tf) pairs; one more entry than documents. */
  starts: number[] = [0];
  removed: boolean[] = [];
  live = 0;
  byLabel = new Map<number, number>();
  termIds = new Map<string, number>();
  terms: string[] = [];
  postingTerms = new Growable();
  postingTfs = new Growable();

  termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
    }
    return id;
  }
}

/** Bytes of a term as a Latin-1 string, so that JS string order is UTF-8 byte order. */
const byteKey = (term: string) => Buffer.from(term, 'utf8').toString('latin1');

function reverseString(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) out += text[i];
  return out;
}

/** Whether two strings are at most one insertion, deletion or substitution apart (UTF-16 units, as MiniSearch). */
function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  const shorter = Math.min(la, lb);
  while (i < shorter && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    for (let j = i + 1; j < la; j++) if (a.charCodeAt(j) !== b.charCodeAt(j)) return false;
    return true;
  }
  const [short, long] = la < lb ? [a, b] : [b, a];
  for (let j = i; j < short.length; j++) if (short.charCodeAt(j) !== long.charCodeAt(j + 1)) return false;
  return true;
}

function reversedBytes(bytes: Uint8Array): Uint8Array {
  return Uint8Array.from(bytes).reverse();
}

/**
 * BM25 index over chunk texts, keyed by chunk label. Every word is indexed under several terms
 * (see corpus/terms.ts) and a query term counts by its kind (TERM_KIND_WEIGHTS). Serializes to a
 * binary file with its own format and analyzer versions, and refuses a file of another version.
 */
export class LexicalIndex {
  private segment: Segment;
  private derived: Derived;
  /** Slots of the segment removed since the last compaction (allocated on first removal). */
  private removedSlots: Uint8Array | undefined;
  private removedCount = 0;
  private pending = new Pending();
  private expansions = new Map<string, Expansion>();
  /** Best score per passage of recently asked words (by their terms); cleared when the index changes. */
  private wordVectors = new Map<string, WordVector>();
  private wordVectorEntries = 0;
  /** Passages matching recent matchTerms queries (see MATCH_CACHE_BYTES); cleared when the index changes. */
  private matchCache = new Map<string, MatchingPassages>();
  private matchCacheBytes = 0;
  private scratch: { acc: Float64Array; best: Float64Array; total: Float64Array; words: Uint32Array; touched: Uint32Array[]; postingSlots: Uint32Array; postingFrequencies: Uint32Array } | undefined;

  private constructor(segment: Segment) {
    this.segment = segment;
    this.derived = derive(segment);
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
        throw new AppError('INDEX_WRITE_FAILED', `Chunk label ${label} is not a 32-bit unsigned integer (internal error).`, { label });
      }
      this.remove([label]);
      this.addOne(label, text);
    }
  }

  private addOne(label: number, text: string): void {
    const pending = this.pending;
    const tokens = indexTokens(text);
    const counts = new Map<number, number>();
    for (const token of tokens) {
      for (const term of termsOfToken(token)) {
        const id = pending.termId(term);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    for (const [id, tf] of counts) {
      pending.postingTerms.push(id);
      pending.postingTfs.push(tf);
    }
    pending.byLabel.set(label, pending.labels.length);
    pending.labels.push(label);
    pending.lengths.push(new Set(tokens).size);
    pending.starts.push(pending.postingTerms.length);
    pending.removed.push(false);
    pending.live++;
  }

  remove(labels: readonly number[]): void {
    for (const label of labels) {
      const pendingIndex = this.pending.byLabel.get(label);
      if (pendingIndex !== undefined) {
        this.pending.byLabel.delete(label);
        this.pending.removed[pendingIndex] = true;
        this.pending.live--;
        continue;
      }
      const slot = this.slotOf(label);
      if (slot < 0) continue;
      this.removedSlots ??= new Uint8Array(this.segment.labels.length);
      if (this.removedSlots[slot] === 0) {
        this.removedSlots[slot] = 1;
        this.removedCount++;
      }
    }
  }

  /** Slot of a label in the segment (labels are ascending by slot), or −1. */
  private slotOf(label: number): number {
    const labels = this.segment.labels;
    const slot = lowerBound(labels, label);
    return slot < labels.length && labels[slot] === label ? slot : -1;
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
   * search() that also tells, for each evidence word of the query (as analyzeWords gives it),
   * in how many passages any of its terms occurs: how common the word is in the corpus.
   */
  searchWords(query: string, limit: number): { hits: LexicalHit[]; words: WordFrequency[]; documentCount: number } {
    this.compact();
    const words = analyzeWords(query);
    const s = this.scratchArrays();
    const [termTouched, wordTouched, totalTouched] = s.touched as [Uint32Array, Uint32Array, Uint32Array];
    const { acc, best, total } = s;
    const wordHits = s.words;
    let totalCount = 0;
    const frequencies: WordFrequency[] = [];
    for (const word of words) {
      const key = word.terms.join('\n');
      let vector = this.wordVectors.get(key);
      if (vector !== undefined) {
        // Used again: now the most recently used (the cache forgets the least recently used first).
        this.wordVectors.delete(key);
        this.wordVectors.set(key, vector);
      } else {
        let wordCount = 0;
        for (const { expansion, kindWeight } of this.undominated(word.terms)) {
          const n = this.accumulate(expansion, termTouched);
          for (let i = 0; i < n; i++) {
            const slot = termTouched[i]!;
            const score = acc[slot]! * kindWeight;
            acc[slot] = 0;
            if (best[slot] === 0) wordTouched[wordCount++] = slot;
            if (score > best[slot]!) best[slot] = score;
          }
        }
        vector = { slots: wordTouched.slice(0, wordCount), scores: new Float64Array(wordCount) };
        for (let i = 0; i < wordCount; i++) {
          vector.scores[i] = best[vector.slots[i]!]!;
          best[vector.slots[i]!] = 0;
        }
        this.rememberWord(key, vector);
      }
      frequencies.push({ token: word.token, documents: vector.slots.length });
      totalCount = addWordScores(vector, total, wordHits, totalTouched, totalCount);
    }
    // A capitalised phrase of the question may be abbreviated in the text: its initials find the
    // acronym with at most one letter more or less. A bonus, not a word of the coordination.
    for (const acronym of phraseAcronyms(query)) {
      const n = this.accumulate(this.expansion(acronym, true), termTouched);
      for (let i = 0; i < n; i++) {
        const slot = termTouched[i]!;
        if (total[slot] === 0) totalTouched[totalCount++] = slot;
        total[slot]! += acc[slot]! * TERM_KIND_WEIGHTS.acronym;
        acc[slot] = 0;
      }
    }
    const hits = this.best(totalTouched, totalCount, words.length, limit);
    for (let i = 0; i < totalCount; i++) {
      const slot = totalTouched[i]!;
      total[slot] = 0;
      wordHits[slot] = 0;
    }
    return { hits, words: frequencies, documentCount: this.size };
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
    // Position of each asked-for passage by slot (one more than it, 0 for none) in a scratch array.
    const positionOf = this.scratchArrays().words;
    const asked: number[] = [];
    const repeated: [position: number, first: number][] = [];
    labels.forEach((label, position) => {
      const slot = this.slotOf(label);
      if (slot < 0) return;
      if (positionOf[slot] === 0) {
        positionOf[slot] = position + 1;
        asked.push(slot);
      } else {
        repeated.push([position, positionOf[slot]! - 1]);
      }
    });
    try {
      return queries.map((query) => {
        const found = new Uint8Array(labels.length);
        const holding = this.passagesMatching(query);
        if (holding.bits !== undefined) {
          for (const slot of asked) if ((holding.bits[slot >>> 3]! & (1 << (slot & 7))) !== 0) found[positionOf[slot]! - 1] = 1;
        } else {
          for (const slot of holding.slots) {
            const position = positionOf[slot]!;
            if (position !== 0) found[position - 1] = 1;
          }
        }
        for (const [position, first] of repeated) found[position] = found[first]!;
        return found;
      });
    } finally {
      for (const slot of asked) positionOf[slot] = 0;
    }
  }

  /** The passages that hold what `query` asks for (see matchTerms); kept for the next questions. */
  private passagesMatching(query: TermQuery): MatchingPassages {
    const key = query.prefixLongerThan === undefined ? query.term : `${query.term}\u0001${query.prefixLongerThan}`;
    const cached = this.matchCache.get(key);
    if (cached !== undefined) {
      this.matchCache.delete(key);
      this.matchCache.set(key, cached);
      return cached;
    }
    const bytes = encoder.encode(query.term);
    const [lo, hi] = this.prefixRange(bytes);
    let slots: Uint32Array;
    if (query.prefixLongerThan === undefined) {
      slots = lo < hi && this.termBytes(lo) === bytes.length ? this.decodeSlots(lo) : new Uint32Array(0);
    } else {
      // The union of the passages of every longer written word that begins with the term.
      const { best: marked, postingSlots } = this.scratchArrays();
      const union: number[] = [];
      for (let id = lo; id < hi; id++) {
        if (!this.isWrittenWord(id) || this.utf16Length(id) <= query.prefixLongerThan) continue;
        const n = this.decodePostings(id);
        for (let i = 0; i < n; i++) {
          const slot = postingSlots[i]!;
          if (marked[slot] === 0) {
            marked[slot] = 1;
            union.push(slot);
          }
        }
      }
      for (const slot of union) marked[slot] = 0;
      slots = Uint32Array.from(union).sort();
    }
    const passageCount = this.segment.labels.length;
    // A common term's passages as one bit per passage (smaller than its slot numbers, and looked up directly).
    const matching: MatchingPassages = slots.length * 32 > passageCount ? { slots: EMPTY_SLOTS, bits: bitsOf(slots, passageCount) } : { slots };
    const size = matchingBytes(matching);
    if (size <= MATCH_CACHE_BYTES / 8) {
      this.matchCache.set(key, matching);
      this.matchCacheBytes += size;
      for (const [oldest, old] of this.matchCache) {
        if (this.matchCacheBytes <= MATCH_CACHE_BYTES) break;
        this.matchCache.delete(oldest);
        this.matchCacheBytes -= matchingBytes(old);
      }
    }
    return matching;
  }

  /**
   * Decodes term `id`'s postings into the scratch arrays postingSlots and postingFrequencies
   * (slots ascending) and returns how many there are; stops at anything a forged file could hold
   * out of range. Into arrays rather than through a callback: the loops that read them stay
   * monomorphic, which the hot paths need (one call per posting cost more than the decoding).
   */
  private decodePostings(id: number): number {
    const { postingOffsets, postings } = this.segment;
    const { postingSlots, postingFrequencies } = this.scratchArrays();
    const slotCount = this.segment.labels.length;
    let p = postingOffsets[id]!;
    const end = postingOffsets[id + 1]!;
    let slot = -1;
    let n = 0;
    while (p < end && n < slotCount) {
      let byte = postings[p++]!;
      let value = byte & 0x7f;
      for (let scale = 0x80; byte >= 0x80 && p < end; scale *= 0x80) {
        byte = postings[p++]!;
        value += (byte & 0x7f) * scale;
      }
      let tf = value % 8;
      slot += (value - tf) / 8;
      if (slot >= slotCount) break;
      if (tf === TF_INLINE_MAX) {
        // The rest of a large term frequency follows as its own varint.
        let scale = 1;
        do {
          byte = postings[p++]!;
          tf += (byte & 0x7f) * scale;
          scale *= 0x80;
        } while (byte >= 0x80 && p < end);
      }
      postingSlots[n] = slot;
      postingFrequencies[n++] = tf;
    }
    return n;
  }

  /** Every slot of term `id`'s postings, ascending. */
  private decodeSlots(id: number): Uint32Array {
    const n = Math.min(this.decodePostings(id), this.segment.documentFrequency[id]!);
    return this.scratch!.postingSlots.slice(0, n);
  }

  /** Keeps a word's scores for later questions, least recently used out first, within WORD_CACHE_ENTRIES. */
  private rememberWord(key: string, vector: WordVector): void {
    if (vector.slots.length > WORD_CACHE_ENTRIES / 4) return;
    this.wordVectors.set(key, vector);
    this.wordVectorEntries += vector.slots.length;
    for (const [oldest, old] of this.wordVectors) {
      if (this.wordVectorEntries <= WORD_CACHE_ENTRIES) break;
      this.wordVectors.delete(oldest);
      this.wordVectorEntries -= old.slots.length;
    }
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

  /** Adds the BM25 contribution of every matched term to `acc`; returns how many slots it touched (listed in `touched`). */
  private accumulate(expansion: Expansion, touched: Uint32Array): number {
    const lengthNorm = this.derived.lengthNorm;
    const { acc, postingSlots, postingFrequencies } = this.scratch!;
    let count = 0;
    for (let e = 0; e < expansion.ids.length; e++) {
      const weight = expansion.weights[e]!;
      const n = this.decodePostings(expansion.ids[e]!);
      for (let i = 0; i < n; i++) {
        const slot = postingSlots[i]!;
        const tf = postingFrequencies[i]!;
        if (acc[slot] === 0) touched[count++] = slot;
        acc[slot]! += weight * (DELTA + (tf * (K1 + 1)) / (tf + lengthNorm[slot]!));
      }
    }
    return count;
  }


  /** The `limit` best slots by final score (ties: lower slot, which is lower label, first), as hits. */
  private best(slots: Uint32Array, count: number, wordCount: number, limit: number): LexicalHit[] {
    const { total, words } = this.scratch!;
    const k = Math.min(count, Math.max(0, Math.floor(limit) || 0));
    if (k === 0) return [];
    // A min-heap of the k best seen so far: its root is the worst of them (lower score, or the
    // same score and a higher slot).
    const heap = new Uint32Array(k);
    const heapScore = new Float64Array(k);
    let size = 0;
    for (let i = 0; i < count; i++) {
      const slot = slots[i]!;
      const value = wordCount === 0 ? 0 : (total[slot]! * words[slot]!) / wordCount;
      if (size < k) {
        // Sift up from the end.
        let c = size++;
        while (c > 0) {
          const parent = (c - 1) >> 1;
          const parentScore = heapScore[parent]!;
          if (!(value < parentScore || (value === parentScore && slot > heap[parent]!))) break;
          heap[c] = heap[parent]!;
          heapScore[c] = parentScore;
          c = parent;
        }
        heap[c] = slot;
        heapScore[c] = value;
      } else if (value > heapScore[0]! || (value === heapScore[0] && slot < heap[0]!)) {
        // Replace the root and sift down.
        let c = 0;
        for (;;) {
          const left = 2 * c + 1;
          if (left >= k) break;
          const right = left + 1;
          let child = left;
          if (right < k && (heapScore[right]! < heapScore[left]! || (heapScore[right] === heapScore[left] && heap[right]! > heap[left]!))) child = right;
          const childScore = heapScore[child]!;
          if (!(childScore < value || (childScore === value && heap[child]! > slot))) break;
          heap[c] = heap[child]!;
          heapScore[c] = childScore;
          c = child;
        }
        heap[c] = slot;
        heapScore[c] = value;
      }
    }
    const labels = this.segment.labels;
    return Array.from({ length: size }, (_, i) => ({ slot: heap[i]!, score: heapScore[i]! }))
      .sort((a, b) => b.score - a.score || a.slot - b.slot)
      .map(({ slot, score: value }) => ({ label: labels[slot]!, score: value }));
  }

  private scratchArrays() {
    const n = this.segment.labels.length;
    if (this.scratch === undefined || this.scratch.acc.length !== n) {
      this.scratch = {
        acc: new Float64Array(n),
        best: new Float64Array(n),
        total: new Float64Array(n),
        words: new Uint32Array(n),
        touched: [new Uint32Array(n), new Uint32Array(n), new Uint32Array(n)],
        postingSlots: new Uint32Array(n),
        postingFrequencies: new Uint32Array(n),
      };
    }
    return this.scratch;
  }

  // -------------------------------------------------------------------------------------------
  // Term expansion: exact, prefix and fuzzy matches of one query term, cached.

  private expansion(term: string, acronymPhrase: boolean): Expansion {
    const key = acronymPhrase ? `\u0001${term}` : term;
    const cached = this.expansions.get(key);
    if (cached !== undefined) {
      this.expansions.delete(key);
      this.expansions.set(key, cached);
      return cached;
    }
    const found = this.expand(term, acronymPhrase);
    if (this.expansions.size >= EXPANSION_CACHE_LIMIT) this.expansions.delete(this.expansions.keys().next().value!);
    this.expansions.set(key, found);
    return found;
  }

  private expand(term: string, acronymPhrase: boolean): Expansion {
    const ids: number[] = [];
    const weights: number[] = [];
    const key = encoder.encode(term);
    const [lo, hi] = this.prefixRange(key);
    const exact = lo < hi && this.termBytes(lo) === key.length ? lo : -1;
    if (exact >= 0) {
      ids.push(exact);
      weights.push(1);
    }
    // Prefix and fuzzy matching only for written words: keys and concept ids are exact by design.
    const isWord = termKind(term) === 'word';
    const prefix = !acronymPhrase && isWord && term.length >= PREFIX_MIN_LENGTH && !/^\p{N}+$/u.test(term);
    const fuzzy = acronymPhrase || (isWord && term.length >= FUZZY_MIN_LENGTH && !/\p{N}/u.test(term));
    if (prefix) {
      for (let id = lo; id < hi; id++) {
        if (id === exact) continue;
        const length = this.utf16Length(id);
        ids.push(id);
        weights.push((PREFIX_WEIGHT * length) / (length + 0.3 * (length - term.length)));
      }
    }
    if (fuzzy) {
      const fuzzyWeight = acronymPhrase ? ACRONYM_FUZZY_WEIGHT : FUZZY_WEIGHT;
      for (const id of this.oneEditAway(term, key.length)) {
        if (id === exact || (prefix && id >= lo && id < hi)) continue;
        const length = this.utf16Length(id);
        ids.push(id);
        weights.push((fuzzyWeight * length) / (length + 1));
      }
    }
    const n = this.segment.labels.length;
    const df = this.segment.documentFrequency;
    const expansion: Expansion = { ids: Uint32Array.from(ids), weights: new Float64Array(weights.length) };
    for (let i = 0; i < ids.length; i++) {
      const matching = df[ids[i]!]!;
      expansion.weights[i] = weights[i]! * Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
    }
    return expansion;
  }

  /**
   * Terms one edit away from `term`. Such a term shares the query's first half (the edit lies in
   * the second) or its second half (the edit lies in the first): two range lookups, then a check.
   */
  private oneEditAway(term: string, byteLength: number): number[] {
    let half = term.length >> 1;
    if (half > 0 && term.charCodeAt(half - 1) >= 0xd800 && term.charCodeAt(half - 1) < 0xdc00) half--;
    if (half === 0) return [];
    const found: number[] = [];
    // Lengths first (cheap, from the bytes): most terms sharing a half differ in length by more than one.
    const consider = (id: number) => {
      if (Math.abs(this.termBytes(id) - byteLength) > 4 || Math.abs(this.utf16Length(id) - term.length) > 1) return;
      if (withinOneEdit(term, this.termText(id))) found.push(id);
    };
    const [lo, hi] = this.prefixRange(encoder.encode(term.slice(0, half)));
    for (let id = lo; id < hi; id++) consider(id);
    const [from, to] = this.suffixRange(reversedBytes(encoder.encode(term.slice(half))));
    const reversed = this.segment.reversed;
    for (let r = from; r < to; r++) {
      const id = reversed[r]!;
      if (id < lo || id >= hi) consider(id);
    }
    return found;
  }

  /** Whether term `id` is a written word, not a concept, sound key, acronym or bigram (see termKind). */
  private isWrittenWord(id: number): boolean {
    const first = this.segment.vocab[this.segment.termOffsets[id]!]!;
    return !KIND_MARK_BYTES.includes(first);
  }

  private termBytes(id: number): number {
    return this.segment.termOffsets[id + 1]! - this.segment.termOffsets[id]!;
  }

  private termText(id: number): string {
    const offsets = this.segment.termOffsets;
    return this.derived.vocabText.toString('utf8', offsets[id]!, offsets[id + 1]!);
  }

  /** Length in UTF-16 units (what MiniSearch's weights use), counted from the UTF-8 bytes. */
  private utf16Length(id: number): number {
    const { termOffsets, vocab } = this.segment;
    let length = 0;
    for (let p = termOffsets[id]!; p < termOffsets[id + 1]!; p++) {
      const byte = vocab[p]!;
      if ((byte & 0xc0) !== 0x80) length += byte >= 0xf0 ? 2 : 1;
    }
    return length;
  }

  /** Term ids [lo, hi) whose bytes start with `key`. */
  private prefixRange(key: Uint8Array): [number, number] {
    const { termOffsets, vocab } = this.segment;
    const compare = (id: number) => {
      const start = termOffsets[id]!;
      const length = termOffsets[id + 1]! - start;
      const n = Math.min(length, key.length);
      for (let i = 0; i < n; i++) {
        const d = vocab[start + i]! - key[i]!;
        if (d !== 0) return d;
      }
      return length < key.length ? -1 : 0;
    };
    return equalRange(termOffsets.length - 1, compare);
  }

  /** Positions [from, to) in the reversed order whose reversed bytes start with `key`. */
  private suffixRange(key: Uint8Array): [number, number] {
    const { termOffsets, vocab, reversed } = this.segment;
    const compare = (r: number) => {
      const id = reversed[r]!;
      const end = termOffsets[id + 1]!;
      const length = end - termOffsets[id]!;
      const n = Math.min(length, key.length);
      for (let i = 0; i < n; i++) {
        const d = vocab[end - 1 - i]! - key[i]!;
        if (d !== 0) return d;
      }
      return length < key.length ? -1 : 0;
    };
    return equalRange(reversed.length, compare);
  }

  // -------------------------------------------------------------------------------------------
  // Compaction: folds pending additions and removals into a new segment.

  private compact(): void {
    const pending = this.pending;
    if (pending.labels.length === 0 && this.removedCount === 0) return;
    const old = this.segment;
    const oldCount = old.labels.length;
    const removed = this.removedSlots;

    // New slots: live old passages and live pending ones, merged in label order.
    const pendingOrder = pending.labels.map((_, i) => i).filter((i) => !pending.removed[i]);
    pendingOrder.sort((a, b) => pending.labels[a]! - pending.labels[b]!);
    const count = oldCount - this.removedCount + pendingOrder.length;
    const labels = new Uint32Array(count);
    const lengths = new Uint32Array(count);
    const oldSlot = new Int32Array(oldCount).fill(-1);
    const pendingSlot = new Int32Array(pending.labels.length).fill(-1);
    let a = 0;
    let b = 0;
    for (let slot = 0; slot < count; slot++) {
      while (a < oldCount && removed !== undefined && removed[a] === 1) a++;
      const takeOld = a < oldCount && (b >= pendingOrder.length || old.labels[a]! < pending.labels[pendingOrder[b]!]!);
      if (takeOld) {
        labels[slot] = old.labels[a]!;
        lengths[slot] = old.lengths[a]!;
        oldSlot[a++] = slot;
      } else {
        const d = pendingOrder[b++]!;
        labels[slot] = pending.labels[d]!;
        lengths[slot] = pending.lengths[d]!;
        pendingSlot[d] = slot;
      }
    }

    // Pending postings grouped by term (counting sort), slots ascending within a term.
    const termCount = pending.terms.length;
    const termStart = new Uint32Array(termCount + 1);
    for (const d of pendingOrder) {
      for (let p = pending.starts[d]!; p < pending.starts[d + 1]!; p++) termStart[pending.postingTerms.data[p]! + 1]!++;
    }
    for (let t = 0; t < termCount; t++) termStart[t + 1]! += termStart[t]!;
    const fill = termStart.slice(0, termCount);
    const groupedSlots = new Uint32Array(termStart[termCount]!);
    const groupedTfs = new Uint32Array(termStart[termCount]!);
    const bySlot = [...pendingOrder].sort((x, y) => pendingSlot[x]! - pendingSlot[y]!);
    for (const d of bySlot) {
      for (let p = pending.starts[d]!; p < pending.starts[d + 1]!; p++) {
        const t = pending.postingTerms.data[p]!;
        const at = fill[t]!++;
        groupedSlots[at] = pendingSlot[d]!;
        groupedTfs[at] = pending.postingTfs.data[p]!;
      }
    }
    const pendingKeys = pending.terms.map(byteKey);
    const pendingTerms = pending.terms.map((_, t) => t).filter((t) => termStart[t + 1]! > termStart[t]!);
    pendingTerms.sort((x, y) => (pendingKeys[x]! < pendingKeys[y]! ? -1 : 1));

    // Merge the two vocabularies, rewriting postings with the new slots.
    const oldText = Buffer.from(old.vocab.buffer, old.vocab.byteOffset, old.vocab.byteLength);
    const vocab = new ByteWriter();
    const postings = new ByteWriter();
    const termOffsets = new Growable();
    const postingOffsets = new Growable();
    const frequencies = new Growable();
    const keys: string[] = [];
    termOffsets.push(0);
    postingOffsets.push(0);
    const merged = new PostingMerger(old, oldSlot);
    let i = 0;
    let j = 0;
    const oldTerms = old.termOffsets.length - 1;
    let oldKey = oldTerms > 0 ? oldText.toString('latin1', old.termOffsets[0]!, old.termOffsets[1]!) : '';
    while (i < oldTerms || j < pendingTerms.length) {
      const newKey = j < pendingTerms.length ? pendingKeys[pendingTerms[j]!]! : undefined;
      const useOld = i < oldTerms && (newKey === undefined || oldKey <= newKey);
      const useNew = newKey !== undefined && (i >= oldTerms || newKey <= oldKey);
      const key = useOld ? oldKey : newKey!;
      let df = 0;
      merged.start(useOld ? i : -1);
      const t = useNew ? pendingTerms[j]! : -1;
      let g = useNew ? termStart[t]! : 0;
      const gEnd = useNew ? termStart[t + 1]! : 0;
      let previous = -1;
      for (;;) {
        const fromOld = merged.slot;
        const fromNew = g < gEnd ? groupedSlots[g]! : -1;
        if (fromOld < 0 && fromNew < 0) break;
        let slot: number;
        let tf: number;
        if (fromNew < 0 || (fromOld >= 0 && fromOld < fromNew)) {
          slot = fromOld;
          tf = merged.tf;
          merged.next();
        } else {
          slot = fromNew;
          tf = groupedTfs[g++]!;
        }
        if (slot <= previous) continue; // only from a forged file: keep what is written valid
        const inline = Math.min(tf, TF_INLINE_MAX);
        postings.varint((slot - previous) * 8 + inline);
        if (inline === TF_INLINE_MAX) postings.varint(tf - TF_INLINE_MAX);
        previous = slot;
        df++;
      }
      if (df > 0) {
        vocab.bytes(Buffer.from(key, 'latin1'));
        termOffsets.push(vocab.length);
        postingOffsets.push(postings.length);
        frequencies.push(df);
        keys.push(key);
      }
      if (useOld) {
        i++;
        if (i < oldTerms) oldKey = oldText.toString('latin1', old.termOffsets[i]!, old.termOffsets[i + 1]!);
      }
      if (useNew) j++;
    }

    const reversedKeys = keys.map(reverseString);
    const reversed = Uint32Array.from(keys.keys()).sort((x, y) => (reversedKeys[x]! < reversedKeys[y]! ? -1 : reversedKeys[x]! > reversedKeys[y]! ? 1 : 0));
    const segment: Segment = {
      labels,
      lengths,
      termOffsets: termOffsets.data.slice(0, termOffsets.length),
      vocab: vocab.data.slice(0, vocab.length),
      postingOffsets: postingOffsets.data.slice(0, postingOffsets.length),
      postings: postings.data.slice(0, postings.length),
      reversed,
      documentFrequency: frequencies.data.slice(0, frequencies.length),
    };
    this.segment = segment;
    this.derived = derive(segment);
    this.pending = new Pending();
    this.removedSlots = undefined;
    this.removedCount = 0;
    this.expansions.clear();
    this.wordVectors.clear();
    this.matchCache.clear();
    this.matchCacheBytes = 0;
    this.wordVectorEntries = 0;
  }

  // -------------------------------------------------------------------------------------------
  // Binary file

  /** The index as bytes (little-endian): header, passages, term offsets, vocabulary, postings. */
  serialize(): Uint8Array {
    this.compact();
    const s = this.segment;
    const sections = sectionLayout(s.labels.length, s.termOffsets.length - 1, s.vocab.length, s.postings.length);
    const out = new Uint8Array(sections.total);
    const header = new Uint32Array(out.buffer, 0, HEADER_WORDS);
    header.set([MAGIC, FORMAT_VERSION, ANALYZER_VERSION, s.labels.length, s.termOffsets.length - 1, s.vocab.length, s.postings.length, 0]);
    const put = (at: number, data: Uint32Array | Uint8Array) => out.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), at);
    put(sections.labels, s.labels);
    put(sections.lengths, s.lengths);
    put(sections.termOffsets, s.termOffsets);
    put(sections.postingOffsets, s.postingOffsets);
    put(sections.reversed, s.reversed);
    put(sections.documentFrequency, s.documentFrequency);
    put(sections.vocab, s.vocab);
    put(sections.postings, s.postings);
    return out;
  }
}

/** Reads the postings of one old term in new-slot order, skipping removed passages. */
class PostingMerger {
  slot = -1;
  tf = 0;
  p = 0;
  private end = 0;
  private oldSlot = -1;
  constructor(
    private readonly segment: Segment,
    private readonly newSlot: Int32Array,
  ) {}
  start(term: number): void {
    this.slot = -1;
    if (term < 0) return;
    this.p = this.segment.postingOffsets[term]!;
    this.end = this.segment.postingOffsets[term + 1]!;
    this.oldSlot = -1;
    this.next();
  }
  next(): void {
    const postings = this.segment.postings;
    while (this.p < this.end) {
      const value = readVarint(postings, this, this.end);
      let tf = value % 8;
      if (value < 8 || tf === 0) break; // only in a forged file, as the range check below
      this.oldSlot += (value - tf) / 8;
      if (tf === TF_INLINE_MAX) {
        const extra = readVarint(postings, this, this.end);
        if (extra < 0) break;
        tf += extra;
      }
      if (this.oldSlot >= this.newSlot.length) break;
      const mapped = this.newSlot[this.oldSlot]!;
      if (mapped >= 0) {
        this.slot = mapped;
        this.tf = tf;
        return;
      }
    }
    this.slot = -1;
  }
}

/**
 * Adds a word's scores into `total` and counts it in `wordHits`, listing newly touched slots in
 * `touched` after the first `count`; returns the new count. (A small function of its own: the
 * engine compiles its loop tightly, which it did not inside searchWords.)
 */
function addWordScores(vector: WordVector, total: Float64Array, wordHits: Uint32Array, touched: Uint32Array, count: number): number {
  const { slots, scores } = vector;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    if (total[slot] === 0) touched[count++] = slot;
    total[slot]! += scores[i]!;
    wordHits[slot]!++;
  }
  return count;
}

/** A varint at cursor.p, advancing it; at most 5 bytes, never at or past `end` (→ −1). */
function readVarint(bytes: Uint8Array, cursor: { p: number }, end: number): number {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 5; i++) {
    if (cursor.p >= end) return -1;
    const byte = bytes[cursor.p++]!;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return value;
    scale *= 0x80;
  }
  return -1;
}

/** The first position in ascending `values` whose value is not below `value` (binary search). */
function lowerBound(values: Uint32Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first and one-past-last positions in [0, n) where `compare` is 0, for a compare non-decreasing in position. */
function equalRange(n: number, compare: (position: number) => number): [number, number] {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(mid) < 0) lo = mid + 1;
    else hi = mid;
  }
  let end = n;
  let from = lo;
  while (from < end) {
    const mid = (from + end) >>> 1;
    if (compare(mid) <= 0) from = mid + 1;
    else end = mid;
  }
  return [lo, from];
}

function derive(segment: Segment): Derived {
  const n = segment.labels.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += segment.lengths[i]!;
  const average = n > 0 && sum > 0 ? sum / n : 1;
  const lengthNorm = new Float64Array(n);
  for (let i = 0; i < n; i++) lengthNorm[i] = K1 * (1 - B + (B * segment.lengths[i]!) / average);
  return {
    lengthNorm,
    vocabText: Buffer.from(segment.vocab.buffer, segment.vocab.byteOffset, segment.vocab.byteLength),
  };
}

const align8 = (n: number) => Math.ceil(n / 8) * 8;

function sectionLayout(documents: number, terms: number, vocabBytes: number, postingBytes: number) {
  const labels = HEADER_WORDS * 4;
  const lengths = align8(labels + documents * 4);
  const termOffsets = align8(lengths + documents * 4);
  const postingOffsets = align8(termOffsets + (terms + 1) * 4);
  const reversed = align8(postingOffsets + (terms + 1) * 4);
  const documentFrequency = align8(reversed + terms * 4);
  const vocab = align8(documentFrequency + terms * 4);
  const postings = align8(vocab + vocabBytes);
  return { labels, lengths, termOffsets, postingOffsets, reversed, documentFrequency, vocab, postings, total: postings + postingBytes };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A Uint32Array over `count` words at `at`: a view when aligned, else a copy. */
function words(bytes: Uint8Array, at: number, count: number): Uint32Array {
  const start = bytes.byteOffset + at;
  if (start % 4 === 0) return new Uint32Array(bytes.buffer, start, count);
  return new Uint32Array(bytes.slice(at, at + count * 4).buffer);
}

function readSegment(bytes: Uint8Array): Segment {
  if (!(bytes instanceof Uint8Array) || bytes.length < HEADER_WORDS * 4) throw corrupt('it is shorter than its header');
  if (!LITTLE_ENDIAN) {
    throw new AppError('INDEX_FORMAT_UNSUPPORTED', 'The lexical index file is little-endian and this machine is not. Run `npm run ingest` to rebuild it.', {});
  }
  const header = words(bytes, 0, HEADER_WORDS);
  if (header[0] !== MAGIC) throw corrupt('it does not start with the lexical index signature');
  if (header[1] !== FORMAT_VERSION || header[2] !== ANALYZER_VERSION) {
    throw new AppError('INDEX_FORMAT_UNSUPPORTED', 'The lexical index was written by another version. Run `npm run ingest` to rebuild it.', {
      format: header[1],
      analyzer: header[2],
    });
  }
  const [documents, terms, vocabBytes, postingBytes, reserved] = [header[3]!, header[4]!, header[5]!, header[6]!, header[7]!];
  if (reserved !== 0) throw corrupt('its header has unknown flags');
  const layout = sectionLayout(documents, terms, vocabBytes, postingBytes);
  if (layout.total !== bytes.length) throw corrupt(`its header describes ${layout.total} bytes, the file has ${bytes.length}`);
  const segment: Segment = {
    labels: words(bytes, layout.labels, documents),
    lengths: words(bytes, layout.lengths, documents),
    termOffsets: words(bytes, layout.termOffsets, terms + 1),
    postingOffsets: words(bytes, layout.postingOffsets, terms + 1),
    reversed: words(bytes, layout.reversed, terms),
    documentFrequency: words(bytes, layout.documentFrequency, terms),
    vocab: bytes.subarray(layout.vocab, layout.vocab + vocabBytes),
    postings: bytes.subarray(layout.postings, layout.postings + postingBytes),
  };
  for (let i = 1; i < documents; i++) if (segment.labels[i - 1]! >= segment.labels[i]!) throw corrupt('labels are not ascending');
  checkOffsets(segment.termOffsets, vocabBytes, 'term');
  checkOffsets(segment.postingOffsets, postingBytes, 'posting');
  checkVocabulary(segment);
  return segment;
}

/** Offsets start at 0, grow strictly (no empty term or posting list) and end at the section's size. */
function checkOffsets(offsets: Uint32Array, size: number, what: string): void {
  if (offsets[0] !== 0 || offsets[offsets.length - 1] !== size) throw corrupt(`${what} offsets do not span their section`);
  for (let i = 1; i < offsets.length; i++) if (offsets[i - 1]! >= offsets[i]!) throw corrupt(`${what} offsets are not increasing`);
}

/**
 * Terms strictly ascending bytewise (binary searches rely on it), suffix order naming existing
 * terms, and document frequencies between 1 and the passages and postings there are.
 */
function checkVocabulary(s: Segment): void {
  const { vocab, termOffsets, postingOffsets, reversed, documentFrequency } = s;
  const terms = termOffsets.length - 1;
  const documents = s.labels.length;
  for (let id = 1; id < terms; id++) {
    const a = termOffsets[id - 1]!;
    const b = termOffsets[id]!;
    const bEnd = termOffsets[id + 1]!;
    const n = Math.min(b - a, bEnd - b);
    let i = 0;
    while (i < n && vocab[a + i] === vocab[b + i]) i++;
    const ascending = i < n ? vocab[a + i]! < vocab[b + i]! : b - a < bEnd - b;
    if (!ascending) throw corrupt('the vocabulary is not sorted');
  }
  for (let id = 0; id < terms; id++) {
    const df = documentFrequency[id]!;
    if (reversed[id]! >= terms) throw corrupt('the suffix order names a term that does not exist');
    if (df === 0 || df > documents || df > postingOffsets[id + 1]! - postingOffsets[id]!) throw corrupt('a document frequency is out of range');
  }
}
