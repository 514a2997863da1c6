import { describe, expect, it } from 'vitest';
import { sitesNamed, titleNamesOtherSite, titleNamesSite } from '../../src/answer/places.ts';

describe('the places an article\'s title names, against the question\'s', () => {
  it('reads a place in any of the four languages as one site', () => {
    const asked = sitesNamed('간자 버스 차고지에 급속충전기 몇 대 설치했대?');
    expect(asked.size).toBe(1);
    expect(titleNamesSite('В Гянджу прибыли первые южнокорейские электробусы', asked)).toBe(true);
    expect(titleNamesSite('Gəncəyə Koreyada istehsal olunmuş ilk 30 elektrik avtobusu gətirildi', asked)).toBe(true);
    expect(titleNamesSite('Korean e-buses arrive in Ganja', asked)).toBe(true);
  });

  it('tells a title about another city from one that names none', () => {
    const asked = sitesNamed('how many fast chargers were put up at the Ganja bus depot?');
    expect(titleNamesOtherSite('성원모터스, 아제르바이잔 숨가이트에 전기버스 40대 공급', asked)).toBe(true);
    expect(titleNamesSite('성원모터스, 아제르바이잔 숨가이트에 전기버스 40대 공급', asked)).toBe(false);
    expect(titleNamesOtherSite('Korean e-bus maker wins first order', asked)).toBe(false);
    // A title naming the asked city beside another is about it.
    expect(titleNamesOtherSite('From Sumgait to Ganja: Korean e-buses on the road', asked)).toBe(false);
  });

  it('does not count a sea, a region of many countries or an organization as a site', () => {
    expect(sitesNamed('Caspian ports and the Caucasus: a UNESCO report').size).toBe(0);
    expect(titleNamesOtherSite('Caspian shipping rises', sitesNamed('how many ships called at Baku?'))).toBe(false);
  });

  it('compares nothing when the question names no place', () => {
    const asked = sitesNamed('who leads the Korean fund?');
    expect(asked.size).toBe(0);
    expect(titleNamesSite('Fund opens in Baku', asked)).toBe(false);
    expect(titleNamesOtherSite('Fund opens in Baku', asked)).toBe(false);
  });
});
