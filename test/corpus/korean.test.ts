import { describe, expect, it } from 'vitest';
import { compoundConcepts } from '../../src/corpus/concepts.ts';
import { hangulBigrams, koreanStem, romanizedNameForms } from '../../src/corpus/korean.ts';
import { CONCEPT_PREFIX, GRAM_PREFIX, SOUND_PREFIX, analyzeWords, termSet, termsOfToken } from '../../src/corpus/terms.ts';
import { LexicalIndex } from '../../src/index/lexical.ts';
import { questionEvidence, textMatcher } from '../../src/retrieval/evidence.ts';

const soundKeys = (token: string) => termsOfToken(token).filter((t) => t.startsWith(SOUND_PREFIX));

describe('Korean analysis', () => {
  it('strips one particle or ending when two syllables remain', () => {
    expect(koreanStem('아제르바이잔에')).toBe('아제르바이잔');
    expect(koreanStem('대표단은')).toBe('대표단');
    expect(koreanStem('정상회담에서')).toBe('정상회담');
    expect(koreanStem('대사')).toBe('대사');
    // The plural with its particle, and the verb endings of a noun + 하다.
    expect(koreanStem('학생들은')).toBe('학생');
    expect(koreanStem('협력하기로')).toBe('협력');
    expect(koreanStem('공부해')).toBe('공부');
    expect(koreanStem('위해')).toBe('위해');
    expect(koreanStem('이')).toBe('이');
  });

  it('strips the chat endings of a question asked as a recollection ("누구더라", "얼마던데", "개최했던데")', () => {
    expect(koreanStem('누구더라')).toBe('누구');
    expect(koreanStem('얼마던데')).toBe('얼마');
    expect(koreanStem('누구였더라')).toBe('누구');
    expect(koreanStem('개최했던데')).toBe('개최');
    expect(koreanStem('서명했더라')).toBe('서명');
    // The question words are then stop words, as "누구야" and "얼마래" are.
    expect(termsOfToken('누구더라')).toEqual([]);
    expect(termsOfToken('얼마던데')).toEqual([]);
  });

  it('gives a word its bigrams: a two-syllable word is its own, a single syllable has none', () => {
    expect(hangulBigrams('기념식수')).toEqual(['기념', '념식', '식수']);
    expect(hangulBigrams('대사')).toEqual(['대사']);
    expect(hangulBigrams('책')).toEqual([]);
    expect(termsOfToken('기념식수에').filter((t) => t.startsWith(GRAM_PREFIX))).toEqual(['%기념', '%념식', '%식수']);
  });

  it('romanizes a Hangul name so that it meets the name written in Latin letters', () => {
    expect(romanizedNameForms('김진표')).toEqual(['gimjinpyo', 'jinpyo']);
    const hangul = new Set(soundKeys('김진표는'));
    expect(soundKeys('Jin-pyo').some((k) => hangul.has(k))).toBe(true);
    const suh = new Set(soundKeys('서병수'));
    expect(soundKeys('Byung-soo').some((k) => suh.has(k))).toBe(true);
  });

  it('meets names as other alphabets write them (Пак Бён Сок for Park Byeong-seug, Цзиньпин for Jinping, 가발라시 for Gabala)', () => {
    const shares = (a: string, b: string) => soundKeys(a).some((k) => new Set(soundKeys(b)).has(k));
    expect(shares('Пак', 'Park')).toBe(true);
    expect(shares('Бён', 'Byeong')).toBe(true);
    expect(shares('Джин', 'Jin-pyo')).toBe(true);
    // ... and Chinese names as Russian writes them (цз and чж for j and zh).
    expect(shares('Цзиньпин', 'Jinping')).toBe(true);
    // A Korean place name meets its Latin spelling without the word for its kind of place.
    expect(shares('가발라시와의', 'Qəbələ')).toBe(true);
    expect(shares('가발라시', 'Gabala')).toBe(true);
    // ... and a port with the word for a port.
    expect(shares('알랏항에', 'Alat')).toBe(true);
    expect(shares('알랏항에', 'Алят')).toBe(true);
    expect(shares('Тяньцзине', 'Tianjin')).toBe(true);
    expect(shares('Byonq-su', 'Byung-soo')).toBe(true);
  });

  it('meets names where spelling and sound part ways between alphabets', () => {
    const shares = (a: string, b: string) => soundKeys(a).some((k) => new Set(soundKeys(b)).has(k));
    const meeting: [string, string, string][] = [
      ['윤석민', 'Seok-min', 'a Korean name romanized syllable by syllable (석민 is said seongmin)'],
      ['구르바노프', 'Gurbanov', 'a foreign name of five Hangul syllables'],
      ['압둘라예바', 'Abdullayeva', 'a foreign name of five Hangul syllables'],
      ['인천', 'İnçhon', 'a place the lexicon knows in Hangul, spelled as it does not know'],
      ['광주', 'Kvanqcu', 'a place the lexicon knows in Hangul, spelled as it does not know'],
      ['Caspian', 'Каспиан', 'English c as k'],
      ['Crescent', 'Кресент', 'English c as s'],
      ['Marine', 'Марин', 'a silent e'],
      ['Гасанова', 'Hasanova', 'Russian г for h'],
      ['세종학당', 'Sejong', 'a name written together with the lexicon word after it (학당, an institute)'],
      ['세종학당은', 'Седжона', 'the same with a particle, against a Russian case form'],
      ['대산테크', 'Daesan', 'a company name written together with its trade (테크, tech)'],
      ['한빛물산', 'Hanbit', 'a company name written together with its trade (물산, a trading house)'],
      ['한빛솔라', 'Hanbit', 'a company name written together with its trade (솔라, solar)'],
      ['누리테크', 'Nuri', 'a company name of two sounds written together with its trade'],
      ['한울솔라', 'Ханыль', 'the same, against its Russian spelling'],
      ['한결전기', 'Hangyeol', 'a company name of two sounds written together with its trade (전기, electric)'],
      ['노을섬유', 'Noeul', 'the same with a textile maker (섬유)'],
    ];
    for (const [a, b, why] of meeting) expect(shares(a, b), `${a} ~ ${b}: ${why}`).toBe(true);
    // Not by a key of two sounds any word may have, nor an Azerbaijani c read as English: a kindergarten is no Baku.
    expect(shares('조지아', '지어져')).toBe(false);
    expect(shares('Bağça', 'Bakı')).toBe(false);
    // A head of two sounds before a word that is no company's trade stays without its key (시내버스, a city bus: 시내 is no name).
    expect(shares('시내버스', 'Sina')).toBe(false);
  });

  it('keeps the number of a number with a counter or particle written on ("2019년에")', () => {
    expect(termsOfToken('2019년에')).toContain('2019');
    expect(termsOfToken('SEBA는')).toContain('seba');
  });

  it("meets Azerbaijan's towns as Korean news spells them, where the sound keys do not", () => {
    const meet = (a: string, b: string) => termsOfToken(a).some((t) => t.startsWith('=') && termsOfToken(b).includes(t));
    expect(meet('수므가이트', 'Sumqayıt')).toBe(true);
    expect(meet('쉐키', 'Şəki')).toBe(true);
    expect(meet('밍가체비르', 'Мингечевир')).toBe(true);
    expect(meet('자카탈라', 'Zaqatala')).toBe(true);
  });

  it('reads an ordinal written with 제 as the ordinal without it ("제3차" meets "3차")', () => {
    expect(termsOfToken('제3차')).toEqual(expect.arrayContaining(['3차', '3']));
    expect(termsOfToken('제8대')).toContain('8대');
    expect(termsOfToken('제주')).not.toContain('주');
  });

  it('drops an honorific written after a name ("씨는", "님은"): it would sound like a name ("Sung")', () => {
    expect(analyzeWords('정우석 씨는 누구? 대표님은').map((w) => w.token)).toEqual(['정우석', '대표님은']);
  });

  it('drops question words and endings of colloquial questions', () => {
    expect(analyzeWords('한식 축제 어디서 열렸어? 뭐야 누구인가요').map((w) => w.token)).toEqual(['한식', '축제', '열렸어']);
  });

  it('finds a passage whose word carries another particle, and ranks whole words above shared bigrams', () => {
    const index = LexicalIndex.create();
    index.add([
      { label: 1, text: '노무현 대통령은 아제르바이잔과 정상회담을 했습니다.' },
      { label: 2, text: '서울에서 회담이 열렸다.' },
    ]);
    expect(index.search('아제르바이잔에 간 대통령', 2)[0]?.label).toBe(1);
    expect(index.search('정상회담에서', 2).map((h) => h.label)).toEqual([1, 2]);
  });

  it('credits a compound by the share of its bigrams a text holds', () => {
    const evidence = questionEvidence('기념식수 행사');
    const compound = evidence.words.find((w) => w.token === '기념식수')!;
    expect(textMatcher(evidence, '기념식수를 했다')(compound)).toBeCloseTo(1);
    // 기념 alone holds one of its three bigrams and none of its lexicon words (식수 names one, counted in full).
    const part = textMatcher(evidence, '기념 행사')(compound);
    expect(part).toBeGreaterThan(0);
    expect(part).toBeLessThan(1);
  });

  it('names the lexicon words a compound begins and ends with, so that it meets other languages', () => {
    // 투자보장협정: investment guarantee agreement. 주한대사: ambassador to Korea.
    expect(compoundConcepts('투자보장협정').sort()).toEqual(['agreement', 'investment']);
    expect(compoundConcepts('주한대사')).toEqual(['ambassador']);
    // A two-syllable word is never split, nor is a name with no lexicon word at either end.
    expect(compoundConcepts('대사')).toEqual([]);
    expect(compoundConcepts('김진표')).toEqual([]);
    // A lexicon word with a verbal ending is a verb: 배우기 and 배우러 (to learn) are no actors (배우).
    expect(compoundConcepts('배우기')).toEqual([]);
    expect(compoundConcepts('배우러')).toEqual([]);
    expect(termsOfToken('배우들')).toContain(`${CONCEPT_PREFIX}actor`);
    // 정책협의 (policy consultations) is no 정책협 with the particle 의: the word as written names its end too.
    expect(termsOfToken('정책협의')).toEqual(expect.arrayContaining([`${CONCEPT_PREFIX}policy`, `${CONCEPT_PREFIX}consultations`]));
    const index = LexicalIndex.create();
    index.add([
      { label: 1, text: '두 정상은 공동성명을 발표했다.' },
      { label: 2, text: '두 정상은 투자보장협정을 체결했다.' },
      { label: 3, text: '두 정상은 공동성명을 발표했다.' },
    ]);
    expect(index.search('agreement', 3).map((h) => h.label)).toEqual([2]);
  });

  it('joins a Korean given name written as two words after its surname, as English hyphenates it', () => {
    const tokens = (q: string) => analyzeWords(q).map((w) => w.token);
    expect(tokens('Кто такой Ким Джин Пхё?')).toEqual(['Ким', 'Джин-Пхё']);
    expect(tokens('Ilham Aliyev met Lee Eun Yong')).toEqual(['Ilham', 'Aliyev', 'met', 'Lee', 'Eun-Yong']);
    // Not inside a longer run of names, nor after a long word.
    expect(tokens('Ilham Aliyev Sahiba Gafarova')).toEqual(['Ilham', 'Aliyev', 'Sahiba', 'Gafarova']);
    // The last syllable may carry a case ending ("Sonla": with Son), which the joined key leaves out.
    expect(tokens('Əliyev Park Cu Sonla görüşdə')).toEqual(['Əliyev', 'Park', 'Cu-Sonla', 'görüşdə']);
    // A joined name too short to tell names apart ("Чжэ Ин" → "jan", like every Jin) stays two words.
    expect(tokens('Мун Чжэ Ин посещал')).toEqual(['Мун', 'Чжэ', 'Ин', 'посещал']);
    // A syllable that is also a word ("сок", juice) is the name's, capitalised after a surname; a place is not ("Baku-Seoul").
    expect(tokens('Хан Мин Сок кем работал?')).toEqual(['Хан', 'Мин-Сок', 'работал']);
    const hangulKeys = termsOfToken('한민석').filter((t) => t.startsWith(SOUND_PREFIX));
    expect(analyzeWords('Хан Мин Сок')[1]!.terms.some((t) => hangulKeys.includes(t))).toBe(true);
    expect(tokens('Baku-Seoul flights')).toEqual(['Baku', 'Seoul', 'flights']);
    expect(soundKeys('Джин-Пхё')).toEqual(expect.arrayContaining(soundKeys('Jin-pyo')));
    // The joined name is found by the whole name only, not by one of its syllables.
    const joined = analyzeWords('Ким Джин Пхё')[1]!;
    expect(joined.terms).toEqual(expect.arrayContaining(soundKeys('Jin-pyo').filter((k) => soundKeys('Jin').every((j) => j !== k))));
    expect(joined.terms.some((t) => soundKeys('Jin').includes(t))).toBe(false);
    expect(analyzeWords('Park Cu Sonla')[1]!.terms).toEqual(expect.arrayContaining(soundKeys('Joo-sun').filter((k) => !soundKeys('Sun').includes(k))));
  });

  it("indexes a given name a text writes as two words by its joined key, so another script's spelling meets it", () => {
    const asked = analyzeWords('по словам посла Ли Ын Ёна').find((w) => w.token === 'Ын-Ёна')!;
    const keysOf = (text: string) => [...termSet(text)].filter((t) => t.startsWith(SOUND_PREFIX));
    // After an honorific too ("Mr."), which is no part of the name.
    for (const text of ['Lee Eun Yong, Ambassador of Korea', 'The ambassador Mr. Lee Eun Yong was interviewed']) {
      expect(keysOf(text).some((k) => asked.terms.includes(k))).toBe(true);
    }
    // Not from syllables inside a longer run of capitalised words, nor from a syllable alone.
    expect(keysOf('Mr. Lee Eun Yong Park was interviewed').some((k) => asked.terms.includes(k))).toBe(false);
    expect(keysOf('Lee Eun was interviewed').some((k) => asked.terms.includes(k))).toBe(false);
    const index = LexicalIndex.create();
    index.add([
      { label: 1, text: 'Ambassador Mr. Lee Eun Yong was interviewed by APA.' },
      { label: 2, text: 'Ambassador Mr. Lee Jae Myung was interviewed by APA.' },
    ]);
    expect(index.search('Ли Ын Ён', 2).map((h) => h.label)).toEqual([1]);
  });
});
