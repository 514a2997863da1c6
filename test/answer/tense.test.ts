import { describe, expect, it } from 'vitest';
import { composeAnswer } from '../../src/answer/compose.ts';
import { asksOfFuture, asksUntil, datesSide, givesEndDate, questionTime, tellsOfFuture } from '../../src/answer/tense.ts';
import type { PartialDate } from '../../src/corpus/types.ts';
import { passage } from './passages.ts';

describe('questionTime', () => {
  it.each([
    ['when will the plant open?', 'future'],
    ['when does the academy open its doors?', 'future'],
    ['when is the next round of talks planned?', 'future'],
    ['when was the agreement signed?', 'past'],
    ['when did the minister visit Seoul?', 'past'],
    ['what day was the centre opened', 'past'],
    ['şəmkir istixanasının ilk hissəsi nə vaxt işə düşəcək?', 'future'],
    ['festival hansı tarixdə keçiriləcəkdi?', 'future'],
    ['diplomatik əlaqələr nə vaxt qurulub?', 'past'],
    ['seuldaki xalca sergisi ne vaxt acildi?', 'past'],
    ['Когда стартует фестиваль корейской культуры?', 'future'],
    ['когда заработает бакинский центр', 'future'],
    ['когда завод должен начать работу?', 'future'],
    ['когда начнут модернизировать подстанции в ширване и имишли?', 'future'],
    ['когда подписали соглашение', 'past'],
    ['где и когда было прошлое заседание', 'earlier'],
    ['when was the previous round?', 'earlier'],
    ['when had he been to Azerbaijan before?', 'earlier'],
    ['Suh Byung-soo Azərbaycana əvvəl nə vaxt gəlib?', 'earlier'],
    ['когда прошла олимпиада', 'past'],
    ['조사결과 언제 낸대', 'future'],
    ['라친 스마트 빌리지 언제 다 지어져?', 'future'],
    ['When is the village supposed to be finished?', 'future'],
    ['다음 회의는 언제 해?', 'future'],
    ['리셉션은 몇 월 며칠에 열렸어?', 'past'],
    ['본선 언제였어?', 'past'],
    // A target, a promise or a deadline asks the date planned, whatever the tense.
    ['when should the battery go into service', 'future'],
    ['what was the deadline for the new terminal?', 'future'],
    ['К какому сроку обещали достроить подстанцию?', 'future'],
    ['stansiyalar nə vaxt hazır olmalıdır?', 'future'],
    ['발전소 언제 완공 목표였지', 'future'],
  ] as const)('%s → %s', (question, time) => {
    expect(questionTime(question)).toBe(time);
  });

  it.each(['when is the forum?', "when's the first flight to seoul?", '첫 수확은 언제쯤?', '정상회담 한 날짜가 며칠이야', 'когда посол в сеуле?'])('leaves %s undecided', (question) => {
    expect(questionTime(question)).toBeUndefined();
  });
});

describe('the time of a question with sentences that set it up', () => {
  it("reads the asking sentence's time first, the others' only when it tells none", () => {
    expect(questionTime('I was reading the news about Azerbaijan and Korea. When does the academy open?')).toBe('future');
    expect(questionTime('Я читал новости об Азербайджане и Корее. Когда стартует фестиваль?')).toBe('future');
    expect(questionTime('Koreya gimnastları Bakıda 3 həftə məşq edəcək. Toplanış nə vaxtdır?')).toBe('future');
    expect(asksOfFuture('I was reading the news about Azerbaijan and Korea. Where is the forum?')).toBe(false);
    expect(asksOfFuture('Koreya gimnastları Bakıda 3 həftə məşq edəcək. Bu toplanışın xərci nə qədərdir?')).toBe(true);
    expect(asksOfFuture('I read about the plant. Where will it be built?')).toBe(true);
  });
});

describe('datesSide', () => {
  const article: PartialDate = { year: 2024, month: 8, day: 27, raw: '27 August 2024' };

  it("tells a date still to come from the report's own day and from past events", () => {
    expect(datesSide('조사 결과는 2025년 하반기 아제르바이잔 정부에 제출된다.', article, 'future')).toBe('asked');
    expect(datesSide('계약을 맺었다고 27일 밝혔다.', article, 'future')).toBe('other');
    expect(datesSide('계약을 맺었다고 27일 밝혔다.', article, 'past')).toBe('asked');
    expect(datesSide('The company was founded in 2015.', article, 'future')).toBe('other');
    expect(datesSide('The plant will open in 2026.', article, 'past')).toBe('other');
    expect(datesSide('Работы начнутся в сентябре 2024 года.', article, 'future')).toBe('asked');
    expect(datesSide('Работы начались в июле 2024 года.', article, 'future')).toBe('other');
    expect(datesSide('Kompleks 2025-ci ilin martında istifadəyə veriləcək.', article, 'future')).toBe('asked');
    expect(datesSide('착공은 2024년 10월이다.', article, 'future')).toBe('asked');
    // A dateline without its year still orders the dates of its year that go without one; a year it cannot place.
    const noYear: PartialDate = { month: 11, day: 16, raw: '16 noyabr' };
    expect(datesSide('Komissiyanın iclası noyabrın 15-də Bakıda keçirilib.', noYear, 'future')).toBe('other');
    expect(datesSide('Komissiyanın növbəti iclası dekabrın 20-də keçiriləcək.', noYear, 'future')).toBe('asked');
    expect(datesSide('Növbəti iclas 2025-ci ildə keçiriləcək.', noYear, 'future')).toBe('none');
    // Azerbaijani writes a day after its month in the genitive.
    expect(datesSide('Komissiyanın iclası avqustun 15-də Bakıda keçirilib.', article, 'future')).toBe('other');
    expect(datesSide('Növbəti iclas 2025-ci il martın 14-də keçiriləcək.', article, 'future')).toBe('asked');
  });

  it.each([
    // The 4th of next month is still to come on 27 August; "the 4th" alone would be of August, past.
    ['드라마는 다음 달 4일부터 방영된다.', 'future', 'asked'],
    ['드라마는 내달 4일부터 방영된다.', 'past', 'other'],
    ['드라마는 4일부터 방영됐다.', 'future', 'other'],
    ['협정은 지난달 30일 체결됐다.', 'future', 'other'],
    ['협정은 지난달 30일 체결됐다.', 'earlier', 'asked'],
  ] as const)('reads a Korean day alone in the month the words before it name: "%s" asked of the %s is %s', (sentence, time, side) => {
    expect(datesSide(sentence, article, time)).toBe(side);
  });

  it('takes next month of a December article as the next year\'s January', () => {
    expect(datesSide('공연은 다음 달 2일 열린다.', { year: 2024, month: 12, day: 20, raw: '2024.12.20' }, 'future')).toBe('asked');
  });

  it('rules nothing out without the article date, or a date that can be placed', () => {
    expect(datesSide('계약을 맺었다고 27일 밝혔다.', undefined, 'future')).toBe('none');
    expect(datesSide('The plant will open later in 2024.', article, 'future')).toBe('none');
    expect(datesSide('It takes 3일간.', article, 'future')).toBe('none');
  });

  it('places "before" a month before the article, not on the days of the event it reports', () => {
    const report: PartialDate = { year: 2017, month: 11, day: 21, raw: '21 November 2017' };
    expect(datesSide('The second round was held in 2015.', report, 'earlier')).toBe('asked');
    expect(datesSide('On November 20, Yoon held the third round.', report, 'earlier')).toBe('other');
    expect(datesSide('On November 20, Yoon held the third round.', report, 'past')).toBe('asked');
  });

  it('reads an article dated by a span of days at its last day', () => {
    const span: PartialDate = { year: 2022, month: 7, day: 20, raw: '20-23 iyul 2022' };
    expect(datesSide('21 iyul 2022-ci il tarixində məsləhətləşmələr keçirilib.', span, 'future')).toBe('other');
    expect(datesSide('Növbəti görüş 25 iyul 2022-ci ildə olacaq.', span, 'future')).toBe('asked');
  });
});

describe('composeAnswer for a when-question', () => {
  const meta = { date: { year: 2024, month: 8, day: 27, raw: '2024-08-27' }, dateOrigin: 'top' as const };
  const report = 'Seohae Wind signed a feasibility study contract for an offshore wind farm near Absheron, the company said on August 27, 2024.';
  const plan = 'The study results will be handed to the government in 2025.';

  it('answers "when will" with the date announced, not the day it was reported', () => {
    const answer = composeAnswer('seohae wind offshore study: when will they deliver the results?', [passage('wind.txt', `${report} ${plan}`, { meta })], { maxSentences: 1, neverAbstain: true });
    expect(answer.sentences[0]?.text).toBe(plan);
    // Asked when it was signed, the report's day answers.
    const past = composeAnswer('when was the seohae wind offshore study contract signed?', [passage('wind.txt', `${report} ${plan}`, { meta })], { maxSentences: 1, neverAbstain: true });
    expect(past.sentences[0]?.text).toBe(report);
  });

  it("reads the rest of the best article when none of its retrieved sentences gives a date still to come", () => {
    const question = 'seohae wind offshore study: when will they deliver the results?';
    const retrieved = [passage('wind.txt', report, { meta })];
    const rest = [passage('wind.txt', 'The company was founded in 2015.', { ordinal: 1, meta }), passage('wind.txt', plan, { ordinal: 2, meta })];
    const reply = (articlePassages?: typeof rest) =>
      composeAnswer(question, retrieved, { maxSentences: 1, neverAbstain: true, ...(articlePassages !== undefined ? { articlePassages: () => articlePassages } : {}) }).sentences[0]?.text;
    expect(reply(rest)).toBe(plan);
    expect(reply()).toBe(report);
  });

  it("reads again, in its article's context, a retrieved passage of the best article that covers too little on its own", () => {
    const ruMeta = { date: { year: 2025, month: 7, day: 15, raw: '15 июля 2025' }, dateOrigin: 'top' as const };
    const lead = passage('u20.txt', 'Корейский фонд EDCF предоставит кредит на модернизацию подстанций в Ширване и Имишли.', { meta: ruMeta });
    const works = passage('u20.txt', 'Проект охватит 340 тыс. потребителей. Работы начнутся в октябре 2025 года.', { ordinal: 3, meta: ruMeta });
    const answer = composeAnswer('когда начнут модернизировать подстанции в ширване и имишли?', [lead, works], { maxSentences: 1, neverAbstain: true, articlePassages: () => [] });
    expect(answer.sentences[0]?.text).toBe('Работы начнутся в октябре 2025 года.');
  });
});

describe('tellsOfFuture and a question about what is to come', () => {
  it('reads the future and plans in each language', () => {
    for (const sentence of ['The tenth meeting will be held in Seoul in 2025.', 'Növbəti iclas Seulda keçiriləcək.', 'Следующее заседание состоится в Сеуле, оно будет проведено в 2025 году.', '다음 회의는 서울에서 열릴 예정이다.']) {
      expect(tellsOfFuture(sentence), sentence).toBe(true);
    }
    for (const sentence of ['The ninth meeting was held in Baku.', 'İclas Bakıda keçirilib.', 'Заседание прошло в Баку.', '회의는 바쿠에서 열렸다.']) {
      expect(tellsOfFuture(sentence), sentence).toBe(false);
    }
  });

  it('answers "where will it be?" with the sentence that tells of what is to come', () => {
    const report = passage('c.txt', 'The ninth meeting of the intergovernmental commission was held in Baku on October 27. The parties agreed that the tenth meeting of the commission will be held in Seoul.');
    expect(composeAnswer('Where will the next meeting of the commission take place?', [report], { maxSentences: 1 }).sentences[0]?.text).toContain('Seoul');
    expect(composeAnswer('Where was the ninth meeting of the commission held?', [report], { maxSentences: 1 }).sentences[0]?.text).toContain('Baku');
  });
});

describe('a question that asks until when', () => {
  it('is read in each language, and a date that ends a span is told from one that starts it', () => {
    for (const question of ['until what date did the film days run?', 'До какого числа можно сходить на выставку?', 'Sərgi nə vaxtadək davam edəcək?', '전시회 언제까지 해?', 'When is the last day of the film week?', 'Sərgiyə nə vaxtacan baxmaq olar?', 'Какой последний день фестиваля?', '영화제 마지막 날이 언제야?']) expect(asksUntil(question), question).toBe(true);
    for (const question of ['when did the film days open?', 'Когда открылась выставка?', '전시회 언제 열렸어?']) expect(asksUntil(question), question).toBe(false);
    for (const sentence of ['Screenings run until 13 November.', 'The film days run 7–13 November.', 'The exhibition closes on 30 June.', 'Выставка продлится до 30 июня.', 'Sərgi 13 noyabradək davam edəcək.', 'Sərgi 13 noyabra qədər açıq olacaq.', '영화주간은 13일까지 이어진다.', 'Sərgi fevralın 20-dək davam edəcək.']) expect(givesEndDate(sentence), sentence).toBe(true);
    for (const sentence of ['The festival opened on 7 November.', 'Выставка открылась 3 июня.', 'Sərgi fevralın 20-də açılıb.', 'Exports rose to 13 percent.']) expect(givesEndDate(sentence), sentence).toBe(false);
  });

  it('answers with the end of the span, though it comes after the report of the opening', () => {
    const report = passage('f.txt', 'Baku, 7 November. Korean Film Days opened on Monday at the Nizami Cinema Centre, where nine Korean films will be shown. All films have subtitles. Screenings run until 13 November.', { meta: { date: { raw: '7 November 2022', year: 2022, month: 11, day: 7 } } });
    expect(composeAnswer('until what date did the korean film days run?', [report], { maxSentences: 1 }).sentences[0]?.text).toContain('13 November');
    expect(composeAnswer('when did the korean film days open?', [report], { maxSentences: 1 }).sentences[0]?.text).not.toContain('13 November');
  });
});
