import { describe, expect, it } from 'vitest';
import { answerCandidates } from '../../src/answer/answer-kind.ts';
import { asksTimeOfDay, clockTimes } from '../../src/answer/clock-times.ts';
import { tokenizeWords } from '../../src/corpus/terms.ts';
import { questionEvidence } from '../../src/retrieval/evidence.ts';

describe('times of day', () => {
  it('tells a question asking the hour from one asking a price, a length or a day', () => {
    for (const q of ['인사동 문화의 집 몇 시까지 해?', 'what time does the museum open', 'Muzey saat neçədə açılır?', 'во сколько открывается визовый центр', 'до скольки работает центр?', 'what are the opening hours of the centre']) {
      expect(asksTimeOfDay(q), q).toBe(true);
    }
    for (const q of ['во сколько обошёлся контракт?', 'до скольки метров удлинят док?', '몇 시간 걸려?', 'when does the museum open', 'во сколько раз выросло?']) {
      expect(asksTimeOfDay(q), q).toBe(false);
    }
  });

  it('finds the hours a sentence gives in the four languages, not prices, lengths or seasons', () => {
    expect(clockTimes('문화의 집은 오전 10시부터 오후 6시까지 운영된다.')).toEqual(['오전 10시', '오후 6시']);
    expect(clockTimes('The museum is open from 10 a.m. to 6 p.m. daily, 9:30 on Sundays.')).toEqual(['10 a.m.', '6 p.m.', '9:30']);
    expect(clockTimes('Mərkəz saat 10:00-dan 18:00-dək açıqdır.')).toEqual(['saat 10:00', '18:00']);
    expect(clockTimes('Центр работает с 10:00, первый рейс в 6 утра.')).toEqual(['10:00', '6 утра']);
    expect(clockTimes('가격은 2.35달러이고 3시간 걸린다. 4시즌째다.')).toEqual([]);
    expect(clockTimes('The deal is worth $2.35 million.')).toEqual([]);
  });

  it('answers a question asking the hour with a sentence that gives one, though it holds no date', () => {
    const sentence = '문화의 집은 매주 화~일요일 오전 10시부터 오후 6시까지 운영된다.';
    const candidates = (q: string) => answerCandidates('date', sentence, tokenizeWords(sentence), questionEvidence(q));
    expect(candidates('인사동 문화의 집 몇 시까지 해?').length).toBeGreaterThan(0);
    // Asked which day, the hours are no answer.
    expect(candidates('문화의 집 언제 개관했지?')).toEqual([]);
  });
});
