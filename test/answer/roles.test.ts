import { describe, expect, it } from 'vitest';
import { koreanNamesByTitle, roleOf, roleWordsNearQuestion } from '../../src/answer/roles.ts';
import { tokenizeWords } from '../../src/corpus/terms.ts';
import { questionEvidence } from '../../src/retrieval/evidence.ts';
import { CONCEPT_PREFIX } from '../../src/corpus/terms.ts';

describe('the role a word names', () => {
  it('reads a Korean title written together with its place or body', () => {
    expect(roleOf('주한대사')).toBe(`${CONCEPT_PREFIX}ambassador`);
    expect(roleOf('총영사')).toBe(`${CONCEPT_PREFIX}consul`);
    expect(roleOf('용산구청장')).toBe(`${CONCEPT_PREFIX}mayor`);
    expect(roleOf('이사장은')).toBe(`${CONCEPT_PREFIX}chair`);
  });

  it('reads a title across "in" / "в" to the name it stands before, an embassy counsellor\'s too', () => {
    const roles = (question: string, sentence: string) => roleWordsNearQuestion(tokenizeWords(sentence), questionEvidence(question));
    expect(roles('кто такая Юн Со Хи', 'Об этом сообщила советник посольства Республики Корея в Азербайджане Юн Со Хи.')).toEqual([`${CONCEPT_PREFIX}adviser`]);
    expect(roles('who is Lee Dong-min', 'The Ambassador of the Republic of Korea in Azerbaijan Lee Dong-min spoke.')).toEqual([`${CONCEPT_PREFIX}ambassador`]);
  });

  it('reads a word of the lexicon as the lexicon does, not as a compound ending in a title', () => {
    // "운영사" is an operator (a company), though it ends in "영사" (a consul).
    expect(roleOf('운영사')).toBeUndefined();
    expect(roleOf('시장')).not.toBe(`${CONCEPT_PREFIX}mayor`);
  });
});

describe('Korean names told by the words beside them', () => {
  it('reads the name before "씨" (Mr, Ms) as a person\'s', () => {
    expect(koreanNamesByTitle(tokenizeWords('단편 번역은 바쿠에서 한국어를 가르치는 아이누르 카리모바 씨가 맡았다.'))).toContain('카리모바');
    expect(koreanNamesByTitle(tokenizeWords('카리모바 씨는 "처음"이라고 말했다.'))).toEqual(['카리모바']);
  });

  it('reads no name in a count of people before a verb of attending ("150여 명이 참석했다")', () => {
    expect(koreanNamesByTitle(tokenizeWords('행사에는 대학생과 문인 등 150여 명이 참석했다.'))).toEqual([]);
    expect(koreanNamesByTitle(tokenizeWords('도서 2천700권이 비치됐으며 12개가 참석했다.'))).toEqual([]);
  });
});
