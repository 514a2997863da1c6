import { describe, expect, it } from 'vitest';
import { LexicalIndex } from '../../../src/index/lexical.ts';
import { readSpelling } from '../../../src/retrieval/spelling.ts';

function indexOf(texts: readonly string[]): LexicalIndex {
  const index = LexicalIndex.create();
  index.add(texts.map((text, label) => ({ label, text })));
  return index;
}

describe('LexicalIndex.spellingOf', () => {
  const index = indexOf([
    'The two sides signed an investment agreement in Seoul.',
    'The agreement covers energy and transport.',
    'An agreements register was opened.',
    'Азербайджан и Корея подписали соглашение о сотрудничестве.',
    'The oil deposit was found near Baku.',
    'Министр Марданов встретил посла Кореи.',
    'Minister Mardanov met the ambassador.',
  ]);

  it('reads a word no passage has as the most frequent word one edit away', () => {
    expect(index.spellingOf('agreemet')).toBe('agreement');
    expect(index.spellingOf('agreeement')).toBe('agreement');
    expect(index.spellingOf('depost')).toBe('deposit');
    expect(index.spellingOf('соглащение')).toBe('соглашение');
    // A form whose stem the passages have is no slip: the stem already finds them.
    expect(index.spellingOf('соглашени')).toBeUndefined();
  });

  it('reads a capitalised word (a name, a sentence start) the same way, and keeps its capital', () => {
    expect(index.spellingOf('Марданв')).toBe('Марданов');
    expect(index.spellingOf('Agreemet')).toBe('Agreement');
    // A name the passages write in another script meets them by its sound key: it is no slip.
    expect(index.spellingOf('Мардановым')).toBeUndefined();
    expect(index.spellingOf('Mardanova')).toBeUndefined();
  });

  it('leaves alone a word the passages have, an acronym, a short word, a word with digits, or one with nothing close', () => {
    expect(index.spellingOf('agreement')).toBeUndefined();
    expect(index.spellingOf('agreements')).toBeUndefined();
    expect(index.spellingOf('AGREEMET')).toBeUndefined();
    expect(index.spellingOf('signd')).toBeUndefined();
    expect(index.spellingOf('agreemet2')).toBeUndefined();
    expect(index.spellingOf('kimchistew')).toBeUndefined();
  });

  it('reads a slip of a lexicon word the passages write only in another language as that word, Latin letters only', () => {
    const azerbaijani = indexOf(['Nazir Koreya İdxalatçılar Assosiasiyasının sədri ilə görüşüb.', 'Министр открыл новую школу в Баку.']);
    expect(azerbaijani.spellingOf('Associatin')).toBe('Association');
    expect(readSpelling('who chairs the importers associatin?', (word) => azerbaijani.spellingOf(word))).toBe('who chairs the importers association?');
    // In Cyrillic a word one edit from a lexicon word is as often another form or word ("пришло", "прошло"): left as typed.
    expect(azerbaijani.spellingOf('ассоциацыя')).toBeUndefined();
    // A lexicon word one edit away whose concept no passage holds is no reading.
    expect(azerbaijani.spellingOf('festivl')).toBeUndefined();
  });

  it('leaves a question word alone, though a word one edit away is written: "насколько" (how much) is no "несколько" (several)', () => {
    const several = indexOf(['Несколько компаний открыли офисы в Баку.', 'Несколько банков выдали кредиты.']);
    expect(several.spellingOf('несколько')).toBeUndefined();
    expect(several.spellingOf('насколько')).toBeUndefined();
    expect(several.spellingOf('Нескольо')).toBe('Несколько');
  });

  it('reads an acronym typed in lower case as the capitals the passages spell as initials, but not a stop word or a word they have', () => {
    const acronyms = indexOf(['Japan gave $3.2 million through the United Nations Development Programme.', 'In Seoul the Korea Trade-Investment Promotion Agency (KOTRA) met them.']);
    expect(acronyms.spellingOf('undp')).toBe('UNDP');
    expect(readSpelling('how much did japan give via undp?', (word) => acronyms.spellingOf(word))).toBe('how much did japan give via UNDP?');
    // "in" has no term of its own, and "kotra" is a word the passages have.
    expect(acronyms.spellingOf('in')).toBeUndefined();
    expect(acronyms.spellingOf('kotra')).toBeUndefined();
    expect(acronyms.spellingOf('unicef')).toBeUndefined();
    // A word the lexicon knows is that word ("met"), though passages name something by those initials.
    const ministry = indexOf(['The Ministry of Economy and Trade signed the plan.']);
    expect(ministry.spellingOf('met')).toBeUndefined();
  });

  it('reads a slip in the ending of a form no passage writes by the stem the passages hold, the stem typed as it is', () => {
    const forms = indexOf(['Koreya şirkəti Gürcüstan ilə müqavilə imzalayıb.', 'Koreyalılar Bakıda park saldılar.', 'Дома строились по корейскому проекту.']);
    // No passage writes "Gürcüstandan" or a word one edit from the slip; its stem "gürcüstan" they hold.
    expect(forms.spellingOf('Gürcüstandn')).toBe('Gürcüstandan');
    // A slip inside the stem would make another word: "стоили" (cost) is no "строили" (built).
    expect(forms.spellingOf('стоили')).toBeUndefined();
    // A word the lexicon reads is no slip ("universitetde", typed without ə).
    expect(forms.spellingOf('universitetde')).toBeUndefined();
  });

  it('reads as a slip only what typing does: a key beside the right one, a letter dropped inside the word, a key pressed twice, the h of a typed ş', () => {
    const slips = indexOf(['The stores and the government signed.', 'A drought hit the farms; a commission bought seeds.', 'Yeni tədris ili başlanıb, serab şirkəti.', 'Корейские спортсмены прибыли.']);
    expect(slips.spellingOf('goverment')).toBe('government');
    expect(slips.spellingOf('commmission')).toBe('commission');
    expect(slips.spellingOf('sherab')).toBe('serab');
    expect(slips.spellingOf('dtores')).toBe('stores');
    // Another letter, or one more at either end, makes another word the question asked.
    expect(slips.spellingOf('scores')).toBeUndefined();
    expect(slips.spellingOf('brought')).toBeUndefined();
    expect(slips.spellingOf('baglanib')).toBeUndefined();
    // A form of the same word, parting after its stem, is read as the form the passages write.
    expect(slips.spellingOf('спортсменв')).toBe('спортсмены');
  });

  it('sees passages added since the index was built', () => {
    const growing = indexOf(['Nothing here.']);
    expect(growing.spellingOf('parliamnt')).toBeUndefined();
    growing.add([{ label: 7, text: 'The parliament met.' }]);
    expect(growing.spellingOf('parliamnt')).toBe('parliament');
  });
});

describe('LexicalIndex.spellingOf, Korean', () => {
  const index = indexOf(['이번 한식 축제에는 400여명이 참석했다.', '한식 요리사들이 불고기를 선보였다.', '아제르바이잔 대사관 행사']);

  it('writes a compound no passage writes joined as the two words they write apart, the particle on the second', () => {
    expect(index.spellingOf('한식축제에')).toBe('한식 축제에');
    expect(index.spellingOf('아제르바이잔대사관')).toBe('아제르바이잔 대사관');
  });

  it('leaves alone a word the passages have, a short word, and one no two of their words make', () => {
    expect(index.spellingOf('축제에는')).toBeUndefined();
    expect(index.spellingOf('한식')).toBeUndefined();
    expect(index.spellingOf('김치찌개')).toBeUndefined();
  });
});

describe('readSpelling', () => {
  it('replaces only the words read as others, keeping the rest of the question as typed', () => {
    const spellings: Record<string, string> = { agreemet: 'agreement' };
    expect(readSpelling('What agreemet did Korea sign?', (word) => spellings[word])).toBe('What agreement did Korea sign?');
    expect(readSpelling('Who is Park?', () => undefined)).toBe('Who is Park?');
  });
});
