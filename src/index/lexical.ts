import MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';
import { ANALYZER_VERSION, analyzeWords, cachedTermsOfToken, indexTokens, phraseAcronyms, termKind } from '../corpus/terms.ts';
import type { TermCache, TermKind } from '../corpus/terms.ts';
import { AppError } from '../errors.ts';

/** A BM25 hit: `label` is the chunk's label in the store, `score` its BM25 score (larger is better). */
export interface LexicalHit {
  label: number;
  score: number;
}

/** How many indexed passages contain a query word (any of its terms, prefix and fuzzy matches included). */
export interface WordFrequency {
  token: string;
  documents: number;
}

interface LexicalEntry {
  id: number;
  text: string;
}

const FORMAT_VERSION = 2;

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
};

// Each search looks up one already-analysed term: no further tokenizing or processing.
const ONE_TERM: SearchOptions = {
  tokenize: (term: string) => [term],
  processTerm: (term: string) => term,
  combineWith: 'OR',
  // Prefix and fuzzy matching only for written words: keys and concept ids are exact by design.
  prefix: (term: string) => termKind(term) === 'word' && term.length >= 5 && !/^\p{N}+$/u.test(term),
  fuzzy: (term: string) => (termKind(term) === 'word' && term.length >= 7 && !/\p{N}/u.test(term) ? 1 : false),
  weights: { fuzzy: 0.3, prefix: 0.5 },
};

/** Analysed tokens are cached per index: news text repeats its words, and analysis is the cost of adding. */
const TERM_CACHE_LIMIT = 200_000;

const PHRASE_ACRONYM: SearchOptions = { ...ONE_TERM, prefix: false, fuzzy: 1, weights: { fuzzy: 0.8, prefix: 0 } };

function miniSearchOptions() {
  const cache: TermCache = new Map();
  return {
    fields: ['text'],
    idField: 'id',
    tokenize: (text: string) => indexTokens(text),
    processTerm: (token: string) => {
      if (cache.size >= TERM_CACHE_LIMIT) cache.clear();
      return cachedTermsOfToken(token, cache);
    },
    searchOptions: ONE_TERM,
  };
}

/**
 * BM25 index over chunk texts, keyed by chunk label. Every word is indexed under several terms
 * (see corpus/terms.ts) and a query term counts by its kind (TERM_KIND_WEIGHTS). Serializes to
 * JSON with its own format and analyzer versions, and refuses JSON written by another analyzer.
 */
export class LexicalIndex {
  private constructor(private readonly search_: MiniSearch<LexicalEntry>) {}

  static create(): LexicalIndex {
    return new LexicalIndex(new MiniSearch<LexicalEntry>(miniSearchOptions()));
  }

  static deserialize(json: string): LexicalIndex {
    let parsed: { format?: unknown; analyzer?: unknown; index?: unknown };
    try {
      parsed = JSON.parse(json) as typeof parsed;
    } catch (cause) {
      throw new AppError('INDEX_CORRUPT', 'The lexical index file is not valid JSON. Run `npm run ingest` to rebuild it.', {}, { cause });
    }
    if (parsed.format !== FORMAT_VERSION || parsed.analyzer !== ANALYZER_VERSION) {
      throw new AppError('INDEX_FORMAT_UNSUPPORTED', 'The lexical index was written by another version. Run `npm run ingest` to rebuild it.', {
        format: parsed.format,
        analyzer: parsed.analyzer,
      });
    }
    try {
      return new LexicalIndex(MiniSearch.loadJS(parsed.index as never, miniSearchOptions()));
    } catch (cause) {
      throw new AppError('INDEX_CORRUPT', 'The lexical index file is damaged. Run `npm run ingest` to rebuild it.', {}, { cause });
    }
  }

  get size(): number {
    return this.search_.documentCount;
  }

  add(entries: readonly { label: number; text: string }[]): void {
    this.search_.addAll(entries.map((e) => ({ id: e.label, text: e.text })));
  }

  remove(labels: readonly number[]): void {
    for (const label of labels) {
      if (this.search_.has(label)) this.search_.discard(label);
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
   * search() that also tells, for each evidence word of the query (as analyzeWords gives it),
   * in how many passages any of its terms occurs: how common the word is in the corpus.
   */
  searchWords(query: string, limit: number): { hits: LexicalHit[]; words: WordFrequency[]; documentCount: number } {
    const words = analyzeWords(query);
    const totals = new Map<number, { score: number; words: number }>();
    const frequencies: WordFrequency[] = [];
    for (const word of words) {
      const best = new Map<number, number>();
      for (const term of word.terms) {
        const weight = TERM_KIND_WEIGHTS[termKind(term)];
        for (const hit of this.search_.search(term)) {
          const score = hit.score * weight;
          if (score > (best.get(hit.id as number) ?? 0)) best.set(hit.id as number, score);
        }
      }
      frequencies.push({ token: word.token, documents: best.size });
      for (const [label, score] of best) {
        const total = totals.get(label) ?? { score: 0, words: 0 };
        total.score += score;
        total.words += 1;
        totals.set(label, total);
      }
    }
    // A capitalised phrase of the question may be abbreviated in the text: its initials find the
    // acronym with at most one letter more or less. A bonus, not a word of the coordination.
    for (const acronym of phraseAcronyms(query)) {
      for (const hit of this.search_.search(acronym, PHRASE_ACRONYM)) {
        const total = totals.get(hit.id as number) ?? { score: 0, words: 0 };
        total.score += hit.score * TERM_KIND_WEIGHTS.acronym;
        totals.set(hit.id as number, total);
      }
    }
    const hits = [...totals]
      .map(([label, t]) => ({ label, score: (t.score * t.words) / words.length }))
      .sort((a, b) => b.score - a.score || a.label - b.label)
      .slice(0, Math.max(0, limit));
    return { hits, words: frequencies, documentCount: this.size };
  }

  serialize(): string {
    return JSON.stringify({ format: FORMAT_VERSION, analyzer: ANALYZER_VERSION, index: this.search_.toJSON() });
  }
}
