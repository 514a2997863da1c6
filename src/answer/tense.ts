/**
 * "When will the plant open?" asks a date after the article's own; "when was it signed?" one on or
 * before it. News gives both in one article: the day it was reported ("…, it said on the 27th")
 * and the day announced ("the results go to the government in the second half of 2025"). The
 * tense of a when-question, read from each language's verb forms, tells which of a sentence's
 * dates can answer it, measured against its article's date.
 */
import { AZ_MONTHS, findDateMatches, findDates } from '../corpus/dates.ts';
import type { DateMatch } from '../corpus/dates.ts';
import type { Language, PartialDate } from '../corpus/types.ts';
import { SENTENCE_MEMO_LIMIT, memoized } from '../corpus/fold.ts';
import { detectLanguage } from '../corpus/language.ts';
import { questionParts } from '../question.ts';

/**
 * When a question places what it asks: before or at the article's time ('past'), strictly before
 * the time the article tells of ('earlier': "when had he been to Azerbaijan before?"), or after it
 * ('future').
 */
export type QuestionTime = 'past' | 'earlier' | 'future';

/** Words that ask for a time before the one the article tells of: "before", "previous", "раньше", "əvvəl", "이전". */
const EARLIER = /\b(?:before|previous|previously|earlier|prior|formerly)\b|(?<!\p{L})(?:раньше|прежде|ранее|предыдущ\p{L}*|прошл(?:ый|ая|ое|ого|ом|ой|ую)|əvvəl|evvel|öncə|once|əvvəlki|evvelki)(?!\p{L})|이전|지난번|앞서/u;

interface TenseMarkers {
  /** Plans and the future tense; read first, so "keçiriləcəkdi" (was to be held) asks an announced date. */
  future?: RegExp;
  past?: RegExp;
  /** Present forms, which in a when-question ask what is still to come ("когда стартует", "언제 가?"). */
  nonpast?: RegExp;
  /** Korean marks its past on a syllable (see hasKoreanPast). */
  syllablePast?: boolean;
}

// Each language's markers, tried on the question in lower case.
const MARKERS: Readonly<Record<Language, TenseMarkers>> = {
  en: {
    // A target, a promise, a deadline or what should happen asks the date planned, whatever the tense ("when was it promised to open?").
    future: /\b(?:will|won't|wont|going to|gonna|expected|scheduled|planned|due to|upcoming|next|supposed to|meant to|set to|slated to|should|target|targeted|aim|aimed|aims|deadline|promised|intended|intends)\b|'ll\b/u,
    // A past auxiliary or participle ("opened", "signed"), not "need" or "speed".
    past: /\b(?:did|didn't|was|wasn't|were|had|ago|last|previous|previously)\b|\b(?!(?:need|speed|seed|feed|indeed|embed)\b)[a-z]{2,}ed\b/u,
    nonpast: /\b(?:does|do)\b/u,
  },
  az: {
    // The future participle in any form ("açılacaq", "düşəcək", typed "dusecek"), and plans.
    future: /\p{L}(?:acaq|əcək|ecek|acag|əcəy|ecey|acağ|eceg|əcəg)\p{L}*|(?:planlaşdırıl|planlasdiril|gözlənil|gozlenil|nəzərdə tutul|nezerde tutul|növbəti|novbeti|gələn il|gelen il|hədəf|hedef|vəd|olmalı|olmali)/u,
    // The past in -dı, -mış and -ıb ("açıldı", "qurulub", "edib", typed "acildi").
    past: /\p{L}{3,}(?:dı|di|du|dü|dılar|dilər|dular|dülər|mış|miş|muş|müş|mis|mus)(?!\p{L})|\p{L}{2,}(?:ıb|ib|ub|üb)(?:dır|dir|dur|dür|lar|lər)?(?!\p{L})/u,
  },
  ru: {
    future: /(?<!\p{L})(?:будет|будут|станет|планиру\p{L}*|запланирован\p{L}*|намечен\p{L}*|ожида\p{L}*|предстоящ\p{L}*|должен|должн[аоы]|следующ\p{L}*|обеща\p{L}*|срок\p{L}*|намерен\p{L}*|рассчитыва\p{L}*)(?!\p{L})/u,
    // "подписали", "открылся", "было", "прошла", "пришёл"; о and у before л are nouns' ("посол", "сеул").
    past: /\p{L}+[аеиыяё]л[аои]?(?:сь|ся)?(?!\p{L})|(?<!\p{L})(?:при|про|вы|во|у|на|за|до|по|со|ото|пере)?(?:шёл|шел|шл[аои])(?:сь)?(?!\p{L})/u,
    // "стартует", "заработает", "откроется", "начнётся", "начнут".
    nonpast: /[аеиоуюяё](?:ет|ют|ит|ят)(?:ся)?(?!\p{L})|(?:ёт|ётся|ется|ится|ются|ятся|утся|нут|дут)(?!\p{L})/u,
  },
  ko: {
    // Plans, intentions and the future modal: 예정, 계획, 다음, 겠, "할 거야", "열릴까".
    future: /예정|계획|목표|약속|마감|하기로|겠|다음|[할될열갈올릴낼]\s?(?:거|까|건)/u,
    syllablePast: true,
    // A present ending closing the question: "지어져?", "언제 가?", "낸대"; not the copula ("언제야?").
    nonpast: /(?:해|돼|가|와|나|져|려|대|래|니|냐|어|아|여|워|쳐|요)\s*\??\s*$/u,
  },
  und: {},
};

/** The Korean past marks its syllable with a final ㅆ (했, 었, 열렸); 있 (there is) and 겠 (will) are no past. */
function hasKoreanPast(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0)! - 0xac00;
    if (code < 0 || code >= 11172) continue;
    if (code % 28 === 20 && char !== '있' && char !== '겠') return true;
  }
  return false;
}

/** The time a when-question asks about, or undefined when its verbs do not tell ("when is the forum?", "언제야?"). */
export function questionTime(question: string): QuestionTime | undefined {
  // The sentences that set a question up may tell of the asker ("I was reading the news ..."): the
  // asking sentence's time comes first; theirs counts only when it tells none ("Koreya gimnastları
  // Bakıda məşq edəcək. Toplanışın xərci nə qədərdir?").
  const { asking } = questionParts(question);
  return timeTold(asking) ?? (asking === question ? undefined : timeTold(question));
}

/** Whether a question asks of what is to come (questionTime, for questions that ask no date); remembered, as every sentence of an answer asks. */
export const asksOfFuture = memoized((question: string): boolean => {
  const { asking } = questionParts(question);
  return tellsOfFuture(asking) || (asking !== question && timeTold(asking) === undefined && tellsOfFuture(question));
}, SENTENCE_MEMO_LIMIT);

function timeTold(question: string): QuestionTime | undefined {
  const text = question.toLowerCase();
  const markers = MARKERS[detectLanguage(question)];
  if (markers.future?.test(text) === true) return 'future';
  const past = markers.past?.test(text) === true || (markers.syllablePast === true && hasKoreanPast(text));
  if (EARLIER.test(text) && (past || markers.nonpast?.test(text) !== true)) return 'earlier';
  if (past) return 'past';
  if (markers.nonpast?.test(text) === true) return 'future';
  return undefined;
}

/** Where a date stands against the article's: on the same day, before, after, or not to be told at the precision both give. */
type Side = 'before' | 'same-day' | 'after' | 'unknown';

/** The last day an article's date names: an article dated by a span of days ("20-23 iyul 2022") was written at its end or after. */
function lastDay(article: PartialDate): number | undefined {
  const span = /(?<!\d)\d{1,2}\s*[-–]\s*(\d{1,2})(?!\d)/u.exec(article.raw);
  return span === null || article.day === undefined ? article.day : Math.max(article.day, +span[1]!);
}

/** A date as a sentence gives it; a Korean day alone may name its month against the article's ("다음 달 4일", the 4th of next month). */
type SentenceDate = Omit<PartialDate, 'raw'> & { monthsFromArticle?: number };

function sideOf(date: SentenceDate, article: PartialDate): Side {
  if (date.monthsFromArticle !== undefined) {
    if (article.month === undefined) return 'unknown';
    const months = (article.year ?? 0) * 12 + article.month - 1 + date.monthsFromArticle;
    return sideOf({ ...(article.year !== undefined ? { year: Math.floor(months / 12) } : {}), month: (months % 12) + 1, day: date.day! }, article);
  }
  // A date without its year ("3 October", Korean "27일") is read in the article's year, and a
  // Korean day alone in its month, as news writes them.
  const year = date.year ?? article.year;
  const month = date.month ?? (date.day !== undefined && date.year === undefined ? article.month : undefined);
  // A dateline without its year ("Bakı, 16 noyabr") still orders the dates of its year that also go without one.
  if (article.year === undefined && date.year !== undefined) return 'unknown';
  if (year !== undefined && article.year !== undefined && year !== article.year) return year < article.year ? 'before' : 'after';
  if (month === undefined || article.month === undefined) return 'unknown';
  if (month !== article.month) return month < article.month ? 'before' : 'after';
  const articleDay = lastDay(article);
  if (date.day === undefined || articleDay === undefined) return 'unknown';
  if (date.day !== articleDay) return date.day < articleDay ? 'before' : 'after';
  return 'same-day';
}

/** Whether a date lies in a month (or year) before the article's: a year alone counts when earlier than the article's year. */
function monthsBefore(date: SentenceDate, article: PartialDate): boolean {
  if (date.monthsFromArticle !== undefined) return date.monthsFromArticle < 0;
  if (date.year !== undefined && article.year !== undefined && date.year !== article.year) return date.year < article.year;
  if (date.year !== undefined && article.year === undefined) return false;
  const month = date.month;
  return (date.year !== undefined || month !== undefined) && month !== undefined && article.month !== undefined && month < article.month;
}

const YEAR_ALONE = /(?<![\p{N}.,/-])((?:19|20)\d\d)(?![\p{N}]|[.,/]\d)/gu;
/** A Korean day of the month alone ("27일 밝혔다"), not a number of days ("3일간", "5일째"). */
const KOREAN_DAY_ALONE = /(?<![\d월]\s?)(?<!\d)([1-9]|[12]\d|3[01])일(?![간째])/gu;
/** The month a Korean day alone is of, when the words before it say: next month (다음 달, 내달) or last month (지난달). */
const KOREAN_MONTH_BEFORE_DAY: readonly [RegExp, number][] = [
  [/(?:다음\s?달|내달|오는\s?달)\s*$/u, 1],
  [/(?:지난\s?달|전달)\s*$/u, -1],
];
/** A Korean month with or without its year ("2025년 4월", "9월"), where no day follows (findDates reads those). */
const KOREAN_MONTH = /(?:(?<!\d)((?:19|20)\d\d)년\s*)?(?<!\d)(1[0-2]|[1-9])월(?!\s*\d{1,2}\s*일)/gu;
/** Months the dated phrase patterns of findDates do not read: Russian "в сентябре (2025 года)", Azerbaijani "2025-ci ilin martında" and "noyabrın 15-də". */
const RU_MONTHS_IN = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];
const RU_MONTH_IN = new RegExp(`(?<!\\p{L})(${RU_MONTHS_IN.join('|')})(?:\\s+((?:19|20)\\d\\d))?(?!\\p{L})`, 'giu');
/** An Azerbaijani day after its month in the genitive ("noyabrın 15-də", "2023-cü il martın 14-dək"). */
const AZ_GENITIVE_DAY = new RegExp(`(?:(?<!\\d)((?:19|20)\\d\\d)-?(?:ci|cı|cu|cü)\\s+il(?:in)?\\s+)?(?<!\\p{L})(${AZ_MONTHS.join('|')})(?:ın|in|un|ün)\\s+(\\d{1,2})(?!\\d)`, 'giu');
const AZ_YEAR_MONTH = new RegExp(`(?<!\\d)((?:19|20)\\d\\d)-?(?:ci|cı|cu|cü)\\s+ilin\\s+(${AZ_MONTHS.join('|')})\\p{L}*`, 'giu');

/** A sentence's dates: full and partial ones, years alone, Korean days alone. Sentences recur, so they are remembered. */
const sentenceDates = memoized((sentence: string): SentenceDate[] => {
  const dates: SentenceDate[] = findDates(sentence);
  for (const m of sentence.matchAll(KOREAN_MONTH)) dates.push(m[1] === undefined ? { month: +m[2]! } : { year: +m[1], month: +m[2]! });
  for (const m of sentence.matchAll(RU_MONTH_IN)) {
    const month = RU_MONTHS_IN.indexOf(m[1]!.toLowerCase()) + 1;
    dates.push(m[2] === undefined ? { month } : { year: +m[2], month });
  }
  for (const m of sentence.matchAll(AZ_YEAR_MONTH)) dates.push({ year: +m[1]!, month: AZ_MONTHS.indexOf(m[2]!.toLowerCase()) + 1 });
  for (const m of sentence.matchAll(AZ_GENITIVE_DAY)) {
    const month = AZ_MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    dates.push(m[1] === undefined ? { month, day: +m[3]! } : { year: +m[1], month, day: +m[3]! });
  }
  const yearsDated = new Set(dates.map((d) => d.year));
  for (const m of sentence.matchAll(YEAR_ALONE)) if (!yearsDated.has(+m[1]!)) dates.push({ year: +m[1]! });
  for (const m of sentence.matchAll(KOREAN_DAY_ALONE)) {
    const before = sentence.slice(Math.max(0, m.index - 8), m.index);
    const monthsFromArticle = KOREAN_MONTH_BEFORE_DAY.find(([words]) => words.test(before))?.[1];
    dates.push(monthsFromArticle === undefined ? { day: +m[1]! } : { day: +m[1]!, monthsFromArticle });
  }
  return dates;
}, SENTENCE_MEMO_LIMIT);

/**
 * How a sentence's dates stand to the time a question asks, against its article's date: 'asked'
 * when one is on the side asked (after it for a future question, on or before it for a past one),
 * 'other' when all that can be told are on the other side (the report's own day, or past events,
 * for "when will it open?"), 'none' when no date can be told apart, or the article has no date.
 */
export function datesSide(sentence: string, articleDate: PartialDate | undefined, time: QuestionTime): 'asked' | 'other' | 'none' {
  if (articleDate?.year === undefined && articleDate?.month === undefined) return 'none';
  const sides = sentenceDates(sentence).map((date) => sideOf(date, articleDate));
  const after = sides.includes('after');
  const notAfter = sides.includes('before') || sides.includes('same-day');
  // "Before" the event an article tells of is before its month: the event itself is days before the report.
  const earlier = sentenceDates(sentence).some((date) => monthsBefore(date, articleDate));
  if (time === 'future' ? after : time === 'earlier' ? earlier : notAfter) return 'asked';
  return after || notAfter ? 'other' : 'none';
}

/**
 * Whether a text tells of something to come: its language's future or plan markers ("will be held",
 * "keçiriləcək", "будет", "예정"); a present form alone does not ("Do you know ...?").
 */
export const tellsOfFuture = memoized((text: string): boolean => MARKERS[detectLanguage(text)].future?.test(text.toLowerCase()) === true, SENTENCE_MEMO_LIMIT);

/**
 * A when-question that asks how long something lasts, to its end: "until what date", "till when",
 * "до какого числа", "до каких пор", "nə vaxtadək", "hansı tarixədək", "언제까지", "며칠까지".
 */
const ASKS_UNTIL = /\b(?:until|till|up to) (?:when|what (?:date|day|time)|which (?:date|day))\b|\btill when\b|(?<!\p{L})(?:до (?:какого|каких|какое|скольки)|по какое)(?!\p{L})|\b(?:n[əe] vaxta(?:d[əe]k|can| q[əe]d[əe]r| kimi)|hans[ıi] tarix[əe](?:d[əe]k| q[əe]d[əe]r| kimi))|\b(?:the )?last day\b|\bson g[üu]n\p{L}*|(?<!\p{L})последн\p{L}* (?:день|дня)(?!\p{L})|언제까지|며칠까지|마지막 ?날/iu;

export const asksUntil = memoized((question: string): boolean => ASKS_UNTIL.test(question), SENTENCE_MEMO_LIMIT);

/** Words before a date that make it the end of a span: "until", "till", "through", "to", "closes on", "до", "по". */
const UNTIL_BEFORE = /(?:^|[^\p{L}])(?:until|till|through|to|до|по|(?:end|ends|ended|close|closes|closed|finish|finishes|finished)(?:\s+on)?)\s+(?:the\s+)?$/iu;
/** Endings after a date that make it the end of a span: "-dək", "-a qədər", "-a kimi". */
const UNTIL_AFTER = /^(?:[\p{L}-]{0,4}?|\s+tarix\p{L}{0,4}?)(?:d[əe]k|dak)(?!\p{L})|^(?:[\p{L}-]{0,4}|\s+tarix\p{L}{0,4})\s+(?:q[əe]d[əe]r|kimi)(?!\p{L})/iu;
/** A Korean date that ends a span: "13일까지", "6월 말까지". */
const KOREAN_UNTIL = /\d{1,2}\s*(?:일|월(?:\s*말)?)\s*까지/u;

/** Whether a sentence gives a date as the end of a span ("Screenings run until 13 November", "7–13 November", "продлится до 30 июня", "13일까지"). */
export const givesEndDate = memoized((sentence: string): boolean => {
  if (KOREAN_UNTIL.test(sentence)) return true;
  const endsSpan = (m: DateMatch) =>
    // A span of days ("7–13 November") ends on its second.
    /\d\s*[-–]\s*\d/u.test(m.date.raw) ||
    UNTIL_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index)) ||
    UNTIL_AFTER.test(sentence.slice(m.end, m.end + 16)) ||
    // An Azerbaijani date may hold its ending ("13 noyabradək").
    /(?:d[əe]k|dak)$/iu.test(m.date.raw);
  // "fevralın 20-dək": a day after its month in the genitive, ending the span by its case ending.
  const genitiveEnds = () => [...sentence.matchAll(AZ_GENITIVE_DAY)].some((m) => UNTIL_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 16)));
  return findDateMatches(sentence).some(endsSpan) || genitiveEnds();
}, SENTENCE_MEMO_LIMIT);
