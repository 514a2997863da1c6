import { CONCEPT_PREFIX } from '../corpus/term-kinds.ts';

const HEAD = `${CONCEPT_PREFIX}head`;
/** The titles under which whoever heads something is written: its chair, director, chief executive, manager. */
const TITLES_OF_A_HEAD = ['chair', 'director', 'ceo', 'manager'].map((id) => CONCEPT_PREFIX + id);

/**
 * Groups of lexicon concepts that tell of the same fact in other words, each way. The first five
 * are the pairs that failing read-set questions and their answering sentences showed most often
 * and that lost no read-set answer (docs/quality.md, the thirty-third round): people who will work
 * at a plant are its jobs; goods sold abroad are exports; an institution is often an agency; what is
 * paid for a thing is its price; the middle (средний) is the average. The rest are the concepts a
 * helper listed, from knowledge of the languages, as ones users type for one another ("deal" for a
 * memorandum, "fee" for a tariff, "clinic" for a polyclinic), less three it listed: the titles of
 * a head, kept apart when a question names one (kinTermsOf), and two the development set showed
 * apart (the forty-second round): a meeting, a conference, a session and a summit (a summit's date
 * was answered by another meeting's), and teaching, research and education beside studying (students
 * studying were answered by a "Korean Studies" centre, and in hybrid mode by another article's
 * students than the education page asked of).
 */
const RELATED_CONCEPT_GROUPS: readonly (readonly string[])[] = [
  ['working', 'jobs'],
  ['sale', 'export'],
  ['institution', 'agency'],
  ['payment', 'price'],
  ['middle', 'average'],
  ['agreement', 'deal', 'memorandum', 'agree'],
  ['negotiations', 'discussed', 'consultations'],
  ['visit', 'travel', 'tourism'],
  ['employee', 'jobs'],
  ['open', 'inauguration'],
  ['closing', 'suspend'],
  ['purchase', 'merger'],
  ['price', 'tariff', 'fee'],
  ['revenue', 'turnover', 'profit'],
  ['trade', 'turnover'],
  ['support', 'assistance'],
  ['provide', 'supply'],
  ['fund', 'investment', 'budget'],
  ['tax', 'levy'],
  ['study', 'learn', 'training'],
  ['education', 'training'],
  ['scientist', 'research'],
  ['reject', 'refuse', 'cancel'],
  ['complete', 'finish'],
  ['dismiss', 'resign'],
  ['died', 'killed'],
  ['award', 'laureate', 'winner'],
  ['gift', 'donate', 'present'],
  ['hospital', 'polyclinic'],
  ['region', 'province', 'district'],
  ['country', 'state', 'national'],
  ['law', 'rules', 'regulation'],
  ['delegation', 'mission'],
  ['construction', 'housing'],
  ['repair', 'reconstruction', 'modernize'],
  ['increase', 'expand'],
  ['cooperation', 'partner'],
  ['company', 'business', 'entrepreneur'],
  ['soldier', 'defense'],
  ['doctor', 'medical'],
  ['announce', 'statement'],
  ['use', 'implement', 'application'],
];

const RELATED = new Map<string, string[]>();
for (const group of RELATED_CONCEPT_GROUPS) {
  for (const from of group) {
    const others = group.filter((to) => to !== from).map((to) => CONCEPT_PREFIX + to);
    RELATED.set(CONCEPT_PREFIX + from, [...(RELATED.get(CONCEPT_PREFIX + from) ?? []), ...others]);
  }
}

/**
 * The terms that stand for a question word's own in a text, found at a lower credit than its own
 * (MATCH_CREDIT.kin): a concept's related ones (RELATED_CONCEPT_GROUPS), and for a head the titles a head
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
