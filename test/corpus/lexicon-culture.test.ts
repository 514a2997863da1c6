import { describe, expect, it } from 'vitest';
import { CONCEPT_PREFIX } from '../../src/corpus/term-kinds.ts';
import { termSet } from '../../src/corpus/terms.ts';
import { expectOneConceptEach } from './concept-groups.ts';

describe('the words of cinema, music and food', () => {
  it('are read alike in the four languages', () => {
    expectOneConceptEach([
      ['cartoon', 'cizgi', 'мультик', '애니메이션'],
      ['premiere', 'premyerası', 'премьера', '시사회'],
      ['thriller', 'trilleri', 'триллер', '스릴러'],
      ['comedy', 'komediya', 'комедии', '코미디'],
      ['teahouse', 'çayxana', 'чайхана', '찻집'],
      ['series', 'serial', 'сериал', '연속극'],
      ['tour', 'qastrol', 'гастроли', '순회공연'],
      ['railway', 'dəmiryolçu', 'железнодорожник', '철도원'],
      ['earned', 'earnings', 'заработал', 'revenue'],
      ['ratings', 'reytinq', 'рейтинг', '시청률'],
      ['filming', 'çəkilişlər', 'съёмки', '촬영'],
      ['episodes', 'bölüm', 'серийная', '부작'],
    ]);
  });

  it('read a film premiere as no prime minister, though "premiere" holds the word', () => {
    for (const word of ['premiere', 'premyera', 'премьера']) expect(termSet(word).has(`${CONCEPT_PREFIX}premier`), word).toBe(false);
    expect(termSet('premier').has(`${CONCEPT_PREFIX}premier`)).toBe(true);
  });
});
