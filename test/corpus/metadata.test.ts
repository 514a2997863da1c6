import { describe, expect, it } from 'vitest';
import { detectOutlet, extractDate, extractMetadata, extractTitle, splitFrontMatter, splitSourceLine } from '../../src/corpus/metadata.ts';
import { dateFromFileName, dateFromUrl } from '../../src/corpus/url-date.ts';
import { publishedDate } from '../../src/corpus/types.ts';
import { parseDocument } from '../../src/corpus/load.ts';

function dateOf(text: string) {
  const date = extractDate(text);
  return date === undefined ? undefined : { year: date.year, month: date.month, day: date.day, raw: date.raw };
}

describe('extractDate', () => {
  it.each([
    ['date 2022-08-26 26 August 2022 16:51', 2022, 8, 26, '2022-08-26'],
    ['Published 26 August 2022. The ministers met.', 2022, 8, 26, '26 August 2022'],
    ['SEOUL, August 26, 2022. The ministers met.', 2022, 8, 26, 'August 26, 2022'],
    ['Sept. 3, 2021 — the ministers met.', 2021, 9, 3, 'Sept. 3, 2021'],
    ['20-23 iyul 2022-ci il tarixlərində səfər edib.', 2022, 7, 20, '20-23 iyul 2022-ci il'],
    ['5 avqustda 2021-ci ildə görüş olub.', 2021, 8, 5, '5 avqustda 2021-ci ildə'],
    ['26 августа 2022 года министр встретился с послом.', 2022, 8, 26, '26 августа 2022 года'],
    ['2022년 8월 26일 장관이 만났다.', 2022, 8, 26, '2022년 8월 26일'],
    ['Bakı, 26.08.2022. Görüş keçirilib.', 2022, 8, 26, '26.08.2022'],
    ['【서울=뉴시스】 2025.11.19\n\n한울바이오는 19일 밝혔다.', 2025, 11, 19, '2025.11.19'],
    ['입력 2012. 5. 10 장관이 만났다.', 2012, 5, 10, '2012. 5. 10'],
  ])('reads %j', (text, year, month, day, raw) => {
    const date = dateOf(text);
    expect(date).toMatchObject({ year, month, day });
    expect(date?.raw.startsWith(raw.slice(0, 10))).toBe(true);
  });

  it.each([
    ['BAKU, Azerbaijan, May 23. The minister received the ambassador on May 23.', 5, 23],
    ['The president met the speaker, Azertag reported on August 19.', 8, 19],
    ['Görüş 21 iyul tarixində keçirilib.', 7, 21],
    ['회의는 8월 26일 열렸다.', 8, 26],
  ])('keeps %j partial, without inventing a year', (text, month, day) => {
    expect(dateOf(text)).toMatchObject({ year: undefined, month, day });
  });

  it('prefers the dateline to dates deep in the body', () => {
    const body = 'x '.repeat(300);
    expect(dateOf(`BAKU, May 23. The visit began.\n${body}\nIn 2009, on 1 March 2009, he visited Baku.`)).toMatchObject({ month: 5, day: 23, year: undefined });
  });

  it('uses the fuller reading of the same day near the top', () => {
    expect(dateOf('BAKU, May 23. The visit on May 23, 2024 was short.')).toMatchObject({ year: 2024, month: 5, day: 23 });
  });

  it('falls back to the first dated mention in the body when the top has none', () => {
    const body = 'The talks went on. '.repeat(30);
    expect(dateOf(`${body}\nThe agreement was signed on 3 March 2021.`)).toMatchObject({ year: 2021, month: 3, day: 3 });
  });

  it('finds no date in text without one, and does not take "may" or a bare year for a date', () => {
    expect(extractDate('The sides may 5 times meet in 2020 and talk.')).toBeUndefined();
    expect(extractDate('No dates here.')).toBeUndefined();
    expect(extractDate('On 45.13.2022 nothing happened.')).toBeUndefined();
  });
});

describe('detectOutlet', () => {
  it.each([
    ['the Ministry of Foreign Affairs told Trend.', 'Trend'],
    ["Stay up-to-date with more news on Trend News Agency's WhatsApp channel", 'Trend'],
    ['cooperation prospects, Azernews reports, citing the ministry.', 'Azernews'],
    ['Follow us on Twitter @AzerNewsAz', 'Azernews'],
    ['He made the remarks, News.Az reports.', 'News.Az'],
    ['President Aliyev met the speaker, Azertag reported on August 19.', 'Azertag'],
    ['AZERTAC reports that the sides met.', 'Azertag'],
    ['Metbuat.az-a Nazirliyin mətbuat xidmətindən verilən xəbərə görə, görüş olub.', 'Metbuat.az'],
    ['the deputy minister told Report.', 'Report.az'],
    ['SEOUL, Aug. 26 (Yonhap) -- The ministers met.', 'Yonhap'],
    ['the source told APA.', 'APA'],
    ['сообщает Interfax со ссылкой на МИД.', 'Interfax'],
  ])('%j names %s', (text, outlet) => {
    expect(detectOutlet(text)).toBe(outlet);
  });

  it('does not take a newspaper the article merely mentions for its outlet', () => {
    expect(detectOutlet('Metbuat.az-a verilən xəbərə görə, nazir “Korea Times” qəzetinin rəhbəri ilə görüşüb.')).toBe('Metbuat.az');
    expect(detectOutlet('He met the editors of the Korea Times and discussed a new trend in trade.')).toBeUndefined();
  });

  it('finds an outlet shown only in furniture when given the raw text', () => {
    const meta = extractMetadata('The ministers met in Baku.', { source: 'a.txt', rawText: 'The ministers met in Baku.\nFollow us on Twitter @AzerNewsAz' });
    expect(meta.outlet).toBe('Azernews');
  });
});

describe('extractTitle', () => {
  it('uses a short first line without a final period as the headline', () => {
    expect(extractTitle('Azerbaijan and Korea discuss trade\n\nThe ministers met in Baku.', { source: 'a.txt' })).toBe('Azerbaijan and Korea discuss trade');
  });

  it('skips date lines, bylines and datelines', () => {
    const text = 'date 2022-08-26 26 August 2022 16:51 (UTC+04:00)\n\nBy Vugar Khalilov\n\nBAKU, Azerbaijan, May 23. The ministers met in Baku.';
    expect(extractTitle(text, { source: 'a.txt' })).toBe('The ministers met in Baku');
  });

  it('drops a leading date from a sentence title, but not a date that is the point', () => {
    expect(extractTitle('On 26 August 2022, the ministers of Korea and Azerbaijan met in Baku.', { source: 'a.txt' })).toBe(
      'The ministers of Korea and Azerbaijan met in Baku',
    );
    expect(extractTitle('26 August 2022 was a Friday.', { source: 'a.txt' })).toBe('26 August 2022 was a Friday');
  });

  it('does not take a dateline on a line of its own for a headline', () => {
    expect(extractTitle('SEOUL, Aug. 26 (Yonhap)\nThe ministers met in Seoul.', { source: 'a.txt' })).toBe('The ministers met in Seoul');
  });

  it('prefers a Markdown heading of the raw text', () => {
    expect(extractTitle('Intro text here.\n\nHeading', { source: 'a.md', rawText: 'Intro text here.\n\n## The *real* heading' })).toBe('The real heading');
  });

  it('shortens a long first sentence at a word boundary', () => {
    const sentence = `${'word '.repeat(40)}end.`;
    const title = extractTitle(sentence, { source: 'a.txt' });
    expect(title.length).toBeLessThanOrEqual(121);
    expect(title).toMatch(/^(?:word )+word…$/u);
  });

  it('falls back to the file name', () => {
    expect(extractTitle('2022-08-26', { source: 'dir/some-file.txt' })).toBe('some-file');
  });
});

describe('splitSourceLine and extractMetadata', () => {
  it('takes the URL from a first "source:" or "url:" line', () => {
    expect(splitSourceLine('Source: https://example.com/a?b=1\nTitle line\nText.')).toEqual({ url: 'https://example.com/a?b=1', text: 'Title line\nText.' });
    expect(splitSourceLine('\nURL:   http://x.az/1  \nText.')).toEqual({ url: 'http://x.az/1', text: 'Text.' });
    expect(splitSourceLine('Text first.\nsource: https://example.com')).toEqual({ text: 'Text first.\nsource: https://example.com' });
  });

  it('fills every field it can and passes the URL through', () => {
    const meta = extractMetadata('Korea and Azerbaijan sign a deal\n\nBAKU, May 23. The ministers met, Trend reports.', { source: 'a.txt', url: 'https://trend.az/1' });
    expect(meta).toEqual({
      title: 'Korea and Azerbaijan sign a deal',
      language: 'en',
      date: { month: 5, day: 23, raw: 'May 23' },
      dateOrigin: 'top',
      outlet: 'Trend',
      url: 'https://trend.az/1',
    });
  });

  it('tells a date the body merely mentions from the publication date, and prefers the address to it', () => {
    const body = 'The two countries have cooperated for years. '.repeat(10);
    const text = `Azerbaijan and Korea discuss aluminium\n\n${body}\nDiplomatic relations were established on March 23, 1992.`;
    const mentioned = extractMetadata(text, { source: 'a.txt' });
    expect(mentioned.date).toMatchObject({ year: 1992, month: 3, day: 23 });
    expect(mentioned.dateOrigin).toBe('mention');
    expect(publishedDate(mentioned)).toBeUndefined();
    const addressed = extractMetadata(text, { source: 'a.txt', url: 'https://www.hankyung.com/article/2021082068' });
    expect(addressed).toMatchObject({ date: { year: 2021, month: 8, day: 20 }, dateOrigin: 'address' });
    expect(publishedDate(addressed)).toEqual(addressed.date);
    const declared = extractMetadata(text, { source: 'a.txt', frontMatter: { date: '2019-05-22' } });
    expect(declared).toMatchObject({ date: { year: 2019, month: 5, day: 22 }, dateOrigin: 'declared' });
    const atTop = extractMetadata(`Title\n\n12 May 2017 19:15\n\n${body}`, { source: 'a.txt', url: 'https://www.hankyung.com/article/2021082068' });
    expect(atTop).toMatchObject({ date: { year: 2017, month: 5, day: 12 }, dateOrigin: 'top' });
  });

  it("takes a dateline's missing year, or a page's date, from the stamp in its footer", () => {
    const body = 'The two countries signed an agreement on scholarships for students. '.repeat(6);
    const page = (text: string) => parseDocument('a.txt', new TextEncoder().encode(text)).meta;
    expect(page(`Scholarships for 35 students\nBaku, July 3. Report\n\n${body}\n\n© Report, 2024`)).toMatchObject({ date: { year: 2024, month: 7, day: 3 }, dateOrigin: 'top' });
    // A stamp of the same day gives the whole date; a dateline of late December stamped in January is of the year before.
    expect(page(`Title\nBaku, March 14\n\n${body}\n\n14.03.2019 15:40`)).toMatchObject({ date: { year: 2019, month: 3, day: 14 } });
    expect(page(`Title\nBaku, December 30\n\n${body}\n\n입력 2025.01.02 10:20`)).toMatchObject({ date: { year: 2024, month: 12, day: 30 } });
    expect(page(`Title\nБаку, 9 января\n\n${body}\n\nВсе права защищены © 2026`)).toMatchObject({ date: { year: 2026, month: 1, day: 9 } });
    // A span of years is the site's copyright, not the article's year.
    expect(page(`Title\nBaku, July 3. Report\n\n${body}\n\n© 2005-2024 APA`).date).toEqual({ month: 7, day: 3, raw: 'July 3' });
    // No dateline: a short dated line at the end is the page's date ...
    const stamped = page(`Title\n\n${body}\n\nPublished: March 24, 2022`);
    expect(stamped).toMatchObject({ date: { year: 2022, month: 3, day: 24 }, dateOrigin: 'footer' });
    expect(publishedDate(stamped)).toEqual(stamped.date);
    // ... not a sentence that mentions a date.
    const mentioned = page(`Title\n\n${body}\n\nThe agreement on culture was signed on 12 March 2019.`);
    expect(mentioned).toMatchObject({ date: { year: 2019, month: 3, day: 12 }, dateOrigin: 'mention' });
    expect(publishedDate(mentioned)).toBeUndefined();
  });

  it("takes a dateline's missing year, or a page's date, from the file's name when nothing in the text gives one", () => {
    const body = 'The two countries signed an agreement on scholarships for students. '.repeat(6);
    const page = (name: string, text: string) => parseDocument(name, new TextEncoder().encode(text)).meta;
    expect(page('news/korean-olympiad-2013.txt', `Pupils win nine gold medals\nBAKU, Nov. 18 — ${body}`)).toMatchObject({ date: { year: 2013, month: 11, day: 18 }, dateOrigin: 'top' });
    const named = page('report_2019-05-14.txt', `Title\n\n${body}`);
    expect(named).toMatchObject({ date: { year: 2019, month: 5, day: 14 }, dateOrigin: 'name' });
    expect(publishedDate(named)).toEqual(named.date);
    // The text's own year, a footer's stamp and a page's address come first.
    expect(page('olympiad-2013.txt', `Title\nBaku, 18 November 2015. ${body}`).date?.year).toBe(2015);
    expect(page('olympiad-2013.txt', `Title\nBaku, July 3. Report\n\n${body}\n\n© Report, 2024`).date?.year).toBe(2024);
    // A name with no year, or two, dates nothing; a sentence's date stays a mention.
    expect(page('olympiad-2013-2019.txt', `Title\n\n${body}`).date).toBeUndefined();
    expect(page('000_e4cabbf7754062cd.txt', `Title\n\n${body}\n\nThe agreement on culture was signed on 12 March 2019.`).dateOrigin).toBe('mention');
  });

  it('reads a date from a file name only as words of their own', () => {
    expect(dateFromFileName('a/20190514-news.txt')).toMatchObject({ year: 2019, month: 5, day: 14 });
    expect(dateFromFileName('201_azernews-heydarov-kim-goo-kang-2025.txt')).toMatchObject({ year: 2025 });
    expect(dateFromFileName('x2019.txt')).toBeUndefined();
    expect(dateFromFileName('2019x.txt')).toBeUndefined();
    expect(dateFromFileName('item-3025.txt')).toBeUndefined();
  });

  it('names the site the page came from when the text names no outlet it knows', () => {
    const text = 'A concert in Ganja\n\nThe orchestra played for an hour.';
    expect(extractMetadata(text, { source: 'a.txt', url: 'https://www.example-news.az/culture/1' }).outlet).toBe('example-news.az');
    expect(extractMetadata(text, { source: 'a.txt', url: 'https://m.yna.co.kr/view/1' }).outlet).toBe('yna.co.kr');
    expect(extractMetadata(text, { source: 'a.txt' }).outlet).toBeUndefined();
  });
});

describe('splitFrontMatter', () => {
  it('reads flat key: value pairs and returns the rest', () => {
    expect(splitFrontMatter("---\nTitle: 'A title'\ndate: 2022-08-26\n---\nBody.")).toEqual({ fields: { title: 'A title', date: '2022-08-26' }, text: 'Body.' });
  });

  it('leaves text alone when the block is not front matter', () => {
    const text = '---\nJust a separator and a sentence.\n---\nBody.';
    expect(splitFrontMatter(text)).toEqual({ fields: {}, text });
    expect(splitFrontMatter('Body.\n---\na: b\n---')).toEqual({ fields: {}, text: 'Body.\n---\na: b\n---' });
  });
});

describe('the date a page address carries', () => {
  it('is read from the path, as precise as it gives it', () => {
    expect(dateFromUrl('https://www.newscentralasia.net/2025/09/24/v-ashkhabade-proydet/')).toMatchObject({ year: 2025, month: 9, day: 24 });
    expect(dateFromUrl('https://www.hankyung.com/politics/article/202108206862Y')).toMatchObject({ year: 2021, month: 8, day: 20 });
    expect(dateFromUrl('https://hankyung.com/amp/2007042489301')).toMatchObject({ year: 2007, month: 4, day: 24 });
    expect(dateFromUrl('https://old.muallim.edu.az/www.old/arxiv/2012/29/13.htm')).toEqual({ raw: '2012', year: 2012 });
  });

  it('is nothing for ids, queries and hosts that only look like dates', () => {
    expect(dateFromUrl('https://www.interfax.ru/world/1044972')).toBeUndefined();
    expect(dateFromUrl('https://apa.az/en/foreign-policy/interview-394420?utm=20210820')).toBeUndefined();
    expect(dateFromUrl('https://menafn.com/1107378082/President-Ilham-Aliyev')).toBeUndefined();
    expect(dateFromUrl('not a url')).toBeUndefined();
  });

  it('dates a text that names no year, and never overrides the year the text gives', () => {
    const hankyung = extractMetadata('한국기업, 아제르바이잔 진출 확대\n\n한국전력이 발전소 건설 사업에 참여한다.', { source: 'a.txt', url: 'https://hankyung.com/amp/2007042489301' });
    expect(hankyung.date).toMatchObject({ year: 2007, month: 4, day: 24 });
    const dated = extractMetadata('Title\n\nBAKU, May 23, 2024. The ministers met.', { source: 'b.txt', url: 'https://x.az/2021/01/02/story' });
    expect(dated.date).toMatchObject({ year: 2024, month: 5, day: 23 });
  });
});
