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
    // Typed without ə, ı, ş, ç, ğ, ö, ü, as chats often are.
    ['Xizida qurulan kulek parkinin umumi gucu ne qeder olacaq?', 'az'],
    ['Koreyali modelyer Sekiden nece metr ipek parca alib?', 'az'],
    ["I've been to Baku and Seoul", 'en'],
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
