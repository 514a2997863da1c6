import { describe, expect, it } from 'vitest';
import { COVERAGE_LINES } from '../../src/corpus/lexicon-coverage.ts';
import { conceptOf, foldText } from '../../src/corpus/terms.ts';
import { isStopWord } from '../../src/corpus/stop-words.ts';
import { expectNoWordElsewhere, expectNotReadAs, expectOneConceptEach } from './concept-groups.ts';

describe('the coverage lines of the lexicon', () => {
  it('read the common words that had no concept alike across en, az, ru and ko', () => {
    expectOneConceptEach([
      ['waterworks', 'водоканал', 'водоочистных', 'sutəmizləyici', '정수장', '정수장에서'],
      ['bookkeeper', 'бухгалтер', 'бухгалтерии', 'mühasib', '회계사'],
      ['bodyguards', 'охранник', 'телохранители', 'mühafizəçi', '경호원', '경비원'],
      ['janitor', 'дворники', 'уборщица', 'süpürgəçi', '환경미화원'],
      ['walkout', 'забастовка', 'бастуют', '파업', '총파업'],
      ['suburbs', 'пригороде', 'окраине', 'şəhərətrafı', '교외', '외곽'],
      ['slaughterhouse', 'скотобойня', 'kəsimxana', '도축장'],
      ['receipt', 'квитанция', 'qəbz', '영수증'],
      ['miners', 'шахтеры', 'горняки', 'şaxtaçı', '광부'],
      ['peninsula', 'полуостров', 'yarımada'],
      ['relocated', 'переехали', 'köçüb', '옮겼다', '이전했다'],
    ]);
  });

  it('read the words added to existing lines as those lines', () => {
    expectOneConceptEach([
      ['hotel', 'motel', 'мотель', '모텔', '게스트하우스'],
      ['ministry', '기재부', '국토부', 'минфин', 'минобороны'],
      ['soldiers', 'conscripts', 'офицеры', 'çağırışçı', '병력', '부사관'],
      ['firefighters', 'firehouse', '소방서', 'yanğınsöndürmə'],
      ['seller', 'merchants', 'торговцы', '노점상'],
      ['restaurant', 'canteen', '음식점', '횟집'],
      ['cemetery', '현충원', '납골당'],
      ['waiter', 'ofisiant', 'бармен'],
      ['municipality', '군청', '광역시', 'исполком', 'сельсовет'],
      ['commodities', 'merchandise', '생필품', '공산품'],
    ]);
  });

  it('write each line with its name first, in three of the four languages or more, no stop word, each word its own line', () => {
    expectNoWordElsewhere(COVERAGE_LINES);
    for (const line of COVERAGE_LINES) {
      const words = line.split(/\s+/);
      expect(/^[a-z]+$/.test(words[0]!), line).toBe(true);
      // Besides the English name: Azerbaijani (its letters, or its plural -lar/-lər), Russian, Korean.
      const scripts = [/^[a-z]+$/u, /\p{Script=Cyrillic}/u, /\p{Script=Hangul}/u, /[əğıöüçş]|l[aə]r$/u].filter((script) => words.slice(1).some((w) => script.test(w)));
      expect(scripts.length, line).toBeGreaterThanOrEqual(3);
      for (const word of words) {
        expect(isStopWord(foldText(word)), `${word} is a stop word`).toBe(false);
        expect(conceptOf(foldText(word)), word).toBe(words[0]);
      }
    }
  });

  it('leave out the words whose letters other words hold (the collision check over Debian\'s word lists)', () => {
    expectNotReadAs([
      // Korean compounds that end or begin with a word left out: 과반도 (a majority too) no peninsula (반도),
      // 공연계 (the performing arts) no linkage (연계), 겸손해 (humble) no loss (손해), 발자국 (a footprint)
      // nothing domestic (자국), 반기문 (Ban Ki-moon) no half-year (반기), 정상인 (a healthy person) no merchant
      // (상인), 시청률 (ratings) no city hall (시청), 금감원 (the financial watchdog) no lay-off (감원), 문화체육관광부 no miner (광부)
      ['과반도', 'peninsula'], ['공연계', 'connect'], ['겸손해', 'loss'], ['발자국', 'domestic'], ['반기문', 'semiannual'],
      ['정상인', 'seller'], ['시청률', 'municipality'], ['금감원', 'dismiss'], ['문화체육관광부', 'miner'], ['가계부도', 'bankruptcy'],
      // Russian forms a stem or a case form holds: летом (in summer) no year, почти (almost) no post, заливавший no gulf
      ['летом', 'year'], ['почти', 'postal'], ['малярией', 'jobs'], ['участковая', 'police'],
      // English words a stem holds: the Guardian no bodyguard, accountable no bookkeeper, last no duration, lower no cut, Venus no venue
      ['guardian', 'bodyguard'], ['accountable', 'bookkeeper'], ['last', 'period'], ['lower', 'decrease'], ['cola', 'steppe'],
    ]);
  });
});
