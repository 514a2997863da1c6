import { describe, expect, it } from 'vitest';
import { namesOtherPlace } from '../../src/answer/places.ts';

describe('a sentence about a third country', () => {
  const olympiad = 'Сколько человек участвовало в олимпиаде по корейскому языку в Баку в мае 2019?';

  it('tells of another event than the question asks about a place in Azerbaijan or Korea', () => {
    expect(namesOtherPlace('TASHKENT, May 25, 2019 – The fifth Korean Language Olympiad was held in Tashkent on Saturday.', olympiad)).toBe(true);
    expect(namesOtherPlace('Товарооборот Грузии и Кореи в 2025 году составил 198 млн долларов.', 'Какой товарооборот был у Баку и Сеула в 2025 году?')).toBe(true);
    // A city counts as its country, as whose embassy a text speaks of does (missions.ts).
    expect(namesOtherPlace('The fifth olympiad was held in Almaty.', olympiad)).toBe(true);
  });

  it('does not when it also names the question\'s place or Azerbaijan, or the question names no place or a third country itself', () => {
    expect(namesOtherPlace('Olympiads were held in Baku and in Tashkent.', olympiad)).toBe(false);
    expect(namesOtherPlace('The planes will take Azerbaijani hazelnuts to Korea and on to Japan.', 'What will the cargo planes carry back from Baku?')).toBe(false);
    expect(namesOtherPlace('The fifth olympiad was held in Tashkent.', 'How many took part in the Korean language olympiad?')).toBe(false);
    expect(namesOtherPlace('The fifth olympiad was held in Tashkent.', 'How many took part in the olympiad in Uzbekistan?')).toBe(false);
    expect(namesOtherPlace('The olympiad was held in Ganja.', olympiad)).toBe(false);
  });
});
