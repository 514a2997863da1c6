import { describe, expect, it } from 'vitest';
import { composeAnswer } from '../../src/answer/compose.ts';
import { measuresSomethingElse, measuresWhatIsAsked } from '../../src/answer/measures.ts';
import { passage } from './passages.ts';

describe('measures a question asks for', () => {
  it.each([
    ['What is the capacity of the solar plant?', 'The solar power project (230MW) is the first of its kind.'],
    ['Какой объем товарооборота?', 'Товарооборот составил 1,2 млрд долларов.'],
    ['2005년 교역량은 얼마였어?', '2005년에 4,000만 달러에 불과했던 양국의 무역량은 늘었다.'],
    ['Ticarət dövriyyəsi nə qədər olub?', 'Dövriyyə 50 milyon manat olub.'],
    ['How much did Korea invest in Azerbaijan?', 'Korean companies invested US$ 20 million.'],
  ])('%s is measured by "%s"', (question, sentence) => {
    expect(measuresWhatIsAsked(sentence, question)).toBe(true);
    expect(measuresSomethingElse(sentence, question)).toBe(false);
  });

  it('tells a sum of money from a power, and leaves other numbers and other questions alone', () => {
    expect(measuresSomethingElse('JICA financed four projects amounting to $900 million.', 'What is the capacity of the plant?')).toBe(true);
    expect(measuresSomethingElse('The 230 MW plant opened in 2023.', 'What was the trade turnover?')).toBe(true);
    expect(measuresSomethingElse('In 2020 trade grew by 20 percent.', 'What was the trade turnover?')).toBe(false);
    expect(measuresSomethingElse('They spent $5 million.', 'How many students study in Korea?')).toBe(false);
    // A change is answered by a share or a difference, not by a sum.
    expect(measuresWhatIsAsked('Trade grew to $5 billion.', 'How much did trade grow?')).toBe(false);
  });

  it('put the sentence with the asked-for measure first', () => {
    // The sum of money names more of the question's words; the power answers it.
    const text = 'JICA has financed loan projects in Azerbaijan, the solar plant among them, amounting to $900 million. The plant runs on solar power, 230MW of it.';
    const answer = composeAnswer('What is the capacity of the solar plant JICA financed in Azerbaijan?', [passage('jica.txt', text)], { maxSentences: 1 });
    expect(answer.sentences[0]?.text).toContain('230MW');
  });
});
