/**
 * Times of day. A question that asks what time ("what time does it open", "saat neçədə", "во
 * сколько открывается", "몇 시까지 해") is answered by a sentence that gives an hour ("from 10 a.m.
 * to 6 p.m.", "saat 18:00-dək", "до 18:00", "오후 6시까지"), which holds no date: the hour is then the
 * date kind's answer.
 */
import { memoized, SENTENCE_MEMO_LIMIT } from '../corpus/fold.ts';

/** A question asking the hour of something, not its day ("во сколько" alone asks a price). */
const ASKS_TIME_OF_DAY = /\bwhat time\b|\bat what hour\b|\buntil what time\b|\bopening hours\b|(?<!\p{L})saat\s+(?:neçə|nece)|(?<!\p{L})во сколько(?=\s+(?:утра|вечера|дня|ночи|открыва|закрыва|начина|заканчива|работа|вылета|прилета|отправля|прибыва))|(?<!\p{L})до скольки(?=\s+(?:работа|открыт|принима|ход|езд|можно)|\s*[?？]|\s*$)|(?<!\p{L})в котором часу|(?<!\p{L})с какого часа|몇\s*시(?!간|즌)/iu;

export function asksTimeOfDay(question: string): boolean {
  return ASKS_TIME_OF_DAY.test(question);
}

/** A time of day written with a colon ("16:14", "9:30"). */
export const DIGITAL_TIME = /(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])/gu;

/**
 * The hours a sentence gives: "18:00", "9.30" after saat, "10 a.m.", "6pm", "오후 6시", "6시 30분",
 * "в 9 утра". Remembered, as sentences recur.
 */
const CLOCK_TIMES = new RegExp(String.raw`${DIGITAL_TIME.source}|(?<!\p{L})saat\s+(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?(?!\d)|(?<![\d.,])(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\s*(?:a\.\s?m\.?|p\.\s?m\.?|am|pm)(?!\p{L})|(?:(?:오전|오후|새벽|아침|저녁|밤)\s*)?(?<![\d.,])(?:[01]?\d|2[0-4])시(?:\s*(?:[0-5]?\d분|반))?(?!간|즌|대|장|청|민|내|외|기|점|작|험|설)|(?<![\d.,])(?:[01]?\d|2[0-3])\s+(?:утра|вечера|дня|ночи)(?!\p{L})`, 'giu');

export const clockTimes = memoized((sentence: string): readonly string[] => [...sentence.matchAll(CLOCK_TIMES)].map((m) => m[0]!.trim()), SENTENCE_MEMO_LIMIT);
