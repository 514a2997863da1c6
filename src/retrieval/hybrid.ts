import { performance } from 'node:perf_hooks';
import { termSet, termKind } from '../corpus/terms.ts';
import { bagOfTerms, coverage, questionEvidence, wordWeightsFromFrequencies } from './evidence.ts';
import type { TermBag } from './evidence.ts';
import { chunkRef } from '../corpus/types.ts';
import type { Chunk, DocumentMeta } from '../corpus/types.ts';
import type { LexicalIndex } from '../index/lexical.ts';
import type { RetrievalMode, RetrievalResult, RetrievedPassage } from './types.ts';

export interface RetrieverOptions {
  /** Passages returned per search unless the call asks for another k. */
  topK: number;
  /** Passages one document may place among the results before other documents are used up. */
  maxPassagesPerDocument: number;
  /** Hits taken from each index before fusion; default max(4 × (offset + k), 30). */
  candidates?: number;
}

export interface RetrieverDeps {
  lexical: LexicalIndex;
  vector?: { search(vector: Float32Array, k: number): { label: number; similarity: number }[] };
  embedQuery?: (question: string) => Promise<Float32Array>;
  /** The chunk under a label, its document's metadata and content hash (for the chunk's ref). */
  chunkByLabel(label: number): { chunk: Chunk; meta: DocumentMeta; contentHash: string } | undefined;
  options: RetrieverOptions;
}

export interface SearchOptions {
  /** Skip this many of the best passages ("more"). */
  offset?: number;
  /** Passages wanted; default options.topK. */
  k?: number;
}

export interface Retriever {
  readonly mode: RetrievalMode;
  search(question: string, options?: SearchOptions): Promise<RetrievalResult>;
}

/** Reciprocal rank fusion constant: the usual 60 keeps a single first place from dominating. */
const RRF_K = 60;
/**
 * Weights of the two rankings in the fusion. Equal: on the dev set neither ranking alone is
 * reliable across languages (BM25 misses paraphrases, a small model misses rare names), and the
 * fused rank is what both agree on.
 */
const LEXICAL_WEIGHT = 1;
const DENSE_WEIGHT = 1;
/** Share of the fused relevance given by normalized scores; the rest by rank (RRF). */
const SCORE_SHARE = 0.5;
/**
 * Share of the final relevance given by evidence coverage (the weighted share of the question's
 * words a passage contains, with the same analysis the answer uses); the rest by the fused rank.
 * Coverage re-ranks the candidates both indexes found: it keeps a passage that BM25 and the model
 * agree on weakly but that names everything asked above one that one index alone liked.
 */
const EVIDENCE_SHARE = 0.6;
/**
 * Passages whose analysed terms the retriever remembers across questions (oldest forgotten
 * first): the passages a corpus's questions bring back recur, and analysing a passage's text is
 * most of the cost of fusion. About 5 KB each.
 */
const PASSAGE_CACHE_LIMIT = 4096;
/** Passages from different documents whose word sets overlap this much are the same text. */
const NEAR_DUPLICATE_JACCARD = 0.85;
/**
 * A passage past its document's quota is let in early when its normalized score (lexical and
 * dense scores, not ranks) is at least this share of the best one's: the question is about that
 * document, and its third passage is worth more than another document's weak one. On the seeds,
 * passages that answer the question score 0.5–1.0 of the best; other documents' passages that
 * merely share a topic word score below 0.35.
 */
const STRONG_PASSAGE_SHARE = 0.5;

interface Candidate {
  label: number;
  chunk: Chunk;
  meta: DocumentMeta;
  contentHash: string;
  lexicalScore?: number;
  lexicalRank?: number;
  denseSimilarity?: number;
  denseRank?: number;
  /** Weighted mean of the normalized lexical and dense scores, in [0, 1]. */
  scoreFusion: number;
  relevance: number;
  terms: PassageTerms;
}

/** A candidate as the two searches find it, before its text is analysed. */
type Hit = Omit<Candidate, 'terms'>;

/** A passage's analysed terms, computed once per passage and kept across questions. */
interface PassageTerms {
  bag: TermBag;
  /** Written-word terms only, to compare passages' wording (near-duplicates); made when first needed. */
  words?: Set<string>;
  /** Terms of the passage's text outside a span it shares with another passage, by "start:end". */
  outside: Map<string, Set<string>>;
}

function fuse(list: Candidate[], hybrid: boolean): void {
  const maxLexical = Math.max(0, ...list.map((c) => c.lexicalScore ?? 0));
  const sims = list.flatMap((c) => (c.denseSimilarity === undefined ? [] : [c.denseSimilarity]));
  const maxSim = Math.max(...sims);
  const minSim = Math.min(...sims);
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

function analysePassage(text: string): PassageTerms {
  return { bag: bagOfTerms(termSet(text)), outside: new Map() };
}

function wordsOf(terms: PassageTerms): Set<string> {
  if (terms.words === undefined) {
    terms.words = new Set();
    for (const t of terms.bag.terms) if (termKind(t) === 'word') terms.words.add(t);
  }
  return terms.words;
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

/**
 * Whether `later` adds nothing for the question to `kept`, an overlapping chunk of the same
 * document: every question term it matches lies in the text the two chunks share.
 */
function addsNothingOverOverlap(later: Candidate, kept: Chunk, questionTerms: Set<string>): boolean {
  const start = Math.max(later.chunk.start, kept.start);
  const end = Math.min(later.chunk.end, kept.end);
  if (end <= start) return false;
  const key = `${start}:${end}`;
  let own = later.terms.outside.get(key);
  if (own === undefined) {
    const ownText = later.chunk.sentences.filter((s) => s.end <= start || s.start >= end).map((s) => s.text).join(' ');
    later.terms.outside.set(key, (own = termSet(ownText)));
  }
  for (const t of questionTerms) if (own.has(t)) return false;
  return true;
}

function isDuplicate(c: Candidate, kept: readonly Candidate[], questionTerms: Set<string>): boolean {
  for (const k of kept) {
    if (k.chunk.source === c.chunk.source) {
      if (addsNothingOverOverlap(c, k.chunk, questionTerms)) return true;
    } else if (jaccardAtLeast(wordsOf(c.terms), wordsOf(k.terms), NEAR_DUPLICATE_JACCARD)) {
      return true;
    }
  }
  return false;
}

/**
 * Orders candidates for the answer: near-duplicates dropped, at most maxPerDocument passages of a
 * document ahead of other documents' passages (unless strong, see STRONG_PASSAGE_SHARE), then the
 * rest by relevance so that `wanted` passages come back whenever there are that many candidates.
 */
function diversify(sorted: Candidate[], wanted: number, maxPerDocument: number, questionTerms: Set<string>): Candidate[] {
  const unique: Candidate[] = [];
  const duplicates: Candidate[] = [];
  for (const c of sorted) (isDuplicate(c, unique, questionTerms) ? duplicates : unique).push(c);

  const best = Math.max(0, ...unique.map((c) => c.scoreFusion));
  const perDocument = new Map<string, number>();
  const chosen: Candidate[] = [];
  const deferred: Candidate[] = [];
  for (const c of unique) {
    if (chosen.length >= wanted) break;
    const count = perDocument.get(c.chunk.source) ?? 0;
    if (count < maxPerDocument || c.scoreFusion >= STRONG_PASSAGE_SHARE * best) {
      chosen.push(c);
      perDocument.set(c.chunk.source, count + 1);
    } else {
      deferred.push(c);
    }
  }
  // Never shrink k silently: fill from passages held back by the quota, then from duplicates.
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
  // Analysed passages kept across questions: the same ones come back again and again.
  const passageTerms = new Map<number, PassageTerms>();
  const termsOf = (label: number, chunk: Chunk): PassageTerms => {
    let terms = passageTerms.get(label);
    // A label's text never changes (labels are not reused), so the label is the key.
    if (terms === undefined) {
      if (passageTerms.size >= PASSAGE_CACHE_LIMIT) passageTerms.delete(passageTerms.keys().next().value!);
      terms = analysePassage(chunk.text);
      passageTerms.set(label, terms);
    }
    return terms;
  };

  async function search(question: string, options: SearchOptions = {}): Promise<RetrievalResult> {
    const k = Math.max(0, Math.floor(options.k ?? deps.options.topK));
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const wanted = offset + k;
    const breadth = deps.options.candidates ?? Math.max(4 * wanted, 30);
    const timings = { embedMs: 0, vectorMs: 0, lexicalMs: 0, fusionMs: 0 };
    const candidates = new Map<number, Hit>();
    const candidateFor = (label: number): Hit | undefined => {
      let c = candidates.get(label);
      if (c === undefined) {
        const found = deps.chunkByLabel(label);
        if (found === undefined) return undefined; // removed since the index was built
        c = { label, ...found, scoreFusion: 0, relevance: 0 };
        candidates.set(label, c);
      }
      return c;
    };

    let started = performance.now();
    const lexical = deps.lexical.searchWords(question, breadth);
    const lexicalHits = lexical.hits;
    const wordWeights = wordWeightsFromFrequencies(lexical.words, lexical.documentCount);
    timings.lexicalMs = performance.now() - started;
    lexicalHits.forEach((hit, i) => {
      const c = candidateFor(hit.label);
      if (c !== undefined) Object.assign(c, { lexicalScore: hit.score, lexicalRank: i + 1 });
    });

    if (hybrid) {
      started = performance.now();
      const vector = await deps.embedQuery!(question);
      timings.embedMs = performance.now() - started;
      started = performance.now();
      const denseHits = deps.vector!.search(vector, breadth);
      timings.vectorMs = performance.now() - started;
      denseHits.forEach((hit, i) => {
        const c = candidateFor(hit.label);
        if (c !== undefined) Object.assign(c, { denseSimilarity: hit.similarity, denseRank: i + 1 });
      });
    }

    started = performance.now();
    const fused: Candidate[] = [...candidates.values()].map((hit) => ({ ...hit, terms: termsOf(hit.label, hit.chunk) }));
    fuse(fused, hybrid);
    const evidence = questionEvidence(question, wordWeights);
    for (const c of fused) {
      c.relevance = (1 - EVIDENCE_SHARE) * c.relevance + EVIDENCE_SHARE * coverage(evidence, c.terms.bag).share;
    }
    const sorted = fused.sort((a, b) => b.relevance - a.relevance || a.label - b.label);
    const chosen = diversify(sorted, wanted, deps.options.maxPassagesPerDocument, evidence.terms).slice(offset, offset + k);
    const passages: RetrievedPassage[] = chosen.map((c) => ({
      chunk: c.chunk,
      meta: c.meta,
      ...(c.denseSimilarity !== undefined ? { denseSimilarity: c.denseSimilarity } : {}),
      ...(c.lexicalScore !== undefined ? { lexicalScore: c.lexicalScore } : {}),
      relevance: c.relevance,
      ref: chunkRef(c.contentHash, c.chunk.ordinal),
    }));
    timings.fusionMs = performance.now() - started;
    return { question, mode, passages, wordWeights, timings };
  }

  return { mode, search };
}
