import { performance } from 'node:perf_hooks';
import { LRUCache } from 'lru-cache';
import { termSet } from '../corpus/terms.ts';
import { CreditTable, creditMap, creditMatcher } from './credit-table.ts';
import { coverage, questionEvidence, searchWeights, withWordWeights, wordWeightsFromFrequencies } from './evidence.ts';
import { writtenWordsOf } from './passage-words.ts';
import { chunkRef } from '../corpus/types.ts';
import type { Chunk, DocumentMeta } from '../corpus/types.ts';
import type { LexicalIndex } from '../index/lexical.ts';
import { FUSION } from '../scoring.ts';
import type { RetrievalMode, RetrievalResult, RetrievedPassage } from './types.ts';

export interface RetrieverOptions {
  /** Passages returned per search unless the call asks for another k. */
  topK: number;
  /** Passages one document may place among the results before other documents are used up. */
  maxPassagesPerDocument: number;
  /** Hits taken from each index before fusion; default max(4 × (offset + k), 30). */
  candidates?: number;
}

/**
 * Where a passage comes from: its document's source, metadata and content hash (for the chunk's
 * ref), and its chunk, built when asked for: finding the document is cheap, building the chunk
 * (text and sentences) is not, and most candidates never need it.
 */
export interface PassageSource {
  source: string;
  meta: DocumentMeta;
  contentHash: string;
  chunk(): Chunk;
  /** The label of its document's first passage (title and lead), when that is another passage. */
  leadLabel?: number;
}

export interface RetrieverDeps {
  lexical: LexicalIndex;
  vector?: { search(vector: Float32Array, k: number): { label: number; similarity: number }[] };
  embedQuery?: (question: string) => Promise<Float32Array>;
  /** The passage under a label (see PassageSource); undefined for a label no longer in the store. */
  passageByLabel(label: number): PassageSource | undefined;
  options: RetrieverOptions;
}

export interface SearchOptions {
  /** Skip this many of the best passages ("more"). */
  offset?: number;
  /** Passages wanted; default options.topK. */
  k?: number;
  /** Only passages of these documents (a follow-up asks about what an answer cited). */
  sources?: ReadonlySet<string>;
  /**
   * Called in hybrid mode with lexical mode's page, ranked as lexical mode ranks it, while the
   * model still embeds the question: work that needs only that page (deciding whether to answer)
   * is done meanwhile instead of after the vector arrives.
   */
  whileEmbedding?: (lexicalPage: LexicalPage) => void;
}

/** What a search knows before the question's vector arrives (see SearchOptions.whileEmbedding). */
export type LexicalPage = Required<Pick<RetrievalResult, 'lexicalRanking' | 'wordWeights' | 'unseenWords' | 'evidence'>>;

/** Hits taken from each index when the search keeps only some documents: enough to reach theirs. */
const RESTRICTED_BREADTH = 1000;

export interface Retriever {
  readonly mode: RetrievalMode;
  search(question: string, options?: SearchOptions): Promise<RetrievalResult>;
}

// The fusion's tunables, documented in src/scoring.ts.
const { rrfK: RRF_K, lexicalWeight: LEXICAL_WEIGHT, denseWeight: DENSE_WEIGHT, scoreShare: SCORE_SHARE, evidenceShare: EVIDENCE_SHARE } = FUSION;
const { nearDuplicateJaccard: NEAR_DUPLICATE_JACCARD, strongPassageShare: STRONG_PASSAGE_SHARE } = FUSION;
const LEAD_SHARE: number = FUSION.leadShare;

/**
 * Passages whose wording the retriever remembers across questions (least recently used forgotten first), for
 * the near-duplicate checks: the passages a corpus's questions bring back recur. About 4 KB each.
 */
const WORDING_CACHE_LIMIT = 1024;

/** A passage one of the searches found. Every field is set when it is made (one object shape: fusion reads them in a loop). */
interface Candidate {
  label: number;
  found: PassageSource;
  /** found.chunk(), once built (see chunkOf). */
  chunk: Chunk | undefined;
  lexicalScore: number | undefined;
  lexicalRank: number | undefined;
  denseSimilarity: number | undefined;
  denseRank: number | undefined;
  /** Weighted mean of the normalized lexical and dense scores, in [0, 1]. */
  scoreFusion: number;
  relevance: number;
  /** Its row in the question's CreditTable. */
  creditRow: number;
}

/** What the near-duplicate checks know of a passage's text, analysed when first needed and kept across questions. */
interface PassageWording {
  /** Written-word terms, to compare passages' wording; made when first needed. */
  words?: Set<string>;
  /** Terms of the passage's text outside a span it shares with another passage, by "start:end". */
  outside: Map<string, Set<string>>;
}

function fuse(list: Candidate[], hybrid: boolean): void {
  // Math.max and Math.min one value at a time: what they give for all the values at once, without the arrays.
  let maxLexical = 0;
  let maxSim = -Infinity;
  let minSim = Infinity;
  for (const c of list) {
    maxLexical = Math.max(maxLexical, c.lexicalScore ?? 0);
    if (c.denseSimilarity !== undefined) {
      maxSim = Math.max(maxSim, c.denseSimilarity);
      minSim = Math.min(minSim, c.denseSimilarity);
    }
  }
  const weights = LEXICAL_WEIGHT + (hybrid ? DENSE_WEIGHT : 0);
  const bestRrf = (LEXICAL_WEIGHT + (hybrid ? DENSE_WEIGHT : 0)) / (RRF_K + 1);
  for (const c of list) {
    const lexicalNorm = c.lexicalScore !== undefined && maxLexical > 0 ? c.lexicalScore / maxLexical : 0;
    const denseNorm = c.denseSimilarity !== undefined ? (maxSim > minSim ? (c.denseSimilarity - minSim) / (maxSim - minSim) : 1) : 0;
    const scoreFusion = (LEXICAL_WEIGHT * lexicalNorm + (hybrid ? DENSE_WEIGHT * denseNorm : 0)) / weights;
    let rrf = 0;
    if (c.lexicalRank !== undefined) rrf += LEXICAL_WEIGHT / (RRF_K + c.lexicalRank);
    if (hybrid && c.denseRank !== undefined) rrf += DENSE_WEIGHT / (RRF_K + c.denseRank);
    c.scoreFusion = scoreFusion;
    c.relevance = SCORE_SHARE * scoreFusion + (1 - SCORE_SHARE) * (rrf / bestRrf);
  }
}

function chunkOf(c: Candidate): Chunk {
  return (c.chunk ??= c.found.chunk());
}

function wordsOf(c: Candidate, wording: PassageWording): Set<string> {
  return (wording.words ??= writtenWordsOf(chunkOf(c)));
}

/**
 * Whether the Jaccard similarity of two sets reaches `threshold`. Stops as soon as the answer is
 * known: unrelated passages are told apart after a few of their words.
 */
function jaccardAtLeast(a: Set<string>, b: Set<string>, threshold: number): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (large.size === 0) return true;
  // shared / (|a| + |b| - shared) >= threshold  ⇔  shared >= threshold (|a| + |b|) / (1 + threshold)
  const needed = (threshold * (a.size + b.size)) / (1 + threshold);
  if (small.size < needed) return false;
  let missesLeft = small.size - needed;
  for (const t of small) {
    if (large.has(t)) continue;
    if (--missesLeft < 0) return false;
  }
  return true;
}

/** The near-duplicate checks' memory: a passage's wording, by its label (see PassageWording). */
type WordingOf = (c: Candidate) => PassageWording;

/**
 * Whether `later` adds nothing for the question to `kept`, an overlapping chunk of the same
 * document: every question term it matches lies in the text the two chunks share.
 */
function addsNothingOverOverlap(later: Candidate, kept: Chunk, questionTerms: Set<string>, wordingOf: WordingOf): boolean {
  const laterChunk = chunkOf(later);
  const start = Math.max(laterChunk.start, kept.start);
  const end = Math.min(laterChunk.end, kept.end);
  if (end <= start) return false;
  const key = `${start}:${end}`;
  const outside = wordingOf(later).outside;
  let own = outside.get(key);
  if (own === undefined) {
    const ownText = laterChunk.sentences.filter((s) => s.end <= start || s.start >= end).map((s) => s.text).join(' ');
    outside.set(key, (own = termSet(ownText)));
  }
  for (const t of questionTerms) if (own.has(t)) return false;
  return true;
}

function isDuplicate(c: Candidate, kept: readonly Candidate[], questionTerms: Set<string>, wordingOf: WordingOf): boolean {
  for (const k of kept) {
    if (k.found.source === c.found.source) {
      if (addsNothingOverOverlap(c, chunkOf(k), questionTerms, wordingOf)) return true;
    } else if (jaccardAtLeast(wordsOf(c, wordingOf(c)), wordsOf(k, wordingOf(k)), NEAR_DUPLICATE_JACCARD)) {
      return true;
    }
  }
  return false;
}

/**
 * Orders candidates for the answer: near-duplicates dropped, at most maxPerDocument passages of a
 * document ahead of other documents' passages (unless strong, see STRONG_PASSAGE_SHARE), then the
 * rest by relevance so that `wanted` passages come back whenever there are that many candidates.
 * Whether a candidate duplicates a better one is decided only when the order needs to know, so
 * that the texts of candidates that cannot make the page are never analysed.
 */
function diversify(sorted: Candidate[], wanted: number, maxPerDocument: number, questionTerms: Set<string>, wordingOf: WordingOf): Candidate[] {
  const unique: Candidate[] = [];
  const duplicate: boolean[] = [];
  /** Decides, in relevance order, whether each candidate up to sorted[i] repeats a better one. */
  const decideThrough = (i: number) => {
    while (duplicate.length <= i) {
      const c = sorted[duplicate.length]!;
      const repeats = isDuplicate(c, unique, questionTerms, wordingOf);
      duplicate.push(repeats);
      if (!repeats) unique.push(c);
    }
  };
  // The best normalized score among passages that are not near-duplicates: the highest-scoring
  // candidate, unless it repeats a better-ranked one (then the next).
  let best = 0;
  for (const i of sorted.map((_, i) => i).sort((a, b) => sorted[b]!.scoreFusion - sorted[a]!.scoreFusion || a - b)) {
    decideThrough(i);
    if (!duplicate[i]) {
      best = Math.max(0, sorted[i]!.scoreFusion);
      break;
    }
  }

  const perDocument = new Map<string, number>();
  const chosen: Candidate[] = [];
  const deferred: Candidate[] = [];
  const duplicates: Candidate[] = [];
  for (let i = 0; i < sorted.length && chosen.length < wanted; i++) {
    decideThrough(i);
    const c = sorted[i]!;
    if (duplicate[i]) {
      duplicates.push(c);
      continue;
    }
    const count = perDocument.get(c.found.source) ?? 0;
    if (count < maxPerDocument || c.scoreFusion >= STRONG_PASSAGE_SHARE * best) {
      chosen.push(c);
      perDocument.set(c.found.source, count + 1);
    } else {
      deferred.push(c);
    }
  }
  // Never shrink k silently: fill from passages held back by the quota, then from duplicates (all
  // of them known here: the loop above went through every candidate if the page is not full).
  for (const c of [...deferred, ...duplicates]) {
    if (chosen.length >= wanted) break;
    chosen.push(c);
  }
  return chosen;
}

/** Hybrid (dense + BM25) retrieval when a vector index and query embedder are given, else lexical. */
export function createRetriever(deps: RetrieverDeps): Retriever {
  const hybrid = deps.vector !== undefined && deps.embedQuery !== undefined;
  const mode: RetrievalMode = hybrid ? 'hybrid' : 'lexical';
  // Passages' wording kept across questions: the same ones come back again and again.
  const wordings = new LRUCache<number, PassageWording>({ max: WORDING_CACHE_LIMIT });
  const wordingOf: WordingOf = ({ label }) => {
    let wording = wordings.get(label);
    // A label's text never changes (labels are not reused), so the label is the key.
    if (wording === undefined) {
      wording = { outside: new Map() };
      wordings.set(label, wording);
    }
    return wording;
  };

  async function search(question: string, options: SearchOptions = {}): Promise<RetrievalResult> {
    const k = Math.max(0, Math.floor(options.k ?? deps.options.topK));
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const wanted = offset + k;
    const within = options.sources;
    const breadth = within !== undefined ? RESTRICTED_BREADTH : (deps.options.candidates ?? Math.max(4 * wanted, 30));
    const timings = { embedMs: 0, vectorMs: 0, lexicalMs: 0, fusionMs: 0 };
    const candidates = new Map<number, Candidate>();
    const candidateFor = (label: number): Candidate | undefined => {
      let c = candidates.get(label);
      if (c === undefined) {
        const found = deps.passageByLabel(label);
        if (found === undefined) return undefined; // removed since the index was built
        if (within !== undefined && !within.has(found.source)) return undefined;
        c = {
          label,
          found,
          chunk: undefined,
          lexicalScore: undefined,
          lexicalRank: undefined,
          denseSimilarity: undefined,
          denseRank: undefined,
          scoreFusion: 0,
          relevance: 0,
          creditRow: -1,
        };
        candidates.set(label, c);
      }
      return c;
    };

    let started = performance.now();
    // The model embeds the question (in its own thread) while the words are read and searched here.
    const embedding = hybrid ? deps.embedQuery!(question).then((vector) => ({ vector, arrived: performance.now() })) : undefined;
    embedding?.catch(() => {}); // awaited below; a failure surfaces there
    const embeddingSent = started;
    // The request reaches the model after the promise jobs that gather questions into one model
    // call (embed/batching.ts); everything below is synchronous, so it waits for them first.
    if (hybrid) await new Promise((resolve) => setImmediate(resolve));
    started = performance.now();
    const analysed = questionEvidence(question);
    const analysisMs = performance.now() - started;
    started = performance.now();
    // The sentences that set a question up weigh in the search as in the evidence: their common words little.
    const lexical = deps.lexical.searchWords(question, breadth, searchWeights(analysed));
    const lexicalHits = lexical.hits;
    const wordWeights = wordWeightsFromFrequencies(lexical.words, lexical.documentCount);
    timings.lexicalMs = performance.now() - started;
    lexicalHits.forEach((hit, i) => {
      const c = candidateFor(hit.label);
      if (c !== undefined) {
        c.lexicalScore = hit.score;
        c.lexicalRank = i + 1;
      }
    });

    started = performance.now();
    const evidence = withWordWeights(analysed, wordWeights);
    const unseenWords = lexical.words.filter((w) => w.documents === 0).map((w) => w.token);
    const table = new CreditTable(evidence, deps.lexical, LEAD_SHARE > 0);
    /** Each candidate's share of the question's evidence, by its credit row. */
    const shares: number[] = [];
    const admit = (list: readonly Candidate[]) => {
      table.add(list);
      for (const c of list) {
        const own = creditMatcher(evidence, table.credits, c.creditRow);
        const row = table.leadRow(c);
        const lead = row === undefined ? undefined : creditMatcher(evidence, table.credits, row);
        shares[c.creditRow] = coverage(evidence, lead === undefined ? own : (word) => Math.max(own(word), LEAD_SHARE * lead(word))).share;
      }
    };
    const rank = (competing: Candidate[], withDense: boolean): Candidate[] => {
      fuse(competing, withDense);
      competing.forEach((c) => (c.relevance = (1 - EVIDENCE_SHARE) * c.relevance + EVIDENCE_SHARE * shares[c.creditRow]!));
      const sorted = [...competing].sort((a, b) => b.relevance - a.relevance || a.label - b.label);
      return diversify(sorted, wanted, deps.options.maxPassagesPerDocument, evidence.terms, wordingOf).slice(offset, offset + k);
    };
    const toPassage = (c: Candidate, asFound = true): RetrievedPassage => {
      const chunk = chunkOf(c);
      return {
        chunk,
        meta: c.found.meta,
        ...(asFound && c.denseSimilarity !== undefined ? { denseSimilarity: c.denseSimilarity } : {}),
        ...(c.lexicalScore !== undefined ? { lexicalScore: c.lexicalScore } : {}),
        relevance: c.relevance,
        ref: chunkRef(c.found.contentHash, chunk.ordinal),
        wordCredits: creditMap(evidence, table.credits, c.creditRow),
      };
    };
    const wordsFound = [...candidates.values()];
    admit(wordsFound);
    // The dense ranking adds passages, it never takes away the ones the words rank best: on the
    // first page, hybrid mode also gives the lexical top k that its own top k left out. Lexical
    // mode's page is kept as lexical mode scores it (only what the words found competes), without
    // what the dense search said of it (ranking again sets every candidate's relevance).
    const lexicalFirst = hybrid ? rank(wordsFound, false) : [];
    const lexicalRanking = lexicalFirst.map((c) => toPassage(c, false));
    timings.fusionMs = analysisMs + performance.now() - started;

    if (hybrid) {
      options.whileEmbedding?.({ lexicalRanking, wordWeights, unseenWords, evidence: analysed });
      const { vector, arrived } = await embedding!;
      timings.embedMs = arrived - embeddingSent;
      started = performance.now();
      const denseHits = deps.vector!.search(vector, breadth);
      timings.vectorMs = performance.now() - started;
      denseHits.forEach((hit, i) => {
        const c = candidateFor(hit.label);
        if (c !== undefined) {
          c.denseSimilarity = hit.similarity;
          c.denseRank = i + 1;
        }
      });
    }

    started = performance.now();
    const fused = [...candidates.values()];
    admit(fused.slice(wordsFound.length));
    const chosen = rank(fused, hybrid);
    const passages = chosen.map((c) => toPassage(c));
    const wordsAlsoRankFirst = offset === 0 ? lexicalFirst.filter((c) => !chosen.includes(c)).map((c) => toPassage(c)) : [];
    timings.fusionMs += performance.now() - started;
    return { question, mode, passages, ...(wordsAlsoRankFirst.length > 0 ? { lexicalExtras: wordsAlsoRankFirst } : {}), ...(hybrid ? { lexicalRanking } : {}), wordWeights, unseenWords, evidence: analysed, timings };
  }

  return { mode, search };
}
