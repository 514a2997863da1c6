/**
 * Words that share a stem with a lexicon word but mean something else, so that the stem does not
 * give them its concept: Azerbaijani verilib (was given) is no programme (veriliş), qazanıb (won)
 * no gas (qaz), tərkibində (in its make-up) no leaving (tərk), qısa (short) no winter (qış);
 * Russian прошлого (last, of a year) is no holding of an event (прошло), вместе (together) no
 * capacity (вместимость); Azerbaijani vasitəsilə (by means of) is no mediation, daxildir (is
 * included) nothing domestic; English authority is no author, a response nobody responsible, operations no opera, posted no post
 * office, a charge no charging. Found by listing the words of the evaluation corpora that take a
 * concept only through a stem, most frequent first (docs/quality.md, the thirty-fourth round).
 * Written as text writes them and folded as the lexicon's words are; only these forms lose the
 * concept, other forms of the word still reach it through their stem.
 */
export const NO_CONCEPT_WORDS: readonly string[] = [
  'verilib verilir veriləcək verilmiş verilmişdir verilən verildi verilməsi',
  'qazanıb qazanıblar qazandı qazanan',
  'tərkibi tərkibində tərkibinə tərkibindən',
  'qısa',
  'vasitəsilə',
  'daxildir',
  'прошлого прошлом прошлый прошлой прошлым прошлые прошлых прошлую',
  'вместе',
  'authority authorities',
  'operations',
  'posted',
  'charge charges charged',
  'response responses',
  // English words a stem joins to another concept: to consider (considerable), contain (container),
  // examine (exam), find (an archaeological find), turn (turnir), fertility, an intern, an organ,
  // hospitality, a celebrity, animation, a generator, personal (people), mining (demining), a doctorate,
  // public (publish), good (goods), missing (a mission)
  'consider considered considering',
  'contain contained containing',
  'examine examined examining',
  'find finds finding',
  'turn turns turned turning',
  'fertility',
  'intern interns',
  'organ organs',
  'hospitality',
  'celebrity celebrities',
  'animation anime',
  'generator generators',
  'personal',
  'mining',
  'doctorate',
  'public',
  'good',
  'missing',
  // Azerbaijani: became (oldu, English old), wrote (yazdı, spring), rich (zəngin, Zəngilan), a kind (növ,
  // November), a bus stop (dayanacaq, suspend), a viewer (izləyici, a tracker), black (qara, snow)
  'oldu',
  'yazdı yazıb',
  'zəngin',
  'növ növü növləri',
  'dayanacaq dayanacağı dayanacaqlar',
  'izləyici izləyicilər izləyir',
  'qara',
  // open, public (açıq): its stem is announcing's (açıqlayıb)
  'açıq açıqdır',
  // Russian: a choice (выбор, elections), an action (действие, incumbent), to ask (спросить, demand), to do (делать, affairs)
  'выбор выбора',
  'действие действия',
  'спросить спросил спросила спросили',
  'делать делаем делает делают',
  // Azerbaijani "ziyan dəyib" (damage was done) is no day (day- of dəyib); Russian горит (is burning) no mountain (гора)
  'dəyib dəydi dəyən',
  'горит горят',
  // Korean: learning (배우고) is no actor (배우), a mood (분위기) no crisis (위기), a missing person (실종자) no seed (종자),
  // a disclosure (폭로) no width (폭), a monastery (수도원) no capital (수도)
  '배우고 분위기 실종자 폭로 수도원',
  // Korean words that begin with a chat word (lexicon-chat.ts): Albania (알바니아) is no part-time job (알바), and
  // "빚은" is mostly a verb's form (갈등을 빚은, that caused a conflict), not a debt (빚) with its particle
  '알바니아 알바니아어 알바니아인 빚은',
  // Korean "인하여" (due to, as "로 인하여") is no cut in a price or rate (인하, lexicon.ts)
  '인하여',
];
