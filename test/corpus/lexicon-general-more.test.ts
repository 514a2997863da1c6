import { describe, expect, it } from 'vitest';
import { analyzeWords, termSet } from '../../src/corpus/terms.ts';
import { MORE_GENERAL_LINES } from '../../src/corpus/lexicon-general-more.ts';
import { CONCEPT_PREFIX } from '../../src/corpus/term-kinds.ts';
import { expectFourLanguageLines, expectNoWordElsewhere, expectOneConceptEach } from './concept-groups.ts';

const MORE_CONCEPTS = new Set(MORE_GENERAL_LINES.map((line) => CONCEPT_PREFIX + line.split(/\s+/)[0]!));
const moreConceptsOf = (text: string) => [...termSet(text)].filter((t) => MORE_CONCEPTS.has(t));

describe('the second general lines of the lexicon', () => {
  it('join the inflected words of one concept across en, az, ru and ko', () => {
    expectOneConceptEach([
      // Work, trades and schooling
      ['freelancers', 'frilanserlər', 'фрилансеров', '프리랜서'],
      ['tutoring', 'repetitorlar', 'репетитору', '가정교사'],
      ['plumbers', 'santexniklər', 'сантехника', '배관공'],
      // Money, business and crime
      ['boycotted', 'boykotu', 'бойкота', '불매'],
      ['embezzled', 'yeyinti', 'растраты', '횡령'],
      ['oligarchs', 'oliqarx', 'олигархов', '올리가르히'],
      // Health and food
      ['antibiotics', 'antibiotiklər', 'антибиотиков', '항생제'],
      ['coughing', 'öskürəyi', 'кашлем', '기침'],
      ['apricots', 'ərik', 'абрикосов', '살구'],
      ['mushrooms', 'göbələklər', 'грибами', '버섯'],
      // Travel, sport and technology
      ['excursions', 'ekskursiyalar', 'экскурсию', '견학'],
      ['helmets', 'dəbilqə', 'шлемы', '헬멧'],
      ['deepfakes', 'dipfeyk', 'дипфейков', '딥페이크'],
      // Nature and emergencies
      ['glaciers', 'buzlaqlar', 'ледников', '빙하'],
      ['drowned', 'boğulub', 'утонули', '익사'],
      // Diplomacy, conflict and the state
      ['tensions', 'gərginliyi', 'обострения', '긴장'],
      ['espionage', 'casusluq', 'шпионажа', '간첩'],
      ['apologized', 'üzrxahlıq', 'извинения', '사죄'],
      // People, feelings and culture
      ['grandchildren', 'nəvələr', 'внуков', '손자'],
      ['happiness', 'xoşbəxtlik', 'счастья', '행복'],
      ['dialects', 'ləhcəsi', 'диалектов', '사투리'],
    ]);
  });

  it('take no word from a concept the lexicon already has', () => {
    expectNoWordElsewhere(MORE_GENERAL_LINES);
  });

  it('write each concept in the four languages, with no stop word, each word read as its own concept', () => {
    expectFourLanguageLines(MORE_GENERAL_LINES);
  });

  it('leave out words with another common sense (a strike and a holiday, a move and a director, famine and a carmaker)', () => {
    // …and a heritage (miras), a bow (лук), products (продукты), to stress a point, encouraging (고무적), the cities and provinces (시도)
    for (const word of ['tətil', 'tətildə', 'miras', 'лук', 'продукты', 'stressed', '이사', '기아', '고립', '고무적', '고전했다', '시도', '독자적', '목동', '멜론']) {
      expect(moreConceptsOf(word), word).toEqual([]);
    }
  });

  it('give no concept of theirs to words that only share a stem, a folded form or a compound\'s part with one', () => {
    for (const word of [
      // a graduate school (대학원), healthcare (헬스케어), China (차이나), in an emergency (유사시), a wedding reception (피로연)
      '대학원', '헬스케어', '차이나', '유사시', '피로연',
      // Azerbaijani from afar (məsafədən), a distance (məsafə), has reached (çatıb, folded as English cat), reaches (çatır),
      // along (boyu), a garden (bağ), builds (qurur), its falling (düşməsi), of a loss (itkinin), its honey (balı), a person (şəxs), a call (çağırış)
      'məsafədən', 'məsafə', 'çatıb', 'çatır', 'boyu', 'bağ', 'qurur', 'düşməsi', 'itkinin', 'balı', 'şəxs', 'çağırış',
      // English past (pasta), tailored, a price cap (çap), a given name's syllable (Sok); Russian voltage (напряжение), minerals (полезные)
      'past', 'tailored', 'cap', 'Sok', 'напряжение', 'полезные',
      // a yard and a delegation (həyət, heyət: həyat folds as they do), a count (sayı), turned into (çevrilib), an
      // accountant (mühasib), Fergana; use (пользуются); the Ministry of Education (교과부), a
      // tenant company (입주사), in Busan (주부산), the day before (전날), a brand (보리치킨)
      'həyəti', 'heyəti', 'sayı', 'çevrilib', 'mühasibləri', 'Fergana', 'пользуются', '교과부', '입주사', '주부산', '전날', '보리치킨',
    ]) {
      expect(moreConceptsOf(word), word).toEqual([]);
    }
    // ... and a given name typed after its surname ("kanq min sok") stays one name.
    expect(analyzeWords('kanq min sok kimdir').map((w) => w.token)).toContain('Min-Sok');
  });
});
