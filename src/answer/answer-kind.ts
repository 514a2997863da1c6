import { asksTimeOfDay, clockTimes } from './clock-times.ts';
import { memoized } from '../corpus/fold.ts';
import { conceptOf, foldText, isStopWord, termKind, termsOfToken, tokenizeWords } from '../corpus/terms.ts';
import { ROLE_CONCEPTS } from '../corpus/lexicon.ts';
import { CONCEPT_PREFIX } from '../corpus/term-kinds.ts';
import { tokensMatcher } from '../retrieval/evidence.ts';
import { asksForMeasure } from './measures.ts';
import { asksQuantityByWhich } from './which-measure.ts';
import { YEAR } from './counting.ts';
import { ASKS_ORDINAL, KOREAN_DAY, KOREAN_YEAR, isMonth, quantityAnswers } from './quantities.ts';
import { questionParts } from '../question.ts';
import { koreanNamesByAge, koreanNamesByTitle, roleOf, roleWordsNearQuestion } from './roles.ts';
import type { QuestionEvidence } from '../retrieval/evidence.ts';

/**
 * The kind of answer a question asks for, and the things of that kind a sentence offers that the
 * question does not already name (answer candidates): composition puts a sentence that holds one
 * before sentences that only repeat the question.
 */

/**
 * What the question asks for, read from its question word; 'identity' is "who is X?" (X kimdir,
 * кто такой X, X는 누구): the question names a person and asks what that person is.
 */
export type AnswerType = 'person' | 'identity' | 'number' | 'date' | 'place' | 'entity' | 'any';


const ANSWER_TYPE_PATTERNS: readonly [AnswerType, RegExp][] = [
  // A date asked with a counting word ("몇 월 며칠", "какого числа") before counts take it; 며칠 before a
  // verb counts days ("며칠 걸렸대", "며칠 훈련했대"). "Во сколько утра", "во сколько открывается": a time of day.
  ['date', /(?<!\p{L})во сколько(?=\s+(?:утра|вечера|дня|ночи|открыва|закрыва|начина|заканчива|вылета|прилета|отправля|прибыва))|какого числа|до какого срока|к какому (?:сроку|числу)|(?:в )?какие (?:числа|даты|дни)|в каком месяце|몇\s*(월|일|시(?!간))|몇\s*년(도|에)|어느\s*해|며칠(?=\s*(?:$|[?？.!]|이|에(?!서)|날|인|까지|부터|로(?!\s*(?:줄|늘))|였|쯤))/u],
  // Which one of a series ("which round", "neçənci", "на каком месте"): a rank, a number.
  ['number', ASKS_ORDINAL],
  // A rank or a level is a number, though asked where or what place ("where did Korea rank", "какое место занимает", "어디까지 늘린대").
  ['number', /어디까지\s*(?:\p{Script=Hangul}+\s+)?(?:늘|높|올|줄|낮|확대|축소|키우|끌어)|\bwhere (?:did|does|do|is|was|will)\b.{0,60}\brank(?:ed|s)?\b|\b(?:what|which) (?:place|position|spot)\b.{0,60}\b(?:rank|take|took|finish|come|came|hold|occup)|(?:какое|каком) место.{0,40}(?:занима|занял)|(?:занима|занял)\p{L}*.{0,40}(?:какое|каком) мест/u],
  // A count or amount, asked with a question word or by naming the quantity ("capacity of ...?",
  // "what amount", "на какую сумму", "какова стоимость", "до какой скорости", "hansı məbləğdə",
  // "what were its sales last year", "what is it being paid", "가격이 어떻게 돼", "계약 금액은?",
  // "какой срок"), or a share ("какую часть", "hansı hissəsi").
  ['number', /\b(?:(?:what|which) (?:amount|sum|cost|price|value|margin|rate|percentage|temperature|diameter)|at what (?:cost|price|rate|temperature))\b|(?:^|\s)(?:как(?:ую|ая|ой|ов[аоы]?)|(?:на|за|до) как(?:ую|ой|ого)) (?:сумм|стоимост|цен[аыуе]|объ[её]м|площад|скорост|уров(?:ень|ня)|мощност|длин|размер|ставк|тариф|температур|диаметр|глубин|высот|ширин)\p{L}*|\bhansi (?:m[ae]bl[ae]g|qiym[ae]t|d[ae]y[ae]r|temperatur|diametr|sur[ae]t)\p{L}*|\bhansi (?:hiss[ae]si(?:ni)?|payi(?:ni)?)\b|(?:^|\s)как(?:ую|ая) (?:часть|долю|доля)(?!\p{L})|\b(how (many|much|big|large|long|old|far|often|expensive|pricey|cheap)|neca(?:ya|dir|di|yadir|yadi)?|nece(?:ye|dir|di|yedir|yedi)?|na qadar(?:dir|di|a|lik|liq)?|ne qeder(?:dir|di|e|lik|liq)?|(capacity|population|number|amount|size|budget|cost|price|value|volume|turnover|score) of|print run|(?:what (is|was|are|were|'s|will be|will)|what['’]s|whats) (the )?([\p{L}'’-]+ ){0,3}(?:volume|turnover|amount|budget|cost|price|population|(?:value|capacity|length|area|size|investment|sales|revenue|profit|loss|scores?|rate|bill|money|fees?|fare|salary|wages?|period|duration|diameter|width|depth|height|weight|speed|temperature|margin|distance)(?=\s*(?:[?.!,]|$|(?:of|in|for|at|on|to|from|be|will|last|this|next|when|once|after|before|per|each|and)\b)))|sayi|hacmi|nec[ae]nci(?! (il|ay|gun))|(?:what|which) (?:percent\p{L}*|share))\b|(?:what|which) ?%|\bwhat (?:is|was|are|were|will|would|does|did|do)\b[^?]{0,80}\b(?:worth(?!\s+\p{L}+ing\b)|cost(?!\s+(?:of|overruns?)\b)|(?:being )?paid(?!\s+(?:attention|tribute|homage|respects?|a visit)\b)|earn(?:s|ed|ing)?)\b|(?<!\p{L})во что обош\p{L}*|(?<!\p{L})с каким (?:временем|результатом|сч[её]том)(?!\p{L})|(?<!\p{L})(?:на)?скольк(?:о|их|им|ими)(?!\p{L})|(?<!\p{L})как часто(?!\p{L})|(?<!\p{L})(?<!(?:^|\s)[вк] )(?:какой|каков) срок(?!\p{L})|(?<!\p{L})срок\p{L}* (?:какой|каков)(?!\p{L})|(?:가격|비용|금리|이자율|기간|요금|금액|인구|면적|속도|거리|길이|높이|무게|수량|인원)(?:(?:이|가|은|는)?\s*(?:어떻게\s*(?:돼|되|됐)|뭐|무엇)|(?:이|가|은|는)\s*[?？]?\s*$)|скок[аоу]|поч[её]м|тираж|мощност|количеств|численност|числ[оа]|объ[её]м|стоимост|몇|며칠|얼마|어느 ?정도|규모|용량|(?<=\p{Script=Hangul}\s?)(?:수|양)(?:는|가|를|은|이)?\s*[?？]?\s*$|\bneca(?:si|sini|sina|sinda)\b|\b(?:na|ne) boyda\w*/u],
  ['date', /\b(when|what (years?|dates?|days?|months?|time)|which (years?|dates?|days?|months?)|(?:na|ne) (?:vaxt|zaman)(?:dan|a|adak|acan|dak)?|hacan|deadline|son (muraciat )?tarix\w*)\b|\b(necanci il|hansi (il|tarix|gun|ay))\w*|когда|в каком году|с какого (?:времени|года|числа|момента)|крайний срок|до какого числа|언제|마감|날짜(?:는|가|를|은)?(?:\s+(?:좀\s+)?알려\S*)?\s*[?？]?\s*$/u],
  // "Кто …? Какая фирма": a question that names the kind of body it asks for asks for that body, though it says who.
  // So does one that asks who is a body by its role: a contractor, a carrier, a supplier ("кто генподрядчик", "что за перевозчик").
  ['entity', /(?:^|[^\p{L}])как(?:ая|ой|ую) (?:фирм|компани|организаци)\p{L}*|(?:^|[^\p{L}])что за (?:фирм|компани|организаци|перевозчик|подрядчик|поставщик|застройщик|производител)\p{L}*|(?:^|[^\p{L}])кто (?:ген)?(?:подрядчик|перевозчик|поставщик|застройщик|производитель)\p{L}*|\b(?:which|what) (?:company|firm)\b|\bwho (?:is|was|are|were|will be) the (?:main |general )?(?:contractor|carrier|supplier|builder|developer|manufacturer)s?\b|\bhansi sirk[ae]t\p{L}*|어느 (?:회사|업체|기업)/u],
  // "What is the satellite called?", "как называется", "adı nədir", "이름이 뭐야": a name (a person's only when a role is named, see answerTypeOf).
  ['entity', /\bwhat(?:'s|s| is| was| are| were| will)\b[^?]{0,80}\b(?:called|named)\b|(?:^|\s)как (?:называ|назвал|назовут)\p{L}*|\badi n[ae](?:dir)?\b|이름(?:이|은|는)?\s*(?:뭐|무엇|어떻게)/u],
  ['person', /(?<![\p{L}\p{N}_])(who|whom|whose|kim|kimdir|kimdi|kimin|kima|kimla|kiminla|kimi|kimlar|(which|what) (ambassador|minister|president|speaker|chairman|official|leader|diplomat|deputy|representative))(?![\p{L}\p{N}_])|\bhansi( \p{L}+)? (s[ae]fir|nazir|prezident|spiker|sadr|rahbar|numayand|diplomat)\w*|(^|\s)(кто|кого|кем|кому)(\s|$|\?)|(?<!,)(^|\s)(чей|чья|чьё|чье)(\s|$|\?)|누가|누구/u],
  // "회사 어디야?" asks which company, not where: a company, body or team asked with 어디.
  ['entity', /(?:회사|업체|기업|단체|기관|팀|은행|대학|출판사|방송사|후원사|스폰서|협력사|시공사)(?:는|가|은|이)?\s*어디(?!서|에|로)/u],
  ['place', /\b(where|harada|harda|hara|haradan|haraya|(which|what|hansi) (\p{L}+ )?(city|country|place|town|capital|region|sahar\p{L}*|olk[ae]\p{L}*))\b|(^|\s)(где|куда|откуда)(\s|$|\?)|(каком|какой|какую|какая) (\p{L}+ )?(город|стран|регион|район|мест|столиц)|어디|어느 (도시|나라|지역|곳|장소)/u],
  // "What areas", "in which fields", "what kind of": a common noun phrase ("sports and education"), not a name.
  ['any', /\b(which|what|hansi) (areas?|fields?|sectors?|spheres?|domains?|topics?|issues?|subjects?|kinds?|types?|sahalar\w*|saha\w*|movzu\w*|vazifa\w*|vezife\w*)\b|(какой|какие|каких|какую) (област|сфер|отрасл|тем)|(어떤|무슨) (분야|주제|종류)/u],
  // "At which port", "в каком университете", "hansı zavodda", "어느 공장에서": which thing something happens at is a place.
  ['place', /\b(?:at|in) which \p{L}+\b|(?:^|\s)(?:в|во|на) (?:каком|какой) \p{L}+(?:е|и)(?:\s|$|\?)|\bhansi \p{L}+(?:da|de|ta|te)\b|어느 \p{Script=Hangul}+에서/u],
  // "Which universities", "what agreement": a name of that kind. "What did they discuss?", "что",
  // "무엇", "nə": a clause, of no particular kind ('any').
  ['entity', /\b(which|what(?!\s+(do|does|did|is|was|are|were|will|would|has|have|had|can|could|should)\b)|hansi|hansilar)\b|(^|\s)(какой|какая|какое|какие|каком|какую|какого)(\s|$|\?)|어떤|무슨|어느/u],
];

/** Most words of a quoted place name ("Аркач", "Four Seasons"). */
const QUOTED_PLACE_MAX_WORDS = 3;

/** Most words of a quoted name or title ("Şöhrət", "Bakı K-pop Festivalı"). */
const QUOTED_TITLE_MAX_WORDS = 6;

/** "Who" in a case other than the subject's: the question asks for a person beside the one it names. */
const WHOM = /누구(랑|와|하고|를|에게|한테|의)|(^|\s)(с кем|кого|кому|кем)(\s|$|\?)|\b(kiminla|kimla|kima|kimi|kimin)\b|\bwith whom\b/u;

/** The kind of answer a question asks for, from its question word (en, az, ru, ko). */
export function expectedAnswerType(question: string): AnswerType {
  // "Kim" before another capitalised word is the Korean surname, not Azerbaijani "who"; "when"
  // (когда) after another question word joins a clause ("what route did he bring up when he met
  // ...", "кто отвечал за программу, когда отправляли детей"; "где и когда" asks both).
  const withoutSurname = question
    .replace(/\bKim(?=\s+\p{Lu})/gu, ' ')
    .replace(/(\b(?:what|which|who|whom|whose|where|how)\b.*?)\bwhen\b/giu, '$1 ')
    .replace(/((?:^|[^\p{L}])(?:кто|кого|кому|кем|что|где|куда|откуда|сколько|как\p{L}*)(?![\p{L}])(?!\s*,?\s*и\s+когда).*?)(?<![\p{L}])когда(?![\p{L}])/giu, '$1 ');
  // Latin patterns read the folded text (ə→a, ı→i); Cyrillic and Hangul ones the text as written.
  const texts = [foldText(withoutSurname), withoutSurname.toLowerCase()];
  for (const [type, pattern] of ANSWER_TYPE_PATTERNS) {
    if (!texts.some((t) => pattern.test(t))) continue;
    return type === 'entity' && asksWhichRole(withoutSurname) ? 'person' : type;
  }
  return 'any';
}

/** "Which" in the four languages: the word that asks for one thing of the kind named after it. */
const WHICH_WORDS = new Set(['which', 'what', 'hansi', 'какой', 'какая', 'какое', 'какие', 'какого', 'каким', 'каких', 'какому', 'какую', 'каком', '어떤', '어느', '무슨']);

/** "Which minister", "какой посол", "어떤 대사": a which-word and, within two words, a role; a person is asked for. */
function asksWhichRole(question: string): boolean {
  const tokens = tokenizeWords(question);
  return tokens.some((token, i) => WHICH_WORDS.has(foldText(token)) && tokens.slice(i + 1, i + 3).some(isRoleWord));
}

const isRoleWord = (token: string): boolean =>
  termsOfToken(token).some((t) => t.startsWith(CONCEPT_PREFIX) && ROLE_CONCEPTS.has(t.slice(CONCEPT_PREFIX.length)));

// ---------------------------------------------------------------------------------------------
// Answer candidates in a sentence: the things of the asked-for type that the question does not
// already name.

/** Whether a word token of a text names something the question does not (a sound-alike still counts as new). */
export function isNewTo(question: QuestionEvidence, token: string): boolean {
  return !termsOfToken(token).some((t) => question.terms.has(t) && termKind(t) !== 'sound' && termKind(t) !== 'gram');
}

/** The question's words in lower case, as written (for names: see isNewPersonWord). */
const questionSurfaces = memoized((question: string): ReadonlySet<string> => new Set(tokenizeWords(question).map((t) => t.toLowerCase())));

/**
 * Whether a name word of an English text names someone the question does not: its written form
 * is not the question's. English does not decline names, so "Aliyeva" after "Ilham Aliyev" is
 * another person (Mehriban Aliyeva), though the two share a stem; in Azerbaijani and Russian text
 * the same ending may be a case of the question's name ("Алиева", "Məmmədova"), and the stems
 * decide (isNewTo).
 */
function isNewPersonWord(question: QuestionEvidence, token: string): boolean {
  if (isNewTo(question, token)) return true;
  if (/[əƏığİşŞçÇöÖüÜ\p{Script=Cyrillic}]/u.test(token)) return false;
  return !questionSurfaces(question.question).has(token.replace(/['’]s$/u, '').toLowerCase());
}

/** An English compound adjective ending in a participle of place, origin or ownership ("Seoul-based", "Baku-born", "Korean-owned", "state-run"). */
const ADJECTIVE_COMPOUND = /^\p{L}[\p{L}-]*-(?:based|born|bred|owned|run|led|made|built|funded|backed|financed|registered|headquartered|listed|operated|controlled)$/u;

/** Whether a token is written like a name and is no lexicon or stop word; remembered, as the same tokens recur. */
const isNameToken = memoized((token: string): boolean => {
  if (!/^\p{Lu}/u.test(token) || /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(token)) return false;
  const folded = foldText(token);
  if (conceptOf(folded) !== undefined || isStopWord(folded)) return false;
  // "Koreya-Azərbaycan" (of a friendship fund), "Россия-Корея": lexicon words joined, no one's name.
  const parts = folded.split('-');
  return parts.length < 2 || !parts.every((part) => conceptOf(part) !== undefined || isStopWord(part));
});

/**
 * What a sentence's tokens hold whatever the question, by the tokens array: a sentence's tokens
 * are one remembered array (sentenceTokens), read for every question its passages answer. Entries
 * go with their arrays.
 */
function perTokens<T>(read: (tokens: readonly string[]) => T): (tokens: readonly string[]) => T {
  const known = new WeakMap<readonly string[], T>();
  return (tokens) => {
    let value = known.get(tokens);
    if (value === undefined) known.set(tokens, (value = read(tokens)));
    return value;
  };
}

/** The tokens that may tell a date: a year ("2025년" too), a month, or a Korean day of the month ("10일에"). */
const isDateToken = (t: string) => YEAR.test(t.split(/[-‐‑]/u)[0]!) || isMonth(t) || KOREAN_YEAR.test(t) || KOREAN_DAY.test(t);
const dateTokens = perTokens((tokens) => tokens.filter(isDateToken));

/** Korean verbs of saying that close a news lead ("... 체결했다고 20일 밝혔다"). */
const KOREAN_SAYING = /^(?:밝혔|전했|발표했|말했|보도했|알렸|설명했|강조했)/u;
/**
 * The date tokens of a sentence but a Korean day written right before a verb of saying: "경주시는
 * 셰키와 협정을 체결했다고 20일 밝혔다" was announced on the 20th, and tells the day of the signing
 * only in the sentence after it ("협정식은 19일 열렸다").
 */
const eventDateTokens = perTokens((tokens) => tokens.filter((t, i) => isDateToken(t) && !(KOREAN_DAY.test(t) && KOREAN_SAYING.test(tokens[i + 1] ?? ''))));
/** A question about when something was said or announced ("언제 밝혔어", "언제 발표했나"): the day of the saying answers it. */
const KOREAN_SAYING_ASKED = /밝혔|밝힌|발표|보도|알렸|전했/u;


/** Runs of name-like words ("Kim Jin-pyo", "E. Məmmədov"), as [start, end) token positions. Never change the array. */
const nameRuns = perTokens((tokens): readonly [number, number][] => {
  const runs: [number, number][] = [];
  let start = -1;
  tokens.forEach((t, i) => {
    const name = isNameToken(t);
    if (name && start < 0) start = i;
    if (start >= 0 && (!name || i === tokens.length - 1)) {
      runs.push([start, name ? i + 1 : i]);
      start = -1;
    }
  });
  return runs;
});

/** Whole names the question does not mention: two name-like words, or one hyphenated name. */
function freshNames(tokens: readonly string[], fresh: (t: string) => boolean): [number, number][] {
  return nameRuns(tokens).filter(([a, b]) => (b - a >= 2 || /^\p{Lu}\p{Ll}+-\p{L}/u.test(tokens[a]!)) && tokens.slice(a, b).every(fresh));
}

/** A question word that asks for a person ("who", "kim", "кто", "누구"), not "which heads" (whose answer may be a quoted newspaper). */
const ASKS_WHO = /(?<![\p{L}\p{N}])(?:who|whom|whose|kim|kimdir|kimdi|kimin|kimə|kimlə|kimi|kimlər|кто|кого|кем|кому)(?![\p{L}\p{N}])|누구/iu;

/** The words inside quotation marks in a sentence. */
const quotedWords = memoized((sentence: string): ReadonlySet<string> => new Set([...sentence.matchAll(/[«"“„]([^«»"“”„]{1,80})[»"”“]/gu)].flatMap((m) => m[1]!.split(/[\s,.;:!?()]+/u).filter((w) => w !== ''))));

/** Words just before a name and just after it: where news text puts a person's role. */
const ROLE_WINDOW_BEFORE = 4;
const ROLE_WINDOW_AFTER = 2;

/**
 * How closely a new name in the sentence is tied to the question's words: the share (up to two
 * words) of question words among the few words around the name ("Azerbaijani President Ilham
 * Aliyev" for "Who is the president of Azerbaijan?"), best over the names; 0 without one.
 */
export function nameProximity(tokens: readonly string[], question: QuestionEvidence): number {
  let best = 0;
  for (const [a, b] of freshNames(tokens, (t) => isNewTo(question, t))) {
    const around = [...tokens.slice(Math.max(0, a - ROLE_WINDOW_BEFORE), a), ...tokens.slice(b, b + ROLE_WINDOW_AFTER)];
    const match = tokensMatcher(question, around);
    const matched = question.words.filter((w) => match(w) > 0).length;
    best = Math.max(best, Math.min(1, matched / 2));
  }
  return best;
}

/**
 * The things of the expected type in a sentence that the question does not name, each as a folded
 * key (to tell a sentence that gives a new one from one that repeats an answer already given).
 */
export function answerCandidates(type: AnswerType, sentence: string, tokens: readonly string[], question: QuestionEvidence): string[] {
  const fresh = (t: string) => isNewTo(question, t);
  const keys = (words: readonly string[]) => words.map((w) => foldText(w));
  switch (type) {
    case 'number':
      return keys(quantityAnswers(sentence, tokens, question.question, fresh));
    case 'date':
      // News gives the day alone ("10일에") when the month is known; asked what time, an hour answers.
      return keys([
        ...(KOREAN_SAYING_ASKED.test(question.question) ? dateTokens(tokens) : eventDateTokens(tokens)).filter(fresh),
        ...(asksTimeOfDay(question.question) ? clockTimes(sentence).filter(fresh) : []),
      ]);
    case 'person': {
      // Asked "who", a name in quotation marks is a company's or a work's («Пёльбит Геймз»), not the person's.
      const quoted = ASKS_WHO.test(question.question.replace(/\bKim(?=\s+\p{Lu})/gu, ' ')) ? quotedWords(sentence) : undefined;
      // "the Seoul-based Dasan Scholarship Foundation": an adjective of where or by whom begins no one's name.
      const names = freshNames(tokens, (t) => isNewPersonWord(question, t) && !ADJECTIVE_COMPOUND.test(t)).filter(([a, b]) => quoted === undefined || !tokens.slice(a, b).some((t) => quoted.has(t)));
      return keys([...names.map(([a, b]) => tokens.slice(a, b).join(' ')), ...koreanNamesByTitle(tokens).filter(fresh), ...koreanNamesByAge(sentence).filter(fresh)]);
    }
    case 'identity':
      return keys([...roleWordsNearQuestion(tokens, question), ...expansionsOf(sentence, question)]);
    case 'place':
      // A capitalised word after a place preposition ("held in Baku", "в Бакинской академии") or
      // with a locative ending ("Bakıda").
      return keys([
        ...[...sentence.matchAll(/(?:^|[^\p{L}])(?:in|at|to|from|near|в|во|на|из)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)/gu)].map((m) => m[1]!).filter(fresh),
        // Russian puts an adjective between ("в китайском Тяньцзине", "в южнокорейском Пусане").
        ...[...sentence.matchAll(/(?:^|[^\p{L}])(?:в|во|на|из)\s+[а-яё-]+(?:ом|ем|ой|ей|их|ых)\s+(\p{Lu}[\p{L}-]+)/gu)].map((m) => m[1]!).filter(fresh),
        // A place named after the word for its kind: "из города Ичхон", "in the city of Icheon", "İçxon şəhərindən".
        ...[...sentence.matchAll(/(?:^|[^\p{L}])(?:в|во|на|из)\s+(?:город\p{L}*|сел[аеоу]?|посел\p{L}*|деревн\p{L}*|район\p{L}*|провинци\p{L}*|област\p{L}*)\s+(\p{Lu}[\p{L}-]+)/gu)].map((m) => m[1]!).filter(fresh),
        ...[...sentence.matchAll(/\b(?:in|at|from|to|near)\s+the\s+(?:city|town|village|province|district|region|county)\s+of\s+(\p{Lu}[\p{L}-]+)/gu)].map((m) => m[1]!).filter(fresh),
        ...[...sentence.matchAll(/(\p{Lu}[\p{L}-]+)\s+(?:şəhər|kənd|qəsəbə|rayon)(?:in|ın|un|ün)?(?:də|da|dən|dan)(?:dır|dir|dur|dür)?(?!\p{L})/gu)].map((m) => m[1]!).filter(fresh),
        // Where someone goes next: "will leave Baku for United Arab Emirates", "departed for Seoul".
        ...[...sentence.matchAll(/\b(?:leav\w*|left|depart\w*|head(?:s|ed|ing)?|bound)\s+(?:\p{Lu}[\p{L}-]+\s+)?for\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)/gu)].map((m) => m[1]!).filter(fresh),
        // A quoted name of a few words a few words after the preposition ("в торгово-развлекательном
        // центре «Аркач»", "at the “Four Seasons” hotel"); a longer or listed quotation is a title.
        ...[...sentence.matchAll(/(?:^|[^\p{L}])(?:in|at|в|во|на)\s+(?:[\p{Ll}-]+\s+){0,3}[«"“](\p{Lu}[^»"”,;]{0,40})[»"”]/gu)]
          .map((m) => m[1]!)
          .filter((name) => name.split(/\s+/u).length <= QUOTED_PLACE_MAX_WORDS && fresh(name)),
        ...tokens.filter((t, i) => i > 0 && /^\p{Lu}\p{Ll}+['’]?(?:da|də|dan|dən|ta|tə)$/u.test(t) && fresh(t)),
        // A Korean noun with the locative 에서 ("호텔에서", "센터'에서", "공원(청파로 139-25)에서").
        // (Only sentences with 에서 are searched: the expression retries every letter of every word.)
        ...(sentence.includes('에서') ? [...sentence.matchAll(/([\p{L}\p{N}]+)(?:\s*\([^()]*\))?['’"”]?에서(?!\p{L})/gu)].map((m) => m[1]!).filter(fresh) : []),
        // A Korean name before the word for a region ("고부스탄 지역", "나흐체반 지방"); not a verb's
        // adnominal form before it ("거주하는 지역", where people live).
        ...[...sentence.matchAll(/(\p{Script=Hangul}{2,})\s+(?:지역|지방)(?:[의에은는이을도]|에서|으로)?(?!\p{L})/gu)]
          .map((m) => m[1]!)
          .filter((name) => !/[는던한된인은을할될]$/u.test(name) && fresh(name)),
      ]);
    case 'entity':
      // A proper name or acronym (not a generic lexicon word like "Korea"), or a quoted title.
      return keys([
        ...tokens.filter((t, i) => (i > 0 && isNameToken(t) && fresh(t)) || (/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(t) && fresh(t))),
        // A quotation of a sentence is speech, not a title: titles are a few words.
        // Korean news quotes titles in single quotes (‘우호친선 공로상’); ’ alone is an apostrophe.
        ...[...sentence.matchAll(/["“«]([^"”»]{2,})["”»]|‘([^’]{2,})’/gu)].map((m) => (m[1] ?? m[2])!).filter((quoted) => quoted.split(/\s+/u).length <= QUOTED_TITLE_MAX_WORDS),
      ]);
    default:
      return [];
  }
}


/**
 * The answer kind with the question's words read: a "who" question whose every word is a name
 * (no lexicon word, no number) asks who that person is ('identity'), not for another person.
 */
export function answerTypeOf(question: string, evidence: QuestionEvidence): AnswerType {
  // What asks is the asking sentence and its words, not the sentences that set it up ("I was
  // reading the news about Azerbaijan and Korea. Who is Lew Kwang-chul?").
  const { asking } = questionParts(question);
  const words = evidence.words.filter((w) => w.context !== true);
  const type = expectedAnswerType(asking);
  // A follow-up without a question word of its own ("and the other one?", "and in Seoul?") asks
  // what the question it follows asked; one with its own ("what did they sign?") asks that.
  if (type === 'any' && evidence.question !== question && !CLAUSE_QUESTION_WORD.test(asking.toLowerCase())) return expectedAnswerType(evidence.question);
  // Chat asks with the measure's name alone ("azuz textile yearly yarn output capacity", "kotra budget 2024").
  if (type === 'any' && !CLAUSE_QUESTION_WORD.test(asking.toLowerCase()) && asksForMeasure(asking)) return 'number';
  // "Какой был товарооборот?", "какая зарплата", "hansı məbləğ": which one of a measure is how much of it.
  if (type === 'entity' && asksQuantityByWhich(asking)) return 'number';
  // "나이가 어떻게 돼?", "연봉은 어떻게 되나요?": how a measure "comes out" is how much it is.
  if (type === 'any' && /어떻게\s*(?:돼|되|됩)/u.test(asking) && asksForMeasure(asking)) return 'number';
  // "What is KOICA?" asks what the name stands for, as "who is X?" asks what X is.
  if ((type === 'any' || type === 'entity') && WHAT_IS.test(asking) && words.length > 0 && words.every(isNameWord)) return 'identity';
  // "What was his post?", "hansı vəzifəni tutur", "какую должность занимает", "직함이 뭐야" of a named person asks what that person is.
  if (ASKS_OFFICE.test(foldText(asking)) && words.some(isNameWord)) return 'identity';
  // "What is the name of the KOTRA Baku office head?", "səfirin adı nədir", "как зовут посла", "무역관장 이름이 뭐야": a person's name.
  if ((type === 'any' || type === 'entity') && asksNameOfRole(asking)) return 'person';
  if (type !== 'person' || words.length === 0) return type;
  // "With whom / to whom" asks for another person, whatever the other words are ("누구랑 만났어?", "с кем").
  if (WHOM.test(foldText(asking)) || WHOM.test(asking.toLowerCase())) return type;
  // "개회사 한 정우석 씨는 누구?", "Busanda çıxış edən Famil Qarayev kimdir?": a name right before "who" asks what that person is, whatever else the question says.
  const subject = whoIsSubject(asking);
  if (subject !== undefined && words.some((w) => isNameWord(w) && termsOfToken(subject).some((t) => w.terms.includes(t)))) return 'identity';
  const allNames = words.every((w) => !/\p{N}/u.test(w.token) && !w.terms.some((t) => termKind(t) === 'concept'));
  return allNames ? 'identity' : type;
}

/**
 * Question words that ask for no particular kind of thing (what, why, how, nə, niyə, necə, что,
 * почему, как, 무엇, 뭐, 왜, 어떻게): a question with one asks a clause, even after another question.
 */
const CLAUSE_QUESTION_WORD = /(?:^|[^\p{L}])(?:what|why|how|nə|ne|niyə|niye|nəyi|nəyə|nədən|necə|nece|что|чего|чем|почему|зачем|как)(?![\p{L}])|무엇|뭐|뭘|무슨|왜|어떻게/u;

/**
 * Whether a question asks the name of someone by their office: "как зовут …", the office right
 * before "adı" or "이름" ("səfirinin adı", "무역관장 이름이"), or among the words after "name of",
 * "имя" up to a function word ("the name of the KOTRA Baku office head"; not "the name of the
 * agreement the ministers signed").
 */
function asksNameOfRole(asking: string): boolean {
  if (/(?<!\p{L})зовут(?!\p{L})/iu.test(asking)) return true;
  const tokens = tokenizeWords(asking);
  const lower = tokens.map((t) => t.toLowerCase());
  return lower.some((token, i) => {
    if (/^(?:adı|adi|adını|adini|이름\p{L}*|성함\p{L}*)$/u.test(token)) return i > 0 && roleOf(tokens[i - 1]!) !== undefined;
    if (!/^(?:name|имя|фамилия|фамилию)$/u.test(token)) return false;
    let begun = false;
    for (const word of tokens.slice(i + 1)) {
      const stop = isStopWord(foldText(word));
      if (stop && begun) return false;
      if (roleOf(word) !== undefined) return true;
      begun ||= !stop;
    }
    return false;
  });
}

/** "What is X?" in the four languages: "what is / what's", "что такое", "X nədir", "X는 뭐야 / 무엇인가". */
const WHAT_IS = /^\s*(?:what(?:'s|’s| is| are| was)\s|что такое\s|что это за\s)|(?<!\p{L})(?:nədir|nədi|nedir)\s*\??\s*$|(?:뭐야|뭐예요|뭔가요|무엇인가요?|무엇입니까)\s*\??\s*$/iu;

/** The word right before the Korean "(씨는) 누구" or the Azerbaijani "kimdir": who the question asks about. */
function whoIsSubject(asking: string): string | undefined {
  const tokens = tokenizeWords(asking);
  const at = tokens.findIndex((t) => /^누구/u.test(t) || /^(?:kimdir|kimdi)$/u.test(foldText(t)));
  let before = at - 1;
  while (before >= 0 && /^(?:씨|님)/u.test(tokens[before]!)) before--;
  return before >= 0 ? tokens[before] : undefined;
}

/** Asking for someone's office, as the folded question writes it: his post, position, title, job or role, X's post, position, title or role (not a company's job), what post; vəzifə; должность; 직함, 직책, 직위, 어떤 자리. */
const ASKS_OFFICE = /\b(?:his|her|their)(?: (?:current|new|former))? (?:post|position|title|job|role)s?\b|'s(?: (?:current|new|former))? (?:post|position|title|role)\b|\bwhat (?:post|office)\b|\b(?:post|office) (?:does|did)\b|\bv[ae]zif[ae]\p{L}*|(?:^|[^\p{L}])должност\p{L}*|직함|직책|직위|(?:어떤|무슨) 자리/u;

/** A question word that is a name or acronym: no number, no lexicon word. */
const isNameWord = (word: QuestionEvidence['words'][number]): boolean => !/\p{N}/u.test(word.token) && !word.terms.some((t) => termKind(t) === 'concept');

/**
 * What a name of the question stands for in the sentence: the capitalised phrase before it in
 * brackets ("Korea International Cooperation Agency (KOICA)"), or in brackets after it ("KOICA
 * (Korea International Cooperation Agency)").
 */
function expansionsOf(sentence: string, question: QuestionEvidence): string[] {
  const found: string[] = [];
  for (const match of sentence.matchAll(/((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and|the|и|по|və)\s+)?){2,})\((\p{Lu}[\p{Lu}\p{N}-]+)\)|(\p{Lu}[\p{Lu}\p{N}-]+)\s*\(((?:\p{Lu}[\p{L}'’-]*\s*(?:(?:of|for|and|the|и|по|və)\s+)?){2,})\)/gu)) {
    const [phrase, name] = match[1] !== undefined ? [match[1], match[2]!] : [match[4]!, match[3]!];
    if (!isNewTo(question, name)) found.push(phrase.trim());
  }
  return found;
}
