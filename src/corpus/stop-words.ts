import { foldText } from './fold.ts';

/**
 * Stop words: function words and question words of the four languages. They carry no evidence
 * for retrieval or abstention (question words are read separately by answer-type detection).
 */

const STOP_WORDS = new Set(
  [
    // English
    'a an the and or but nor of to in on at by for from with without within into onto about above after against along',
    'among around as before behind below between beyond during except inside near off out over since than through',
    'till until up upon via per is am are was were be been being do does did doing done have has had having will would',
    'shall should can could might must it its it\'s this that these those there here he him his she her hers they them',
    'their theirs we us our ours you your yours i me my mine who whom whose which what when where why how whether',
    'not no yes so also too very just only any some all each every both either neither other others such same own',
    'then thus there\'s what\'s who\'s s t get got according tell say said much many more most far due down once again further',
    'myself ourselves yourself yourselves himself herself itself themselves ought if because while under few',
    // ... and the honorifics before a name ("Mr. Lee Eun Yong")
    'mr mrs ms dr',
    // ... and the asker's relatives, who set a question up in chats ("My cousin works in Ganja — ...",
    // "Qardaşım Gəncədə fermerdir", "Мой двоюродный брат работает ...", "사촌이 바쿠에 사는데")
    'cousin cousins uncle aunt nephew niece qardaşım qardasim bacım bacim əmim emim dayım dayim xalam bibim əmioğlum emioglum dayıoğlum xalaoğlum qohumum двоюродный двоюродная двоюродного дядя тётя тетя племянник племянница 사촌 삼촌 이모 고모',
    // Azerbaijani
    'va ve ile ila bu o bir da de ki ucun isa kimi na neca niya hansi hansilar harada hara haradan haca hacan vaxt kiminla',
    'olan olub olur olaraq edib ediblar edir etdi etdilar etmis edilib edilir kim kimdir kimin kima kimla kimi nadir nayi nadan',
    'uzra an daha cox ham hamcinin amma lakin ya yaxud ancaq artiq har butun oz ozu onun onlar onlarin biz siz man san',
    'var yox deyil mi mi mu qadar nece necadir hansidir harda olunub olunur sonra avval kimlar arasinda haqqinda barada dair gora',
    // ... typed without ə, as chats often write it ("ne vaxt", "ne qeder")
    'ne niye ise edibler nedir neyi neden uzre en hem hemcinin her sen qeder necedir evvel kimler barede gore',
    // ... the past and future of "to be" and "to do", and "said", which chats ask with ("nə qədər idi?", "nə dedi?")
    'idi idilər idiler imiş imis etmişdi etmisdi etmişdir etmisdir olmuşdu olmusdu olmuşdur olmusdur olacaq olacaqlar',
    'edəcək edecek edəcəklər edecekler dedi dedilər dediler deyib deyiblər deyibler söylədi soyledi',
    // ... and "according to what X said" ("Nəsirlinin dediyinə görə"): whose words, not what they are about
    'dediyinə dediyine dediyi dediklərinə dediklerine sözlərinə sozlerine',
    // ... and the ordinal "which-th" ("neçənci yerdədir?", in what place)
    'neçənci neçəncisi neçəncidir necenci necencisi necencidir',
    // ... and the question words' other cases: "neçəyə" (for how much), "hardan" (from where), "kimə" (to whom), "nə zaman" (when)
    'neçəyə neceye hardan kimə kime zaman',
    // ... and the question words asked of many ("kimlərdir?", who are they; "nələrdir?"), the participle of "to do" that makes a verb
    // of a noun ("iştirak edən", taking part) and "ilə bağlı" (to do with), which chats ask with
    'kimlərdir kimlerdir kimlərdi kimlerdi kimdi nələrdir nelerdir hansılardır hansilardir edən eden edənlər edenler bağlı bagli',
    // ... and "together with", "around", "being" and "in all" ("Koreyalılarla birlikdə", "Gəncə ətrafında", "fəxri qonaq
    // olduğu", "ümumilikdə neçə"), which a chat question is built with
    'birlikdə birlikde ətrafında etrafinda olduğu oldugu olduğunu ümumilikdə umumilikde',
    // ... and "that is" that chats explain with ("neçə nəfərdir, yəni idmançı sayı?")
    'yəni',
    // ... and the personal pronouns' other cases ("bizim deputatlar", our deputies; "onlara", to them)
    'bizim bizə bizi bizdə bizdən sizin sizə sizi mənim mənə məni sənin sənə onlara onları onlarda ona onu onda ondan',
    // Russian
    'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня',
    'еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там',
    'потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже',
    'себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее',
    'сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас',
    'про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой',
    'им более всегда конечно всю между сколько чей чья какие каким является являются являлся',
    // ... and "прежде чем" (before), "обычно" (usually), "вокруг" (around), "изначально" (at first), which a chat
    // question is built with and tell nothing of what it asks
    'прежде обычно вокруг изначально',
    'какую какому каком какими каких какое какого какой который которая которое которые которого которой котором которую',
    'чье чьи чьему чьей чьим чьих кого кому кем ком свой своей своего словам слова должен должна должны был была были',
    // ... and the rest of этот's forms ("эта станция", this station; "что это за ...")
    'это эта этим этих этому этими',
    // ... and каков's forms ("Какова сумма ...?", what is the sum)
    'каков какова каково каковы',
    // ... and the words that ask to set answers side by side ("Сравните ...", "compare ..."): they say how to answer, not what about
    'compare сравните сравни сравнить müqayisə 비교해 비교하면',
    // ... and сколько's other cases: "скольких учащихся", "к скольким точкам"
    'скольких скольким сколькими чему',
    // ... and почём (for how much, of a price)
    'почём почем',
    // ... and the case endings a number takes after a hyphen ("2008-го", "в 5-ми странах"), left by the tokenizer as words
    'го ми му ого ому ый ая ое',
    // ... and "насколько" (how much, to what extent), which is no misspelt "несколько"
    'насколько',
    // ... and as chats type it ("скока", "скоко"), with the people it counts ("сколько народу пришло")
    'скока скоко народу',
    // Chat shorthand of English questions
    'r u ur rn pls plz thx ya wat wut whats whos hows wheres',
    // Asking politely (Korean forms of asking: KOREAN_ASKING): "please tell me ...",
    // "подскажите, пожалуйста, ...", "zəhmət olmasa deyin ..." carry no evidence
    // and greeting or thanking around the question ("Привет! ...", "... Təşəkkürlər!")
    'please kindly wonder know let hi hello hey thanks thank cheers',
    'пожалуйста подскажи подскажите скажи скажите расскажи расскажите объясни объясните знаешь знаете интересно хочу узнать',
    'привет здравствуйте здравствуй добрый спасибо благодарю',
    // ... and what a chat says around its question ("слушай, ...", "слышал, ...", "btw", "dostum soruşur: ...")
    'btw heard hear wondering curious remind tell',
    'слушай слушайте слышал слышала слыхал назови назовите напомни напомните дай дайте кстати вообще короче интересует',
    'dostum soruşur eşitdim deyəsən',
    'zəhmət olmasa xahiş edirəm deyin söylə söyləyin bilirsən bilirsiniz maraqlıdır bilmək istəyirəm',
    'salam salamlar təşəkkür təşəkkürlər sağol sağolun',
    '안녕 안녕하세요 감사합니다 감사해요 고마워 고마워요 고맙습니다 혹시 근데 그런데',
    // ... and "it is" as a chat asks ("어디서 하는 거야")
    '거야 건가 건지',
    // Korean particles, question words and the most common verbs and nouns of grammar ("하다",
    // "있다", "것"), compared by their stems (corpus/korean.ts strips the ending first)
    '누가 누구 언제 어디 어디서 무엇 무슨 어떤 몇 얼마나 왜 어떻게 은 는 이 가 을 를 의 에 에서 와 과 도',
    '뭐 뭐야 뭔가 뭔지 무엇인가 어디야 어딘가 어디에 어디를 어느 누군가 얼마 얼마야 며칠 몇몇 정도 대략 약 번째',
    '했어 했나 했지 했다 했음 한다 하는 하고 하다 한 할 된 되는 되었다 됐어 됐다 있는 있다 있어 있었다 없다 없는',
    '그 그리고 또 또는 및 등 것 거 수 때 대해 대한 관련 위해 통해 따르면 따라 라고 이라고 했는데 나온 말한',
    // ... and "these days" and "each other" that a chat question is built with ("요즘 ... 뭐래?", "서로 인정하기로")
    '요즘 서로',
    // ... and the honorifics written apart after a name ("정우석 씨는", "김 님"), in their particles' forms
    '씨 씨는 씨가 씨의 씨를 씨와 씨에게 님 님은 님이 님의 님을',
    // ... and the years a chat counts from its own time ("올해", "작년"): the article's time is not the chat's
    '올해 작년 지난해 내년 금년',
    // ... and "now", "in all" in the other languages ("indi neçə", "за весь год")
    'indi hazırda весь',
    // ... and the words a chat asks with that articles do not write ("is it going to", "neçəyədir", "какого числа", "각각")
    'going gonna supposed went put puts putting getting gets qədərdir qederdir neçəyədir neceyedir neçəsi necesi числа 각각 제일 나왔어 나왔대 나와 왔어 왔대 가는 들어가 중에 같이 대야',
    'orada ora vaxtdan vaxta vaxtadək vaxtadek откуда туда пока такая',
    'actually exactly thing guy took back give дали дал дала даст дадут дать verəcək verecek verib verdi go goes 걸린대 걸려 걸렸대 받은 받아 받았어 쓰는 수는 거라고 걸로 gedəcək gedecek tutur qoyur çıxıb cixib olmalıdır olmalidir bitməlidir bitmelidir',
    // ... and the words a chat wraps a question in, in the four languages: greetings and thanks,
    // fillers and hedges, "do you know", "can you tell me", "I heard", the asker's family and friends
    'hiya bye ty thanx np grateful sorry excuse dear sir guys okay alright yeah yep hmm hm umm lol haha omg wow',
    'wanna lemme dunno idk tbh imo afaik iirc rly abt re ll didn doesn isn wasn weren couldn wouldn shouldn knows',
    'knew knowing told saying says remember reminded mention mentioned clarify summarize elaborate briefly ask',
    'asking asks understand suppose guess thought believe meant clue sure saw seen basically really honestly',
    'probably maybe perhaps possibly somehow anyway though tho whatever simply precisely definitely surely',
    'apparently supposedly allegedly stuff anything something everything info happened regarding someone somebody',
    'anyone anybody everyone rumor mom dad now nowadays',
    'slm necəsən necesen necəsiniz necesiniz hörmətli hormetli bey beli minnətdaram minnetdaram tşk zehmet olmazsa',
    'lütfən lutfen üzr buyurun deyərsən deyersen deyərsiniz deyersiniz deyə deye bilərsən bilersen bilərsiniz',
    'bilersiniz bilirsen bilirsinizmi bilmirəm bilmirem bilmek isteyirem istərdim isterdim edirem edin danış',
    'maraqlanıram maraqlaniram soruşmaq sualım xatırlat xatırlayırsan yadındadır soyle soyleyin qısaca ətraflı',
    'deyesen yəqin yeqin belke görəsən goresen axı əslində eslinde həqiqətən heqiqeten ümumiyyətlə məncə mence',
    'fikrimcə səncə sizcə guya elə belə bax görüm deməli hansısa kimsə nese şey yoxsa meger haqda baresinde',
    'doğrudurmu doğrudur düzdür həqiqətdir olubmu varmı varsa olarmı mümkündür mümkünsə eşitmişəm eşitdiyimə',
    'eşitmisən eşitmisiniz bildiyimə deyirlər deyirler deyir gördüm dostlarım yoldaşım atam anam maraqlanır menim',
    'senin bize',
    'здрасте здрасьте приветик прив доброе доброго уважаемый уважаемые всем спс пасибо заранее',
    'благодарен извините простите сорян прошу пжл пж плиз плз пжлст будьте добры ка знает знаю помните помнишь',
    'уточните сказать подсказать подскажете скажете напомнить поделитесь сообщите напиши можешь можете сможете',
    'хотите любопытно спрашивает спрашиваю вопросик вкурсе понял понятно ясно случайно ваще вообщем кажется похоже',
    'наверное наверно видимо вроде типа собственно просто реально действительно неужели пожалуй мол дескать якобы',
    'именно значит получается верно правильно ладно ок окей ага эм хм ой кароче имхо кст прикинь слышь либо чтоли',
    'вкратце кратко коротко подробнее поподробнее инфа инфу слышали слышно читал видел подруга знакомый знакомая',
    'щас ща нынче',
    '안녕하십니까 하이 반가워요 반갑습니다 수고하세요 땡큐 부탁해요 부탁드립니다 죄송한데 죄송하지만 실례지만 여러분 저기 알려주실 알려주실분 알려줄 알려 가르쳐주세요 얘기해줘 말씀해주세요 알아 알아요',
    '아세요 아시나요 아는 아시는분 계신가요 알고 몰라 싶어요 싶은데 알고싶어요 궁금한데 궁금하네요 물어봐도 여쭤봐도 진짜 정말 혹시라도 그러니까 그래서 그럼 아니 아니면 솔직히 그냥 일단 아무튼 어쨌든',
    '참고로 그나저나 글쎄 아마 과연 ㅋㅋ 그렇구나 있잖아 있잖아요 말이야 뭐냐면 알다시피 봤는데 읽었는데 하던데 하더라 했다는데 라던데 라는데 다던데 카더라 그렇다던데 소문 듣기로는 엄마가 아빠가',
    '동생이 오빠가 제가 저는 나는 단톡방 맞아 맞나요 맞죠 맞는지 아닌가요 아니야 거든요 건데 거죠 건가요 거냐 것인가요 되나요 되는지 있을까요 뭐더라 뭔데 뭐라고 어때 어케 어떻게요 언제쯤 된대',
    '합니까 지금',
    // ... and the demonstratives a follow-up points back with ("그게 언제였어?", "А это когда было?")
    '그게 그건 그거 그것 이게 이건 이거 이것 저게 저건 저거 저것 это',
    // ... and the words that ask beyond what was said ("who else?", "başqa kim?", "кто другой?",
    // "다른 사람은?"): they say what is asked for, not what it is about (question.ts asksBeyond)
    'else another besides başqa digər другие других другим другими другая другое 다른 외에',
  ]
    .join(' ')
    .split(/\s+/)
    // Compared with folded words: "такой" folds to "такои", "üçün" to "ucun".
    .map((word) => foldText(word)),
);

// Stop words that are also common (Korean) surnames: kept when capitalised ("Kim Jin-pyo",
// "So Byonq-su"). Every other capitalised stop word is a sentence start ("Who", "Which").
export const SURNAME_STOP_WORDS = new Set(['kim', 'so', 'an', 'ha', 'do', 'na']);

/** Korean endings of asking: a copula or a verb ending, with nothing after it. */
const KOREAN_ASKING_TAIL = '(?:이었|였|이|인|입|일|임|됨|돼|됐어)?(?:어요|어|야|예요|에요|요|나요|나|니까|니|냐|지요|죠|지|가요|가|까|습니까|다|음|에|에는|래|래요|대|대요|는지|지는)?';

/**
 * Korean words of asking, in whatever form a chat writes them: a question word with only a
 * counter, a copula or an ending after it ("뭐였어", "언제였나", "몇명이야", "누구인가요", "얼마래", "얼마씩"), a bare
 * predicate ("했나요", "있었어"), or a request ("알려줘", "말해주세요", "궁금해", "좀").
 */
const KOREAN_ASKING = new RegExp(
  '^(?:' +
    // "언제까지야" (until when), "어디부터": what is asked, not what about.
    `(?:뭐|뭔|무엇|어디|어딘|언제|누구|누가|얼마|몇|며칠|어떻|어땠|어떤|어느|무슨|왜)(?:명|개|번째|번|곳|가지|살|년|월|일|시|분|차례|배|위|짜리)?(?:까지|부터)?${KOREAN_ASKING_TAIL}` +
    // "얼마씩" (how much each); a counter with 씩 ("몇명씩") stays, as the passage writes it ("20명씩").
    `|얼마씩${KOREAN_ASKING_TAIL}` +
    `|(?:했|됐|되었|있었|있|없었|없|였|이었|이|인)${KOREAN_ASKING_TAIL}` +
    // A counter or "about" left after the question word by a space ("몇 명이", "몇 곳에", "정도래").
    `|(?:명|개|곳|가지|차례|번|정도|쯤|미터|킬로|킬로미터|톤|퍼센트|프로|시간|개월|살|짜리)${KOREAN_ASKING_TAIL}` +
    '|(?:알려|말해|정리해)(?:줘|줘요|주세요|줄래|줄래요|주라|주십시오)|궁금(?:해|해요|합니다|하다)|좀|제발' +
    ')$',
  'u',
);

/** Whether a folded word is a function or question word that carries no evidence. */
export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded) || KOREAN_ASKING.test(folded);
}
