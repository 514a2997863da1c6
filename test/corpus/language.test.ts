import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/corpus/language.ts';

describe('detectLanguage', () => {
  it.each([
    ['KOICA-nın prezidenti kimdir?', 'az'],
    ['Elnur Məmmədov Koreyaya nə vaxt səfər edib?', 'az'],
    ['KOIMA sədri kimdir', 'az'],
    ['Who chairs KOIMA?', 'en'],
    ['When did Elnur Məmmədov visit Korea?', 'en'],
    ['Elnur Məmmədov visited Seoul', 'en'],
    ['Did Məmmədov meet Kim Yonq-cu and Son Hyok-sanq in Seoul?', 'en'],
    ['Məmmədov harada görüşüb?', 'az'],
    ['Azərbaycan və Koreya arasında əməkdaşlıq genişlənir.', 'az'],
    ['The ministers discussed cooperation between the two countries.', 'en'],
    ['Кто возглавляет KOICA?', 'ru'],
    ['Министр иностранных дел Азербайджана встретился с послом Кореи.', 'ru'],
    ['아제르바이잔과 한국의 관계는 어떻습니까?', 'ko'],
    ['KOICA 총재는 누구입니까?', 'ko'],
    ['12345 !!!', 'und'],
    ['', 'und'],
  ])('%j is %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
