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
    'then thus there\'s what\'s who\'s s t get got according tell say said much many more most',
    // Azerbaijani
    'va ve ile ila bu o bir da de ki ucun isa kimi na neca niya hansi hansilar harada hara haradan haca hacan vaxt kiminla',
    'olan olub olur olaraq edib ediblar edir etdi etdilar etmis edilib edilir kim kimdir kimin kima kimla kimi nadir nayi nadan',
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
    'какую какому каком какими каких какое какого какой который которая которое которые которого которой котором которую',
    'чье чьи чьему чьей чьим чьих кого кому кем ком свой своей своего словам слова должен должна должны был была были',
    // Chat shorthand of English questions
    'r u ur rn pls plz thx ya wat wut whats whos hows wheres',
    // Korean particles, question words and the most common verbs and nouns of grammar ("하다",
    // "있다", "것"), compared by their stems (corpus/korean.ts strips the ending first)
    '누가 누구 언제 어디 어디서 무엇 무슨 어떤 몇 얼마나 왜 어떻게 은 는 이 가 을 를 의 에 에서 와 과 도',
    '뭐 뭐야 뭔가 뭔지 무엇인가 어디야 어딘가 어디에 어디를 어느 누군가 얼마 얼마야 며칠 몇몇 정도 대략 약',
    '했어 했나 했지 했다 했음 한다 하는 하고 하다 한 할 된 되는 되었다 됐어 됐다 있는 있다 있어 있었다 없다 없는',
    '그 그리고 또 또는 및 등 것 거 수 때 대해 대한 관련 위해 통해 따르면 따라 라고 이라고 했는데 나온 말한',
  ]
    .join(' ')
    .split(/\s+/)
    // Compared with folded words: "такой" folds to "такои", "üçün" to "ucun".
    .map((word) => foldText(word)),
);

// Stop words that are also common (Korean) surnames: kept when capitalised ("Kim Jin-pyo",
// "So Byonq-su"). Every other capitalised stop word is a sentence start ("Who", "Which").
export const SURNAME_STOP_WORDS = new Set(['kim', 'so', 'an', 'ha', 'do', 'na']);

/** Whether a folded word is a function or question word that carries no evidence. */
export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}
