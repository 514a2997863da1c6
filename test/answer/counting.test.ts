import { describe, expect, it } from 'vitest';
import { composeAnswer } from '../../src/answer/compose.ts';
import { countedNoun, countsWhatIsAsked, speaksOfTotal } from '../../src/answer/counting.ts';
import { isOrdinalWord } from '../../src/answer/number-words.ts';
import { passage } from './passages.ts';
import { givesWhatIsAsked, sentenceTokens } from '../../src/answer/sentence-scores.ts';
import { questionEvidence } from '../../src/retrieval/evidence.ts';

const counts = (question: string, sentence: string) => countsWhatIsAsked(sentenceTokens(sentence), question);

describe('what a counting question counts', () => {
  it('reads pages asked as "몇 쪽짜리" (how many pages long) as a count by 쪽, and not a count of anything else', () => {
    expect(countedNoun('사전 몇 쪽짜리야?')?.koreanCounter).toBe('쪽');
    expect(counts('사전 몇 쪽짜리야?', '사전은 표제어 3만2천 개, 1천216쪽 분량으로 1천 부가 제작됐다.')).toBe(true);
    expect(counts('사전 몇 쪽짜리야?', '학과는 매년 18명의 신입생을 선발한다.')).toBe(false);
  });

  it('reads whom a Korean question counts from the words before 몇 명, written apart or together', () => {
    for (const question of ['부산외대랑 unec 교환학생 한 학기에 몇명 보내?', '교환학생 몇 명 보내?']) {
      const asked = countedNoun(question);
      expect(asked?.people).toBe('counter');
      expect(asked?.countedTerms.has('=student')).toBe(true);
    }
    // Four words back: "여성 창업 교육은 모두 몇 명" counts the women, not any 30 graduates.
    const women = '셰키·구바 여성 창업 교육은 모두 몇 명을 가르치는 게 목표예요?';
    expect(counts(women, '이 사업은 지방 여성 600명에게 경영 교육을 제공한다.')).toBe(true);
    expect(counts(women, '우수 수료생 30명은 한국 연수 기회를 얻는다.')).toBe(false);
  });

  it('reads which people a Korean question counts from a bare noun before theirs ("다이빙 선수"), not from one with a particle', () => {
    const divers = '아제르바이잔 다이빙 선수 몇 명이야?';
    expect(counts(divers, 'В апреле девять прыгунов сборной поедут на сборы.')).toBe(true);
    expect(counts(divers, 'В апреле девять тренеров поедут на сборы.')).toBe(false);
    // Visitors at the exhibition are counted, not the exhibition's photographs.
    const visitors = '부산 압셰론 사진전에 관람객이 몇 명쯤 올 거라고 봐?';
    expect(counts(visitors, 'An exhibition of 64 photographs opens in Busan.')).toBe(false);
  });

  it('takes a count in units ("единиц", "ədəd", "units") as a count of what its sentence names', () => {
    const cars = 'How many Korean cars were brought into Azerbaijan in the first half of 2025?';
    expect(counts(cars, 'Импорт возглавили легковые автомобили: за полугодие ввезено 6 900 единиц на сумму 152 млн долларов.')).toBe(true);
    expect(counts(cars, 'Бытовой техники ввезено 12 000 единиц на сумму 38 млн долларов.')).toBe(false);
    expect(counts('Neçə avtobus gətirilib?', 'Koreyadan 140 ədəd avtobus gətirilib.')).toBe(true);
  });

  it('reads whom an Azerbaijani "neçə nəfər" counts from the words before it', () => {
    const asked = countedNoun('tələbələrdən neçə nəfər gedəcək?');
    expect(asked?.people).toBe('counter');
    expect(asked?.countedTerms.has('=student')).toBe(true);
    expect(countedNoun('tədbirə neçə nəfər gəlib?')?.people).toBe('any');
  });

  it('takes any count of people when a Korean question names people in general or no one', () => {
    expect(countedNoun('한식 축제에 사람 몇 명 왔어?')?.people).toBe('any');
    expect(countedNoun('축제에 몇 명 왔어?')?.people).toBe('any');
  });

  it('counts students by 명 only where the students are named beside the number', () => {
    const question = '교환학생 한 학기에 몇 명 보내?';
    expect(counts(question, '두 대학은 매 학기 각각 5명의 교환학생을 파견한다.')).toBe(true);
    expect(counts(question, '매 학기 교환학생 5명을 파견한다.')).toBe(true);
    expect(counts(question, '협약식에는 양 대학 관계자 10여 명이 참석했다.')).toBe(false);
  });

  it("takes the bare people's word just before a Korean count as whom it counts, whoever else its sentence names", () => {
    const audience = '공연 때 관객 몇 명 왔대';
    expect(counts(audience, '공연은 관객 1100여 명의 기립박수를 받았다.')).toBe(true);
    expect(counts(audience, '지휘자는 "바쿠 관객의 반응을 잊지 못할 것"이라며 청소년 단원 10명을 서울로 초청하겠다고 말했다.')).toBe(false);
  });

  it('counts by 명 after a grouped number with 여 ("1,100여 명"), which the tokenizer cuts before 여', () => {
    expect(counts('Сколько волонтёров сажали деревья?', '이번 행사에는 자원봉사자 1,100여 명이 참여했다.')).toBe(true);
    expect(counts('Сколько волонтёров сажали деревья?', '이번 행사에는 1,100여 그루가 심어졌다.')).toBe(false);
  });

  it('still takes any count of people for "사람 몇 명"', () => {
    expect(counts('현지 사람 몇 명 뽑는대?', '공사에 현지 인력 400여 명을 고용한다.')).toBe(true);
  });

  it('reads the counted noun past a country or nationality before it, and not past a small word', () => {
    const companies = countedNoun('сколько корейских компаний строят аэропорт?');
    expect(companies?.countedTerms.has('=company')).toBe(true);
    expect(companies?.countedTerms.has('=korea')).toBe(false);
    expect(countedNoun('how many local ppl will the plant hire?')?.people).toBe('any');
    expect([...(countedNoun('How many years of diplomatic ties did they mark?')?.countedTerms ?? [])]).not.toContain('diplomatic');
    expect(counts('сколько корейских компаний работает в Азербайджане?', 'В стране работают 20 корейских компаний.')).toBe(true);
    expect(counts('сколько корейских компаний работает в Азербайджане?', 'Страну посетили 20 корейских министров.')).toBe(false);
  });

  it('finds what is counted after the number past a nationality, and takes no year for a number', () => {
    expect(counts('how many azerbaijani officials has jica trained in japan?', 'JICA has accepted more than 600 Azerbaijani government officials for trainings.')).toBe(true);
    expect(counts('한식 축제에 사람 몇 명 왔어?', "11일부터 14일까지 열리는 ‘2017실크로드 코리아-이란 문화축제’ 참석 후 시장이 방문한다.")).toBe(false);
    expect(counts('한식 축제에 사람 몇 명 왔어?', '축제에는 1900명이 참석했다.')).toBe(true);
  });

  it('counts by nəfər or человек whom the sentence names, whatever its case ending', () => {
    const question = '2025-ci ildə Azərbaycana neçə koreyalı turist gəlib?';
    expect(counts(question, 'Azərbaycana gələn koreyalı turistlərin sayı isə 2025-ci ildə 18 600 nəfərə çatıb.')).toBe(true);
    expect(counts(question, '2025-ci ildə Bakıda TOPIK imtahanına 530 nəfər qatılıb.')).toBe(false);
    expect(counts('Сколько человек в группе дружбы?', 'Группа дружбы насчитывает 14 депутатов.')).toBe(true);
  });

  it('takes a count of the named people, not any number of people, as the answer', () => {
    const question = 'Martda Bakıya gələn koreyalı güləşçilər neçə nəfər idi?';
    const gives = (sentence: string) => givesWhatIsAsked(sentenceTokens(sentence), sentence, questionEvidence(question));
    expect(gives('Bu ilin martında Koreya milli komandasının 14 güləşçisi Bakıda toplanış keçmişdi.')).toBe(true);
    expect(gives('Azərbaycana gələn koreyalı turistlərin sayı 2025-ci ildə 18 600 nəfərə çatıb.')).toBe(false);
    // Asked for people in general, any count of people answers.
    expect(givesWhatIsAsked(sentenceTokens('Tədbirə 18 600 nəfər gəlib.'), 'Tədbirə 18 600 nəfər gəlib.', questionEvidence('tədbirə neçə nəfər gəlib?'))).toBe(true);
  });

  it('counts residents as people', () => {
    expect(counts('Fuzulideki yeni kende nece nefer qayidacaq?', 'Kəndə ilk mərhələdə 1200-dən artıq sakinin qayıdacağı gözlənilir.')).toBe(true);
    expect(counts('сколько человек вернётся в село?', 'В село вернутся более 1200 жителей.')).toBe(true);
  });

  it('counts people by their work: cooks named before a Korean count of people', () => {
    expect(counts('Seulda keçirilən festivala neçə aşpaz gəlmişdi?', '아제르바이잔에서 온 요리사 6명이 음식을 선보였다.')).toBe(true);
    expect(counts('how many pilots flew the plane?', 'Two crews of 4 pilots each flew the plane.')).toBe(true);
    expect(counts('Seulda keçirilən festivala neçə aşpaz gəlmişdi?', '아제르바이잔에서 온 무용수 6명이 춤을 선보였다.')).toBe(false);
  });

  it('counts pupils as students in every language', () => {
    expect(countedNoun('сколько школьников участвовало в олимпиаде?')?.countedTerms.has('=student')).toBe(true);
    expect(counts('how many students took part in the olympiad?', 'В ней участвовали 186 учеников из 23 школ.')).toBe(true);
    expect(counts('neçə şagird iştirak edib?', 'Olimpiadada 186 şagird iştirak edib.')).toBe(true);
  });

  it('reads the counted thing past small words after the number ("58 pairs of trains")', () => {
    expect(counts('how many trains each way per day can run on the line?', 'Capacity will increase from 36 to 58 pairs of trains a day.')).toBe(true);
    expect(counts('how many trains each way per day can run on the line?', 'The works cover 14 stations of the line.')).toBe(false);
  });

  it('counts books printed as 권 (volumes) or as 부 (copies)', () => {
    expect(counts('한국어판 처음에 몇 권 찍었나요', '초판은 2000부를 찍었다.')).toBe(true);
    expect(counts('한국어판 처음에 몇 권 찍었나요', '번역에는 3년이 걸렸다.')).toBe(false);
  });

  it('reads what "X-dən neçəsi" (how many of the X) counts from the word before it', () => {
    expect(counts('haenam agro yerli fermerlərdən neçəsi ilə müqavilə imzalayıb?', 'Şirkət 1 400 fermeri ilə müqavilə imzalayıb.')).toBe(true);
    expect(counts('haenam agro yerli fermerlərdən neçəsi ilə müqavilə imzalayıb?', 'Zavodda 120 nəfər işləyəcək.')).toBe(false);
  });
});

describe('a question that asks a total', () => {
  it('is answered first by the sentence that gives one', () => {
    const report = passage('g.txt', 'Eighteen Azerbaijani students have been selected for the 2026 GKS scholarship to study in Korea, the largest number since the country joined in 2005. In total, 146 Azerbaijanis have studied in Korea on the scholarship so far.');
    expect(composeAnswer('how many Azerbaijanis in total have studied in Korea on the GKS scholarship since 2005?', [report], { maxSentences: 1 }).sentences[0]?.text).toContain('146');
    expect(composeAnswer('how many Azerbaijani students were selected for the GKS scholarship in 2026?', [report], { maxSentences: 1 }).sentences[0]?.text).toContain('Eighteen');
    expect(speaksOfTotal('how many in total?')).toBe(true);
    expect(speaksOfTotal('how many came this year?')).toBe(false);
  });
});

describe('ordinals written as words or Roman numerals', () => {
  it('are read in the four languages, and a cardinal, an initial or a pronoun is none', () => {
    for (const word of ['fifth', 'dördüncü', 'dorduncu', 'beşinci', 'пятый', 'восьмое', 'третьего', 'IV', 'XII', 'VIII', 'XIX']) expect(isOrdinalWord(word), word).toBe(true);
    for (const word of ['five', 'dörd', 'пять', 'I', 'V', 'X', 'IL', 'VX', 'Kim', 'первоначальный']) expect(isOrdinalWord(word), word).toBe(false);
  });
});
