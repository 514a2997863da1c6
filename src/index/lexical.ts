import MiniSearch from 'minisearch';
import { ANALYZER_VERSION, termsOfToken, tokenizeWords } from '../corpus/terms.ts';
import { AppError } from '../errors.ts';

/** A BM25 hit: `label` is the chunk's label in the store, `score` its BM25 score (larger is better). */
export interface LexicalHit {
  label: number;
  score: number;
}

interface LexicalEntry {
  id: number;
  text: string;
}

const FORMAT_VERSION = 1;

function miniSearchOptions() {
  return {
    fields: ['text'],
    idField: 'id',
    tokenize: (text: string) => tokenizeWords(text),
    processTerm: (term: string) => termsOfToken(term),
    searchOptions: {
      prefix: (term: string) => term.length >= 4,
      fuzzy: (term: string) => (term.length >= 6 ? 0.2 : false),
      combineWith: 'OR' as const,
      weights: { fuzzy: 0.3, prefix: 0.6 },
    },
  };
}

/**
 * BM25 index over chunk texts, keyed by chunk label. Serializes to JSON with its own format
 * and analyzer versions, and refuses JSON written by another analyzer.
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
    return new LexicalIndex(MiniSearch.loadJS(parsed.index as never, miniSearchOptions()));
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

  search(query: string, limit: number): LexicalHit[] {
    return this.search_
      .search(query)
      .slice(0, limit)
      .map((r) => ({ label: r.id as number, score: r.score }));
  }

  serialize(): string {
    return JSON.stringify({ format: FORMAT_VERSION, analyzer: ANALYZER_VERSION, index: this.search_.toJSON() });
  }
}
