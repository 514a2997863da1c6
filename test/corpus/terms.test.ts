import { describe, expect, it } from 'vitest';
import {
  ACRONYM_PREFIX,
  CONCEPT_PREFIX,
  SOUND_PREFIX,
  acronymTokens,
  analyzeWords,
  phraseAcronyms,
  foldText,
  questionTokens,
  termSet,
  termsOfToken,
  tokenizeWords,
} from '../../src/corpus/terms.ts';

const shared = (a: string, b: string) => {
  const other = new Set(termsOfToken(b));
  return termsOfToken(a).filter((t) => other.has(t));
};

describe('foldText', () => {
  it('folds Azerbaijani letters and dotted capitals to plain Latin', () => {
    expect(foldText('İdxalatçılar Şəhər ÖLKƏ Gün')).toBe('idxalatcilar sahar olka gun');
  });

  it('lower-cases plain ASCII and writes every apostrophe, the backtick too, as one', () => {
    expect(foldText('KOICA Korea`s IT')).toBe("koica korea's it");
    expect(foldText('Korea’s')).toBe("korea's");
  });
});

describe('tokenizeWords', () => {
  it('names the concept of an Azerbaijani lexicon word typed without its letters ("sefir" for "səfir")', () => {
    expect(shared('sefir', 'ambassador')).toContain(`${CONCEPT_PREFIX}ambassador`);
    expect(shared('hediyye', 'gift')).toContain(`${CONCEPT_PREFIX}gift`);
  });

  it('meets the words the fifteenth round added across languages', () => {
    for (const [a, b, concept] of [
      ['펴낸', 'nəşr', 'publish'],
      ['flying', 'рейс', 'flight'],
      ['boss', 'executive', 'ceo'],
      ['отеле', 'hotel', 'hotel'],
      ['поливу', 'suvarma', 'irrigation'],
      ['kəsişməsinə', '교차로', 'intersection'],
      ['işıqfor', 'светофоры', 'stoplight'],
      ['일주일', 'неделю', 'week'],
      ['завезли', 'idxal', 'import'],
      ['вывезли', 'ixrac', 'export'],
      ['легковушек', 'avtomobil', 'car'],
      ['진료했다', 'müayinə', 'checkup'],
      ['꾸려졌어', 'ibarətdir', 'consist'],
      ['азербайджанцев', 'azərbaycanlılar', 'azerbaijan'],
      ['예상했어', '내다봤다', 'forecast'],
      ['Хазар', 'Xəzər', 'caspian'],
      ['Капитал', 'Kapital', 'equity'],
    ] as const) {
      expect(shared(a, b), `${a} / ${b}`).toContain(`${CONCEPT_PREFIX}${concept}`);
    }
  });

  it('gives no word the concept of another that merely shares its stem', () => {
    expect(termsOfToken('брать')).not.toContain(`${CONCEPT_PREFIX}brother`);
    expect(termsOfToken('Капитал')).not.toContain(`${CONCEPT_PREFIX}captain`);
    // Common words whose stems met another concept ("important" → import, "parts" → party, "general" → generation,
    // "operator" → opera, "reserved" → a nature reserve, 재배포 (redistribution) → cultivation) have concepts of their own.
    for (const [word, wrong] of [['important', 'import'], ['particular', 'party'], ['parts', 'party'], ['general', 'generation'], ['operator', 'opera'], ['reserved', 'reserve'], ['재배포', 'cultivate']] as const) {
      expect(termsOfToken(word), word).not.toContain(`${CONCEPT_PREFIX}${wrong}`);
    }
  });

  // A month's Russian adjective ("апрельского TOPIK" meets "16 апреля"), halal food, supplying,
  // machines, columns, quarters; Russian future forms Snowball leaves whole ("откроют",
  // "доставят") and Azerbaijani passives.
  const formsMet = 'апрельского апреля april|октябрьском October october|халяльный halal halal|лапшу ramyen noodle|supplier поставила supply|machines комбайнов machinery|колонке column column|Q1 quarter quarter|откроют opened open|доставят delivered deliver|çatdırılıb deliver deliver';
  it.each(formsMet.split('|').map((triple) => triple.split(' ')))('gives "%s" and "%s" the concept %s', (word, other, concept) => {
    expect(shared(word!, other!)).toContain(`${CONCEPT_PREFIX}${concept}`);
  });

  it('takes the concept of the longest stem that has one ("sakinin" is a resident\'s, not Sheki\'s)', () => {
    expect(shared('sakinin', 'residents')).toContain(`${CONCEPT_PREFIX}resident`);
    expect(termsOfToken('sakinin')).not.toContain(`${CONCEPT_PREFIX}sheki`);
  });

  it('strips the front-vowel suffixes of an Azerbaijani word typed without ə ("fermerlerden" meets "fermerləri")', () => {
    expect(shared('fermerlerden', 'fermerləri')).toContain('fermer');
    expect(shared('seherlerde', 'şəhərlərdə')).toContain('seher');
    expect(termsOfToken('garden')).not.toContain('gar');
  });

  it('gives a question word typed without its Azerbaijani letters the concept of its typed stem ("telebeleri" meets "students")', () => {
    const termsOf = (question: string) => analyzeWords(question).flatMap((w) => w.terms);
    expect(termsOf('telebeleri hansi seherlerde')).toEqual(expect.arrayContaining([`${CONCEPT_PREFIX}student`, `${CONCEPT_PREFIX}city`]));
    expect(termsOf('telebeleri')).toEqual(expect.arrayContaining(termsOfToken('students').filter((t) => t.startsWith(CONCEPT_PREFIX))));
    // The passages' words are read as before: only questions are typed so.
    expect(termsOfToken('telebeleri')).not.toContain(`${CONCEPT_PREFIX}student`);
  });

  it('gives a question word typed with a short case ending in e ("universitetde", "olkeden") its concept, and a text\'s word no stem from it', () => {
    const termsOf = (question: string) => analyzeWords(question).flatMap((w) => w.terms);
    expect(termsOf('universitetde olkeden')).toEqual(expect.arrayContaining([`${CONCEPT_PREFIX}university`, `${CONCEPT_PREFIX}country`]));
    expect(termsOfToken('outside')).not.toContain('out');
  });

  it('gives a question word typed with its possessive before the ending ("merkezinde", "muzeyinden", "filminde") its concept too, but not one ending in -ine ("sefirine" meets the text word itself)', () => {
    const termsOf = (question: string) => analyzeWords(question).flatMap((w) => w.terms);
    expect(termsOf("merkezinde muzeyinden filminde")).toEqual(expect.arrayContaining([`${CONCEPT_PREFIX}center`, `${CONCEPT_PREFIX}museum`, `${CONCEPT_PREFIX}film`]));
    expect(termsOf('sefirine')).not.toContain(`${CONCEPT_PREFIX}ambassador`);
  });

  it('meets an acronym written in the other alphabet ("АДУ" and "ADU"), and "вручил" meets "presented"', () => {
    expect(shared('АДУ', 'ADU-nun')).toContain('^adu');
    expect(shared('вручил', 'presented').length).toBeGreaterThan(0);
  });

  it('keeps hyphenated names, suffixed acronyms and grouped numbers whole', () => {
    expect(tokenizeWords('Byung-soo met KOICA-nın head; 10,000 km² “Aju Ilbo”.')).toEqual([
      'Byung-soo', 'met', 'KOICA-nın', 'head', '10,000', 'km²', 'Aju', 'Ilbo',
    ]);
  });
});

describe('termsOfToken', () => {
  it('gives a name no concept through a stem of three letters ("Turan" is no tour, "tur")', () => {
    expect([...termSet('Turan')].some((t) => t.startsWith(CONCEPT_PREFIX))).toBe(false);
    expect(termSet('turlar').has(`${CONCEPT_PREFIX}travel`)).toBe(true);
  });

  it('drops stop words but keeps a capitalised one that may be a name', () => {
    expect(termsOfToken('the')).toEqual([]);
    expect(termsOfToken('kimdir')).toEqual([]);
    // "so far", "how far": no acronym the passages spell ("FAR") is read into it.
    expect(termsOfToken('far')).toEqual([]);
    expect(termsOfToken('Kim')).toContain('kim');
  });

  it('drops the words a chat wraps a question in: greetings, thanks, fillers, "do you know", "I heard"', () => {
    for (const word of ['thanx', 'basically', 'dunno', 'deyesen', 'eşitmişəm', 'bilirsinizmi', 'подскажите', 'слышал', 'щас', '혹시라도', '궁금한데', '있잖아']) {
      expect(termsOfToken(word), word).toEqual([]);
    }
    // "Ребята" are the youths a story is about as often as the chat's guys: kept.
    expect(termsOfToken('ребята').length).toBeGreaterThan(0);
  });

  it('drops the relatives that set a chat question up, so that they are neither evidence nor a name', () => {
    for (const word of ['cousin', 'Cousin', 'uncle', 'Qardaşım', 'Bacım', 'qardasim', 'двоюродный', 'дядя', '사촌이', '이모가']) expect(termsOfToken(word), word).toEqual([]);
    // The words news writes keep their concept: brotherly ties, a brother country.
    expect(termsOfToken('qardaş').length).toBeGreaterThan(0);
    expect(termsOfToken('brotherly').length).toBeGreaterThan(0);
  });

  it('drops "who are they" asked of many ("kimlərdir", "nələrdir"), the "edən" of "iştirak edən", the "bağlı" of "ilə bağlı" and other words chats build questions with', () => {
    for (const word of ['kimlərdir', 'kimlerdir', 'nələrdir', 'hansılardır', 'edən', 'eden', 'bağlı', 'bagli']) expect(termsOfToken(word), word).toEqual([]);
    // ... and "these days", "each other", "together", "around", "being", "in all", "before", "usually", "at first" and "back (in 2006)" that a chat question is built with, and "give" in Russian and Azerbaijani as in English.
    for (const word of ['요즘', '서로', 'birlikdə', 'birlikde', 'ətrafında', 'etrafinda', 'olduğu', 'ümumilikdə', 'прежде', 'обычно', 'вокруг', 'изначально', 'back', 'дали', 'даст', 'verəcək', 'verib', 'verdi']) expect(termsOfToken(word), word).toEqual([]);
    // The noun of "iştirak edən" keeps its concept.
    expect(termsOfToken('iştirak').length).toBeGreaterThan(0);
  });

  it('drops the words a chat asks with that articles do not write, and reads the chat short form 아제르 as Azerbaijan', () => {
    for (const word of ['going', 'supposed', 'went', 'putting', 'qədərdir', 'neçəyədir', 'числа', '각각', '제일', '나왔어', '들어가', '중에', 'vaxtdan', 'orada', 'откуда', 'туда', 'actually', 'took', '걸린대', '받았어', 'gedəcək', 'olmalıdır']) expect(termsOfToken(word), word).toEqual([]);
    expect(termsOfToken('아제르에서')).toContain(`${CONCEPT_PREFIX}azerbaijan`);
    expect(termsOfToken('아제르바이잔')).toContain(`${CONCEPT_PREFIX}azerbaijan`);
  });

  it('drops what people add around a question: asking politely, greeting, thanking', () => {
    for (const word of ['ne', 'qeder', 'niye'] as const) expect(termsOfToken(word), `Azerbaijani typed without ə: ${word}`).toEqual([]);
    expect(termsOfToken('men')).toContain('men');
    // "which-th" and the past of "to be" and "to do" ask, they say nothing of what is asked about
    for (const word of ['neçənci', 'necenci', 'idi', 'etmişdi', 'etmisdi', 'dedi', 'olacaq', '번째']) expect(termsOfToken(word), word).toEqual([]);
    // ... and so do the question words' other cases: "for how much", "from where", "of how many"
    for (const word of ['neçəyə', 'neceye', 'hardan', 'скольких', 'скольким']) expect(termsOfToken(word), word).toEqual([]);
    for (const word of ['please', 'Thanks', 'пожалуйста', 'Подскажите', 'спасибо', 'Zəhmət', 'olmasa', 'Salam', 'təşəkkürlər', '안녕하세요', '감사합니다', '혹시']) {
      expect(termsOfToken(word), word).toEqual([]);
    }
  });

  it('drops Korean words of asking in the forms chats write them, and keeps the nouns beside them', () => {
    for (const word of ['몇번째', '몇위야', '뭐였어', '뭔가요', '무엇이었나', '언제였나', '어딘가요', '누구인가요', '몇명이야', '어땠어', '했나요', '있었어', '인가', '알려줘', '말해주세요', '궁금해요', '얼마임', '뭐임', '몇개임', '명이', '명이야', '곳에', '정도래', '얼마래', 'скока', '미터야', '얼마짜리야', '얼마됨', 'indi', 'весь', 'bizim', 'Bizim', 'onlara', '언제까지야', '어디부터', '얼마였는지', '거야', '얼마씩']) {
      expect(termsOfToken(word), word).toEqual([]);
    }
    for (const word of ['대사관', '임원', '임대료', '일정이', '무역량은', '언론', '몇몇나라', '명예', '개발', '번역', '정도전']) expect(termsOfToken(word).length, word).toBeGreaterThan(0);
  });

  it('reads a quantity written with its unit as the number and the unit too', () => {
    expect(termsOfToken('230MW')).toEqual(expect.arrayContaining(['230mw', '230', ...termsOfToken('MW')]));
    expect(termsOfToken('230MW')).toContain('=capacity');
    expect(termsOfToken('5km')).toEqual(expect.arrayContaining(['5km', '5', 'km']));
  });

  it('drops what a chat says around its question, and keeps what it asks about', () => {
    expect(analyzeWords('Слушай, назови сумму контракта').map((w) => w.token)).toEqual(['сумму', 'контракта']);
    expect(analyzeWords('btw I heard the plant opened').map((w) => w.token)).toEqual(['plant', 'opened']);
    expect(analyzeWords('Dostum soruşur: zavod açılıb?').map((w) => w.token)).toEqual(['zavod', 'açılıb']);
    expect(analyzeWords('계약 내용 정리해줘').map((w) => w.token)).toEqual(['계약', '내용']);
  });

  it('drops the demonstratives a follow-up points back with', () => {
    expect(analyzeWords('그게 언제였어?')).toEqual([]);
    expect(analyzeWords('А когда это было?')).toEqual([]);
    expect(analyzeWords('그건 어디서 열렸어?').map((w) => w.token)).toEqual(['열렸어']);
  });

  it('drops the words that ask beyond what was said, keeping what the follow-up is about', () => {
    expect(analyzeWords('Who else from the working group spoke?').map((w) => w.token)).toEqual(['working', 'group', 'spoke']);
    expect(analyzeWords('Başqa kim çıxış edib?').map((w) => w.token)).toEqual(['çıxış']);
    expect(analyzeWords('다른 대사는?').map((w) => w.token)).toEqual(['대사는']);
  });

  it('reads a question opening with "Do" or "So" as the function word, and "Do" before a given name as a surname', () => {
    expect(analyzeWords('Do you know who Hasanov is?').map((w) => w.token)).toEqual(['Hasanov']);
    expect(analyzeWords('So when did Park visit Baku?').map((w) => w.token)).toEqual(['Park', 'visit', 'Baku']);
    expect(analyzeWords('Do Jong-hwan met whom?').map((w) => w.token)).toContain('Do');
  });

  it('leaves "I want to know" out of the question, but not a wanting asked about', () => {
    expect(analyzeWords('I want to know: who is Ramin Hasanov?').map((w) => w.token)).toEqual(['Ramin', 'Hasanov']);
    expect(analyzeWords('What does Lemon Metal want to make?').map((w) => w.token)).toContain('want');
  });

  it('lets spellings of one surname meet on a phonetic key', () => {
    for (const variant of ['Mammadov', 'Mamedov', 'Məmmədovun', 'Мамедов']) {
      expect(shared('Məmmədov', variant).some((t) => t.startsWith(SOUND_PREFIX))).toBe(true);
    }
    expect(shared('Byonq-su', 'Byung-soo').some((t) => t.startsWith(SOUND_PREFIX))).toBe(true);
    expect(shared('Ceyhun', 'Jeyhun').length).toBeGreaterThan(0);
  });

  it('reads the head of a common Korean compound as a name only when it sounds like one ("시내버스" meets no "승호")', () => {
    expect(shared('시내버스', '최승호').filter((t) => t.startsWith(SOUND_PREFIX))).toEqual([]);
  });

  it('lets a Korean company named with a word spelled out ("한빛로지스", Hanbit Logistics) meet its name, and no common word', () => {
    expect(shared('한빛로지스가', 'Hanbit').some((t) => t.startsWith(SOUND_PREFIX))).toBe(true);
    // A word of the lexicon at either end is a compound, not a name: "보세창고" (a bonded warehouse) gets no name of its first syllables.
    expect(shared('국제보세창고', 'Kukje').filter((t) => t.startsWith(SOUND_PREFIX))).toEqual([]);
  });

  it('lets a Korean company named with what it is ("한성건설") meet its name written alone ("Hanseong")', () => {
    expect(shared('한성건설이', 'Hanseong').some((t) => t.startsWith(SOUND_PREFIX))).toBe(true);
    expect(shared('삼성전자', 'Samsung').some((t) => t.startsWith(SOUND_PREFIX))).toBe(true);
    // A compound of two lexicon words ("국제협력", international cooperation) has no name in it.
    expect(shared('국제협력', 'Kukje').some((t) => t.startsWith(SOUND_PREFIX))).toBe(false);
  });

  it('gives no phonetic key to lower-case common words, nor a key too short to tell names apart', () => {
    expect(termsOfToken('meeting').some((t) => t.startsWith(SOUND_PREFIX))).toBe(false);
    expect(termsOfToken('Hello').some((t) => t.startsWith(SOUND_PREFIX))).toBe(false);
  });

  it('drops Russian stop words with й and lets Russian case forms meet the lexicon', () => {
    expect(termsOfToken('такой')).toEqual([]);
    // каков's forms ask, and 'compare' says how to answer: neither is evidence
    for (const word of ['Какова', 'каковы', 'Сравните', 'compare', 'müqayisə']) expect(termsOfToken(word)).toEqual([]);
    // every form of этот points, none names: "эта станция" asks about the station
    for (const word of ['эта', 'Это', 'этим', 'этих', 'этому', 'этими']) expect(termsOfToken(word), word).toEqual([]);
    // "due to touch down", "sit down at once": English particles and adverbs that name nothing
    for (const word of ['due', 'down', 'once', 'again', 'further', 'under', 'itself', 'because', 'while', 'few']) expect(termsOfToken(word), word).toEqual([]);
    // почём asks a price as сколько asks a number
    for (const word of ['почём', 'Почем']) expect(termsOfToken(word), word).toEqual([]);
    expect(shared('отношениям', 'relations')).toContain(`${CONCEPT_PREFIX}relations`);
    expect(shared('дипломатическим', 'diplomatic')).toContain(`${CONCEPT_PREFIX}diplomatic`);
    expect(shared('послом', 'ambassador')).toContain(`${CONCEPT_PREFIX}ambassador`);
  });

  it('strips Azerbaijani suffixes, also after a hyphen, and English plurals', () => {
    expect(shared('Koreyanın', 'Koreyaya')).toContain('koreya');
    expect(termsOfToken('KOICA-nın')).toContain('koica');
    expect(termsOfToken('KOICA-nın').some((t) => t.includes('nin'))).toBe(false);
    expect(shared('students', 'student')).toContain('student');
    expect(termsOfToken('2022-ci')).toEqual(['2022']);
    // ... and Russian case endings after a hyphen.
    expect(termsOfToken('2008-го')).toEqual(['2008']);
  });

  it('strips the Azerbaijani noun-making -lıq/-lik from a word that ends in it, not from a counting word', () => {
    // "240 şagirdlik məktəb" (a school for 240 pupils) names pupils; "dollarlıq" dollars.
    expect(shared('şagirdlik', 'şagirdlər')).toContain('sagird');
    expect(shared('şagirdlik', 'pupils')).toContain(`${CONCEPT_PREFIX}student`);
    expect(shared('dollarlıq', 'dollar')).toContain('dollar');
    // Not under another ending ("ümumilikdə", in all, is no "ümumi", general), nor further ("başçılıq" is no "baş").
    expect(termsOfToken('ümumilikdə')).not.toContain('umumi');
    expect(termsOfToken('başçılıq')).not.toContain('bas');
    // "9 nəfərlik heyət" is a delegation of nine, not people; "illik" (yearly) is too short to strip.
    expect(shared('nəfərlik', 'people')).toEqual([]);
    expect(termsOfToken('illik')).not.toContain('il');
  });

  it('strips Azerbaijani verb endings, leaving a root of four letters at least', () => {
    // The future, the must-form and the passive meet the past of the same verb.
    expect(shared('quraşdıracaq', 'quraşdırdı')).toContain('qurasdir');
    expect(shared('toplanacaq', 'toplanıb')).toContain('toplan');
    expect(shared('bitirməlidir', 'bitirdi')).toContain('bitir');
    expect(shared('quraşdırılacaq', 'quraşdırılıb')).toContain('qurasdiril');
    expect(shared('topladığı', 'topladı')).toContain('topla');
    // "verilir" (is given) keeps its three-letter root out: "ver" meets too many words.
    expect(termsOfToken('verilir')).not.toContain('ver');
    // The present after a consonant meets the verb's other forms; a noun ending in -ir keeps its short root out.
    expect(shared('bişirir', 'bişirdi')).toContain('bisir');
    expect(termsOfToken('nazir')).not.toContain('naz');
  });

  it('strips the third-person possessive after a vowel with its case ("radiosunda", "kinosundan")', () => {
    expect(shared('radiosunda', 'radio')).toContain(`${CONCEPT_PREFIX}radio`);
    expect(termsOfToken('kinosundan')).toContain('kino');
  });

  it('joins words of different languages through the lexicon', () => {
    expect(shared('Importers', 'İdxalatçılar')).toContain(`${CONCEPT_PREFIX}import`);
    expect(shared('newspapers', 'qəzetlərinin')).toContain(`${CONCEPT_PREFIX}newspaper`);
    expect(shared('chairs', 'sədri')).toContain(`${CONCEPT_PREFIX}chair`);
    expect(shared('July', 'iyul')).toContain(`${CONCEPT_PREFIX}july`);
    expect(shared('qatılıb', 'присутствовали')).toContain(`${CONCEPT_PREFIX}participant`);
    expect(shared('восстанавливают', 'restoration')).toContain(`${CONCEPT_PREFIX}reconstruction`);
    expect(shared('award', '공로상을')).toContain(`${CONCEPT_PREFIX}award`);
    expect(shared('Uzbek', 'узбекских')).toContain(`${CONCEPT_PREFIX}uzbekistan`);
    // "состоится" (will take place) is no "состоит" (consists), though Snowball stems both to "состо".
    expect(shared('состоится', 'held')).toContain(`${CONCEPT_PREFIX}held`);
    expect(shared('прибудет', 'arrived')).toContain(`${CONCEPT_PREFIX}visit`);
    expect(shared('gürcü', 'Georgian')).toContain(`${CONCEPT_PREFIX}georgia`);
  });

  it('reads the months as news abbreviates them ("Sept. 6", "Aug. 25", "12 дек.") as the months', () => {
    expect(shared('Sept', 'September')).toContain(`${CONCEPT_PREFIX}september`);
    expect(shared('Aug', 'avqust')).toContain(`${CONCEPT_PREFIX}august`);
    expect(shared('дек', 'декабря')).toContain(`${CONCEPT_PREFIX}december`);
    expect(shared('jan-sep', 'сентябре')).toContain(`${CONCEPT_PREFIX}september`);
  });

  it('reads a Korean month ("12월에") as its month, and a count of months ("30개월") as none', () => {
    expect(shared('12월에', 'декабре')).toContain(`${CONCEPT_PREFIX}december`);
    expect(shared('5월', 'May')).toContain(`${CONCEPT_PREFIX}may`);
    expect(termsOfToken('30개월').filter((t) => t.startsWith(CONCEPT_PREFIX))).toEqual([]);
    expect(termsOfToken('13월').filter((t) => t.startsWith(CONCEPT_PREFIX))).toEqual([]);
  });

  it('reads a Korean noun numbered by digits ("1단계", phase 1; "1분기", the first quarter) as the noun, not a count of time ("3년간")', () => {
    expect(shared('1단계', 'phase')).toContain(`${CONCEPT_PREFIX}stage`);
    expect(shared('1분기에', 'quarter')).toContain(`${CONCEPT_PREFIX}quarter`);
    expect(termsOfToken('1단계')).toContain('1');
    expect(termsOfToken('3년간').filter((t) => t.startsWith(CONCEPT_PREFIX))).toEqual([]);
  });

  it('joins units of measure across languages ("94 km", "94 kilometers", "94 км")', () => {
    expect(shared('km', 'kilometers')).toContain(`${CONCEPT_PREFIX}kilometer`);
    expect(shared('94km', 'километров')).toContain(`${CONCEPT_PREFIX}kilometer`);
    expect(shared('тонн', 'tonnes')).toContain(`${CONCEPT_PREFIX}tonne`);
    expect(shared('hektar', '헥타르')).toContain(`${CONCEPT_PREFIX}hectare`);
  });

  it('gives a Russian compound after a combining form its head\'s concept ("велогонка" is a race by bicycle, "фотовыставка" an exhibition)', () => {
    expect(termsOfToken('фотовыставка')).toContain(`${CONCEPT_PREFIX}exhibition`);
    expect(termsOfToken('киберспорта')).toContain(`${CONCEPT_PREFIX}esports`);
    // A word that only begins like a combining form, with less than four letters after it, keeps its own reading.
    expect(termsOfToken('телефон')).not.toContain(`${CONCEPT_PREFIX}television`);
  });

  it('reads the counter after a separate "몇" as part of the asking, but keeps a unit of time', () => {
    expect(questionTokens('알랏항에 새로 들어오는 크레인은 몇 대야?')).not.toContain('대야');
    expect(questionTokens('묘목 몇 그루 심었어')).not.toContain('그루');
    expect(questionTokens('몇 시부터 열어?')).toContain('시부터');
  });

  it('reads a typed surname that is also a stop word as the surname before a typed given name', () => {
    expect(questionTokens('kim sang-woo kimdir?')).toContain('Kim');
    expect(analyzeWords('kim sang-woo kimdir?').map((w) => w.token)).toContain('Kim');
    // Azerbaijani "who" before a verb stays the question word.
    expect(questionTokens('kim tutdu?')).toContain('kim');
    expect(analyzeWords('kim tutdu?').map((w) => w.token)).not.toContain('Kim');
  });

  it('normalises grouped numbers and ordinals', () => {
    expect(termsOfToken('10,000')).toContain('10000');
    expect(termsOfToken('30th')).toContain('30');
  });
});

describe('Korean words of one syllable', () => {
  it('are the lexicon word they write, alone or with a particle ("빵", "팀이", "섬에")', () => {
    expect(termsOfToken('빵')).toContain(`${CONCEPT_PREFIX}bread`);
    expect(termsOfToken('팀이')).toContain(`${CONCEPT_PREFIX}team`);
    expect(termsOfToken('섬에')).toContain(`${CONCEPT_PREFIX}island`);
    expect(termsOfToken('꿀')).toContain(`${CONCEPT_PREFIX}honey`);
    expect(termsOfToken('옷을')).toContain(`${CONCEPT_PREFIX}clothing`);
    expect(termsOfToken('bread')).toContain(`${CONCEPT_PREFIX}bread`);
  });

  it('give nothing when the lexicon does not have the syllable, it is a stop word or a calendar unit', () => {
    expect(termsOfToken('갑')).toEqual([]);
    expect(termsOfToken('명')).toEqual([]);
    // "몇 월 며칠": alone, a calendar unit is what the question asks for, not a word it asks about.
    expect(termsOfToken('월')).toEqual([]);
    expect(termsOfToken('일')).toEqual([]);
  });
});

describe('acronyms', () => {
  it('gives the initials of capitalised phrases, skipping small joining words', () => {
    const tokens = acronymTokens('the United Nations Framework Convention on Climate Change held');
    expect(tokens).toContain(`${ACRONYM_PREFIX}un`);
    expect(tokens).toContain(`${ACRONYM_PREFIX}unfccc`);
    expect(termSet('UN talks').has(`${ACRONYM_PREFIX}un`)).toBe(true);
  });

  it('makes no phrase of capitalised words on either side of a question or exclamation mark', () => {
    const plain = termSet('Which runs a program with Baku Engineering University?');
    const chatted = termSet('Hi! Please tell me, which runs a program with Baku Engineering University? Thanks!');
    expect(chatted.has(`${ACRONYM_PREFIX}beu`)).toBe(true);
    expect(chatted.has(`${ACRONYM_PREFIX}beut`)).toBe(false);
    expect(chatted.has(`${ACRONYM_PREFIX}hp`)).toBe(false);
    expect([...chatted].filter((t) => t.startsWith(ACRONYM_PREFIX)).sort()).toEqual([...plain].filter((t) => t.startsWith(ACRONYM_PREFIX)).sort());
    expect(phraseAcronyms('Tell me! Korea International Cooperation Agency?')).toEqual([`${ACRONYM_PREFIX}kica`]);
  });

  it('gives an acronym said as a word the sound keys of a name, which meet its Hangul spelling', () => {
    const sounds = (token: string) => termsOfToken(token).filter((t) => t.startsWith(SOUND_PREFIX));
    const meet = (a: string, b: string) => sounds(a).some((t) => sounds(b).includes(t));
    expect(meet('KOICA', '코이카가')).toBe(true);
    expect(meet('KOTRA', '코트라')).toBe(true);
    expect(meet('SOCAR', '소카르')).toBe(true);
    expect(meet('КОИКА', '코이카')).toBe(true);
    // Spelt out letter by letter, or too short for its key to tell it from words ("UNEC" and "Энержи").
    expect(sounds('BMT')).toEqual([]);
    expect(sounds('UNEC')).toEqual([]);
  });

  it('lets the initials of a phrase name the concept of the acronym they spell, from four letters on', () => {
    // "Democratic People's Republic of Korea" is the DPRK, which Russian writes КНДР.
    expect(termSet("the Democratic People's Republic of Korea").has(`${CONCEPT_PREFIX}dprk`)).toBe(true);
    expect(termSet('КНДР').has(`${CONCEPT_PREFIX}dprk`)).toBe(true);
    // Two letters spell common words: "Ay" of "Azerbaijan Yesterday" is no month.
    expect(termSet('Azerbaijan Yesterday').has(`${CONCEPT_PREFIX}month`)).toBe(false);
  });

  it('reads a two-word name as the one word other languages write: North Korea is 북한 and КНДР', () => {
    const dprk = `${CONCEPT_PREFIX}dprk`;
    for (const text of ['North Korea sent a team to Baku.', 'Şimali Koreya komandası Bakıya gəlib.', 'Команда Северной Кореи прибыла в Баку.', '북한 선수들이 바쿠에 왔다.']) {
      expect(termSet(text).has(dprk), text).toBe(true);
    }
    expect(termSet('South Korea sent a team to the north of Azerbaijan.').has(dprk)).toBe(false);
    const words = analyzeWords('who did the north korean pair beat in baku');
    expect(words.some((w) => w.terms.includes(dprk))).toBe(true);
    expect(words.map((w) => w.token)).not.toContain('north');
  });
});

describe('Korean names typed in lower case', () => {
  const termsOf = (question: string) => analyzeWords(question).flatMap((w) => w.terms);

  it('get the sound keys of the name as texts write it, and stay typed words', () => {
    const written = new Set(termsOf('Who is Park Sung-min?'));
    const typed = analyzeWords('who is park sung-min?');
    for (const term of typed.flatMap((w) => w.terms)) expect(written.has(term), term).toBe(true);
    // ... and meet the name written in Hangul.
    const hangulKeys = [...termSet('박성민')].filter((t) => t.startsWith('~'));
    expect(typed.flatMap((w) => w.terms).filter((t) => hangulKeys.includes(t))).not.toEqual([]);
    expect(analyzeWords('who is park sung?').flatMap((w) => w.terms).filter((t) => hangulKeys.includes(t))).toEqual([]);
    // Typed in lower case, they are not counted as capitalised names.
    expect(typed.map((w) => w.token)).toEqual(['park', 'sung-min']);
  });

  it('take a syllable written as one capital vowel ("Kim Sanq U": 김상우) into the given name, not "u" typed small', () => {
    const hangulKeys = [...termSet('김상우')].filter((t) => t.startsWith('~'));
    const written = [...termSet('direktoru Kim Sanq U imzalayıb')];
    expect(written.filter((t) => hangulKeys.includes(t) && t !== '~san')).not.toEqual([]);
    expect([...termSet('r u coming to Baku')].filter((t) => t.startsWith('~') && hangulKeys.includes(t))).toEqual([]);
  });

  it('are romanised syllables after a surname, not hyphenated English words', () => {
    expect(analyzeWords('a well-known long-term vice-speaker').map((w) => w.token)).toEqual(['well', 'known', 'long', 'term', 'vice', 'speaker']);
    expect(termsOf('kim sang-woo kimdir')).toEqual(termsOf('Kim Sang-woo kimdir'));
  });

  it('are joined when typed as two words after a surname, in Cyrillic or Latin letters', () => {
    expect(analyzeWords('по словам посла ли ын ёна').map((w) => w.token)).toEqual(['посла', 'Ын-Ёна']);
    expect(termsOf('по словам посла ли ын ёна')).toEqual(termsOf('по словам посла Ли Ын Ёна'));
    expect(analyzeWords('əliyev park cu sonla görüşdə').map((w) => w.token)).toContain('Cu-Sonla');
    // A last syllable that spells a short lexicon word ("su", water) is still a syllable, and the surname before the joined name a name.
    expect(analyzeWords('kim yonq su kimdir').map((w) => w.token)).toEqual(['Kim', 'Yonq-Su']);
    // Azerbaijani spells the surnames its own way (Kanq, Conq, Çoy).
    expect(analyzeWords('kanq min sok etimadnaməsini kimə təqdim edib').map((w) => w.token)).toContain('Min-Sok');
    // Russian words after the particle "ли" stay words, and so do English words after a surname-like word.
    expect(analyzeWords('так ли это было в баку').map((w) => w.token)).toEqual(['баку']);
    expect(analyzeWords('есть ли у них план').map((w) => w.token)).toEqual(['план']);
    expect(analyzeWords('a long-term plan').map((w) => w.token)).toEqual(['long', 'term', 'plan']);
  });

  it('are read as the name when an English question types the given name as one word ("kang kimgu")', () => {
    expect(termsOf('as amb. kang kimgu told reporters')).toEqual(termsOf('as amb. Kang Kimgu told reporters'));
    expect(termsOf('who is kim jinpyo')).toEqual(termsOf('who is Kim Jinpyo'));
    // An Azerbaijani question's "kim" is "who", and the verb after it no name; nor is a lexicon word after a surname.
    expect(termsOf('birinci yeri kim tutdu')).not.toEqual(termsOf('birinci yeri Kim Tutdu'));
    expect(analyzeWords('the moon festival').map((w) => w.token)).toEqual(['moon', 'festival']);
  });
});
