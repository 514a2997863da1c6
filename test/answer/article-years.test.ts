import { describe, expect, it } from 'vitest';
import { yearWrittenNowhere } from '../../src/answer/article-years.ts';
import { yearsIn } from '../../src/answer/sentence-scores.ts';

describe('yearWrittenNowhere', () => {
  const nowhere = (question: string, texts: string[], published: number | undefined) => yearWrittenNowhere(() => texts, yearsIn(question), published);

  it('says an article of another year that never names the year asked tells another year', () => {
    expect(nowhere('How many tickets were sold in 2022?', ['All 16,800 tickets were sold.'], 2024)).toBe(true);
    expect(nowhere('2019-cu ildə neçə turist gəlib?', ['Ötən il 12 min turist gəlib.'], 2024)).toBe(true);
  });

  it("finds the year asked written out, or as 'last year' or 'next year' from the article's date", () => {
    expect(nowhere('How many tickets were sold in 2022?', ['The 2022 concert sold 9,000 tickets.'], 2024)).toBe(false);
    expect(nowhere('2023-cü ildə neçə turist gəlib?', ['Ötən il 12 min turist gəlib.'], 2024)).toBe(false);
    expect(nowhere('Сколько туристов приедет в 2025 году?', ['В следующем году ждут 15 тысяч туристов.'], 2024)).toBe(false);
    expect(nowhere('2023년 관광객은 몇 명이었어?', ['지난해 관광객은 1만2000명이었다.'], 2024)).toBe(false);
  });

  it('has nothing to say of an article of the year asked, of one without a date, or of a question without a year', () => {
    expect(nowhere('How many tickets were sold in 2024?', ['All tickets were sold.'], 2024)).toBe(false);
    expect(nowhere('How many tickets were sold in 2022?', ['All tickets were sold.'], undefined)).toBe(false);
    expect(nowhere('How many tickets were sold last year?', ['All tickets were sold.'], 2024)).toBe(false);
  });
});
