import { describe, expect, it } from 'vitest';
import { cleanText, isFurnitureLine } from '../../src/corpus/clean.ts';

describe('cleanText', () => {
  it.each([
    'Follow us on Twitter @AzerNewsAz',
    "Stay up-to-date with more news on Trend News Agency's WhatsApp channel",
    'Subscribe to our Telegram channel',
    'Follow Report.az on Telegram',
    'Share on Facebook',
    'Read more: Azerbaijan and Korea sign memorandum',
    'Read also',
    '---',
    '* * *',
    'Tags: Azerbaijan, Korea',
    'Photo: AZERTAC',
    'Həmçinin oxuyun: Bakıda görüş',
    'Metbuat.az-ın Telegram kanalına abunə olun',
    '(END)',
    'Follow us on Twitter for the latest news about the region.',
    'Subscribe to our newsletter to get the latest news every day.',
    '© 2023 Yonhap News Agency. All rights reserved',
  ])('drops the furniture line %j', (line) => {
    expect(cleanText(`Real sentence one is here.\n${line}\nReal sentence two is here.`)).toBe(
      'Real sentence one is here.\nReal sentence two is here.',
    );
  });

  it.each([
    'Read more about the agreement in the report published on Monday.',
    'Share of Korean imports in the trade turnover grew to 5 percent in 2022.',
    'The ministry said it would follow the talks closely and post updates on Telegram.',
    'Subscribers of the state newspaper rose in number during the year.',
    'Print media of both countries covered the visit in detail.',
  ])('keeps the real sentence %j', (sentence) => {
    expect(cleanText(sentence)).toBe(sentence);
    expect(isFurnitureLine(sentence)).toBe(false);
  });

  it('removes the font-size widget at the end of a line and keeps what precedes it', () => {
    expect(cleanText(' date 2023-11-01 + ↺ − 16 px\n\nText.')).toBe('date 2023-11-01\n\nText.');
    expect(cleanText('+ ↺ − 16 px\nText.')).toBe('Text.');
  });

  it('sets a publication label apart from the first sentence on its line, and leaves a label with only a date and time', () => {
    expect(cleanText('date 2025-09-24 Посольство Республики Корея проведет в Ашхабаде фестиваль.')).toBe('date 2025-09-24\nПосольство Республики Корея проведет в Ашхабаде фестиваль.');
    expect(cleanText('Published: 2024-04-16 10:05 BAKU, Azerbaijan, April 16. JICA is considering support.')).toBe('Published: 2024-04-16 10:05\nBAKU, Azerbaijan, April 16. JICA is considering support.');
    expect(cleanText('date 2025-07-04 4 July 2025 17:19 (UTC+04:00)')).toBe('date 2025-07-04 4 July 2025 17:19 (UTC+04:00)');
    expect(cleanText('The date 2025-09-24 was set for the talks between the two ministers.')).toBe('The date 2025-09-24 was set for the talks between the two ministers.');
  });

  it('spells out square unit signs, so that a number and its unit are words ("380㎞" → "380km")', () => {
    expect(cleanText('한 번 충전으로 최대 380㎞를 달린다. 면적은 22㎡, 농지는 5㏊다.')).toBe('한 번 충전으로 최대 380km를 달린다. 면적은 22m2, 농지는 5ha다.');
  });

  it('normalises whitespace, blank lines, line ends and Unicode form', () => {
    const raw = '\n\n  First\u00A0line\twith  gaps   \r\n\r\n\r\n\r\nSecond\u200B line\r\n\n\n';
    expect(cleanText(raw)).toBe('First line with gaps\n\nSecond line');
    // "ə" typed as e + combining breve would not match the same word typed precomposed.
    expect(cleanText('Gu\u0308n')).toBe('G\u00FCn');
  });

  it('strips Markdown syntax and keeps the words', () => {
    const raw = [
      '# Heading of the *article*',
      '',
      'Some **bold** and _emphasised_ text with a [link](https://example.com) and ![image](a.png).',
      '> A quoted line with `code`.',
      '- first item',
      '```ts',
      'const snake_case_name = 1;',
      '```',
      'A <b>tagged</b> word &amp; more.',
    ].join('\n');
    expect(cleanText(raw, { markdown: true })).toBe(
      [
        'Heading of the article',
        '',
        'Some bold and emphasised text with a link and .',
        'A quoted line with code.',
        'first item',
        'const snake_case_name = 1;',
        'A tagged word & more.',
      ].join('\n'),
    );
  });

  it('leaves Markdown-looking text alone in plain text files', () => {
    expect(cleanText('# not a heading in a .txt file')).toBe('# not a heading in a .txt file');
  });
});
