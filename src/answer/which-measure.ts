/**
 * What a "which" question word asks about ("какой был товарооборот", "what daily output", "hansı
 * temperatur"), read to tell whether it asks how much of something (answer-kind.ts).
 */
import { foldText, isStopWord } from '../corpus/terms.ts';
import { asksForMeasure } from './measures.ts';

/** A verb after the measure, not a noun: a Russian short participle or past ("выделен", "потрачено", "составил", "дали"), an Azerbaijani past or future ("ayrılıb", "ayrılacaq"). */
const VERB_FORM = /^(?:\p{L}{3,}(?:[аяеё]н[аоы]?|[аеиыя]л[аои]?|ıb|ib|ub|üb|acaq|əcək|ecek)|\p{L}{1,2}[аеиыя]л[аои]?)$/iu;

/** A word after a measure that still asks its figure ("what turnover goal", "какой уровень товарооборота", "hansı ixrac hədəfi"). */
const MEASURE_AIM = /^(?:goals?|targets?|figures?|levels?|totals?|tags?|estimates?|hədəf\p{L}*|hedef\p{L}*|цел[ьи]|показател\p{L}*|уров\p{L}*|목표\p{L}*)$/iu;

/** A noun that names how much of something a phrase asks ("the trade volume", "the interest rate"): the phrase's other words say of what. */
const QUANTITY_HEAD = /^(?:volumes?|amounts?|values?|sizes?|rates?|periods?|объ[её]м\p{L}*|размер\p{L}*|ставк\p{L}*|həcm\p{L}*|hecm\p{L}*|məbləğ\p{L}*|mebleg\p{L}*)$/iu;

/**
 * A noun that names a quantity by itself: "which commission", "what daily capacity", "какую
 * скидку", "hansı temperatur" ask how much, though the question word is which. Not the measures of
 * measures.ts alone: a discount or a change is a quantity too, though no sum answers it.
 */
const QUANTITY_NOUN = /^(?:capacity|output|discounts?|fees?|fares?|temperatures?|margins?|scores?|allowances?|stipends?|duty|duties|weight|length|distance|turnover|revenues?|sales|profits?|loss(?:es)?|budgets?|prizes?|potential|percentage|salary|salaries|maximum|minimum|limits?|максимум\p{L}*|минимум\p{L}*|лимит\p{L}*|maksimum\p{L}*|limit\p{L}*|потенциал\p{L}*|скидк\p{L}*|температур\p{L}*|длин\p{L}*|товарооборот\p{L}*|призов\p{L}*|преми\p{L}*|пошлин\p{L}*|выручк\p{L}*|прибыл\p{L}*|убыт\p{L}*|доход\p{L}*|бюджет\p{L}*|зарплат\p{L}*|оклад\p{L}*|стипенди\p{L}*|мощност\p{L}*|тариф\p{L}*|стоимост\p{L}*|цен[аыуе]|сумм\p{L}*|temperatur\p{L}*|endirim\p{L}*|g[uü]c[uü]?|g[əe]lir\p{L}*|qiym[əe]t\p{L}*|d[əe]y[əe]r\p{L}*|maa[sş]\p{L}*|r[uü]sum\p{L}*|uzunlu\p{L}*|tutum\p{L}*)$/iu;

/** Russian adjective endings by the ending of какой's form they agree with (hard and soft stems). */
const ADJECTIVE_ENDINGS: Readonly<Record<string, string>> = { ой: 'ой|ый|ий', ая: 'ая|яя', ое: 'ое|ее', ие: 'ие|ые', ую: 'ую|юю', ого: 'ого|его', ому: 'ому|ему', им: 'им|ым', ом: 'ом|ем', их: 'их|ых', ими: 'ими|ыми' };

/** Whether a word is an adjective agreeing with a form of какой ("каком" → "торговом"). */
function agreesWith(which: string, word: string): boolean {
  const endings = ADJECTIVE_ENDINGS[which.toLowerCase().slice(3)];
  return endings !== undefined && new RegExp(`^\\p{L}{2,}(?:${endings})$`, 'iu').test(word);
}

/**
 * The noun a "which" question word asks about, a copula between them aside ("какой был
 * товарооборот между …" → "товарооборот"), when no other noun follows it ("what trade route" asks
 * a route), or the whole phrase when its last noun names an amount or an aim ("what bilateral
 * trade goal" → "bilateral trade goal"); '' otherwise.
 */
function measuredByWhich(asking: string): string {
  const which = /(?:^|\s)(какой|какая|какое|какие|какую|какого|какому|каким|каком|каких|какими|каков|какова|каковы|hansı|hansi|which|what|what's|whats|what’s)\s+(?:(?:там|тут|же|был|была|было|были|is|was|were|are|the|olub|idi|max|maximum|min|minimum|total|overall|annual|yearly|monthly|weekly|daily|average|estimated|planned|общий|общая|общее|годовой|годовая|суточный|суточная|максимальный|максимальная|максимальное|ümumi|illik|gündəlik|gundelik|maksimal|orta)\s+)*([\p{L}\p{N}-]+)((?:\s+[\p{L}\p{N}-]+){0,3})/iu.exec(asking);
  if (which === null) return '';
  // Russian names the measure with the first noun after какой, past the adjectives that share its
  // ending ("в каком торговом центре" → "центре"); what it is of follows in the genitive ("какую долю корейского экспорта" → "долю").
  if (/^\p{Script=Cyrillic}/u.test(which[1]!)) return [which[2]!, ...which[3]!.split(/\s+/u)].find((word) => !agreesWith(which[1]!, word)) ?? '';
  const phrase = [which[2]!];
  for (const word of which[3]!.split(/\s+/u).filter((w) => w !== '')) {
    if (isStopWord(foldText(word)) || VERB_FORM.test(word)) break;
    phrase.push(word);
  }
  const head = phrase[phrase.length - 1]!;
  if (phrase.length === 1 || (phrase.length === 2 && MEASURE_AIM.test(head))) return which[2]!;
  return MEASURE_AIM.test(head) || QUANTITY_HEAD.test(head) ? phrase.join(' ') : '';
}

/** Whether a "which" question asks how much: the noun it asks about is a measure, or names a quantity by itself. */
export function asksQuantityByWhich(asking: string): boolean {
  const measured = measuredByWhich(asking);
  return asksForMeasure(measured) || QUANTITY_NOUN.test(measured.split(' ').at(-1)!);
}
