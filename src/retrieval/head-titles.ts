import { CONCEPT_PREFIX } from '../corpus/term-kinds.ts';

const HEAD = `${CONCEPT_PREFIX}head`;
/** The titles under which whoever heads something is written: its chair, director, chief executive, manager. */
const TITLES_OF_A_HEAD = ['chair', 'director', 'ceo', 'manager'].map((id) => CONCEPT_PREFIX + id);

/**
 * The terms that stand for a question word's own in a text, found at a lower credit than its own
 * (MATCH_CREDIT.kin). A question asking for the head of something ("who heads the plant?",
 * "şirkətin rəhbəri kimdir?", "кто руководит?", "대표가 누구야?") is answered by whoever leads it under
 * a title of their own ("the chairman of the board", "direktoru", "гендиректор", "회장"); a text
 * that says "head" itself says it more surely. A question that names a title keeps it: "who chairs
 * the commission?" is not answered by its director.
 */
export function kinTermsOf(terms: readonly string[]): readonly string[] {
  return terms.includes(HEAD) ? TITLES_OF_A_HEAD.filter((t) => !terms.includes(t)) : [];
}
