/**
 * Term analysis shared by the lexical index and answer-sentence selection, so that both see the
 * same words: "Məmmədov" and "Mammadov", "Koreya" and "Koreyanın", "Byonq-su" and "Byung-soo",
 * "importers" and "idxalatçılar" must meet.
 *
 * One word token gives several terms, each in its own namespace so that a scorer can weigh
 * an exact match above a variant match:
 *   - plain terms (no prefix): the folded word and its light stems (English plural/possessive
 *     and verb endings, Azerbaijani case/possessive/plural suffixes, Russian case endings);
 *   - CONCEPT_PREFIX + id: the entry of a small general bilingual lexicon (en/az/ru/ko news and
 *     diplomacy words, months) the word belongs to;
 *   - SOUND_PREFIX + key: a transliteration-tolerant phonetic key, only for name-like tokens
 *     (capitalised or hyphenated names), so spellings of one name across alphabets meet;
 *   - ACRONYM_PREFIX + letters: initials of a run of capitalised words ("United Nations" → un),
 *     and every all-capital token, so "UN" can find "United Nations".
 * Bump ANALYZER_VERSION whenever the output of any function here changes: stored lexical
 * indexes record it and are rebuilt from the chunk store when it differs.
 */
export const ANALYZER_VERSION = 5;

export const CONCEPT_PREFIX = '=';
export const SOUND_PREFIX = '~';
export const ACRONYM_PREFIX = '^';

export type TermKind = 'word' | 'concept' | 'sound' | 'acronym';

export function termKind(term: string): TermKind {
  switch (term[0]) {
    case CONCEPT_PREFIX:
      return 'concept';
    case SOUND_PREFIX:
      return 'sound';
    case ACRONYM_PREFIX:
      return 'acronym';
    default:
      return 'word';
  }
}

const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ə: 'a', ı: 'i', ğ: 'g', ş: 's', ç: 'c', ö: 'o', ü: 'u', ß: 'ss', ё: 'е',
};

const PLAIN_ASCII = /^[\x00-\x5f\x61-\x7f]*$/;

/** Entries a memo of this file holds before it starts afresh. */
const MEMO_LIMIT = 65_536;

/**
 * A pure function of a string (never returning undefined), remembered: the memo starts afresh
 * when it holds MEMO_LIMIT entries rather than tracking use, which keeps lookups cheap. Filled on
 * use, not at import.
 */
function memoized<T extends NonNullable<unknown> | null>(compute: (key: string) => T): (key: string) => T {
  let memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= MEMO_LIMIT) memo = new Map();
      memo.set(key, (value = compute(key)));
    }
    return value;
  };
}

/** Lower-cases and folds letters to plain Latin where a reader would accept either spelling. */
export function foldText(text: string): string {
  // Plain ASCII (most words of English text) has nothing to fold but case; the backtick becomes an apostrophe below.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  // Turkish/Azerbaijani capital İ lower-cases to "i̇" (i + combining dot): fold it to plain i first.
  const lowered = text.replace(/İ/g, 'i').replace(/I/g, 'i').toLowerCase();
  return lowered
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[’`´ʼ]/g, "'")
    .replace(/[əığşçöüßё]/g, (ch) => LETTER_FOLDS[ch] ?? ch);
}

// A word: letters/digits, joined by inner hyphens or apostrophes ("Byung-soo", "KOICA-nın",
// "Korea's"), numbers keep their decimal/thousands marks ("10,000").
const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+(?:[.,]\p{N}+)*(?:[-‐‑'’ʼ][\p{L}\p{M}\p{N}]+(?:[.,]\p{N}+)*)*/gu;

/** Splits text into word tokens (letters and digits of any script), keeping their original form. */
export function tokenizeWords(text: string): string[] {
  return text.match(WORD_PATTERN) ?? [];
}

// ---------------------------------------------------------------------------------------------
// Stop words: function words and question words of the four languages. They carry no evidence
// for retrieval or abstention (question words are read separately by answer-type detection).

const STOP_WORDS = new Set(
  [
    // English
    'a an the and or but nor of to in on at by for from with without within into onto about above after against along',
    'among around as before behind below between beyond during except inside near off out over since than through',
    'till until up upon via per is am are was were be been being do does did doing done have has had having will would',
    'shall should can could might must it its it\'s this that these those there here he him his she her hers they them',
    'their theirs we us our ours you your yours i me my mine who whom whose which what when where why how whether',
    'not no yes so also too very just only any some all each every both either neither other others such same own',
    'then thus there\'s what\'s who\'s s t get got according tell say said much many more most',
    // Azerbaijani
    'va ve ile ila bu o bir da de ki ucun isa kimi na neca niya hansi hansilar harada hara haradan haca hacan vaxt kiminla',
    'olan olub olur olaraq edib edir etdi etmis edilib edilir kim kimdir kimin kima kimla kimi nadir nayi nadan',
    'uzra an daha cox ham hamcinin amma lakin ya yaxud ancaq artiq har butun ozu onun onlar onlarin biz siz man san',
    'var yox deyil mi mi mu qadar nece necadir hansidir harda olunub olunur sonra avval kimlar arasinda haqqinda barada dair gora',
    // Russian
    'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня',
    'еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там',
    'потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже',
    'себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее',
    'сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас',
    'про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой',
    'им более всегда конечно всю между сколько чей чья какие каким является являются являлся',
    // Korean particles and question words standing alone
    '누가 누구 언제 어디 어디서 무엇 무슨 어떤 몇 얼마나 왜 어떻게 은 는 이 가 을 를 의 에 에서 와 과 도',
  ]
    .join(' ')
    .split(/\s+/)
    // Compared with folded words: "такой" folds to "такои", "üçün" to "ucun".
    .map((word) => foldText(word)),
);

// Stop words that are also common (Korean) surnames: kept when capitalised ("Kim Jin-pyo",
// "So Byonq-su"). Every other capitalised stop word is a sentence start ("Who", "Which").
const SURNAME_STOP_WORDS = new Set(['kim', 'so', 'an', 'ha', 'do', 'na']);

/** Whether a folded word is a function or question word that carries no evidence. */
export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}

// ---------------------------------------------------------------------------------------------
// Light stemming. Conservative: a stem keeps at least MIN_STEM letters, and the folded word is
// always a term too, so a wrong stem costs a little precision, never the exact match.

const MIN_STEM = 3;

/** English: possessive, plural, -ed, -ing, and a final silent e. */
function englishStem(word: string): string {
  let w = word.replace(/'s?$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(sses|xes|ches|shes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > MIN_STEM + 1 && w.endsWith('e')) w = w.slice(0, -1);
  // "planning" → "plann" → "plan": collapse a doubled final consonant left by the ending.
  if (w.length > MIN_STEM + 1 && /([^aeiouy])\1$/.test(w) && !/(ll|ss|ff|zz)$/.test(w)) w = w.slice(0, -1);
  return w;
}

// Azerbaijani inflectional suffixes in folded spelling (ə→a, ı→i, ü→u, ö→o), longest first.
// Stripped repeatedly from the end: "assosiasiyasinin" → assosiasiyasi → assosiasiya → ...
const AZ_SUFFIXES = [
  'larindan', 'larinda', 'larinin', 'larina', 'larini', 'lardan', 'larda', 'larin', 'lari', 'lar',
  'sindan', 'sinda', 'sinin', 'sina', 'sini', 'sunun', 'suna', 'sunu',
  'nin', 'nun', 'dan', 'tan', 'daki', 'da', 'ta', 'na', 'ni', 'nu', 'ya', 'yi', 'yu',
  'in', 'un', 'si', 'su', 'dir', 'dur', 'tir', 'tur', 'ib', 'ub', 'mis', 'mus', 'ci', 'cu', 'di', 'du', 'ti', 'tu', 'an', 'la',
  'a', 'i', 'u',
];

/** AZ_SUFFIXES grouped by their last letter, in the same order: a word's last letter picks the few that can match. */
const AZ_SUFFIXES_BY_LAST_LETTER: ReadonlyMap<string, readonly string[]> = AZ_SUFFIXES.reduce(
  (groups, suffix) => groups.set(suffix.at(-1)!, [...(groups.get(suffix.at(-1)!) ?? []), suffix]),
  new Map<string, string[]>(),
);

/**
 * Every stem reachable by stripping up to four suffixes. All matching suffixes are tried, not
 * just the longest: "parlamentinin" → parlamenti → parlament (-i) and parlamen (-ti) both come
 * out, and the right one meets the bare word.
 */
function azerbaijaniStems(word: string, rounds = 4): string[] {
  const stems = new Set<string>();
  let frontier = [word];
  for (let round = 0; round < rounds && frontier.length > 0; round++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (const suffix of AZ_SUFFIXES_BY_LAST_LETTER.get(w[w.length - 1]!) ?? []) {
        if (!w.endsWith(suffix) || w.length - suffix.length < MIN_STEM) continue;
        const stem = w.slice(0, -suffix.length);
        const found = [stem];
        // A final k/q turns into y/ğ before a vowel ending: agentlik → agentliyi, bazarlıq → bazarlığı.
        if (suffix.startsWith('y')) found.push(`${stem}k`);
        else if (stem.endsWith('y')) found.push(`${stem.slice(0, -1)}k`);
        else if (stem.endsWith('g')) found.push(`${stem.slice(0, -1)}q`, `${stem.slice(0, -1)}k`);
        for (const f of found) {
          if (!stems.has(f)) {
            stems.add(f);
            next.push(f);
          }
        }
      }
    }
    frontier = next;
  }
  return [...stems];
}

const RU_ENDINGS = [
  'иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ией', 'ий', 'ый', 'ой', 'ая', 'яя', 'ое', 'ее', 'ую', 'юю',
  'ых', 'их', 'ым', 'им', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ей', 'ию', 'ия', 'ии', 'ие', 'ю', 'у', 'а', 'я', 'ы', 'и', 'е', 'о', 'ь',
].map((ending) => foldText(ending));

/** Every stem left by stripping one case ending ("отношениям" → отношени, отношен...), so forms meet. */
function russianStems(word: string): string[] {
  return RU_ENDINGS.filter((e) => word.endsWith(e) && word.length - e.length >= MIN_STEM).map((e) => word.slice(0, -e.length));
}

const KO_PARTICLES = ['에서는', '에서', '으로', '에게', '과의', '와의', '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '도', '로'];

function koreanStem(word: string): string {
  const particle = KO_PARTICLES.find((p) => word.endsWith(p) && word.length - p.length >= 2);
  return particle === undefined ? word : word.slice(0, -particle.length);
}

/** Light stems of one folded word (without the word itself), by the script it is written in. */
export function stemsOf(folded: string): string[] {
  if (/\p{Script=Cyrillic}/u.test(folded)) return russianStems(folded);
  if (/\p{Script=Hangul}/u.test(folded)) return [koreanStem(folded)];
  if (/^\p{N}/u.test(folded)) return [];
  return [englishStem(folded), ...azerbaijaniStems(folded)];
}

// ---------------------------------------------------------------------------------------------
// General bilingual lexicon of common news and diplomacy words (en, az, ru, ko). Each line is one
// concept; the first word names it. This is a general-purpose resource for cross-language
// matching, not a list keyed to any question or document. Words are written plainly and pass
// through the same folding and stemming as text, so inflected forms find their concept.

const LEXICON_LINES = [
  'president presidents presidential prezident президент 대통령',
  'minister ministers nazir министр 장관',
  'ministry ministries nazirlik министерство 외교부',
  'deputy vice müavin vitse заместитель 차관',
  'association assosiasiya ассоциация 협회',
  'import importer importers idxal idxalat idxalatçı импорт импортер 수입',
  'export exporter ixrac ixracatçı экспорт 수출',
  'chair chairs chaired chairman chairmen chairperson chairmanship sədr sədrlik председатель председательство 의장',
  'head heads headed leader leaders leadership lead leads led rəhbər rəhbərlik başçı глава руководитель 대표',
  'agency agentlik агентство 기구',
  'cooperation collaboration cooperate əməkdaşlıq сотрудничество 협력',
  'visit visits visited visiting trip come came arrive arrived səfər gəlmək gəlib gəldi визит приехал прибыл 방문',
  'first ilk первый 처음',
  'study studies studied studying oxumaq учиться учится учатся 공부 유학',
  'meeting meet meets met meetings görüş görüşmək встреча 회담 면담',
  'parliament parliamentary interparliamentary assembly majlis parlament parlamentlərarası məclis assambleya парламент 국회',
  'speaker spiker спикер',
  'newspaper newspapers daily qəzet газета 신문',
  'university universities universitet университет 대학교 대학',
  'ambassador ambassadors səfir посол посла послом послу 대사',
  'embassy səfirlik посольство 대사관',
  'korea korean koreans koreya koreyalı корея корейский 한국',
  'azerbaijan azerbaijani azerbaijanis azərbaycan azərbaycanlı азербайджан азербайджанский 아제르바이잔',
  'seoul seul сеул 서울',
  'baku bakı баку 바쿠',
  'armenia armenian ermənistan армения 아르메니아',
  'foreign xarici иностранный 외교',
  'republic respublika республика 공화국',
  'international beynəlxalq международный 국제',
  'relations relation ties relationship münasibət əlaqə отношения 관계',
  'diplomatic diplomatik дипломатический 외교',
  'anniversary jubilee yubiley ildönümü юбилей годовщина 주년',
  'country countries ölkə страна 국가',
  'economy economic iqtisadiyyat iqtisadi экономика экономический 경제',
  'trade ticarət торговля 무역',
  'investment investments investisiya инвестиция 투자',
  'company companies şirkət компания 기업',
  'education educational təhsil образование 교육',
  'tourism turizm туризм 관광',
  'culture cultural mədəniyyət культура 문화',
  'health healthcare səhiyyə здравоохранение 보건',
  'delegation nümayəndə heyət делегация 대표단',
  'consultations consultation məsləhətləşmə консультации 협의',
  'political politics siyasi политический 정치',
  'party parties partiya партия 정당',
  'conference konfrans конференция 회의',
  'organization organisation təşkilat организация 기구',
  'project projects layihə проект 사업',
  'market bazar рынок 시장',
  'goods mal товар 상품',
  'territory territories land lands ərazi территория 영토',
  'liberated liberation azad освобожденный 해방',
  'reconstruction restoration rebuild rebuilt rebuilding bərpa quruculuq восстановление 재건',
  'demining mine mines mina разминирование 지뢰',
  'war müharibə война 전쟁',
  'peace sülh мир 평화',
  'region regional bölgə region регион 지역',
  'student students tələbə студент 학생',
  'government hökumət правительство 정부',
  'energy enerji энергия 에너지',
  'friendship dostluq дружба 우호',
  'group qrup группа 그룹',
  'press mətbuat пресса 언론',
  'news xəbər новости 뉴스',
  'media media сми 언론',
  'local yerli местный 지역',
  'received receive qəbul принял 접견',
  'discussed discuss discussion talks müzakirə обсуждение 논의',
  'development develop inkişaf развитие 발전',
  'opportunity opportunities imkan возможность 기회',
  'capital paytaxt столица 수도',
  'city cities şəhər город 도시',
  'population əhali население 인구',
  'assistance aid help yardım помощь 지원',
  'conflict münaqişə конфликт 분쟁',
  'member members üzv член 회원',
  'support dəstək поддержка 지지',
  'climate iqlim климат 기후',
  'national milli национальный 국가',
  'state dövlət государство 국가',
  'agreement saziş müqavilə соглашение 협정',
  'courtesy nəzakət вежливость 예방',
  'working worker işçi рабочий 실무',
  'bilateral ikitərəfli двусторонний 양자',
  'multilateral çoxtərəfli многосторонний 다자',
  'question questions sual вопрос 질문',
  'answer answered answers cavab cavablandırmaq ответ 답변',
  'correspondent correspondents journalist journalists reporter reporters müxbir jurnalist корреспондент журналист 기자',
  'mutual reciprocal qarşılıqlı взаимный 상호',
  'future gələcək будущее 미래',
  'issue issues matter məsələ вопрос 문제',
  'exchange exchanged mübadilə обмен 교류',
  'view views opinion opinions fikir мнение 의견',
  'displaced refugees köçkün didərgin беженец 난민',
  'people insan xalq люди 사람',
  'confidence trust inam etimad уверенность 신뢰',
  'gratitude thanked thanks minnətdarlıq təşəkkür благодарность 감사',
  'appreciated appreciate qiymətləndirmək оценить 평가',
  'role rol роль 역할',
  'success successful successfully uğur uğurlu uğurla успех 성공',
  'continue continued continuation davam продолжение 계속',
  'dialogue dialoq диалог 대화',
  'joint birgə совместный 공동',
  'commission komissiya комиссия 위원회',
  'committee komitə комитет 위원회',
  'patriotic vətən отечественный 애국',
  'occupation işğal оккупация 점령',
  'independence müstəqillik независимость 독립',
  'process proses процесс 과정',
  'constitution konstitusiya конституция 헌법',
  'claim claims iddia претензия 주장',
  'exhibition exhibitions sərgi выставка 전시회',
  'technology technologies texnologiya технология 기술',
  'agriculture agricultural təsərrüfat сельское 농업',
  'vocational peşə профессиональный 직업',
  'training təlim обучение 훈련',
  'center centre mərkəz центр 센터',
  'credentials etimadnamə верительные 신임장',
  'appointed appointment təyin назначен 임명',
  'congratulated congratulate təbrik поздравил 축하',
  'official rəsmi официальный 공식',
  'alternative alternativ альтернативный 대체',
  'electronic elektron электронный 전자',
  'smart ağıllı умный 스마트',
  'science elm наука 과학',
  'program programs programme proqram программа 프로그램',
  'turnover dövriyyə оборот 교역',
  'increase increasing growth artım artırılma рост 증가',
  'interest interested maraq интерес 관심',
  'service xidmət служба 서비스',
  'information məlumat информация 정보',
  'new newly yeni новый 신임',
  'year years il год 년',
  'month ay месяц 월',
  'day gün день 일',
  'january yanvar январь 1월',
  'february fevral февраль 2월',
  'march mart март 3월',
  'april aprel апрель 4월',
  'may май 5월',
  'june iyun июнь 6월',
  'july iyul июль 7월',
  'august avqust август 8월',
  'september sentyabr сентябрь 9월',
  'october oktyabr октябрь 10월',
  'november noyabr ноябрь 11월',
  'december dekabr декабрь 12월',
];

/** The month number (1–12) of each month concept id, for date recognition. */
export const MONTH_CONCEPTS: ReadonlyMap<string, number> = new Map(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map(
    (m, i) => [CONCEPT_PREFIX + m, i + 1],
  ),
);

let lexicon: Map<string, string> | undefined;

/** Folded word forms (and their stems) → concept id; built on first use, not at import. */
function lexiconMap(): Map<string, string> {
  if (lexicon !== undefined) return lexicon;
  const map = new Map<string, string>();
  const forms = new Map<string, string>();
  for (const line of LEXICON_LINES) {
    const words = line.split(/\s+/);
    const id = words[0]!;
    for (const word of words) {
      const folded = foldText(word);
      // Exact forms win over stems of other entries.
      map.set(folded, id);
      for (const stem of stemsOf(folded)) if (!forms.has(stem)) forms.set(stem, id);
    }
  }
  for (const [stem, id] of forms) if (!map.has(stem)) map.set(stem, id);
  lexicon = map;
  return map;
}

/** The concept a folded word's stems name (null: none): stemming costs more than remembering. */
const conceptThroughStems = memoized((folded) => conceptOfStems(lexiconMap(), stemsOf(folded)) ?? null);

/** The lexicon concept of a folded word, trying the word and then its stems (stemsOf, passed when already known). */
export function conceptOf(folded: string, stems?: readonly string[]): string | undefined {
  const map = lexiconMap();
  const direct = map.get(folded);
  if (direct !== undefined) return direct;
  if (stems !== undefined) return conceptOfStems(map, stems);
  return conceptThroughStems(folded) ?? undefined;
}

function conceptOfStems(map: ReadonlyMap<string, string>, stems: readonly string[]): string | undefined {
  for (const stem of stems) {
    const id = map.get(stem);
    if (id !== undefined) return id;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Phonetic key for names: consonant classes that transliteration confuses are merged
// (b/p, d/t, g/k/q, c/j/ç/ch, s/ş/sh/z, l/r, v/w), h/x/kh are dropped, every run of vowels
// (and the glide y) becomes one "a", and doubled letters collapse. So Məmmədov, Mammadov and
// Mamedov give "mamatab"; Byonq and Byung give "bank"; Cin-pyo and Jin-pyo meet.

const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'i',
  ь: '', э: 'e', ю: 'yu', я: 'ya',
};

const SOUND_CLASSES: Readonly<Record<string, string>> = {
  b: 'b', p: 'b', d: 't', t: 't', g: 'k', k: 'k', q: 'k', c: 'j', j: 'j', s: 's', z: 's', l: 'l', r: 'l',
  v: 'v', w: 'v', f: 'f', m: 'm', n: 'n',
};

/** Phonetic key of one folded Latin or Cyrillic word; empty when it has no letters. */
export function soundKey(folded: string): string {
  const latin = folded
    .replace(/[а-яё]/g, (ch) => CYRILLIC_TO_LATIN[ch] ?? ch)
    .replace(/kh/g, 'h')
    .replace(/(ch|sh|zh)/g, (m) => (m === 'sh' ? 's' : 'j'))
    .replace(/ph/g, 'f')
    .replace(/ng$/, 'nk');
  let key = '';
  for (const ch of latin) {
    let mapped: string;
    if ('aeiouy'.includes(ch)) mapped = 'a';
    else if (ch === 'h' || ch === 'x' || ch === "'") mapped = '';
    else mapped = SOUND_CLASSES[ch] ?? '';
    if (mapped !== '' && !key.endsWith(mapped)) key += mapped;
  }
  return key;
}

// ---------------------------------------------------------------------------------------------
// Token analysis.

const NUMBER_GROUPED = /^\d{1,3}(?:,\d{3})+$/;

/** Whether a token is written like a name: capitalised, not all capitals, letters only. */
function looksLikeName(token: string): boolean {
  return startsCapitalised(token);
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** An upper-case letter followed by a lower-case one (ASCII decided without the Unicode expression). */
function startsCapitalised(token: string): boolean {
  const first = token.charCodeAt(0);
  const second = token.charCodeAt(1);
  if (first < 0x80 && second < 0x80) return first >= 0x41 && first <= 0x5a && second >= 0x61 && second <= 0x7a;
  return CAPITALISED.test(token);
}

function isAcronym(token: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}]{1,7}$/u.test(token) && /\p{Lu}.*\p{Lu}/u.test(token);
}

// Case endings written after a hyphen or apostrophe ("KOICA-nın", "Bakı'da", "Korea's").
// Possessive -si/-su and -ci/-cu are left out on purpose: they are also syllables of
// hyphenated Korean given names ("Byonq-su", "Yonq-cu"); they count as endings after numbers.
const JOINED_ENDINGS = new Set([
  'nin', 'nun', 'in', 'un', 'da', 'dan', 'ta', 'tan', 'a', 'ya', 'na', 'ni', 'nu', 'i', 'u', 'yi', 'yu', 'la', 'lar', 'lari',
  's', 't', 'th', 'st', 'nd', 'rd', 'ye', 'yе',
]);
const NUMBER_ENDINGS = /^(ci|cu|inci|uncu|nci|ncu|ilik|luk|lik|illik)$/;

/** Splits a joined token into its parts, dropping suffix parts ("KOICA-nın" → KOICA). */
function tokenParts(token: string): string[] {
  const parts = token.split(/[-‐‑'’ʼ]/).filter((p) => p.length > 0);
  if (parts.length <= 1) return parts;
  const numeric = /^\p{N}/u.test(parts[0]!);
  const kept = [parts[0]!];
  for (const part of parts.slice(1)) {
    const folded = foldText(part);
    const isEnding = /^\p{Ll}/u.test(part) && (JOINED_ENDINGS.has(folded) || (numeric && NUMBER_ENDINGS.test(folded)));
    if (!isEnding) kept.push(part);
  }
  return kept;
}

/** A key with fewer than two consonants ("Hello" → "ala") would match too many names. */
function isDistinctiveKey(key: string): boolean {
  return key.replace(/a/g, '').length >= 2;
}

/** Terms of one word part (no hyphens), given whether it belongs to a name-like token. */
function partTerms(part: string, nameLike: boolean, terms: Set<string>): void {
  let folded = foldText(part);
  // A lone letter ("E." of an initial) says nothing; a lone digit may be the answer.
  if (folded.length === 0 || (folded.length === 1 && !/\p{N}/u.test(folded))) return;
  if (NUMBER_GROUPED.test(folded)) folded = folded.replace(/,/g, '');
  const ordinal = /^(\d+)(st|nd|rd|th)$/.exec(folded);
  if (ordinal !== null) terms.add(ordinal[1]!);
  // A stop word is dropped unless it is capitalised and may be a surname ("Kim").
  if (isStopWord(folded) && !(nameLike && SURNAME_STOP_WORDS.has(folded))) return;
  terms.add(folded);
  const stems = stemsOf(folded);
  for (const stem of stems) {
    if (stem !== folded && stem.length >= MIN_STEM && !isStopWord(stem)) terms.add(stem);
  }
  const concept = conceptOf(folded, stems);
  if (concept !== undefined) terms.add(CONCEPT_PREFIX + concept);
  if (isAcronym(part)) terms.add(ACRONYM_PREFIX + folded);
  if (nameLike && !/\p{N}/u.test(folded)) {
    // Names take one case ending ("Məmmədovun", "Bayramova"): stems one suffix deep get keys too.
    // Deeper stems of names are mostly accidents ("Sahiba" → "sah") and would match other names.
    for (const form of [folded, ...azerbaijaniStems(folded, 1).filter((stem) => stem.length >= 4)]) {
      const key = soundKey(form);
      if (isDistinctiveKey(key)) terms.add(SOUND_PREFIX + key);
    }
  }
}

/** The index terms of one word token, analysed afresh (see termsOfToken). */
function analyseToken(token: string): readonly string[] {
  if (token.startsWith(ACRONYM_PREFIX)) return [token];
  const parts = tokenParts(token);
  if (parts.length === 0) return [];
  const nameLike = looksLikeName(token) || (parts.length > 1 && parts.some(looksLikeName));
  const terms = new Set<string>();
  for (const part of parts) partTerms(part, nameLike && /^\p{L}/u.test(part), terms);
  if (nameLike && parts.length > 1) {
    // "Byung-soo" and "Byungsoo" meet: the joined name has a key of its own.
    const key = soundKey(foldText(parts.join('')));
    if (isDistinctiveKey(key)) terms.add(SOUND_PREFIX + key);
  }
  return [...terms];
}

/**
 * The index terms of one word token; empty when the token carries no meaning for search. News
 * text repeats its words, and analysing a token (folding, stemming, lexicon, sound key) costs far
 * more than looking it up, so tokens are remembered (about 200 bytes each). The array is shared
 * by every caller that asks for the same token: never change it.
 */
export const termsOfToken: (token: string) => readonly string[] = memoized(analyseToken);

// Small words allowed inside a capitalised phrase without breaking its initials.
const PHRASE_JOINERS = new Set(['of', 'on', 'for', 'and', 'the', 'in', 'de', 'və', 've']);

/** Each run of capitalised words (small joining words skipped), in text order. */
function capitalisedRuns(tokens: readonly string[]): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const token of tokens) {
    if (startsCapitalised(token) && !token.includes('-')) run.push(token);
    else if (run.length > 0 && PHRASE_JOINERS.has(token.toLowerCase())) continue;
    else {
      if (run.length > 0) runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

const initialsOf = (run: readonly string[]) => run.map((word) => foldText(word[0]!)).join('');

/**
 * Initials of runs of capitalised words, as acronym tokens ("^un" for "United Nations", "^unfccc"
 * for "United Nations Framework Convention on Climate Change"): every sub-run of 2–6 words from
 * each capitalised word, so a question's acronym finds the phrase it abbreviates.
 */
export function acronymTokens(text: string): string[] {
  return acronymTokensOf(tokenizeWords(text));
}

function acronymTokensOf(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const run of capitalisedRuns(tokens).map(initialsOf)) {
    for (let i = 0; i < run.length; i++) {
      for (let j = i + 2; j <= Math.min(run.length, i + 6); j++) out.push(ACRONYM_PREFIX + run.slice(i, j));
    }
  }
  return out;
}

/**
 * Acronym terms for the capitalised phrases of a question of three words or more ("Korea
 * International Cooperation Agency" → "^kica"), to look up acronyms in the text that abbreviate
 * them, allowing one extra letter (KOICA takes two letters of "Korea"). Only phrases made mostly
 * of common words (an institution's name), not runs of personal names ("Elnur Məmmədov Koreyada").
 */
export function phraseAcronyms(text: string): string[] {
  return capitalisedRuns(tokenizeWords(text))
    .filter((run) => run.length >= 3 && run.filter((word) => conceptOf(foldText(word)) !== undefined).length * 2 >= run.length)
    .map((run) => ACRONYM_PREFIX + initialsOf(run));
}

/** Tokens the lexical index stores for a text: its words plus the initials of its capitalised phrases. */
export function indexTokens(text: string): readonly string[] {
  return indexTokensOf(tokenizeWords(text));
}

/** indexTokens of a text already split by tokenizeWords. */
export function indexTokensOf(words: readonly string[]): readonly string[] {
  const acronyms = acronymTokensOf(words);
  return acronyms.length === 0 ? words : [...words, ...acronyms];
}

/** One analysed word of a text: its original form and its terms (stop words are left out). */
export interface AnalyzedWord {
  token: string;
  terms: readonly string[];
}

/**
 * Whether a hyphenated token is one name ("Byung-soo", "Kim Jin-pyo"'s "Jin-pyo") rather than a
 * compound of words that each count on their own ("vice-speaker", "Azerbaijani-Korean").
 */
function isJoinedName(token: string, parts: readonly string[]): boolean {
  return looksLikeName(token) && parts.every((p) => conceptOf(foldText(p)) === undefined && !isStopWord(foldText(p)));
}

/**
 * The words of a text that carry evidence, each with its terms; a compound of common words
 * counts as its words, so matching "vice" alone does not pass for "vice-speaker".
 */
export function analyzeWords(text: string): AnalyzedWord[] {
  const words: AnalyzedWord[] = [];
  for (const token of tokenizeWords(text)) {
    const parts = tokenParts(token);
    const pieces = parts.length > 1 && !isJoinedName(token, parts) ? parts : [token];
    for (const piece of pieces) {
      const terms = termsOfToken(piece);
      if (terms.length > 0) words.push({ token: piece, terms });
    }
  }
  return words;
}

/** Every term of a text, acronyms of its capitalised phrases included. */
export function termSet(text: string): Set<string> {
  const set = new Set<string>();
  for (const token of indexTokens(text)) for (const term of termsOfToken(token)) set.add(term);
  return set;
}
