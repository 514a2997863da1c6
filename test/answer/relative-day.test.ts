import { describe, expect, it } from 'vitest';
import { composeAnswer } from '../../src/answer/compose.ts';
import { dayNamedBy } from '../../src/answer/relative-day.ts';
import { renderTelegramHtml } from '../../src/answer/telegram.ts';
import { answerText } from '../../src/answer/plain.ts';
import { passage } from './passages.ts';

const MAY_12_2017 = { raw: '12 May 2017', year: 2017, month: 5, day: 12 };

describe('dayNamedBy', () => {
  it("works out the day a sentence's today, yesterday or tomorrow names from its article's date, in the four languages", () => {
    expect(dayNamedBy('Bu gün ADU-da yarış keçirilib.', MAY_12_2017)).toEqual({ year: 2017, month: 5, day: 12 });
    expect(dayNamedBy('Вчера министр встретился с послом.', MAY_12_2017)).toEqual({ year: 2017, month: 5, day: 11 });
    expect(dayNamedBy('The talks continue tomorrow.', { raw: '31 Dec 2016', year: 2016, month: 12, day: 31 })).toEqual({ year: 2017, month: 1, day: 1 });
    expect(dayNamedBy('오늘 서울에서 회담이 열렸다.', MAY_12_2017)).toEqual({ year: 2017, month: 5, day: 12 });
  });

  it('reads every day word in any case, with or without the space of "bu gün"', () => {
    const offsets: [string, number][] = [
      ['TODAY the talks began.', 0], ['Bugün görüş olub.', 0], ['BU GÜN görüş olub.', 0], ['Сегодня прошла встреча.', 0], ['СЕГОДНЯ прошла встреча.', 0], ['서울에서 오늘 회담이 열렸다.', 0],
      ['Yesterday the talks began.', -1], ['DÜNƏN görüş olub.', -1], ['Dünən görüş olub.', -1], ['ВЧЕРА прошла встреча.', -1], ['어제 회담이 열렸다.', -1],
      ['TOMORROW the talks begin.', 1], ['Завтра пройдёт встреча.', 1], ['내일 회담이 열린다.', 1],
    ];
    for (const [sentence, offset] of offsets) expect(dayNamedBy(sentence, MAY_12_2017), sentence).toEqual({ year: 2017, month: 5, day: 12 + offset });
  });

  it('names no day for "these days" or "nowadays", nor without a full article date', () => {
    expect(dayNamedBy('Bu günlərdə əlaqələr inkişaf edir.', MAY_12_2017)).toBeUndefined();
    expect(dayNamedBy('오늘날 양국 관계는 발전하고 있다.', MAY_12_2017)).toBeUndefined();
    expect(dayNamedBy('Bu gün yarış keçirilib.', { raw: 'May 12', month: 5, day: 12 })).toBeUndefined();
  });
});

describe('an answer sentence that says "today"', () => {
  const quiz = passage('quiz.txt', 'Bu gün ADU-da Koreya üzrə sual-cavab yarışı keçirilib. Yarışda 20 tələbə iştirak edib.', { meta: { language: 'az', date: MAY_12_2017 } });

  it('answers "when?" with its article\'s day, shown after it in the answer\'s language', () => {
    const answer = composeAnswer('When was the Korea quiz held at ADU?', [quiz], { maxSentences: 1 });
    expect(answer.sentences[0]).toMatchObject({ text: 'Bu gün ADU-da Koreya üzrə sual-cavab yarışı keçirilib.', day: '12 May 2017' });
    expect(answerText(answer)).toContain('keçirilib. (12 May 2017) [1]');
    expect(renderTelegramHtml(answer, 'en').join('\n')).toContain('keçirilib. (12 May 2017)');
    expect(composeAnswer('ADU-da Koreya yarışı nə vaxt keçirilib?', [quiz], { maxSentences: 1 }).sentences[0]?.day).toBe('12 may 2017');
    expect(composeAnswer('Когда в АДУ прошла викторина о Корее?', [quiz], { maxSentences: 1, language: 'ru' }).sentences[0]?.day).toBe('12 мая 2017');
  });

  it('names no day when the article\'s date is only one its text mentions, not its publication date', () => {
    const undated = passage('quiz.txt', quiz.chunk.text, { meta: { language: 'az', date: MAY_12_2017, dateOrigin: 'mention' } });
    expect(composeAnswer('When was the Korea quiz held at ADU?', [undated], { maxSentences: 1 }).sentences[0]?.day).toBeUndefined();
  });
});

describe("a report's first sentence under its dateline", () => {
  const report = passage(
    'commission.txt',
    'Baku, October 27 (AZERTAC). The ninth meeting of the intergovernmental commission has been held in Baku. The tenth meeting will take place in Seoul.',
    { meta: { language: 'en' } },
  );

  it('answers "when was it held?" shown with its dateline, which gives the day', () => {
    const answer = composeAnswer('When was the ninth meeting of the intergovernmental commission held?', [report], { maxSentences: 1 });
    expect(answer.sentences[0]?.text).toBe('Baku, October 27 (AZERTAC). The ninth meeting of the intergovernmental commission has been held in Baku.');
  });

  it('is read alone for other questions, and for what is still to come', () => {
    expect(composeAnswer('Where was the ninth meeting of the intergovernmental commission held?', [report], { maxSentences: 1 }).sentences[0]?.text).toBe(
      'The ninth meeting of the intergovernmental commission has been held in Baku.',
    );
    expect(composeAnswer('When will the tenth meeting of the commission take place?', [report], { maxSentences: 1 }).sentences[0]?.text).not.toContain('October 27');
  });
});

describe('a report that opens with its dateline and dates its event later', () => {
  const credit = passage(
    'credit.txt',
    'Bakı, 23 may 2019 — Koreyanın Hanseong İnkişaf Bankı Qafqaz İnkişaf Bankına 40 milyon dollarlıq kredit xətti açıb. Saziş mayın 22-də Bakıda imzalanıb.',
    { meta: { language: 'az' } },
  );

  it('answers "which day was it signed?" with the event\'s own date, not the day the report was filed', () => {
    const answer = composeAnswer('Hanseong bankı ilə Qafqaz İnkişaf Bankı kredit xətti sazişini hansı gün imzalayıb?', [credit], { maxSentences: 2 });
    expect(answer.sentences[0]?.text).toBe('Saziş mayın 22-də Bakıda imzalanıb.');
  });

  it('keeps the dateline as the date of a lead that tells its event by the report\'s week ("on Tuesday")', () => {
    const deal = passage('deal.txt', 'BAKU, March 14, 2023 — Seorin Chemical signed an agreement to build a plant in Sumgait on Tuesday. The company reported revenue of $1.4 billion in 2022.', { meta: { language: 'en' } });
    const answer = composeAnswer('When did Seorin Chemical sign its Sumgait plant deal?', [deal], { maxSentences: 2 });
    expect(answer.sentences[0]?.text).toContain('March 14, 2023');
  });
});
