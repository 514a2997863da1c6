import { describe, expect, it } from 'vitest';
import { isAppError } from '../src/errors.ts';
import { splitSentences } from '../src/corpus/sentences.ts';
import { asksBeyond, isOneSentence, normalizeQuestion, questionParts } from '../src/question.ts';

function reasonOf(text: string, max = 500): unknown {
  try {
    normalizeQuestion(text, max);
  } catch (error) {
    if (isAppError(error, 'QUESTION_INVALID')) return error.context.reason;
    throw error;
  }
  return 'accepted';
}

describe('normalizeQuestion', () => {
  it('collapses white space and keeps the words', () => {
    expect(normalizeQuestion('  Who   chairs\tKOIMA?\n', 500)).toBe('Who chairs KOIMA?');
    expect(normalizeQuestion('KOICA-nın prezidenti kimdir?', 500)).toBe('KOICA-nın prezidenti kimdir?');
  });

  it('refuses empty, over-long, control-character and wordless input', () => {
    expect(reasonOf('   ')).toBe('empty');
    expect(reasonOf('a'.repeat(100_000))).toBe('too_long');
    expect(reasonOf('x'.repeat(501))).toBe('too_long');
    expect(reasonOf('x'.repeat(500))).toBe('accepted');
    expect(reasonOf('Who\u0000 is it?')).toBe('control_character');
    expect(reasonOf('Who\u001b[31m is it?')).toBe('control_character');
    expect(reasonOf('abc\u202Eevil')).toBe('control_character');
    expect(reasonOf('?!? ...')).toBe('no_words');
  });
});

describe('asksBeyond', () => {
  it.each(['who else was there?', 'What other agreements were signed?', 'Кто ещё там был?', 'А кроме него?', 'Başqa kimlə görüşüb?', '또 누구를 만났어?', '다른 사람은?'])('%s asks beyond the answer', (question) => {
    expect(asksBeyond(question)).toBe(true);
  });
  it.each(['and when was that?', 'Where did they meet?', 'Когда это было?', 'Bu nə vaxt olub?', '언제였어?', 'Who is the Korean ambassador?'])('%s does not', (question) => {
    expect(asksBeyond(question)).toBe(false);
  });
});

describe('isOneSentence', () => {
  it('says so only of texts the sentence splitter leaves whole', () => {
    // Short random texts of letters, spaces, terminators, closing and opening marks, line breaks
    // and other scripts' stops: wherever isOneSentence says yes, the splitter finds at most one sentence.
    const alphabet = ['a', 'B', 'k', ' ', ' ', '.', '?', '!', '…', ')', '(', '"', "'", '”', '»', '«', '1', '9', '한', '。', '？', '\n', ':', ';', ',', 'ə', 'Д', '؟', '।', '\u2024', '\uFF0E', '\u00a0', '’', ']', '#'];
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let saidYes = 0;
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      for (let n = 1 + Math.floor(next() * 12); n > 0; n--) text += alphabet[Math.floor(next() * alphabet.length)];
      if (!isOneSentence(text)) continue;
      saidYes++;
      expect(splitSentences(text).length, JSON.stringify(text)).toBeLessThanOrEqual(1);
    }
    expect(saidYes).toBeGreaterThan(1000);
  });
  it('tells the common one-sentence question without splitting, and leaves the others to the splitter', () => {
    for (const text of ['Who chairs KOIMA?', 'Kim "Jin-pyo" kimdir?!', 'Что подписали в Баку?»', '누가 참석했나요?', '']) expect(isOneSentence(text)).toBe(true);
    for (const text of ['Hi! Who is Park?', 'Who is Park? )', 'Who?…', 'amb. kang', 'Who is Park?\nThanks', 'Who is Park؟ Thanks']) expect(isOneSentence(text)).toBe(false);
  });
});

describe('questionParts', () => {
  it('sets the sentences before the last one with a question mark apart as context', () => {
    expect(questionParts('Hi! I read about the festival. Who organised it?')).toEqual({ context: 'Hi! I read about the festival.', asking: 'Who organised it?' });
    expect(questionParts('Привет! Кто такой Ким?')).toEqual({ context: 'Привет!', asking: 'Кто такой Ким?' });
  });
  it('keeps the whole text as the question when it is one sentence, or no sentence asks', () => {
    for (const text of ['in which city did korea donate equipment, as amb. kang kimgu told reporters?', 'I read the news. Tell me about Park']) {
      expect(questionParts(text)).toEqual({ context: '', asking: text });
    }
  });
  it('sets a remark after the question apart as context, unless it asks too', () => {
    expect(questionParts('Who is Park? Thanks!')).toEqual({ context: 'Thanks!', asking: 'Who is Park?' });
    expect(questionParts('famil qarayev kimdir? busan qatarinin qarsilanmasinda danisib')).toEqual({ context: 'busan qatarinin qarsilanmasinda danisib', asking: 'famil qarayev kimdir?' });
    expect(questionParts('what did they sign? and when')).toEqual({ context: '', asking: 'what did they sign? and when' });
  });
  it('without a question mark, takes the last sentence with a question word as the one that asks, in the four languages', () => {
    expect(questionParts('I read the news. Who is park')).toEqual({ context: 'I read the news.', asking: 'Who is park' });
    expect(questionParts('I was reading the news about Azerbaijan and Korea. How many ppl work at SK group')).toEqual({ context: 'I was reading the news about Azerbaijan and Korea.', asking: 'How many ppl work at SK group' });
    expect(questionParts('Xəbərləri oxuyurdum. Tovuzda koreya sefirine ne hediyye edilib').asking).toBe('Tovuzda koreya sefirine ne hediyye edilib');
    expect(questionParts('Я читал новости. Сколько команд подали заявки').asking).toBe('Сколько команд подали заявки');
    expect(questionParts('한국 뉴스를 읽고 있었어. STX가 풍력발전단지 짓기로 한 지역 어디').asking).toBe('STX가 풍력발전단지 짓기로 한 지역 어디');
  });
});
