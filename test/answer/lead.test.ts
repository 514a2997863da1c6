import { describe, expect, it } from 'vitest';
import { composeAnswer } from '../../src/answer/compose.ts';
import { passage } from './passages.ts';

const TITLE = '"Xəzər Kapital Bank" Koreya bankından 96 milyon dollarlıq kredit xətti alıb';
const ARTICLE =
  'Cənubi Koreyanın Hanbit Bank-ı "Xəzər Kapital Bank" ASC üçün 96 milyon dollar məbləğində kredit xətti açıb. ' +
  'Müvafiq saziş bu gün Bakıda imzalanıb. ' +
  'Bankın məlumatına görə, kredit xəttinin ilk hissəsi – 25 milyon dollar – iyun ayında kiçik sahibkarlara yönəldiləcək.';

describe('the sentence that leads an answer', () => {
  it('is the one holding the detail asked about, not the opening that retells the story the title names', () => {
    const answer = composeAnswer('Xəzər Kapital Bank-ın Koreya kredit xəttinin ilk hissəsi nə qədərdir?', [passage('credit.txt', ARTICLE, { meta: { title: TITLE, language: 'az' } })], { maxSentences: 3 });
    expect(answer.abstained).toBe(false);
    expect(answer.sentences[0]?.text).toContain('ilk hissəsi');
  });

  it('stays the opening when the question asks nothing its title does not name', () => {
    const answer = composeAnswer('Xəzər Kapital Bank Koreya bankından nə qədər kredit xətti alıb?', [passage('credit.txt', ARTICLE, { meta: { title: TITLE, language: 'az' } })], { maxSentences: 3 });
    expect(answer.sentences[0]?.text).toMatch(/^Cənubi Koreyanın Hanbit Bank-ı/u);
  });

  it('stays the opening when the detail is in another article', () => {
    const other = passage('other.txt', 'Hanbit Bank kredit xəttinin ilk hissəsi barədə məlumat verməyib.', { meta: { title: 'Hanbit Bank', language: 'az' }, relevance: 0.5 });
    const opening = passage('credit.txt', 'Cənubi Koreyanın Hanbit Bank-ı "Xəzər Kapital Bank" ASC üçün 96 milyon dollar məbləğində kredit xətti açıb.', { meta: { title: TITLE, language: 'az' } });
    const answer = composeAnswer('Xəzər Kapital Bank-ın Koreya kredit xəttinin ilk hissəsi nə qədərdir?', [opening, other], { maxSentences: 3 });
    expect(answer.sentences[0]?.text).toMatch(/^Cənubi Koreyanın Hanbit Bank-ı/u);
  });
});
