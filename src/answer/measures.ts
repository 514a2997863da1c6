import { conceptOf } from '../corpus/concepts.ts';
import { foldAsTyped, memoized } from '../corpus/fold.ts';
import { foldText } from '../corpus/terms.ts';
import { COUNTING, KOREAN_DAYS_TAKEN } from './counting.ts';

/**
 * What a "how much" question measures, and how a sentence writes a quantity of that measure: a
 * question about trade, investment or a budget is answered by a sum of money ("$900 million",
 * "6억 4,800만 달러"), one about a plant's capacity by a power ("230MW"), not by the other numbers
 * around it (years, counts, shares). General units of news text in en, az, ru and ko.
 */
interface Measure {
  /** Words of a question that asks for this measure (lower case, as written). */
  asked: RegExp;
  /** A quantity written with a unit of this measure. */
  quantity: RegExp;
  /**
   * Whether news text always writes this measure's quantities with one of those units (a sum with
   * its currency, a power in MW), so that a text without one holds none. A number of people is
   * also written as jobs, applications or athletes.
   */
  unitAlwaysWritten: boolean;
  /** Whether its quantity is a number (an address is not, though it holds one). */
  numeric?: false;
  /** Guessed from a question that names no measure (see GUESSED_SUM): a text that writes none of its quantities may still answer. */
  guessed?: true;
  /** What also answers it when asked, though it measures nothing else when not: "5,000 cars a year" is a capacity, or a count. */
  alsoAnsweredBy?: RegExp;
}

/** Whether a text writes a quantity that answers the measure. */
const answers = (m: Measure, text: string): boolean => m.quantity.test(text) || m.alsoAnsweredBy?.test(text) === true;

/** Large-number words written between a figure and its unit ("900 million dollars", "1,2 млрд долларов"). */
const SCALE = String.raw`(?:thousand|million|billion|trillion|mln|mlrd|bln|bn|тыс\.?|млн|млрд|трлн|миллион\p{L}*|миллиард\p{L}*|min|milyon|milyard|백|천|만|억|조)`;
/** The country written before a currency's name: "ABŞ dolları", "US dollars", "美 달러". */
const ISSUER = String.raw`(?:(?:ABŞ|ABS|US|U\.S\.|США|미국)\s*)?`;
const CURRENCY = String.raw`(?:dollars?|doll\.?|usd|euros?|eur|manats?|azn|won|krw|yen|cents?|qəpik\p{L}*|qepik\p{L}*|копе(?:ек|йк\p{L}*)|центов|цента?|센트|долл\p{L}*|евро|манат\p{L}*|вон|иен\p{L}*|dollar\p{L}*|avro\p{L}*|manat\p{L}*|달러|원|유로|마나트|엔)`;

/** A sum of money: a figure with its currency, its scale words between ("$9,800", "1,2 млрд долларов", "2억3천만원"). */
const SUM = String.raw`(?:(?:\$|US\$|€|₩)\s?\d|\d[\d.,]*\s*(?:${SCALE}\s*(?:\d[\d.,]*\s*)?)*${ISSUER}${CURRENCY}(?![\p{Script=Latin}\p{Script=Cyrillic}])|\d[\d.,]*(?:${SCALE}\s*(?:\d[\d.,]*)?)+\s*${CURRENCY})`;

/** Words for pay, as texts write them. */
const PAY_WORD = String.raw`(?:salar\p{L}*|wages?|зарплат\p{L}*|заработн\p{L}*|оклад\p{L}*|maaş\p{L}*|maas\p{L}*|연봉|월급|급여|임금)`;

/** A power: "230MW", "1,2 ГВт", "500메가와트"; a transformer's "200 МВА" too. */
const POWER = String.raw`\d[\d.,]*\s*-?(?:mw|gw|kw|mva|kva|㎿|㎾|megawatts?|gigawatts?|мвт|гвт|квт|мва|ква|мегаватт\p{L}*|гигаватт\p{L}*|meqavat\p{L}*|giqavat\p{L}*|메가와트|기가와트)(?![\p{Script=Latin}\p{Script=Cyrillic}])`;
/** An amount of goods: "120 min ton", "1,2 milyon ton", "500 тыс. тонн", "12만t", "3 million barrels". */
const GOODS = String.raw`\d[\d.,]*\s*-?(?:(?:min|milyon|milyard|million|billion|thousand)\s+|(?:тыс|млн|млрд)\.?\s*|[만억]\s*)?(?:t|tons?|tonnes?|тонн\p{L}*|т|ton(?:a|u|un|da|dan|luq)?|톤|barrels?|баррел\p{L}*|barel|배럴|m3|м3|cubic met(?:re|er)s?|кубометр\p{L}*|kubmetr)(?![\p{Script=Latin}\p{Script=Cyrillic}])`;

/** Things made or carried in a year, a day, an hour: "5,000 cars a year", "12 тыс. автомобилей в год", "ildə 500 avtobus", "연간 3만대". */
const MADE_PER_TIME = String.raw`\d[\d.,]*\s*(?:${SCALE}\.?\s*)?(?:[\p{L}-]+\s+){1,3}?(?:a|per|each)\s+(?:year|day|month|hour|annum)\b|\d[\d.,]*\s*(?:${SCALE}\.?\s*)?[\p{L}-]+\s+(?:в (?:год|сутки|день|месяц|час)|ежегодно|ежедневно)|(?<!\p{L})(?:ild[əe]|günd[əe]|gund[əe]|ayda|saatda|illik|gündəlik|gundelik)(?!\p{L})[^.!?\n]{0,40}?\d|(?:연간|하루|일일|시간당)\s*(?:최대\s*|약\s*)?\d`;

/** An amount of goods: "max annual output", "how much cargo", "объём выпуска", "생산량". */
/** A share written in words: "Ten percent of sales", "десять процентов", "on faiz". */
const SHARE_IN_WORDS = String.raw`(?<!\p{L})(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?\s+per ?cent` +
  String.raw`|(?:одн|дв|тр|четыр|пят|шест|сем|восем|девят|десят|двадцат|тридцат|сорок|пятьдесят|пятидесят|ст)\p{L}*\s+процент\p{L}*` +
  String.raw`|(?:bir|iki|üç|uc|dörd|dord|beş|bes|altı|alti|yeddi|səkkiz|sekkiz|doqquz|on|iyirmi|otuz|qırx|qirx|əlli|elli|alli|yüz|yuz)\s+faiz)(?!\p{L})`;

const GOODS_MEASURE: Measure = {
  // Goods named after "how much" ("сколько газа", "how much cement", "nə qədər pambıq", "수소 얼마나") are an amount of them too.
  asked: /\b(output|cargo|freight|tonnage|harvest|dwt|deadweight|tons|tonnes)\b|\bhow much (?:natural )?(?:gas|oil|crude|cement|steel|cotton|grain|wheat|hydrogen|coal|fertili[sz]er|urea)\b|сколько (?:газа|нефти|цемента|стали|хлопка|зерна|пшеницы|водорода|угля|удобрений)|ne qeder (?:qaz|neft|sement|polad|pambiq|taxil|bugda|hidrogen|komur|gubre)|(?:가스|석유|원유|시멘트|철강|면화|곡물|밀|수소|석탄|비료)(?:를|을|는|은)? ?얼마나|(?<!\p{L})выпуск(?!ник)|(?<!\p{L})(?:по)?груз(?!и)|урожа|дедвейт|тонн|(?<!\p{L})yuk(?!s)|hasil|yetisdir|(?<!\p{L})ton(?!\p{L})|생산량|물동량|화물|수확|재화중량|몇 ?톤/u,
  quantity: new RegExp(GOODS, 'iu'),
  unitAlwaysWritten: true,
};

/** A sum of money: trade, investment, a price, a budget ("$900 million", "6억 4,800만 달러"); "얼마짜리" asks one, "몇 년짜리" a length of time. */
const SUM_MEASURE: Measure = {
  asked: /\bhow much\b.*\b(?:get|gets|getting|got|receiv\p{L}*|earn\p{L}*|sell\p{L}*|sold|charg\p{L}*|put|puts|putting)\b|\bhow (?:expensive|pricey|cheap)\b|насколько дорог|(?<!\p{L})ne qeder baha(?:dir|di|ydi|idi)?(?!\p{L})|얼마나 비(?:싸|쌌)|\b(trade|turnover|invest\p{L}*|cost\p{L}*|price\p{L}*|tariffs?|budget\p{L}*|worth|loan\p{L}*|fund(?:s|ing|ed)?|grant\p{L}*|revenue\p{L}*|export(?!er)\p{L}*|import(?!er|an)\p{L}*|sum|money|(?:authori[sz]ed|share|charter|registered) capital|spen[dt]\p{L}*|paid|payments?|pay for|to pay|fees?|tuition|rent|fares?)\b|товарооборот|торгов|инвестиц|(?<!\p{L})в?влож(?:или|ил|ила|ат|ит|ено|ены|ен|ит)(?!\p{L})|вкладыва|стоимост|стоил|(?<!\p{L})сто(?:ит|ят|ить)(?!\p{L})|обошл\p{L}*|обойд\p{L}*|во сколько|бюджет|капитал|кредит|экспорт|импорт|сумм|денег|денежн|грант|(?<!\p{L})цен(?:а|ы|у|е|ой)(?!\p{L})|тариф|(?<!\p{L})tarif|(?<!\p{L})о?плат[аыуе]|поч[её]м|потра[тч]|затра[тч]|расход|dovriyy|ticaret|investisiya|sermaye|(?<!\p{L})yatir(?:il|ac|ib|ir|maq)|kapital|deyer|budce|kredit|qrant|ixrac|idxal|mebleg|(?<!\p{L})xerc(?!e[nŋ][qg])|(?<!\p{L})pula?(?!\p{L})|(?<!\p{L})v[ae]sait|(?<!\p{L})средств|자금|neceye|qiymet(?!lendir)|교역|무역|투자|예산|비용|금액|차관|수출|수입|(?<!년|개월|달|주|일|시간|몇\s*\p{Script=Hangul}{1,3})짜리|액수|가격|단가|요금|등록금|수수료|지원금|자본금|(?:연수|사업|공사|운영|건설|교육|체재|항공|숙박|인건|개발|제작|구입|연구|훈련|행사|설치|유지|조성)비|보조금|상금|기부금|후원금|\p{Script=Hangul}값|(?<!\p{L})값(?:은|이|을|는)?(?!\p{L})|(?<!\p{L})돈(?:은|이|을|는)?(?!\p{L})/u,
  // Korean chains its scale words: "2억3천만원", "1만8천달러".
  quantity: new RegExp(SUM, 'iu'),
  unitAlwaysWritten: true,
};

const MEASURES: readonly Measure[] = [
  SUM_MEASURE,
  {
    // Pay: a sum written beside a pay word ("salaries of $2,000", "maaşı 1500 manat", "월급 300만원"); another sum of the article is no salary.
    asked: /\b(?:salar\p{L}*|wages?)\b|зарплат|заработн|оклад|maas|maaş|연봉|월급|급여|임금/u,
    quantity: new RegExp(String.raw`${PAY_WORD}[^.!?\n]{0,60}?${SUM}|${SUM}[^.!?\n]{0,60}?${PAY_WORD}`, 'iu'),
    unitAlwaysWritten: true,
  },
  {
    // Power: "how much power", "gücü", "발전량", "발전 설비" ("230MW"); a yearly or production "güc" is a plant's capacity (below); 설비 alone is any equipment.
    asked: /\bpower\b|(?<!\p{L}|(?:illik|istehsal) )guc(?!l)|발전량|발전 ?설비/u,
    quantity: new RegExp(POWER, 'iu'),
    unitAlwaysWritten: true,
  },
  {
    // A plant's capacity or output: a power ("230MW"), or what it makes in a year or a day ("120 min ton", "500 тыс. тонн в год", "5,000 cars a year", "ildə 1,2 milyon vəsiqə").
    asked: /\b(?:capacity|output)\b|мощност|производительн|hecmi|(?<!\p{L})(?:illik|istehsal) guc(?!l)|용량|생산 ?능력/u,
    quantity: new RegExp(`${POWER}|${GOODS}`, 'iu'),
    alsoAnsweredBy: new RegExp(MADE_PER_TIME, 'iu'),
    unitAlwaysWritten: true,
  },
  {
    // A distance: "how far can it go?", "на какое расстояние", "nə qədər məsafə", "몇 킬로", "how many km"; "how long is the bridge?" (a length of time too: "how long is the contract?").
    // Metres are a length, not as cubic or square metres ("kubmetr", "кубометров", "square metres").
    asked: /\bhow far\b|(?<!\p{L})(?:km|км)(?!\p{L})|\bhow long (?:is|are|was|were|will)\b(?!.*\b(?:take|takes|took|taking|last|lasts|lasted|run|runs|stay|stays|valid|open)\b)|\b(?:range|distance|length|depth|width|height|diameter|how (?:deep|wide|high|tall))\b|diametr|диаметр|지름|직경|derinli|dərinli|genisli|genişli|hundurlu|hündürlü|глубин|ширин|высот|깊이|수심|너비|높이(?![겠고기려며면])|(?<!(?:cubic|square) )\b(?:kilo)?met(?:re|er)s\b|mesafe|uzunlu|(?<!\p{L}|kvadrat )(?:kilo)?metr(?!o)|расстояни|протяженност|длин[аыу]|(?<!\p{L}|квадратн\p{L}* |кубическ\p{L}* )(?:кило)?метр(?:ов|а|ы)?(?!\p{L})|거리|길이|몇 ?(?:km|킬로|미터)/u,
    quantity: /\d[\d.,]*\s*-?(?:km|kilomet(?:re|er)s?|miles?|километр\p{L}*|км|kilometr\p{L}*|킬로미터|㎞|m|metres?|meters?|метр\p{L}*|metr\p{L}*|미터|mm|cm|millimet(?:re|er)s?|centimet(?:re|er)s?|мм|см|миллиметр\p{L}*|сантиметр\p{L}*|millimetr\p{L}*|santimetr\p{L}*|㎜|㎝|밀리미터|센티미터|inch(?:es)?|дюйм\p{L}*)(?![\p{Script=Latin}\p{Script=Cyrillic}])/iu,
    unitAlwaysWritten: true,
  },
  {
    // An area: "how much farmland", "what area", "neçə hektar", "какую площадь", "면적", "how big is the depot" ("40 hectares", "около 40 гектаров", "1,500㎡").
    // Not always written with its unit ("a 12-hectare plot" is; "the area of Karabakh" may be a share), so a text without one does not decline.
    asked: /\bhow much (?:land|farmland|area|territory|ground)\b|\b(?:what|which) area\b|\bhow (?:big|large) (?:an? )?area\b|\bhow (?:big|large) (?:is|was|will be|are|were) (?:the |that |this |its |their )?(?:[\p{L}-]+ ){0,3}?(?:site|plot|depot|warehouse|greenhouse|field|estate|territory|hall|terminal|zone|yard)s?\b|\b(?:acreage|hectares?)\b|hektar|(?<!\p{L})площад(?!к)|гектар|면적|헥타르/u,
    quantity: /\d[\d.,]*\s*-?(?:thousand\s+|min\s+|тыс\.?\s*|만\s*)?(?:hectares?|ha|hektar\p{L}*|гектар\p{L}*|га|헥타르|㏊|acres?|square (?:met(?:re|er)s|kilomet(?:re|er)s)|sq\.? ?(?:m|km)|kvadrat metr\p{L}*|кв\.? ?(?:м|км)|квадратн\p{L}* (?:метр|километр)\p{L}*|km2|m2|㎡|㎢|제곱미터)(?![\p{Script=Latin}\p{Script=Cyrillic}])/iu,
    unitAlwaysWritten: false,
  },
  {
    // A speed: "how fast", "what speed", "какая скорость", "속도가 얼마" ("1,2 Гбит/с", "10 Gbps", "250 km/h", "300㎞/h", a lift's "4 метров в секунду").
    // Not Azerbaijani "sürət": typed without its letters it is "surət", a copy.
    asked: /\bhow fast\b|\bspeeds?\b|скорост|속도/u,
    quantity: /\d[\d.,]*\s*(?:[gmk]bps|[gmk]bit\/s|[гмк]бит\/с|(?:giga|mega|kilo)bits? (?:a|per) second|(?:гига|мега|кило)бит\p{L}* в секунду|km\/h|kph|mph|км\/ч|km\/saat|㎞\/h|kilomet(?:re|er)s? (?:an|per) hour|километр\p{L}* в час|m\/s|м\/с|met(?:re|er)s? (?:a|per) second|метр\p{L}* в секунду|metr\/saniyə|kilometr sürətlə|기가(?:비피에스|비트)|메가(?:비피에스|비트)|시속\s*\d)|시속\s*\d|초속\s*\d|saniyədə\s*\d[\d.,]*\s*metr/iu,
    unitAlwaysWritten: true,
  },
  {
    // A weight: "how much does it weigh", "сколько весит", "çəkisi nə qədərdir", "무게가 얼마야" ("4.2kg", "120 килограммов", "3 ton").
    asked: /\bweigh(?:s|ed|ing)?\b|\bweight\b|(?<!\p{L})вес(?:ит|ят|ом|а|у)?(?!\p{L})|весом|(?<!\p{L})(?:çəki|ceki)(?:si|ni|y[əe])?(?!\p{L})|agirlig|ağırlığ|무게|중량/u,
    quantity: /\d[\d.,]*\s*(?:kg|g|kilo(?:gram(?:me)?s?)?|grams?|кг|г|килограмм\p{L}*|грамм\p{L}*|kiloqram\p{L}*|qram|㎏|킬로그램|그램|t|tons?|tonnes?|тонн\p{L}*|т|ton(?:a|u|luq)?|톤)(?![\p{Script=Latin}\p{Script=Cyrillic}])/iu,
    unitAlwaysWritten: true,
  },
  {
    // A print run: "how many copies", "каким тиражом", "neçə nüsxə", "몇 부" ("Тираж — 1000 экземпляров", "2,000 copies", "2000부").
    asked: /\bcopies\b|\bprint run\b|\bcirculation\b|тираж|экземпляр|nüsx|nusx|tiraj|부수|몇 ?부(?!\p{L})/u,
    quantity: /\d[\d.,]*\s*(?:тыс\.?\s*|min\s+|[천만]\s*)?(?:copies|экземпляр\p{L}*|nüsx\p{L}*|nusx\p{L}*|부(?:가|를|는|의|로|씩)?(?!\p{L}))/iu,
    unitAlwaysWritten: true,
  },
  {
    // Electricity made: "how much electricity a year", "nə qədər elektrik", "выработка", "발전량".
    asked: /\bhow much (?:electricity|energy|power) (?:will|does|did|would|is|was|can|a)\b|ne qeder elektrik|сколько (?:электро)?энерги|выработ|발전량|전력 ?생산|전력량/u,
    quantity: /\d[\d.,]*\s*(?:(?:million|billion|min|milyon|milyard|mln|mlrd|млн\.?|млрд\.?|만|억)\s*)?(?:kwh|mwh|gwh|twh|kw·h|kilowatt-hours?|megawatt-hours?|gigawatt-hours?|kilovat-saat|meqavat-saat|giqavat-saat|квт[·⋅ ]?ч|мвт[·⋅ ]?ч|гвт[·⋅ ]?ч|киловатт-час\p{L}*|мегаватт-час\p{L}*|гигаватт-час\p{L}*|킬로와트시|메가와트시|기가와트시|㎾h|㎿h)/iu,
    unitAlwaysWritten: true,
  },
  {
    // A length of time: "how long will the works take?", "nə qədər müddətə", "얼마나 걸려", "며칠 걸렸어", "공사 기간은 얼마나 돼", "몇 년 동안", "몇 년짜리".
    asked: /\b(how long|duration|grace period|maturity|tenor|repayment period|ne qeder (vaxt|muddet)\p{L}*|muddet\p{L}*|guzest\p{L}*|nece (il|ay|gun|hefte)(?:li[kyg]\p{L}*)?)\b|льготн\p{L}* период|거치 ?기간|(?<!\p{L})기간(?:은|는|이)?\s*(?:얼마|몇)|만기|как долго|сколько (времени|лет|месяцев|недель|дней)|на (какой|каком) срок|срок|얼마나 걸|얼마 동안|몇 (년|개월|달|주|일) 동안|몇 (년|개월|달|주|일)짜리|몇 (개월|달|시간)|며칠\s*(?:걸|동안|만에)/u,
    // A length joined into one word as Russian and Azerbaijani write it: "пятилетних", "трехмесячные", "beşillik", "üçaylıq".
    quantity: new RegExp(String.raw`(?<!\p{L})(?:одно|двух|трех|трёх|четырех|четырёх|пяти|шести|семи|восьми|девяти|десяти|пятнадцати|двадцати|тридцати|сорока|пятидесяти)(?:летн|месячн|недельн|дневн)\p{L}*|(?<!\p{L})(?:bir|iki|üç|uc|dörd|dord|beş|bes|altı|alti|yeddi|səkkiz|sekkiz|doqquz|on|iyirmi|otuz)(?:illik|aylıq|ayliq|günlük|gunluk|həftəlik|heftelik)(?!\p{L})|(?:(?<!\d)(?!(?:1[89]|20)\d\d(?!\d))\d[\d.,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)|(?<![\p{L}])(?:bir|iki|üç|dörd|beş|altı|yeddi|səkkiz|doqquz|on|один|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять))\s*-?\s*(?:years?|months?|weeks?|days?|hours?|minutes?|year-long|month-long|лет|года?|месяц\p{L}*|недел\p{L}*|дн\p{L}*|день|час\p{L}*|минут\p{L}*|il(?:lik)?|ay(?:lıq)?|həftə\p{L}*|gün\p{L}*|saat|dəqiqə\p{L}*|deqiqe\p{L}*|년|개월|달(?!러)|주(?!년|식)|일간|분(?!기)|일(?=\s*(?:이|가)?\s*${KOREAN_DAYS_TAKEN})|시간)(?![\p{Script=Latin}\p{Script=Cyrillic}])`, 'iu'),
    unitAlwaysWritten: true,
  },
  GOODS_MEASURE,
  {
    // A person's age: "how old is he?", "neçə yaşı var", "сколько ему лет", "몇 살". News writes
    // it with its unit or as "Park Sung-min, 52," and "박성민(52)".
    asked: /\bhow old\b|\bage\b|nece yas\p{L}*|(?<!\p{L})yasi (nece|var)|возраст|сколько (ему|ей) лет|몇 ?살|몇 ?세|나이/u,
    // An age has at most three digits ("2025 года" is a year); a bound of ages ("40 yaşdan yuxarı",
    // "старше 18 лет", "65세 이상") is nobody's age.
    quantity: /(?<![\d.,])\d{1,3}\s*-?\s*(?:years?[- ]old|yaş(?!dan)\p{L}*|yas(?!dan)\p{L}*|-летн\p{L}*|(?:세|살)(?!\s*(?:이상|이하|미만|까지)))(?![\p{Script=Latin}\p{Script=Cyrillic}])|\baged \d{1,3}\b|\p{L},\s*\d{2},|\p{Script=Hangul}\s*\(\d{2}\)|(?<!(?:старше|младше|до|от)\s+)(?<![\d.,])\d{1,3}\s*(?:лет|года?)(?![\p{L}])/iu,
    unitAlwaysWritten: true,
  },
  {
    // A share: "what percent", "neçə faiz", "сколько процентов", "몇 퍼센트", "какую часть", "hansı hissəsi".
    asked: /\bper ?cent\p{L}*|\bshare\b|\b(?:what|which) (?:part|proportion|fraction)\b|(?<!\p{L})как(?:ую|ая) часть(?!\p{L})|\bhansi hiss[ae]|\bstake\b|(?:what|which|how many) ?%|faiz|(?<!\p{L})payi(?!z|ng)|доля|(?<!\p{L})дол(?:[юи]|ей)(?!\p{L})|(?<!под как\p{L}* )процент(?!н\p{L}* ставк)|퍼센트|지분율|비율|몇 ?%|몇 ?프로|비중|점유율|\p{Script=Hangul}[률율](?:은|이|는|을)?(?!\p{L})/u,
    // A change ("up 18 per cent", "выросли на 18%", "18% artıb", "18% 증가") is no share of anything.
    quantity: new RegExp(String.raw`(?<![\d.,]|\b(?:rose|fell|grew|by)\s+|(?<!\bmade\s+)\b(?:up|down)\s+|(?<!\p{L})на\s+)\d[\d.,]*\s*(?:%|per ?cent|faiz|процент\p{L}*|퍼센트|프로)(?!\s*(?:art|azal|증가|감소|늘|줄|상승|하락|급증))|${SHARE_IN_WORDS}`, 'iu'),
    unitAlwaysWritten: true,
  },
  {
    // An interest rate: "what interest rate", "под какой процент", "faiz dərəcəsi", "금리" ("at 0.1 per cent a year", "под 2% годовых", "illik 2 faizlə", "연 0.1% 금리"); a share of a cost is none.
    asked: /\binterest(?: rates?)?\b(?! in\b)|\bcoupon\b|\byield\b|под как\p{L}* (?:процент|ставк)|процентн\p{L}* ставк|faiz d[əe]r[əe]c|illik faiz|금리|이자/u,
    quantity: /(?:libor|sofr|euribor)\s*\+\s*\d|(?:\binterest(?: rate)?|\brate|\bcoupon|\byield|\bat|под|ставк\p{L}*|illik|faiz d[əe]r[əe]c[əe]si|금리(?:는|가)?|연)(?:\s+of)?\s*[—–-]?\s*(?:\p{L}+\s+){0,2}?\d[\d.,]*\s*(?:%|per ?cent|faiz\p{L}*|процент\p{L}*|퍼센트)|\d[\d.,]*\s*(?:%|per ?cent|faiz\p{L}*|процент\p{L}*)\s*(?:годовых|per annum|a year|annual|interest|illik|(?:금리|이자))/iu,
    unitAlwaysWritten: true,
  },
  {
    // An address: a street, avenue or road and its house number ("28 Nizami Street", "Nizami küç.
    // 28", "ул. Низами, 28", "청파로 139-25"); a street alone ("along Heydar Aliyev Avenue") is a place.
    asked: /\baddress\b|unvan|адрес|주소/u,
    numeric: false,
    quantity: new RegExp(
      String.raw`\d+[a-z]?,?\s+(?:\p{Lu}[\p{L}'-]*\s+){1,3}(?:street|st\.|avenue|ave\.|road|boulevard|lane)(?!\p{L})` +
        String.raw`|(?<!\p{L})(?:street|st\.|avenue|ave\.|road|boulevard|lane|küç\p{L}*|kuc\p{L}*|prospekt\p{L}*|pr\.|döngə\p{L}*|şosse\p{L}*|ул\.|улиц\p{L}*|проспект\p{L}*|пр-т|переул\p{L}*|шоссе)\.?,?\s*(?:\p{Lu}[\p{L}-]*\s*,?\s*)?(?:д\.\s*|№\s*)?\d+` +
        String.raw`|\p{Script=Hangul}(?:로|길)\s*\d`,
      'iu',
    ),
    unitAlwaysWritten: true,
  },
  {
    // A telephone number ("telefon nömrəsi", "номер телефона", "전화번호"): digits grouped as numbers are dialled ("+994 12 555 01 23", "(012) 498-12-34", "02-3456-7890").
    // Not an e-mail: news pages carry their reporters' e-mails, which are nobody's contact.
    asked: /\b(?:(?:tele)?phone|contact) numbers?\b|\bhotline\b|telefon(?:u|unu)? nomre|номер\p{L}* телефон|телефон (?:для|офиса|посольства|центра)|전화 ?번호|연락처/u,
    numeric: false,
    quantity: /(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,4}\)[\s-]?|\d{2,4}[\s-])\d{2,4}[\s-]\d{2,4}(?:[\s-]\d{2})?(?![\d.,])/u,
    unitAlwaysWritten: true,
  },
  {
    // A street ("which street", "hansı küçədə", "на какой улице", "어느 거리"): a named street, with or
    // without its house number ("Nizami Street", "İzmir küç.", "улица Низами", "청파로 139"). "Road"
    // names routes as often ("Silk Road"): only in lower case.
    asked: /\b(?:which|what) street\b|\bhansi kuc\p{L}*|(?:^|\s)(?:на )?как(?:ой|ую|ая) улиц\p{L}*|어느 (?:거리|길)/u,
    numeric: false,
    quantity: /\p{Lu}[\p{L}'-]*\s+(?:[Ss]treet|[Ss]t\.|[Aa]venue|[Aa]ve\.|road|[Bb]oulevard|[Ll]ane|küç\p{L}*|kuc\p{L}*|prospekt\p{L}*|döngə\p{L}*)(?!\p{L})|(?<!\p{L})(?:ул\.|улиц\p{L}*|проспект\p{L}*|пр-т|переул\p{L}*)\s*\p{Lu}|\p{Script=Hangul}(?:로|길)\s*\d|\p{Script=Hangul}{2,}거리(?!\p{L})/u,
    unitAlwaysWritten: true,
  },
  {
    // A colour ("what colour", "hansı rəngdə", "какого цвета", "무슨 색"): a colour word.
    asked: /\bwhat colou?rs?\b|\bhansi r[ae]ng\p{L}*|как(?:ого|ой|ие) цвет\p{L}*|(?:무슨|어떤|어느)\s*색/u,
    numeric: false,
    quantity: /\b(?:red|green|blue|white|black|yellow|orange|purple|pink|gr[ae]y|brown|silver|golden)\b|(?<!\p{L})(?:qırmızı|yaşıl|mavi|ağ|qara|sarı|narıncı|bənövşəyi|çəhrayı|boz|qəhvəyi)(?!\p{L})|(?<!\p{L})(?:красн|зел[её]н|син|голуб|бел|ч[её]рн|ж[её]лт|оранжев|фиолетов|розов|коричнев|серебрист|сер)(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ыми|ими|ым|им|ую|юю|ых|их)(?!\p{L})|빨간|빨강|초록|녹색|파란|파랑|하얀|흰색|검은|검정|노란|노랑|주황|보라|분홍|회색|갈색|은색|금색/iu,
    unitAlwaysWritten: true,
  },
  {
    // A multiple or a number of times: "how much bigger", "how many times", "how often", "neçə dəfə", "во сколько раз", "몇 배", "몇 번" ("two and a half times", "twentyfold", "iki dəfə", "в полтора раза", "두 배", "дважды", "twice a week").
    asked: /\bhow many times\b|\bhow often\b|\bhow much (?:bigger|larger|higher|more|greater)\b|nece (?:defe|qat)|\bne (?:qeder )?tez-tez\b|сколько раз|как часто|몇 ?배|몇 ?번(?!째)|얼마나 (?:자주|많이 (?:다니|운항|열리))/u,
    quantity: /(?:\d[\d.,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|hundred)(?: and a half)?\b|(?<!\p{L})(?:bir|iki|üç|dörd|beş|altı|yeddi|səkkiz|doqquz|on|полтора|полторы|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|두|세|네|다섯|여섯|열)(?!\p{L}))\s*-?\s*(?:times|fold|dəfə|defe|qat|раза?(?!\p{L})|배)|\b\p{L}+fold\b|\b(?:once|twice|thrice)\b|(?<!\p{L})(?:однажды|дважды|трижды|четырежды)(?!\p{L})|(?:\d+|한|두|세|네)\s*(?:차례|번)(?!째)/iu,
    unitAlwaysWritten: false,
  },
  {
    // A number of people: "how many people came?", "neçə nəfər", "сколько человек", "몇 명".
    asked: /\bhow many (people|persons)\b|nece nefer|nece adam|сколько (человек|людей)|몇 ?명|몇 ?사람/u,
    // Scale words may stand between the figure and the unit: "210만명", "3천여 명", "1.2 million people", "2 млн человек".
    quantity: new RegExp(String.raw`\d[\d.,]*\s*(?:${SCALE}\.?\s*(?:\d[\d.,]*\s*)?)*(?:여\s*)?명|(?:\d[\d.,]*\s*(?:${SCALE}\s*)*|\b(?:two|three|four|five|six|seven|eight|nine|ten|hundreds?|thousands?)\s*)(?:people|persons)\b|\d[\d.,]*\s*(?:${SCALE}\.?\s*)*(?:nəfər|nefer|человек)`, 'iu'),
    unitAlwaysWritten: false,
  },
];

/**
 * A question about a change ("how much did trade grow?", "how much cheaper will the tariff be?", "на сколько
 * процентов", "how much will it save?") is answered by a share or a difference, not a sum.
 */
const CHANGE = /\b(?:by (?:what|how many|how much) ?(?:per ?cent|%)|sav(?:e|es|ed|ing|ings))\b|(?<!\p{L})на\s+сколько\s+процент|сэконом|экономи|qənaət|qenaet|절약|아끼|아낄|아꼈|\b(grow\p{L}*|grew|increas\p{L}*|rise|rises|rising|risen|rose|fell|fall\p{L}*|declin\p{L}*|drop\p{L}*|cheaper|discount\p{L}*|reduc\p{L}*|decreas\p{L}*|cut|cuts|lower(?:ed)?)\b|вырос|(?<!\p{L})(?:при)?рост|увелич|снизил|снизит|снижен|сократил|сократит|уменьш|подешев|скидк|artıb|artım|(?<!\p{L})azal(?:ıb|ib|acaq|acak|dı|di|ır|ir|ma|an|ğ|g)|ucuzla[sş]|endirim|증가|감소|늘었|줄었|줄이|줄여|절감|감축|저렴|할인|인하/u;

/** A question about a rank ("neçənci ticarət tərəfdaşı", "몇 위") is answered by a place in a list, not a sum. */
const RANK = /\b(what|which) (place|rank|position)\b|\branks?\b|necenci|какое место|какую позицию|몇 위|몇 번째|순위/u;

/**
 * What English "how much" asks when it names no measure: a sum or an amount of goods, guessed from
 * the word after it. A guess: a text that writes none does not show that the answer is missing
 * ("how much did the foundation give?" may be answered by "300 computers").
 */
const GUESSED_SUM: Measure = { ...SUM_MEASURE, guessed: true };
const GUESSED_GOODS: Measure = { ...GOODS_MEASURE, guessed: true };

/** Words after a counting word that count nothing: an auxiliary or a pronoun before the verb ("сколько будет стоить", "сколько это стоило"). */
const COUNTS_NOTHING = /^(?:будет|будут|было|были|стало|станет|это)$/u;
/** A word of money, as it begins ("manatdan", "долларов"): what "сколько долларов" counts, and a figure before it is a sum, not a year ("1950 manatdan"). */
export const CURRENCY_WORD = /^(?:dollar|usd|euro|eur|manat|azn|won|krw|доллар|долл|евро|манат|рубл|вон(?:ов|а)?$|avro|달러|유로)/iu;

/** The measures a question asks for, read once per question. */
const askedMeasures = memoized((question: string): readonly Measure[] => {
  const text = question.toLowerCase();
  // Azerbaijani words are written as chats type them without the letters (ə as e): both spellings meet them.
  const typed = foldAsTyped(text);
  if (CHANGE.test(text) || RANK.test(typed)) return [];
  // "How many students will the fund pay for?" counts students: a measure counts only when the counting words ask it ("neçə pula", "몇 명").
  const counted = COUNTING.exec(typed);
  // "сколько долларов", "neçə manata", "how many dollars": money counted in its currency is a sum.
  if (counted !== null && CURRENCY_WORD.test(counted[1]!)) return [SUM_MEASURE];
  // Korean "몇 년 동안" counts years as a length of time; "몇 년" alone may ask which year.
  const over = counted === null ? '' : (/^\s+동안(?!\p{L})/u.exec(typed.slice(counted.index + counted[0].length))?.[0] ?? '');
  const counting = counted === null || COUNTS_NOTHING.test(counted[1]!) ? undefined : (counted[0] + over).trim();
  const asked = MEASURES.filter((m) => m.asked.test(typed) && (counting === undefined || m.asked.test(counting)));
  // Korean "얼마" (not "얼마나", how much or how long) asks a sum as "how much" before a verb does: "계약 규모는 얼마였지?".
  if (asked.length === 0 && /얼마(?!나)/u.test(text)) return [GUESSED_SUM];
  // English "how much" that names no measure: before a verb ("how much in deals could come out of
  // it?", "how much did it get?") it asks a sum of money, before a word of the lexicon ("how much
  // raw cotton do they buy?", "how much fresh water") an amount of goods; before an unknown word
  // (a slip: "how much territoy") nothing is guessed.
  const howMuch = /\bhow much ([\p{L}-]+)(?: ([\p{L}-]+))?/u.exec(text);
  if (asked.length === 0 && howMuch !== null) {
    if (/^(?:in|did|does|do|will|would|is|was|are|were|has|have|had|can|could|should|money|cash)$/u.test(howMuch[1]!)) return [GUESSED_SUM];
    return howMuch.slice(1).some((word) => word !== undefined && conceptOf(foldText(word)) !== undefined) ? [GUESSED_GOODS] : [];
  }
  // "Под какой процент дали кредит?", "kredit xətti neçə illikdir?": the measure the question word asks is the one asked, not the others the question names.
  const head = MEASURE_HEAD.exec(typed)?.[0];
  const headed = head === undefined ? [] : asked.filter((m) => m.asked.test(head));
  return headed.length > 0 ? headed : asked;
});

/** A question word and the word after it, which may name the measure asked ("what percent", "какой процент", "neçə illik", "how long does", "сколько лет"). */
const MEASURE_HEAD = /(?<!\p{L})(?:под\s+)?(?:what|which|how many|how long|how far|какой|какая|какое|какую|какому|каком|каким|каких|какие|каков\p{L}*|как долго|сколько|hansi|nece|ne qeder|몇|얼마나)(?:\s+\p{L}+|\s*%)/u;

/** Tuition, as questions and texts name it. */
const TUITION = /tuition|tehsil haqq|обучени|등록금|학비|수업료/u;
/** A fee, as texts write it: a state fee, a service charge, a design contract's fee ("госпошлина", "xidmət haqqı", "설계 용역비"), tuition too. */
const FEE = new RegExp(String.raw`\bfees?\b|\bcharges?\b|haqq|r[uü]sum|пошлин|(?<!\p{L})сбор(?:а|ы|ом|у)?(?!\p{L})|(?<!\p{L})плат[аыуе](?!\p{L})|гонорар|용역비|설계비|수수료|사용료|요금|${TUITION.source}`, 'u');

/** The price of one thing asked ("한 대 가격", "стоимость одного автобуса", "bir avtobusun qiyməti", "what does one bus cost") and written ("each", "за штуку"). */
const ONE_UNIT_ASKED = /(?<!\p{L})한 ?(?:대|개|척|채|장|벌|켤레)(?:의|당)? ?(?:가격|값|비용|얼마)|\b(?:one|a single|each|per) (?:bus|car|truck|tram|train|ship|plane|unit|machine|vehicle|device|piece|item)\b(?! (?:line|plant|factory|order|deal|contract))|(?<!\p{L})(?:одного|одной|за (?:один|одну|штуку|единицу))(?!\p{L})|(?<!\p{L})bir (?:ədəd|eded|avtobus|masin|maşın|qatar|gəmi|gemi|cihaz|suse|butulka)\p{L}*/u;
const ONE_UNIT_WRITTEN = /\b(?:each|apiece|a piece|per (?:unit|bus|car|truck|vehicle|machine|ship|device|item|piece))\b|за (?:штуку|единицу|один|одну|каждый|каждую)|(?<!\p{L})кажд\p{L}* (?:стои|обойд|оцен)|(?:대|개|척|채|장)당|한 ?(?:대|개|척)(?:에|당)|hər biri|her biri|ədədi|ededi|bir ədədinin|(?<!\p{L})(?:одного|одной)(?!\p{L})(?! из)|\b(?:one|a single) (?:bus|car|truck|tram|train|ship|plane|unit|machine|vehicle|device|piece|item|container|ticket)\b/u;

/** A price per unit asked ("kiloqramı neçəyə", "за килограмм", "kWh당 단가", "per bottle") and written. */
const PER_UNIT_ASKED = /kiloqram|kilogram|(?<!\p{L})kg(?!\p{L})|килограмм|단가|\p{L}당(?!\p{L})|(?:㎡|m2)당|\bper (?:kilo|kg|ton|unit|piece|kwh|kilowatt-hour|ticket|bottle|litre|liter|night|square met(?:re|er)|sq\.? ?m\b|m2\b)|kvadratmetr\p{L}*|(?<!\p{L})kvadrat(?:ın|ı|in|i)?(?!\p{L})|квадратн\p{L}* метр|за (?:литр|бутылку|ночь|тонну|килограмм|кг|штуку|кубометр|метр)(?!\p{L})/u;
const PER_UNIT_WRITTEN = /kiloqram|kilogram|(?<!\p{L})kg(?!\p{L})|килограмм|(?<!\p{L})кг(?!\p{L})|за (?:тонну|штуку|билет|литр|бутылку|ночь|квадратн\p{L}* метр)|단가|\p{L}당(?!\p{L})|(?:㎡|m2)당|\bper (?:kilo|kg|ton|tonne|unit|piece|kwh|kilowatt-hour|ticket|bottle|litre|liter|night|square met(?:re|er)|sq\.? ?m\b|m2\b)|kvadrat metr\p{L}*|\b(?:a|each) (?:bottle|litre|liter|night)\b|kvadratmetr\p{L}*|(?:litri|şüşəsi|gecəsi)(?!\p{L})|\/(?:kg|t|kwh|l|m2|㎡)(?!\p{L})/u;

/**
 * Kinds of sums a question may name: exports, imports, investment, trade turnover, a price per
 * unit. A sentence that gives a sum of another kind ("turnover reached $412.7 million" for "how
 * much did it export?") does not measure what is asked. Both are read as typed (foldAsTyped:
 * "ixrac" for "İxrac").
 */
const SUM_KINDS: readonly (readonly [asked: RegExp, written: RegExp, only?: 'sum only'])[] = [
  [/export(?!er)|ixrac|экспорт|수출/u, /export|ixrac|экспорт|수출/u],
  [/import(?!er)|idxal|импорт|(?<!\p{L})수입/u, /import|idxal|импорт|수입/u],
  // Funding is invested money: "up to $50,000 in seed funding" for "the max investment a team can get".
  [/invest|sermaye|инвестиц|투자/u, /invest|sermaye|инвестиц|вложен|투자|\bfund(?:ing|ed|s)?\b|financ|финансир|maliyy|투입|지원금/u],
  [/turnover|dovriyy|товарооборот|교역/u, /turnover|trade|dovriyy|ticaret|товарооборот|торгов|교역|무역/u],
  // A price things are sold at ("neçəyə satılır", "за сколько продают", "얼마에 팔아"): a sentence that tells a sale or a price, not an investment.
  [/sat[iı]l|\bsell|\bsold\b|продава|продаж|продад|팔/u, /sat[iı]l|satis|satış|\bsell|\bsold\b|\bsale|price|\bcosts?\b|qiym|продава|продаж|продад|цен[аеуы]|стоит|стоимост|판매|팔|가격/u],
  // Tuition ("등록금", "təhsil haqqı", "плата за обучение"): living costs or a grant are another sum.
  [TUITION, TUITION],
  // Any other fee asked ("the design fee", "the state fee"): the sum a text names as one.
  [/\bfees?\b/u, FEE],
  // The price of one thing ("한 대 가격", "стоимость одного автобуса", "bir avtobusun qiyməti", "what does one bus cost"): a sum each thing costs, not the deal's.
  // Only for a sum: "мощность у одной турбины" asks one turbine's power, written however the article writes it.
  [ONE_UNIT_ASKED, ONE_UNIT_WRITTEN, 'sum only'],
  // A price per unit ("kiloqramı neçəyə", "за килограмм", "kWh당 단가", "per bottle", "kvadratmetri neçəyə"): a sum per a unit.
  [PER_UNIT_ASKED, PER_UNIT_WRITTEN],
];

/** The kinds of sum a question names, read once per question. */
const askedSumKinds = memoized((question: string): readonly RegExp[] => {
  const typed = foldAsTyped(question.toLowerCase());
  const sumAsked = askedMeasures(question).some((m) => m.quantity === SUM_MEASURE.quantity);
  return SUM_KINDS.filter(([asked, , only]) => asked.test(typed) && (only === undefined || sumAsked)).map(([, written]) => written);
});

/** Whether a text names the kind of sum the question names, if it names one. */
function ofAskedKind(text: string, question: string): boolean {
  const kinds = askedSumKinds(question);
  if (kinds.length === 0) return true;
  const typed = foldAsTyped(text.toLowerCase());
  return kinds.some((kind) => kind.test(typed));
}

/** Whether the sentence writes a quantity of what the question measures (see MEASURES), of the kind of sum it names if it names one. */
export function measuresWhatIsAsked(sentence: string, question: string): boolean {
  return askedMeasures(question).some((m) => answers(m, sentence)) && ofAskedKind(sentence, question) && !(onlyPricesPerUnit(sentence) && !asksPriceOfUnit(question));
}

/** Whether the question asks a price per unit or of one thing ("за тонну", "bir şüşəsi"). */
function asksPriceOfUnit(question: string): boolean {
  return askedSumKinds(question).some((kind) => kind === PER_UNIT_WRITTEN || kind === ONE_UNIT_WRITTEN);
}

/** What a price per unit is of, after its sum ("1,480 manat per square metre", "$690 за тонну", "20 manat a night"). */
const PER_UNIT_AFTER_SUM = /^\s*(?:per|a|an|each|за|bir)\s+(?:square met|sq\.? ?m|sqm|m2|kilo|kg|tonne|ton\b|litre|liter|night|bottle|unit|piece|квадрат|тонн|килограмм|кг|литр|бутылк|ночь|штук|kvadrat|kiloqram|ton\b|litr|gecə)/iu;

/** Every sum of a text (matchAll copies the expression, so it is shared). */
const EVERY_SUM = new RegExp(SUM, 'giu');
/** A sum written with its sign first ends at its first digit: the rest of the figure and its scale follow it. */
const REST_OF_FIGURE = new RegExp(String.raw`^[\d.,]*\s*(?:${SCALE}\.?\s*)?`, 'iu');

/** Whether every sum the sentence writes is a price per unit: it does not say what a deal or a project cost. */
function onlyPricesPerUnit(sentence: string): boolean {
  const sums = [...sentence.matchAll(EVERY_SUM)];
  const after = (m: RegExpMatchArray) => sentence.slice(m.index! + m[0].length).replace(REST_OF_FIGURE, '');
  return sums.length > 0 && sums.every((m) => PER_UNIT_AFTER_SUM.test(after(m)));
}

/**
 * Whether the sentence's quantities measure something else than the question asks: a sum of money
 * and no power for a plant's capacity, a power and no sum for a trade volume. Its numbers do not
 * answer the question.
 */
export function measuresSomethingElse(sentence: string, question: string): boolean {
  const asked = askedMeasures(question);
  if (asked.length === 0 || asked.some((m) => answers(m, sentence))) return false;
  // A measure always written with its unit is not a bare number ("2025-ci", "40 həkim" for a price).
  if (asked.every((m) => m.unitAlwaysWritten)) return true;
  return MEASURES.some((m) => !asked.includes(m) && m.quantity.test(sentence));
}

/** Whether the question asks for a measure that is a number (a sum of money, a power, a length of time, an age, a share, an amount of goods, a number of people). */
export function asksForMeasure(question: string): boolean {
  return askedMeasures(question).some((m) => m.numeric !== false);
}

/**
 * Whether the question asks for a measure whose quantities are always written with their unit
 * (see unitAlwaysWritten) and none of the texts holds a quantity of it: an article that names the
 * asked-about project but writes no sum anywhere does not say what it cost.
 */
export function measureWrittenNowhere(texts: () => readonly string[], question: string): boolean {
  const asked = askedMeasures(question);
  if (asked.length === 0 || !asked.every((m) => m.unitAlwaysWritten && m.guessed !== true)) return false;
  // A text of the kind of sum the question names, if it names one: an article about trade that gives no investment does not say what was invested.
  return !texts().some((text) => asked.some((m) => answers(m, text)) && ofAskedKind(text, question));
}

/** Whether the question asks for a measure that is no number (an address): its answer is of no specific kind. */
export function asksForMeasureOtherThanNumber(question: string): boolean {
  return askedMeasures(question).some((m) => m.numeric === false);
}

/** Whether the question asks for measures that are always written with their units (see unitAlwaysWritten). */
export function asksForMeasureWithUnit(question: string): boolean {
  const asked = askedMeasures(question);
  return asked.length > 0 && asked.every((m) => m.unitAlwaysWritten);
}
