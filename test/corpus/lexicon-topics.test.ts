import { describe, expect, it } from 'vitest';
import { conceptOf, termSet } from '../../src/corpus/terms.ts';
import { TOPIC_LINES } from '../../src/corpus/lexicon-topics.ts';
import { SOUND_PREFIX } from '../../src/corpus/term-kinds.ts';
import { expectNoWordElsewhere, expectOneConceptEach } from './concept-groups.ts';

describe('the topic lines of the lexicon', () => {
  it('join the inflected words of one topic across en, az, ru and ko', () => {
    expectOneConceptEach([
      ['potatoes', 'kartofu', 'картофеля', '감자를'],
      ['passengers', 'sərnişinlər', 'пассажиров', '승객'],
      ['translated', 'tərcümə', 'перевода', '번역'],
      ['libraries', 'kitabxanaya', 'библиотеку', '도서관'],
      ['lab', 'laboratoriya', 'лаборатории', '연구실'],
      // Words questions ask with: how old, yearly, what name, what schedule.
      ['aged', 'yaşında', 'возраст', '나이가'],
      ['annual', 'illik', 'ежегодно', '연간'],
      ['names', 'adı', 'название', '이름이'],
      ['schedule', 'cədvəl', 'расписание', '일정이'],
      // General news words (lexicon-news.ts).
      ['condolences', 'başsağlığı', 'соболезнования', '조의'],
      ['rector', 'rektor', 'ректора', '총장'],
      ['greenhouses', 'istixana', 'теплицы', '온실'],
      // Words of the eighteenth set's articles in another language than its questions.
      ['tractors', 'traktor', 'тракторов', '트랙터'],
      ['parliament', 'parlament', 'парламента', '의회'],
      ['intergovernmental', 'hökumətlərarası', 'межправительственной', '정부간'],
    ]);
  });

  it('take no word from a concept the lexicon already has', () => {
    expectNoWordElsewhere(TOPIC_LINES);
  });

  it('leave out words with another common sense (any network, any benefit, India, a contractor)', () => {
    for (const word of ['şəbəkə', '이익', '인도', 'исполнитель']) expect(conceptOf(word), word).toBeUndefined();
    // "hava" is the air and the weather; only "hava limanı" is an airport.
    expect(conceptOf('hava')).toBeUndefined();
  });

  it('join the Korean loanwords of a concept to it: a text word in lower case has no sound key to meet them by', () => {
    expectOneConceptEach([
      ['container', 'konteyner', 'контейнеры', '컨테이너'],
      ['robots', 'robot', 'роботы', '로봇'],
      ['orchestra', 'orkestr', 'оркестр', '오케스트라'],
    ]);
  });

  it('leave a loanword with no concept to its sound keys, which meet the word capitalised in other alphabets', () => {
    expect(conceptOf('하이퍼루프')).toBeUndefined();
    expect([...termSet('하이퍼루프')].some((t) => t.startsWith(SOUND_PREFIX))).toBe(true);
  });
});
