import { CONCEPT_PREFIX } from '../corpus/term-kinds.ts';

const HEAD = `${CONCEPT_PREFIX}head`;
/** The titles under which whoever heads something is written: its chair, director, chief executive, manager. */
const TITLES_OF_A_HEAD = ['chair', 'director', 'ceo', 'manager'].map((id) => CONCEPT_PREFIX + id);

/**
 * Groups of lexicon concepts, written as their names, that tell of the same fact in other words,
 * each way. The first five are the pairs that failing read-set questions and their answering
 * sentences showed most often and that lost no read-set answer (docs/quality.md, the thirty-third
 * round): people who will work at a plant are its jobs; goods sold abroad are exports; an
 * institution is often an agency; what is paid for a thing is its price; the middle (средний) is
 * the average. The rest are the concepts a helper listed, from knowledge of the languages, as ones
 * users type for one another ("deal" for a memorandum, "fee" for a tariff, "clinic" for a
 * polyclinic), less three it listed: the titles of a head, kept apart when a question names one
 * (kinTermsOf), and two the development set showed apart (the forty-second round): a meeting, a
 * conference, a session and a summit (a summit's date was answered by another meeting's), and
 * teaching, research and education beside studying (students studying were answered by a "Korean
 * Studies" centre, and in hybrid mode by another article's students than the education page asked
 * of). The groups from a government and the state on are a second helper's 147, written the same
 * way, less the 25 that lost more read-set answers than they gained (opening as launching, founding
 * or operating; a factory as a plant; a company as a venture; matches as games; …). The groups from
 * 'payment fund sponsor' on are a third helper's, written the same way, aimed at the everyday words
 * users type in a chat for an article's word ("kids" for pupils, "baby fish" for fingerlings, a
 * loan for a debt), less three that each lost a read-set question outright (a bank as the Eximbank,
 * an aircraft as a flight, a plan as wanting; the forty-third round).
 */
export const RELATED_CONCEPT_GROUPS: readonly (readonly string[])[] = [
  'working jobs', 'sale export', 'institution agency', 'payment price', 'middle average',
  'agreement deal memorandum agree', 'negotiations discussed consultations', 'visit travel tourism',
  'employee jobs', 'open inauguration', 'closing suspend', 'purchase merger', 'price tariff fee',
  'revenue turnover profit', 'trade turnover', 'support assistance', 'provide supply',
  'fund investment budget', 'tax levy', 'study learn training', 'education training', 'scientist research',
  'reject refuse cancel', 'complete finish', 'dismiss resign', 'died killed', 'award laureate winner',
  'gift donate present', 'hospital polyclinic', 'region province district', 'country state national',
  'law rules regulation', 'delegation mission', 'construction housing', 'repair reconstruction modernize',
  'increase expand', 'cooperation partner', 'company business entrepreneur', 'soldier defense',
  'doctor medical', 'announce statement', 'use implement application', 'government state',
  'government cabinet', 'agreement convention protocol', 'statement communique', 'ratify approve',
  'spokesman representative', 'meeting received', 'visitor tourism visit', 'travel excursion',
  'union alliance', 'agree consensus', 'strengthen deepen expand', 'letter message',
  'gratitude appreciated', 'view stance', 'election vote', 'war conflict', 'tension escalation',
  'genocide massacre tragedy', 'prison captivity', 'safety security', 'damage loss', 'protest rally',
  'sanctions embargo', 'permit license', 'seminar workshop webinar', 'donate donor', 'assistance donate',
  'gift souvenir', 'wreath flower', 'memorial sculpture', 'complete finalize', 'delay postpone',
  'reject deny', 'pavilion booth', 'transport shipment cargo', 'supply deliver', 'price expense',
  'amount volume quantity', 'turnover volume', 'share proportion', 'fund loan', 'allocate fund',
  'owner ownership', 'trade commerce', 'currency forex', 'labour jobs', 'specialist professional',
  'internship trainee', 'diaspora community', 'family relatives', 'goods production',
  'production assemble', 'equipment device', 'industry sector', 'area sector', 'oil crude',
  'climate warming', 'nature environment', 'tree sapling', 'agriculture agrarian', 'livestock cow',
  'food grocery', 'corridor route', 'hub center', 'station terminal', 'road motorway', 'ship tanker',
  'ship shipyard', 'flight charter', 'ticket tariff', 'accident incident', 'chip semiconductor',
  'display screen', 'computer laptop', 'website portal', 'internet online',
  'online remote videoconference', 'digital digitalization', 'digital electronic',
  'data statistics information', 'press media', 'television broadcast', 'broadcast livestream',
  'translation interpreter', 'translation subtitle', 'publish printing', 'premiere screening',
  'webtoon comics', 'exam test', 'hangul alphabet', 'certificate diploma', 'science research',
  'academic science', 'health medical', 'health healthy', 'doctor surgeon', 'drug medical',
  'vaccine immunization', 'coronavirus pandemic epidemic', 'diagnosis checkup', 'children pediatric',
  'mental psychology', 'issue difficult challenge', 'opportunity potential prospects',
  'monitoring control', 'domestic local', 'previous former', 'current incumbent', 'half semiannual',
  'expect forecast', 'hope expect', 'hope want', 'join member', 'accommodation hotel', 'housing apartment',
  'village township', 'street avenue', 'winner victory champion', 'tournament competition cup',
  'team club', 'stadium arena',
  'payment fund sponsor', 'expense budget', 'price budget', 'salary payment', 'price expensive',
  'price cheap', 'purchase import', 'order purchase', 'buyer client', 'seller distributor', 'shop retail',
  'loan debt', 'copies printing', 'customs tariff', 'provide allocate', 'send deliver', 'send shipment',
  'jobs vacancy', 'warehouse storage', 'visitor spectators', 'fan spectators', 'guest visitor',
  'visit participant', 'children student', 'women girl', 'teacher tutor', 'foreigner expat',
  'expat diaspora', 'resident population', 'singer idol', 'singer musician', 'victim injured', 'victim died',
  'victim killed', 'patient disease', 'surgery surgeon', 'friend friendship', 'ship boat ferry',
  'wagon locomotive', 'bridge overpass', 'fuel gasoline', 'fuel diesel', 'pipe pipeline', 'phone mobile',
  'app software', 'internet wifi', 'online virtual', 'device gadget', 'equipment machinery',
  'appliance electronics', 'clothing hanbok', 'clothing dress', 'gas gasification',
  'electricity electrification', 'green renewable clean', 'restaurant cafe', 'parkland garden',
  'museum gallery', 'old ancient', 'age old', 'concert performance', 'song soundtrack', 'drama series',
  'film documentary', 'video clip', 'channel television', 'art artwork painting', 'book novel',
  'book anthology', 'book textbook', 'translation dubbing', 'course lesson', 'kindergarten preschool',
  'graduate diploma', 'dinner reception', 'holiday festival', 'exhibition showcase', 'newspaper press',
  'fingerling fish', 'fingerling baby', 'fish sturgeon', 'fish trout', 'harvest yield', 'livestock sheep',
  'dessert candy', 'juice concentrate', 'farm agriculture', 'discussed conversation',
  'conversation dialogue', 'plan expect', 'initiative idea propose', 'joint cooperation', 'office branch',
  'association federation', 'risk threat', 'speed rapid', 'battle clash', 'corruption bribe',
  'vaccine injection', 'coronavirus virus',
].map((group) => group.split(' '));

/** Each concept's term and the terms of the others in its groups (a concept may stand in several). */
const RELATED = new Map<string, Set<string>>();
for (const group of RELATED_CONCEPT_GROUPS) {
  for (const from of group) {
    const related = RELATED.get(CONCEPT_PREFIX + from) ?? new Set<string>();
    for (const to of group) if (to !== from) related.add(CONCEPT_PREFIX + to);
    RELATED.set(CONCEPT_PREFIX + from, related);
  }
}

/**
 * The terms that stand for a question word's own in a text, found at a lower credit than its own
 * (MATCH_CREDIT.kin): a concept's related ones (RELATED_CONCEPT_GROUPS), and for a head the
 * titles a head is written under. A question asking for the head of something ("who heads the plant?", "şirkətin
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
