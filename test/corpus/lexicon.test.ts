import { describe, expect, it } from 'vitest';
import { termSet } from '../../src/corpus/terms.ts';
import { CONCEPT_PREFIX } from '../../src/corpus/term-kinds.ts';

const conceptOfWord = (word: string) => [...termSet(word)].find((t) => t.startsWith(CONCEPT_PREFIX));

describe('the general lexicon', () => {
  it('joins the inflected words of one concept across en, az, ru and ko', () => {
    const groups = [
      ['hired', 'recruitment', '채용', 'нанять', 'jobs'],
      ['flights', 'reys', 'рейс', '직항'],
      ['local', 'yerli', 'местных', '현지'],
      ['lawmakers', 'deputatlar', 'депутатов', '국회의원'],
      ['workers', 'işçilər', 'рабочих'],
      ['pupils', 'şagirdlər', 'учеников', 'школьников', 'students'],
      ['visitors', 'ziyarətçilər', 'посетителей', '방문객'],
      ['documents', 'sənədlər', 'документов', '문서'],
      ['speed', 'sürəti', 'скорости', '속도'],
      ['beds', 'çarpayı', 'коек', '병상'],
      ['sent', 'göndərib', 'отправили', '파견'],
      ['installed', 'quraşdırılacaq', 'установка', '설치'],
      ['repair', 'təmir', 'ремонт', '수리'],
      ['modernization', 'modernləşdirmə', 'модернизация', '현대화'],
    ];
    for (const words of groups) {
      const concepts = words.map(conceptOfWord);
      expect(concepts[0], words[0]).toBeDefined();
      for (const [i, concept] of concepts.entries()) expect(concept, words[i]).toBe(concepts[0]);
    }
  });
});
