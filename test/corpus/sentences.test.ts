import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/sentences.ts';

function texts(text: string, language?: Parameters<typeof splitSentences>[1]): string[] {
  const sentences = splitSentences(text, language);
  for (const sentence of sentences) {
    expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentence.text).toBe(sentence.text.trim());
  }
  return sentences.map((sentence) => sentence.text);
}

describe('splitSentences', () => {
  it('does not end a sentence at initials or titles', () => {
    expect(texts('Nazir müavini E.Məmmədov görüşüb. Sonra E. Məmmədov Seula gedib.', 'az')).toEqual([
      'Nazir müavini E.Məmmədov görüşüb.',
      'Sonra E. Məmmədov Seula gedib.',
    ]);
    expect(texts('Mr. Kim met Mrs. Lee and Dr. Park on St. James street. They talked.', 'en')).toEqual([
      'Mr. Kim met Mrs. Lee and Dr. Park on St. James street.',
      'They talked.',
    ]);
  });

  it.each([
    'The U.S. Army and the Korean side e.g. the navy, i.e. the fleet, met.',
    'Jeyhun Bayramov Jr. vs. the rest of the team won No. 5 of the cup.',
    'The rate rose to 2.5 percent under rule No. 7 of the law.',
    'Prof. Əliyev turizm, təhsil və s. sahələri müzakirə edib.',
    'Bax səh. 5 və b. Əliyevin məktubu.',
  ])('keeps %j as one sentence', (sentence) => {
    expect(texts(sentence)).toEqual([sentence]);
  });

  it('ends a sentence at "no." or "art." that are not before a number', () => {
    expect(texts('The answer was no. The talks ended. He loves art. She does too.')).toEqual([
      'The answer was no.',
      'The talks ended.',
      'He loves art.',
      'She does too.',
    ]);
  });

  it('ends a Korean sentence written without a space after its period, and keeps decimals whole', () => {
    const text = '공동탐사를 진행하기로 했다.또 STX는 풍력발전단지 건설에 참여하기로 했다. 성장률은 3.5%였다.';
    expect(texts(text)).toEqual(['공동탐사를 진행하기로 했다.', '또 STX는 풍력발전단지 건설에 참여하기로 했다.', '성장률은 3.5%였다.']);
  });

  it('ends a sentence before one that begins with a number, unless an abbreviation stands before the number', () => {
    expect(texts('Açılış mərasimi keçirilib. 2023-cü il noyabrın 3-dən 9-dək davam edəcək.', 'az')).toEqual(['Açılış mərasimi keçirilib.', '2023-cü il noyabrın 3-dən 9-dək davam edəcək.']);
    expect(texts('Фестиваль прошел в Баку. 25 февраля его открыл посол.', 'ru')).toEqual(['Фестиваль прошел в Баку.', '25 февраля его открыл посол.']);
    expect(texts('The plant opened. 25 workers came.')).toEqual(['The plant opened.', '25 workers came.']);
    expect(texts('Send it to No. 5 street and see p. 12 for details.')).toEqual(['Send it to No. 5 street and see p. 12 for details.']);
  });

  it('still splits after a year or an ordinary word', () => {
    expect(texts('The war ended in 2020. The talks went on. Then they stopped!')).toEqual([
      'The war ended in 2020.',
      'The talks went on.',
      'Then they stopped!',
    ]);
  });

  it('ends a sentence at a paragraph break and at a heading line', () => {
    const text = 'Azerbaijan and Korea\nThe ministers met in Baku and\n\ndiscussed trade.\n\n  Second paragraph here.  ';
    expect(texts(text)).toEqual(['Azerbaijan and Korea', 'The ministers met in Baku and', 'discussed trade.', 'Second paragraph here.']);
  });

  it('joins a line that was only wrapped', () => {
    expect(texts('The ministers met in Baku\nand discussed trade. Next one.')).toEqual([
      'The ministers met in Baku\nand discussed trade.',
      'Next one.',
    ]);
  });

  it('does not break inside a word damaged by a bad encoding', () => {
    expect(texts('President ?lham Aliyev met the speaker. He said so.')).toEqual(['President ?lham Aliyev met the speaker.', 'He said so.']);
  });

  it('splits Russian and Korean text', () => {
    expect(texts('Министр встретился с послом. Стороны обсудили сотрудничество.', 'ru')).toHaveLength(2);
    expect(texts('두 나라는 협력을 논의했다. 회의는 바쿠에서 열렸다.', 'ko')).toHaveLength(2);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('  \n\n ')).toEqual([]);
  });
});
