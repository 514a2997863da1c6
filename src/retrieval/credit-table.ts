import { termKind } from '../corpus/terms.ts';
import type { LexicalIndex, TermQuery } from '../index/lexical.ts';
import { MATCH_CREDIT, PREFIXED_WORD_LONGER_THAN, prefixesOf } from './evidence.ts';
import type { QuestionEvidence, WordMatcher } from './evidence.ts';

/** What the table reads of a candidate passage, and the row it gives it. */
export interface CreditRowed {
  label: number;
  found: { leadLabel?: number };
  /** Its row in the table's credits. */
  creditRow: number;
}

/**
 * The credits of the question's words in each candidate and in the first passage of each
 * candidate's document (its title and lead), read from the index: a news article names who, where
 * and when at its top, then goes on with "he" and "the ambassador". Rows are added as candidates
 * come (the words' candidates first, the dense search's after its vector arrives); a row depends
 * only on its passage. leadRow gives a candidate's lead row; a lead that is itself a candidate
 * shares its row.
 */
export class CreditTable<C extends CreditRowed> {
  credits = new Float64Array(0);
  private readonly rowOf = new Map<number, number>();
  private readonly labels: number[] = [];

  constructor(
    private readonly evidence: QuestionEvidence,
    private readonly lexical: LexicalIndex,
    /** Whether leads are read at all (the fusion's lead share is above 0). */
    private readonly withLeads: boolean,
  ) {}

  /** Gives each candidate (and its lead) a row, reading the credits of those that had none. */
  add(candidates: readonly C[]): void {
    const first = this.labels.length;
    const take = (label: number) => {
      if (!this.rowOf.has(label)) this.rowOf.set(label, this.labels.push(label) - 1);
    };
    for (const c of candidates) take(c.label);
    if (this.withLeads) for (const c of candidates) if (c.found.leadLabel !== undefined) take(c.found.leadLabel);
    for (const c of candidates) c.creditRow = this.rowOf.get(c.label)!;
    if (this.labels.length === first) return;
    const added = indexedCredits(this.evidence, this.labels.slice(first), this.lexical);
    const credits = new Float64Array(this.credits.length + added.length);
    credits.set(this.credits);
    credits.set(added, this.credits.length);
    this.credits = credits;
  }

  leadRow(c: C): number | undefined {
    const lead = c.found.leadLabel;
    return !this.withLeads || lead === undefined || lead === c.label ? undefined : this.rowOf.get(lead);
  }
}

/** What LexicalIndex.matchTerms answers: which passages hold which terms. */
export interface TermMatching {
  matchTerms(queries: readonly TermQuery[], labels: readonly number[]): Uint8Array[];
}

/**
 * The credit of each evidence word of the question in each passage `labels`, as textMatcher gives
 * it for the passage's text, read from the lexical index that holds the passages' terms: no
 * passage text is analysed. The credit of evidence.words[w] in labels[p] is at
 * [p × evidence.words.length + w] (see creditMatcher, creditMap).
 */
export function indexedCredits(evidence: QuestionEvidence, labels: readonly number[], index: TermMatching): Float64Array {
  const queries: TermQuery[] = [];
  const exactQuery = new Map<string, number>();
  const prefixQuery = new Map<string, number>();
  for (const word of evidence.words) {
    for (const term of [...word.terms, ...(word.kin ?? [])]) if (!exactQuery.has(term)) exactQuery.set(term, queries.push({ term }) - 1);
    for (const term of prefixesOf(word.terms)) {
      if (!prefixQuery.has(term)) prefixQuery.set(term, queries.push({ term, prefixLongerThan: PREFIXED_WORD_LONGER_THAN }) - 1);
    }
  }
  const found = index.matchTerms(queries, labels);
  const wordCount = evidence.words.length;
  const credits = new Float64Array(labels.length * wordCount);
  evidence.words.forEach((word, w) => {
    for (const term of word.terms) {
      const exact = found[exactQuery.get(term)!]!;
      if (termKind(term) === 'gram') {
        // Each bigram adds its share; the sum is compared with the other terms' credit below.
        continue;
      }
      const prefix = prefixQuery.has(term) ? found[prefixQuery.get(term)!]! : undefined;
      const credit = MATCH_CREDIT[termKind(term)];
      for (let p = 0; p < labels.length; p++) {
        const at = p * wordCount + w;
        if (exact[p] === 1) credits[at] = Math.max(credits[at]!, credit);
        else if (prefix?.[p] === 1) credits[at] = Math.max(credits[at]!, MATCH_CREDIT.prefix);
      }
    }
    for (const term of word.kin ?? []) {
      const held = found[exactQuery.get(term)!]!;
      for (let p = 0; p < labels.length; p++) {
        const at = p * wordCount + w;
        if (held[p] === 1) credits[at] = Math.max(credits[at]!, MATCH_CREDIT.kin);
      }
    }
    if (word.grams > 0) {
      const gramRows = word.terms.filter((term) => termKind(term) === 'gram').map((term) => found[exactQuery.get(term)!]!);
      for (let p = 0; p < labels.length; p++) {
        const held = gramRows.reduce((n, row) => n + row[p]!, 0);
        const at = p * wordCount + w;
        if (held > 0) credits[at] = Math.max(credits[at]!, (MATCH_CREDIT.gram * held) / word.grams);
      }
    }
  });
  return credits;
}

/** Passage `p`'s credits from indexedCredits, as a matcher of the question's words (by QuestionWord.key). */
export function creditMatcher(evidence: QuestionEvidence, credits: Float64Array, p: number): WordMatcher {
  const row = p * evidence.words.length;
  return (word) => {
    const w = evidence.wordIndex.get(word.key);
    return w === undefined ? 0 : credits[row + w]!;
  };
}

/** Passage `p`'s credits from indexedCredits by QuestionWord.key (RetrievedPassage.wordCredits). */
export function creditMap(evidence: QuestionEvidence, credits: Float64Array, p: number): Map<string, number> {
  const row = p * evidence.words.length;
  return new Map(evidence.words.map((word, w) => [word.key, credits[row + w]!]));
}
