import { CONCEPT_PREFIX } from '../corpus/term-kinds.ts';

const HEAD = `${CONCEPT_PREFIX}head`;
/** The titles under which whoever heads something is written: its chair, director, chief executive, manager. */
const TITLES_OF_A_HEAD = ['chair', 'director', 'ceo', 'manager'].map((id) => CONCEPT_PREFIX + id);

/**
 * Lexicon concepts that tell of the same fact in other words, each way: people who will work at a
 * plant are its jobs; goods sold abroad are exports; an institution is often an agency; what is paid
 * for a thing is its price; the middle (средний) is the average. Of the pairs that failing read-set
 * questions and their answering sentences showed most often, those that lost no read-set answer
 * (docs/quality.md, the thirty-third round).
 */
const RELATED_CONCEPTS: readonly (readonly [string, string])[] = [
  ['working', 'jobs'],
  ['sale', 'export'],
  ['institution', 'agency'],
  ['payment', 'price'],
  ['middle', 'average'],
];

const RELATED = new Map<string, string[]>();
for (const [a, b] of RELATED_CONCEPTS) {
  for (const [from, to] of [[a, b], [b, a]] as const) RELATED.set(CONCEPT_PREFIX + from, [...(RELATED.get(CONCEPT_PREFIX + from) ?? []), CONCEPT_PREFIX + to]);
}

/**
 * The terms that stand for a question word's own in a text, found at a lower credit than its own
 * (MATCH_CREDIT.kin): a concept's related ones (RELATED_CONCEPTS), and for a head the titles a head
 * is written under. A question asking for the head of something ("who heads the plant?", "şirkətin
 * rəhbəri kimdir?", "кто руководит?", "대표가 누구야?") is answered by whoever leads it under a title
 * of their own ("the chairman of the board", "direktoru", "гендиректор", "회장"); a text that says
 * "head" itself says it more surely. A question that names a title keeps it: "who chairs the
 * commission?" is not answered by its director.
 */
export function kinTermsOf(terms: readonly string[]): readonly string[] {
  const kin = new Set<string>();
  for (const term of terms) for (const related of RELATED.get(term) ?? []) kin.add(related);
  if (terms.includes(HEAD)) for (const title of TITLES_OF_A_HEAD) kin.add(title);
  return [...kin].filter((t) => !terms.includes(t));
}
