import { describe, expect, it } from 'vitest';
import { missionsIn, speaksOfOtherMission } from '../../src/answer/missions.ts';
import { scoreSentences } from '../../src/answer/sentence-scores.ts';
import { answerTypeOf } from '../../src/answer/answer-kind.ts';
import { questionEvidence } from '../../src/retrieval/evidence.ts';
import { passage } from './passages.ts';

describe('whose mission a text speaks of, and where', () => {
  it('reads the sender and the host in the four languages', () => {
    const koreanInAzerbaijan = { owner: 'korea', host: 'azerbaijan' };
    const azerbaijaniInKorea = { owner: 'azerbaijan', host: 'korea' };
    expect(missionsIn('The Korean Embassy in Baku held a reception.')).toEqual([koreanInAzerbaijan]);
    expect(missionsIn('the Embassy of the Republic of Korea in Azerbaijan')).toEqual([koreanInAzerbaijan]);
    expect(missionsIn("Azerbaijan's Ambassador to Korea Ramin Hasanov said")).toEqual([azerbaijaniInKorea]);
    expect(missionsIn('Посол Азербайджана в Корее Рамин Гасанов')).toEqual([azerbaijaniInKorea]);
    expect(missionsIn('Koreya Respublikasının Azərbaycandakı səfirliyi')).toEqual([{ host: 'azerbaijan', owner: 'korea' }]);
    expect(missionsIn('Koreyanın ölkəmizdəki səfiri')).toEqual([{ host: 'azerbaijan', owner: 'korea' }]);
    expect(missionsIn('주아제르바이잔 한국대사관')).toEqual([koreanInAzerbaijan]);
    expect(missionsIn('아제르바이잔 주재 한국대사관')).toEqual([koreanInAzerbaijan]);
    expect(missionsIn('테이무로프 주한 아제르바이잔 대사')).toEqual([azerbaijaniInKorea]);
    expect(missionsIn('the Korean Embassy in Uzbekistan said')).toEqual([{ owner: 'korea', host: 'uzbekistan' }]);
    expect(missionsIn('The ambassador spoke about trade.')).toEqual([]);
  });

  it('tells another mission from the one asked about, and not one that may be it', () => {
    const asked = '주아제르바이잔 한국대사관 직원은 몇 명이야?';
    expect(speaksOfOtherMission('주한 아제르바이잔 대사와 대사관 직원 등 20여 명이 참석했다.', asked)).toBe(true);
    expect(speaksOfOtherMission('The Korean Embassy in Uzbekistan has 12 staff.', asked)).toBe(true);
    expect(speaksOfOtherMission('The Korean Embassy in Baku has 12 diplomats.', asked)).toBe(false);
    expect(speaksOfOtherMission('강민석 주아제르바이잔 대사는 직원 12명과 함께 일한다.', asked)).toBe(false);
    // A sentence that names no mission, or a question that asks of none, is not another mission's.
    expect(speaksOfOtherMission('The staff grew to 12 people.', asked)).toBe(false);
    expect(speaksOfOtherMission('주한 아제르바이잔 대사가 참석했다.', '행사에 몇 명이 왔어?')).toBe(false);
  });

  it("puts a sentence about the asked-about embassy before one about the other country's", () => {
    const question = 'How many people work at the Korean embassy in Azerbaijan?';
    const text = 'The Azerbaijani embassy in Korea employs 14 people. The Korean Embassy in Baku employs 12 people.';
    const [best] = scoreSentences(answerTypeOf(question, questionEvidence(question)), questionEvidence(question), [passage('embassies.txt', text)], [1]);
    expect(best?.text).toBe('The Korean Embassy in Baku employs 12 people.');
  });
});
