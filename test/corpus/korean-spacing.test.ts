import { describe, expect, it } from 'vitest';
import { splitGluedKorean } from '../../src/corpus/korean-spacing.ts';
import { questionTokens } from '../../src/corpus/terms.ts';

describe('Korean words a chat glues together', () => {
  it('are cut after a particle before a question word or a lexicon word', () => {
    expect(splitGluedKorean('최승호는누구야')).toEqual(['최승호는', '누구야']);
    expect(splitGluedKorean('한결마트에서아제르바이잔')).toEqual(['한결마트에서', '아제르바이잔']);
    expect(splitGluedKorean('2023년에한국이')).toEqual(['2023년에', '한국이']);
    expect(questionTokens('정윤호는누구?')).toEqual(['정윤호는', '누구']);
  });

  it("cut a place's name from the noun glued after it, but not from its own suffix", () => {
    expect(splitGluedKorean('간자버스')).toEqual(['간자', '버스']);
    expect(splitGluedKorean('고부스탄풍력발전소는')).toEqual(['고부스탄', '풍력발전소는']);
    for (const word of ['바쿠시청', '한국인들', '아제르바이잔어로']) expect(splitGluedKorean(word)).toEqual([word]);
  });

  it('leave words whole when what follows a particle-like syllable begins no word', () => {
    for (const word of ['아제르바이잔에서', '한국가스공사는', '이수진씨는', '알랏항에새로']) expect(splitGluedKorean(word)).toEqual([word]);
    expect(splitGluedKorean('Baku')).toEqual(['Baku']);
  });
});
