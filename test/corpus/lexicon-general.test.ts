import { describe, expect, it } from 'vitest';
import { termSet } from '../../src/corpus/terms.ts';
import { GENERAL_LINES } from '../../src/corpus/lexicon-general.ts';
import { CONCEPT_PREFIX } from '../../src/corpus/term-kinds.ts';
import { expectFourLanguageLines, expectNoWordElsewhere, expectOneConceptEach } from './concept-groups.ts';

const GENERAL_CONCEPTS = new Set(GENERAL_LINES.map((line) => CONCEPT_PREFIX + line.split(/\s+/)[0]!));
const generalConceptsOf = (text: string) => [...termSet(text)].filter((t) => GENERAL_CONCEPTS.has(t));

describe('the general lines of the lexicon', () => {
  it('join the inflected words of one concept across en, az, ru and ko', () => {
    expectOneConceptEach([
      // Saying and reporting
      ['emphasized', 'vurğulayıb', 'подчеркнул', '강조했다'],
      ['explained', 'izah', 'пояснил', '설명했다'],
      ['recommendations', 'tövsiyələr', 'рекомендации', '권고'],
      ['criticism', 'tənqidi', 'раскритиковал', '비판'],
      // Deciding, changing and acting
      ['improvement', 'təkmilləşdirilməsi', 'улучшения', '개선'],
      ['evacuated', 'təxliyə', 'эвакуировали', '대피'],
      ['explosion', 'partlayış', 'взрыва', '폭발'],
      ['simplified', 'sadələşdirilməsi', 'упрощение', '간소화'],
      // Money and trade, law and the state
      ['bribes', 'rüşvət', 'взятки', '뇌물'],
      ['vacancies', 'vakansiya', 'вакансии', '공석'],
      ['prison', 'həbsxanada', 'тюрьме', '교도소'],
      ['provocations', 'təxribatlar', 'провокации', '도발'],
      ['democratic', 'demokratiya', 'демократии', '민주주의'],
      // Time, units and qualities
      ['deadline', 'möhləti', 'дедлайн', '마감'],
      ['centimeters', 'santimetr', 'сантиметров', '센티미터'],
      ['difficulties', 'çətinliklər', 'трудности', '어려움'],
      ['reasons', 'səbəbləri', 'причины'],
      // Culture, places, nature and health
      ['fireworks', 'fişəng', 'фейерверк', '불꽃놀이'],
      ['scooters', 'skuter', 'самокаты', '킥보드'],
      ['landslide', 'sürüşməsi', 'оползень', '산사태'],
      ['symptoms', 'simptomlar', 'симптомы', '증상'],
    ]);
  });

  it('take no word from a concept the lexicon already has', () => {
    expectNoWordElsewhere(GENERAL_LINES);
  });

  it('write each concept in the four languages, with no stop word, each word read as its own concept', () => {
    expectFourLanguageLines(GENERAL_LINES);
  });

  it('leave out words with another common sense (income and "comes", a holiday and a strike, an apology and an apple, a blackout and an armistice)', () => {
    // …and a contract concluded (müqavilə bağlanıb), a protest (nümayiş), "new" (təzə), a chat request (추천해줘, recommend me)
    for (const word of ['gəlir', 'tətil', '사과', '정전', '구조', '거리', '이전', '보석', 'возможно', 'известный', 'şahid', 'bağlanıb', 'nümayiş', 'Təzə', '추천해줘']) {
      expect(generalConceptsOf(word), word).toEqual([]);
    }
  });

  it('give no general concept to common words that only share a stem or a folded form with one', () => {
    for (const word of [
      // Azerbaijani: all of them (hamısı), stated (bildirib), on time (vaxtında), the team's (komandanın), forward (irəli), a bloc (blok)
      'hamısı', 'bildirib', 'vaxtında', 'komandanın', 'irəli', 'blok',
      // Russian: the United (States), designed for (рассчитан), own (собственный), welcome (пожаловать), concluded (заключенный), threatens (грозит)
      'Соединенных', 'рассчитан', 'собственный', 'пожаловать', 'заключенный', 'грозит', 'рана', 'Попов',
      // English: renewables, drills, accounted, major, minor, allowed, escalation, original, proven
      'renewables', 'drills', 'accounted', 'major', 'minor', 'allowed', 'escalation', 'original', 'proven',
      // Korean participles ending as a two-syllable word does: told (이야기한), paid (결제한), lifted (해제한)
      '이야기한', '결제한', '해제한',
      // Words of the sets' articles that met a general word: a child (uşağı), Xətai, a range, a valley (vadisində), "also
      // received" (받기도), a dubbed version (더빙판), Dubai crude (두바이유가), an accessory
      // (액세서리), recorded (녹화해), a promotion hall (홍보관), food (음식물)
      'uşağı', 'Xətai', 'range', 'vadisində', '받기도', '더빙판', '두바이유가', '액세서리와', '녹화해', '한국홍보관에는', '음식물',
    ]) {
      expect(generalConceptsOf(word), word).toEqual([]);
    }
    // ... and the words whose stems they share keep their own concepts.
    expect(termSet('komandanın').has(`${CONCEPT_PREFIX}team`)).toBe(true);
    expect(termSet('renewables').has(`${CONCEPT_PREFIX}renewable`)).toBe(true);
    expect(termSet('istifadəçilər').has(`${CONCEPT_PREFIX}user`)).toBe(true);
  });
});
