import type { AnswerLanguageTexts } from './catalogue.ts';

/** Korean questions get their answer's own sentences in Korean; the bot's interface stays en or az. */
export const ko: AnswerLanguageTexts = {
  abstention: '자료에서 이에 대한 정보를 찾지 못했습니다.',
  day: (year, month, day) => `${year}년 ${month}월 ${day}일`,
};
