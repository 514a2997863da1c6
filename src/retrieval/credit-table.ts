import type { LexicalIndex } from '../index/lexical.ts';
import { indexedCredits } from './evidence.ts';
import type { QuestionEvidence } from './evidence.ts';

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
