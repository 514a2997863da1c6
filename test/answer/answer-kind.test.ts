import { describe, expect, it } from 'vitest';
import { countedNoun } from '../../src/answer/counting.ts';
import { answerCandidates, answerTypeOf } from '../../src/answer/answer-kind.ts';
import { countsWhatIsAsked } from '../../src/answer/counting.ts';
import { asksForMeasure } from '../../src/answer/measures.ts';
import { foldText, tokenizeWords } from '../../src/corpus/terms.ts';
import { composeAnswer } from '../../src/answer/compose.ts';
import { questionEvidence } from '../../src/retrieval/evidence.ts';
import { passage } from './passages.ts';

describe('"who is X?" questions', () => {
  it('are told from questions that ask for a person', () => {
    for (const q of ['Who is Sahiba Gafarova?', 'Sahibə Qafarova kimdir?', 'Кто такой Ким Джин Пхё?', '김진표는 누구인가?']) {
      expect(answerTypeOf(q, questionEvidence(q)), q).toBe('identity');
    }
    for (const q of ['Who is the speaker of the parliament?', 'Who did Bayramov receive on May 23?', 'Who led the delegation?', '김진표는 누구랑 만났어?', 'С кем встретился Ким Джин Пхё?', 'Sahibə Qafarova kiminlə?']) {
      expect(answerTypeOf(q, questionEvidence(q)), q).toBe('person');
    }
    // A coach's or a judge's name is a person's.
    for (const q of ["what's the name of the coach?", 'məşqçinin adı nədir?', 'как зовут судью?']) expect(answerTypeOf(q, questionEvidence(q)), q).toBe('person');
  });

  it('are told by the sentence that asks, not by the sentences that set it up', () => {
    for (const q of ['I was reading the news about Azerbaijan and Korea. Who is Lew Kwang-chul?', 'Я читал новости о Корее. Кто такой Ким Джин Пхё?', 'Koreya haqqında oxuyurdum. Sahibə Qafarova kimdir']) {
      expect(answerTypeOf(q, questionEvidence(q)), q).toBe('identity');
    }
    const q = 'I was reading the news about Kim Jin-pyo. Who did he meet in Baku?';
    expect(answerTypeOf(q, questionEvidence(q))).toBe('person');
  });

  it('include a question about a named person that asks an office, or names the person right before "who", whatever else it says', () => {
    for (const q of [
      'rauf huseynzade signed the energy mou in seoul in 2007 - what was his post?',
      'ipekcilik memorandumunu imzalayan resad esgerli hansi vezifeni tutur',
      'Ровшан Алекперов - какую должность он занимает',
      '여수 대표단 단장 한동민 직함이 뭐임',
      '경협위 개회사 한 정우석 씨는 누구?',
      'Busanda çıxış edən Famil Qarayev kimdir?',
    ]) {
      expect(answerTypeOf(q, questionEvidence(q)), q).toBe('identity');
    }
    for (const q of ['정우석과 만난 사람은 누구야?', '대사는 누구?', 'What position did Azerbaijan take at the talks?']) {
      expect(answerTypeOf(q, questionEvidence(q)), q).not.toBe('identity');
    }
  });

  it('take the office beside the person asked about, not beside the question\'s other words', () => {
    const question = questionEvidence('rauf huseynzade signed the energy mou in seoul in 2007 - what was his post?');
    const offices = (sentence: string) => answerCandidates('identity', sentence, tokenizeWords(sentence), question);
    expect(offices('In Seoul, Energy Minister Natig Aliyev met Korean officials.')).toEqual([]);
    expect(offices('Rauf Huseynzade, Minister of Industry and Energy, signed it.').length).toBeGreaterThan(0);
  });

  it('are answered by the sentence that gives the whole name its office, not by one about a namesake', () => {
    const namesake = passage('a.txt', 'Deputy minister E. Mammadov met vice-speaker Kim Yong-ju of the Korean parliament in Seoul on July 22.', { relevance: 1 });
    const speaker = passage(
      'b.txt',
      'During the meeting, Kim Jin-pyo also expressed his confidence in the visit. ' +
        'Peace in the region matters, said Speaker of the National Assembly of the Republic of Korea Kim Jin-pyo.',
      { relevance: 0.9 },
    );
    const answer = composeAnswer('Who is Kim Jin-pyo?', [namesake, speaker], { maxSentences: 1 });
    expect(answer.sentences[0]?.text).toMatch(/^Peace in the region matters, said Speaker/);
  });

  it('include a named person\'s role or post asked for ("X\'s role", "hansı vəzifədədir", "어떤 자리"), and "kimdi" as chats write "kimdir"', () => {
    for (const q of ["whats aysel karimli's role at ada university", 'Tural Həsənli hansı vəzifədədir?', '엘다르 후세이노프는 어떤 자리에 있는 사람?', 'Conq He Von kimdi']) {
      expect(answerTypeOf(q, questionEvidence(q)), q).toBe('identity');
    }
    // A company's job is its project, not an office.
    const q = "Hanyeol Engineering's job in Kazakhstan: how long is the bigger bridge?";
    expect(answerTypeOf(q, questionEvidence(q)), q).not.toBe('identity');
  });

  it('leave out, for "who", a name in quotation marks (a company\'s or a work\'s), and read "кто …? какая фирма" as asking the firm', () => {
    const q = 'Кто подписал договор о поставке вакцины?';
    const candidates = (sentence: string) => answerCandidates('person', sentence, tokenizeWords(sentence), questionEvidence(q));
    expect(candidates('Аптечная сеть «Шафа» закупит вакцину у компании «Сонаму Био».')).toEqual([]);
    expect(candidates('Договор подписала директор сети Лейла Гасанова.').length).toBe(1);
    // A place's name before the quoted one ("Pusanın "Çxonsol" orkestri") makes no person of it either.
    const conductor = '2014-də Qəbələdə Koreya orkestrini kim idarə edib?';
    const conducted = (sentence: string) => answerCandidates('person', sentence, tokenizeWords(sentence), questionEvidence(conductor));
    expect(conducted('Pusanın "Çxonsol" orkestri Qəbələdə konsert verib')).toEqual([]);
    expect(conducted('Dirijor Çoy Sın Hyon orkestri idarə edib.')).toEqual(['coy sin hyon']);
    const firm = 'а кто в Инчхоне будет обслуживать рейсы на земле? какая фирма';
    expect(answerTypeOf(firm, questionEvidence(firm))).toBe('entity');
  });

  it('read no person in lexicon words joined by a hyphen ("Koreya-Azərbaycan Dostluq Fondu", "Россия-Корея")', () => {
    const q = 'Lənkəranda uşaqlara taekvondonu kim öyrədəcək?';
    const candidates = (sentence: string) => answerCandidates('person', sentence, tokenizeWords(sentence), questionEvidence(q));
    expect(candidates('Zal Koreya-Azərbaycan Dostluq Fondunun dəstəyi ilə tikilib.')).toEqual([]);
    expect(candidates('Məşqləri Con Dok Hvan keçəcək.')).toEqual(['con dok hvan']);
    // A hyphenated name of a person stays one ("Park Byeong-seug").
    expect(answerCandidates('person', 'Speaker Park Byeong-seug arrived.', tokenizeWords('Speaker Park Byeong-seug arrived.'), questionEvidence('Who arrived in Baku?'))).toEqual(['park byeong-seug']);
  });

  it('read "what is it called?", "как называется", "adı nədir", "이름이 뭐야" as asking a name, a person\'s when a role is named', () => {
    for (const q of ['what is the new satellite called', 'как называется корейская пекарня в Баку?', 'Gəncədəki Koreya çörəkxanasının adı nədir?', '바쿠 한국 빵집 이름이 뭐야?']) {
      expect(answerTypeOf(q, questionEvidence(q)), q).toBe('entity');
    }
    for (const q of ['səfirin adı nədir', '무역관장 이름이 뭐야']) expect(answerTypeOf(q, questionEvidence(q)), q).toBe('person');
  });

  it('include "what is X?" about a name, answered by what the name stands for', () => {
    for (const q of ['What is KOICA?', "What's JICA?", 'Что такое KOICA?', 'KOICA nədir?', 'KOICA는 뭐야?']) {
      expect(answerTypeOf(q, questionEvidence(q)), q).toBe('identity');
    }
    for (const q of ['What is the capital of Korea?', 'What is the trade volume?', 'What is KOICA doing in Azerbaijan?']) {
      expect(answerTypeOf(q, questionEvidence(q)), q).not.toBe('identity');
    }
    const text = 'JICA launched its activity in Azerbaijan in 1993. Since then, the Japan International Cooperation Agency (JICA) has financed four projects.';
    const answer = composeAnswer('What is JICA?', [passage('jica.txt', text)], { maxSentences: 1 });
    expect(answer.sentences[0]?.text).toContain('Japan International Cooperation Agency (JICA)');
  });

  it('read a Korean title written as one compound with its place ("용산구청장")', () => {
    const planting = passage(
      'k.txt',
      '성장현은 행사에서 나무를 심은 뒤 성장현의 소감을 밝혔다. 이번 행사는 대사관 주관으로 성장현 용산구청장, 주한 대사와 직원 등 20여 명이 참석했다.',
    );
    const answer = composeAnswer('성장현은 누구?', [planting], { maxSentences: 1 });
    expect(answer.sentences[0]?.text).toContain('성장현 용산구청장');
  });

  it('take a rector, prorector or dean as an office', () => {
    const office = (question: string, sentence: string) => answerCandidates('identity', sentence, tokenizeWords(sentence), questionEvidence(question));
    expect(office('Kim Yonq Su kimdir', 'Sənədi Namdo Universitetinin prorektoru Kim Yonq Su imzalayıb.')).toEqual(['=rector']);
    expect(office('Who is Park Min-ho?', 'Park Min-ho, dean of the engineering faculty, signed it.')).toEqual(['=dean']);
  });

  it('read a Korean name by the age written after it, and no bound noun beside a title as a name', () => {
    const who = (sentence: string) => answerCandidates('person', sentence, tokenizeWords(sentence), questionEvidence('바쿠 마라톤에서 우승한 한국 선수 누구?'));
    expect(who('▲마라톤=오현석(28)이 28일 바쿠에서 열린 국제마라톤 남자부에서 우승했다.')).toContain('오현석');
    expect(who('한국 선수가 이 대회에서 우승한 것은 처음이다.')).toEqual([]);
    // A title after the body the person heads ("최승현 누리평화재단 이사장"); a verb after a title is no name.
    expect(who('최승현 누리평화재단 이사장은 전달식에서 말했다.')).toContain('최승현');
    expect(who('한국 외교부 장관이 말했다.')).toEqual([]);
    // A company spelt out between the name and the title; a title with its particle ends its phrase, the quote after it names no one.
    expect(who('최승호 서린케미칼 대표는 "원료 조달이 쉽다"고 말했다.')).toContain('최승호');
    expect(who('압셰론익스프레스 대표는 "노후 버스 교체가 어렵다"고 설명했다.')).toEqual([]);
    // A company written together with its trade ("노을섬유": 노을 + 섬유, textiles) between the name and the title.
    expect(who('정우진 노을섬유 대표는 "두 번째 해외 생산기지"라고 말했다.')).toContain('정우진');
    // A head of a division, centre, team or branch written as one compound ("해외사업본부장", "센터장", "지점장").
    expect(who('서명식에는 문지혜 다온미터링 해외사업본부장과 에너지부 국장이 참석했다.')).toContain('문지혜');
    expect(who('박서준 한빛은행 바쿠지점장은 "첫 해"라고 말했다.')).toContain('박서준');
    expect(who('이도윤 센터장은 "환자가 늘었다"고 말했다.')).toContain('이도윤');
    // A word that is itself the lexicon's, not a company's name, is no body: no name before it.
    expect(who('지난달 지역경제 대표는 말했다.')).toEqual([]);
  });

  it('read a foreign name written in Hangul with its given name, by its age or its title, and a Korean one without the word before it', () => {
    const who = (sentence: string) => answerCandidates('person', sentence, tokenizeWords(sentence), questionEvidence('안산 빵집 사장님 누구야?'));
    expect(who('아제르바이잔 간자 출신 라밀 알리예프(37) 사장이 2019년 문을 열었다.')).toContain('라밀 알리예프');
    expect(who('교육자 라밀 알리예프 사장은 말했다.')).toContain('라밀 알리예프');
    expect(who('회사원 오현석(28)이 말했다.')).toEqual(['오현석']);
    // A word of the lexicon before the surname is no given name ("출신", origin).
    expect(who('간자 출신 알리예프(37) 사장이 말했다.')).toEqual(['알리예프']);
  });

  it('answer "who" with the sentence that gives the whole name, not a later one with the surname alone', () => {
    const bakery = passage('bakery.txt', "알리예프 사장은 화덕 '탄디르'에 빵을 굽는다. 간자 출신 라밀 알리예프(37) 사장이 2019년 이곳 문을 열었다.");
    const answer = composeAnswer('안산 탄디르 빵집 사장님 누구야?', [bakery], { maxSentences: 1 });
    expect(answer.sentences[0]?.text).toContain('라밀 알리예프');
  });

  it('read 시장 after a city as the mayor, not the market, and 일행 (a party) as no name', () => {
    const visit = (text: string) => answerCandidates('person', text, tokenizeWords(text), questionEvidence('협약은 누가 체결해?'));
    expect(visit('축제 참석 후 최양식 경주시장이 가발라시를 방문하여 협약을 체결할 예정이다.')).toContain('최양식');
    expect(visit('전통시장 상인들이 협약을 체결했다.')).toEqual([]);
    expect(visit('람지 테이무로브 주한 아제르바이잔 대사 일행이 경주시를 방문했다.')).toEqual([]);
  });

  it('read the Korean offices of companies, committees and cities ("부시장", "회장", "위원장", "단장")', () => {
    const offices = (question: string, text: string) => answerCandidates('identity', text, tokenizeWords(text), questionEvidence(question));
    expect(offices('한동민 직함이 뭐야?', '대표단을 이끈 한동민 부시장은 협약서에 서명했다.')).toContain('=deputy');
    expect(offices('정우석 씨는 누구?', '한국 측 위원장인 정우석 대양건설 회장은 개회사에서 말했다.')).toContain('=chair');
  });

  it('take the office from the title next to the name, not from someone else in the sentence', () => {
    const visit = passage(
      'c.txt',
      'The head of state expressed his confidence that the visit of Park Joo-sun will help relations. ' +
        'Aliyev received a delegation led by Deputy Speaker of the National Assembly of the Republic of Korea Park Joo-sun.',
    );
    const answer = composeAnswer('who is park joo-sun?', [visit], { maxSentences: 1 });
    expect(answer.sentences[0]?.text).toMatch(/^Aliyev received a delegation led by Deputy Speaker/);
  });

  it('read a title written in lower case, as Russian and Azerbaijani write them', () => {
    const talks = passage(
      'r.txt',
      'Пэк Хён Чжун сообщил, что в 2025 году объем корейских инвестиций вырос. ' +
        'Самир Алекперов и первый заместитель министра иностранных дел Республики Корея Пэк Хён Чжун провели консультации.',
    );
    expect(composeAnswer('Кто такой Пэк Хён Чжун', [talks], { maxSentences: 1 }).sentences[0]?.text).toMatch(/первый заместитель министра/);
    const visit = passage('a.txt', 'Yo Sınq Ben Bakıda çıxış edib. Görüşdə Koreyanın xarici işlər nazirinin müavini Yo Sınq Ben iştirak edib.');
    expect(composeAnswer('Yo Sınq Ben kimdir?', [visit], { maxSentences: 1 }).sentences[0]?.text).toMatch(/nazirinin müavini/);
  });
});

describe('measures asked by their name', () => {
  it.each(["the korean loan for the shirvan substations - what's the interest rate?", 'каким тиражом вышел перевод романа?', 'what was the print run of the translation?', "what's the price tag on the deal for the metro doors?", 'what is the cost estimate for the bridge?'])('"%s" asks a number', (question) => {
    expect(answerTypeOf(question, questionEvidence(question))).toBe('number');
  });
});

describe('an amount asked by its name', () => {
  it.each(['What amount was invested?', 'At what cost was the plant built?', 'На какую сумму подписали контракт?', 'Какова стоимость проекта?', 'Hansı məbləğdə müqavilə imzalanıb?'])('"%s" asks a number', (question) => {
    expect(answerTypeOf(question, questionEvidence(question))).toBe('number');
  });
});

describe('"since when"', () => {
  it.each(['Koreya şirkəti Gəncədə nə vaxtdan işləyir?', 'ne zamandan fealiyyet gosterir?'])('"%s" asks a date', (question) => {
    expect(answerTypeOf(question, questionEvidence(question))).toBe('date');
  });
});

describe('"сколько" in its cases', () => {
  it.each(['В скольких супермаркетах можно платить ладонью?', 'Из скольких заявок выбрали стартапы?', 'К скольким точкам подключат сервис?', 'Сколькими судами перевезут груз?'])('"%s" asks a number, and what it counts', (question) => {
    expect(answerTypeOf(question, questionEvidence(question))).toBe('number');
    expect(countedNoun(question)?.countedTerms.size).toBeGreaterThan(0);
  });
});

describe('rank questions', () => {
  it.each(["where did korea rank among azerbaijan's trade partners in 2017", 'What place did Korea take among its trading partners?', 'Какое место занимает Корея среди торговых партнеров?', 'на каком месте Корея среди торговых партнеров по итогам года', 'Which round of consultations was held in Seoul?', 'какой по счёту форум прошёл в Баку', 'neçənci raund idi'])(
    '"%s" asks a rank, a number, though it asks where or what place',
    (question) => {
      expect(answerTypeOf(question, questionEvidence(question))).toBe('number');
    },
  );

  it.each(['В каком месте прошла встреча?', 'Where did they meet?', 'What place did the delegation visit?'])('"%s" asks a place', (question) => {
    expect(answerTypeOf(question, questionEvidence(question))).toBe('place');
  });

  it.each(['Какую часть оборудования привезут из Кореи?', 'avadanlığın hansı hissəsi Koreyadan gətiriləcək'])('"%s" asks a share, a number', (question) => {
    expect(answerTypeOf(question, questionEvidence(question))).toBe('number');
  });

  it.each(['В какой части города построят завод?', 'Bakının hansı hissəsində tikilir?'])('"%s" asks a place, not a share', (question) => {
    expect(answerTypeOf(question, questionEvidence(question))).toBe('place');
  });
});

describe('place questions', () => {
  it.each([
    '대산 전기버스는 어느 항구에서 배에 실어?',
    'at which port were the buses loaded?',
    'В каком университете открыт Корейский центр?',
    'на каком заводе собирают вагоны?',
    'yeni səfir hansı universitetdə oxuyub?',
  ])('"%s" asks where: which thing something happens at', (question) => {
    expect(answerTypeOf(question, questionEvidence(question))).toBe('place');
  });

  it.each(['в каком году открыли центр?', 'hansı ildə açılıb?', 'which port will ship the buses?', 'какой фильм показали?', '어느 회사가 수주했어?'])('"%s" does not', (question) => {
    expect(answerTypeOf(question, questionEvidence(question))).not.toBe('place');
  });
});

describe('place answers', () => {
  it('a Korean noun in the locative 에서 answers "어디서" before a sentence that only repeats the question', () => {
    const festival = passage(
      'k.txt',
      '2016 아제르바이잔 한식 축제는 많은 시민들이 찾은 아제르바이잔 한식 축제였다. ' + '대사관은 아제르바이잔 한식 축제를 6월8일 ASAN센터에서 개최했다.',
    );
    const answer = composeAnswer('2016 아제르바이잔 한식 축제 어디서 열렸어?', [festival], { maxSentences: 1 });
    expect(answer.sentences[0]?.text).toContain('ASAN센터에서');
  });

  it('the noun before an address in brackets and 에서 is the place', () => {
    const planting = passage('t.txt', '수교 30주년 기념 식수 행사는 양국 우호를 기념하는 수교 30주년 기념 식수 행사였다. 12일 오후 3시 역사공원(청파로 139-25)에서 수교 30주년 기념 식수 행사가 열렸다.');
    const answer = composeAnswer('수교 30주년 기념 식수 행사 어디서 했어?', [planting], { maxSentences: 1 });
    expect(answer.sentences[0]?.text).toContain('역사공원(청파로 139-25)에서');
  });

  it('a Korean name before the word for a region is a place; a verb before it is not', () => {
    const places = (text: string) => answerCandidates('place', text, tokenizeWords(text), questionEvidence('STX가 풍력발전단지 짓기로 한 지역 어디?'));
    expect(places('STX는 아제르바이잔 고부스탄 지역의 풍력발전단지 건설에 참여하기로 했다.')).toContain(foldText('고부스탄'));
    expect(places('아르메니아인들이 대거 거주하는 지역으로, 무력 충돌이 발생했다.')).toEqual([]);
  });
});

describe('date answers', () => {
  it('a Korean day of the month ("10일") answers "며칠" before a sentence that only repeats the question', () => {
    const visit = passage('r.txt', '노무현 대통령은 바쿠에 도착한 뒤 방문 일정에 들어갔습니다. 노무현 대통령은 10일 바쿠에 왔습니다.');
    const answer = composeAnswer('노무현 대통령 며칠에 바쿠 도착했지?', [visit], { maxSentences: 1 });
    expect(answer.sentences[0]?.text).toContain('10일');
  });

  it('a Korean year or month ("2025학년도", "2025년", "3월") is a date; a count of months is not', () => {
    const asked = questionEvidence('교환학생 언제부터 가?');
    const dates = (sentence: string) => answerCandidates('date', sentence, tokenizeWords(sentence), asked);
    expect(dates('두 대학은 2025학년도 2학기부터 교환학생을 파견한다.')).toEqual(['2025학년도']);
    expect(dates('조사 결과는 2025년 하반기 정부에 제출된다.')).toEqual(['2025년']);
    expect(dates('협정은 3월 체결됐다.')).toEqual(['3월']);
    expect(dates('공사 기간은 30개월이다.')).toEqual([]);
  });

  it('a Korean day right before a verb of saying tells when the news was announced, not when the event was, unless that is asked', () => {
    const lead = '경주시는 셰키와 자매결연 협정을 체결했다고 20일 밝혔다.';
    const dates = (question: string, sentence: string) => answerCandidates('date', sentence, tokenizeWords(sentence), questionEvidence(question));
    expect(dates('자매결연 협정 언제 맺었어?', lead)).toEqual([]);
    expect(dates('자매결연 협정 언제 맺었어?', '협정식은 19일 셰키의 칸 궁전에서 열렸다.')).toEqual(['19일']);
    expect(dates('자매결연 체결 사실은 언제 발표했어?', lead)).toEqual(['20일']);
    const announced = passage('g.txt', `${lead} 협정식은 19일(현지시간) 셰키의 칸 궁전에서 최현우 경주시장과 엘친 맘마도프 셰키시 행정청장이 참석한 가운데 열렸다.`);
    expect(composeAnswer('셰키랑 경주 자매결연 협정 언제 맺었어?', [announced], { maxSentences: 1 }).sentences[0]?.text).toContain('19일');
  });
});

describe('person answers in Korean', () => {
  it('a Hangul name next to a title answers "누가" before a sentence without one', () => {
    const festival = passage('f.txt', '대사관은 바쿠에서 한식 축제를 준비했다. 바쿠 한식 축제는 김창규 대사가 준비했다.');
    const answer = composeAnswer('바쿠 한식 축제는 누가 준비했어?', [festival], { maxSentences: 1 });
    expect(answer.sentences[0]?.text).toContain('김창규 대사');
  });
});

describe('a measure asked with "what" or "which"', () => {
  it('is a number, past words that say which of it ("the max investment", "общая сумма")', () => {
    for (const question of ["what's the max investment a single team can get?", 'what is the total cost of the project?', 'какова общая сумма контракта?', 'What is the annual capacity of the plant?', 'what was the total az-korea trade volume for 2023?', 'what bilateral trade goal did seoul and baku agree on?', '본선 진출팀 수', '합동 공연 관객 수는?', '번역원이 지원한 돈은?']) {
      expect(answerTypeOf(question, questionEvidence(question))).toBe('number');
    }
    // A noun phrase that ends in no amount asks a thing of that kind; 수 before 있다 is "can".
    for (const question of ['what trade agreement did they sign?', 'what company invested in the plant?']) expect(answerTypeOf(question, questionEvidence(question))).toBe('entity');
    expect(answerTypeOf('이 책을 어디서 볼 수 있어?', questionEvidence('이 책을 어디서 볼 수 있어?'))).toBe('place');
    // How far a level goes is a measure: "어디까지 늘린대" asks up to what share.
    expect(answerTypeOf('원화 조달 비중을 어디까지 늘린대?', questionEvidence('원화 조달 비중을 어디까지 늘린대?'))).toBe('number');
    expect(answerTypeOf('이 버스는 어디까지 가?', questionEvidence('이 버스는 어디까지 가?'))).toBe('place');
  });

  it('is a number when asked what a thing is worth or costs, by a noun that names a quantity after "which", or by "nə qədər" with its endings', () => {
    const asked = ['какой максимум по ипотеке дают?', 'what limit does the bank set on the loan?', 'а лифты быстрые? какая там скорость', 'What is the new bridge contract worth?', 'what does a museum ticket cost for students', 'What were the hotel group sales in 2024?', 'what was the score in the final', 'во что обошлась реконструкция театра?', 'С каким временем финишировал победитель?', 'What daily output is planned for the bakery?', 'What discount do students get?', 'Какую скидку дают пенсионерам?', 'Какая премия у победителя конкурса?', 'Muzeyə giriş haqqı nə qədərdir?', 'Layihənin dəyəri ne qederdir', 'Sərgiyə nə qədərlik bilet satılıb?', 'Konsertə giriş neçədir?'];
    for (const question of asked) expect(answerTypeOf(question, questionEvidence(question)), question).toBe('number');
    // A thing that costs or is worth something is not asked for itself, nor is what money went into.
    for (const question of ['What was worth seeing at the carpet exhibition?', 'what did the fund invest in?', 'Which orchestra performed?']) expect(answerTypeOf(question, questionEvidence(question)), question).not.toBe('number');
  });

  it('asks a date by a deadline', () => {
    for (const question of ['whats the deadline to apply for the masters', 'какой крайний срок подачи заявок?', '신청 마감은 언제야?']) expect(answerTypeOf(question, questionEvidence(question))).toBe('date');
    // "До какого срока" and "к какому сроку" ask by when; "на какой срок" asks for how long.
    for (const question of ['До какого срока должны сдать арену?', 'К какому сроку построят арену?', 'К какому числу закончат ремонт?']) expect(answerTypeOf(question, questionEvidence(question)), question).toBe('date');
    expect(answerTypeOf('На какой срок подписан контракт?', questionEvidence('На какой срок подписан контракт?'))).toBe('number');
  });

  it('asks a date by "nə vaxt" with a case ending ("nə vaxta qədər", "nə vaxtadək", "nə vaxta kimi")', () => {
    for (const question of ['Sərgiyə nə vaxta qədər baxmaq olar?', 'Sərgi nə vaxtadək davam edəcək?', 'Sərgi nə vaxta kimi açıqdır?', 'Qurğu nə vaxta hazır olmalıdır?']) expect(answerTypeOf(question, questionEvidence(question)), question).toBe('date');
  });
});

describe('number answers', () => {
  const numbers = (sentence: string) => answerCandidates('number', sentence, tokenizeWords(sentence), questionEvidence('교역량은 얼마였어?'));
  it('are quantities, not dates, date parts or ranks', () => {
    expect(numbers('Farrukh Jumayev 2등 서기관 2012/05/10')).toEqual([]);
    expect(numbers('2012년 5월 25일 보도했다. Published 2025-09-24.')).toEqual([]);
    expect(numbers('무역량은 6억 4,800만 달러에 달했다.')).toHaveLength(2);
    // A digest's item marker is no quantity; a number in the item is.
    expect(numbers('④ 아제르바이잔 정부는 봉제 공장을 세우는 방안을 검토하고 있다.')).toEqual([]);
    expect(numbers('❸ 교역량은 520만 달러였다.')).toEqual(['520만']);
    // A year that closes a quoted title, a particle after the quote.
    expect(numbers("대사관은 'K팝 페스티벌 2024'를 개최했다.")).toEqual([]);
  });

  it('are Korean days that something takes, not the day of a date', () => {
    expect(numbers('현재 평균 3일 걸리는 수입 통관을 줄인다.')).toEqual(['3일']);
    expect(numbers('선수단은 바쿠에서 12일간 훈련했다.')).toEqual(['12일간']);
    expect(numbers('선수단은 3일 바쿠에 도착했다.')).toEqual([]);
  });

  it('are asked by "what %" or "what share", and a decimal with one digit after its point is one ("8.5 percent")', () => {
    const question = "what % of azerbaijan's pomegranate juice exports goes to korea now?";
    expect(answerTypeOf(question, questionEvidence(question))).toBe('number');
    expect(answerTypeOf('what share of trade does Korea have?', questionEvidence('what share of trade does Korea have?'))).toBe('number');
    const sentence = "Korea's share in the country's total pomegranate juice exports rose to 8.5 percent.";
    expect(answerCandidates('number', sentence, tokenizeWords(sentence), questionEvidence(question))).toEqual(['8.5']);
  });

  it('are not the days of a span of days beside its month', () => {
    const counted = (sentence: string) => answerCandidates('number', sentence, tokenizeWords(sentence), questionEvidence('how many people came?'));
    expect(counted('The tournament was held in Baku on 18–19 May 2024, with 164 athletes.')).toEqual(['164']);
    expect(counted('С 12 по 14 сентября 2024 года фестиваль посетили 6200 человек.')).toEqual(['6200']);
    expect(counted('Kino həftəsi noyabrın 3-dən 9-dək davam edəcək, 7 film göstəriləcək.')).toEqual(['7']);
    expect(counted('The week ran from Sept. 15 to 21 and drew 14,000 visitors.')).toEqual(['14,000']);
    // A number after a day is no day unless a dash or "from" joins them.
    expect(counted('On May 18, 30 people came.')).toEqual(['30']);
  });

  it('are counts beside a month when they cannot be its day, and no century unless one is asked', () => {
    const counting = (question: string, sentence: string) => answerCandidates('number', sentence, tokenizeWords(sentence), questionEvidence(question));
    // Korean writes the month before the day: "40대" before "5월" is forty buses, not the 40th.
    expect(counting('전기버스 첫 물량은 몇 대야?', '첫 40대는 5월 광양항에서 선적된다.')).toEqual(['40대는']);
    expect(counting('how many people came?', 'In May 150 people came.')).toEqual(['150']);
    expect(counting('how many people came?', 'On 19 May people came.')).toEqual([]);
    // An Azerbaijani month a span starts from or falls in has no day after it: "sentyabrından 20 tələbə" are twenty students.
    expect(counting('neçə nəfər qəbul ediləcək?', 'Proqrama 2022-ci ilin sentyabrından 20 tələbə qəbul olunacaq.')).toEqual(['20']);
    expect(counting('neçə nəfər qəbul ediləcək?', 'Proqrama sentyabrın 20-də 30 tələbə qəbul olunacaq.')).toEqual(['30']);
    expect(counting('초판은 몇 권 찍었어?', '1937년에 나온 소설은 20세기 초 바쿠를 그린다.')).toEqual([]);
    expect(counting('청동거울은 몇 세기 유물이야?', '청동거울은 기원전 1세기 유물로 추정된다.')).toEqual(['1세기']);
  });

  it('are no length of time for a question that counts things, and are one for a question that counts time', () => {
    const counting = (question: string, sentence: string) => answerCandidates('number', sentence, tokenizeWords(sentence), questionEvidence(question));
    const reopened = 'The market reopened after an 18-month reconstruction with 260 stalls.';
    expect(counting('How many trading spots are there in the bazaar?', reopened)).toEqual(['260']);
    expect(counting('How many months did the reconstruction take?', reopened)).toEqual(['18-month', '260']);
    expect(counting('시장 점포는 몇 개야?', '시장은 18개월 공사 끝에 점포 180개를 갖췄다.')).toEqual(['180개를']);
    expect(counting('nece gun hazirliq kecib?', 'Komanda 12-günlük təlim keçib.')).toEqual(['12-gunluk']);
  });

  it('are no year with its ordinal ending, and no ordinal for a question that counts', () => {
    const counting = (question: string, sentence: string) => answerCandidates('number', sentence, tokenizeWords(sentence), questionEvidence(question));
    expect(counting('İşçi qrupunda neçə deputat var?', 'Kamran Bağırov 2026-cı il martın 11-də səfiri qəbul edib.')).toEqual([]);
    expect(counting('İşçi qrupunda neçə deputat var?', 'İşçi qrupuna 11 deputat daxildir.')).toEqual(['11']);
    expect(counting('How many families started the society?', 'The society celebrated its 30th anniversary.')).toEqual([]);
    expect(counting('Сколько студентов учится?', 'Это 3-й выпуск, в нём 40 студентов.')).toEqual(['40']);
    // Which one is asked: the ordinal answers.
    expect(counting('Neçənci raund keçirilib?', 'Tərəflər 7-ci raundu keçirib.')).toEqual(['7-ci']);
    expect(counting('퀴즈 대회는 수교 몇 주년 기념 행사였어?', 'Müsabiqə diplomatik əlaqələrin 25-ci ildönümünə həsr olunub.')).toEqual(['25-ci']);
    // A Korean ordinal answers "몇 번째" only.
    expect(counting('셰키가 경주 해외 자매도시 중 몇 번째임?', '셰키는 경주의 14번째 해외 자매도시다.')).toEqual(['14번째']);
    expect(counting('자매도시가 몇 개야?', '셰키는 경주의 14번째 해외 자매도시다.')).toEqual([]);
  });

  it('are ranks only when the question asks which one of a series, in words, digits or Roman numerals', () => {
    const counting = (question: string, sentence: string) => answerCandidates('number', sentence, tokenizeWords(sentence), questionEvidence(question));
    const round = 'Məsləhətləşmələrin dördüncü raundu keçirilib, 30 illik yubiley qeyd olunub.';
    expect(counting('2018-ci ildə neçənci raund idi?', round)).toEqual(['dorduncu']);
    expect(counting('2018-ci ildə neçənci raund idi?', 'Diplomatik münasibətlərin 30 illik yubileyi qeyd olunub.')).toEqual([]);
    expect(counting('Which round of consultations was held in Seoul?', 'The fifth round, with 12 officials, was held in Seoul.')).toEqual(['fifth']);
    expect(counting('Какой по счёту раунд прошёл в Сеуле?', 'В Сеуле прошёл IV раунд консультаций, приехали 12 дипломатов.')).toEqual(['iv']);
    expect(counting('на каком месте Корея среди партнёров?', 'Корея заняла 15-е место, Япония — на 20 месте.')).toEqual(['15-е', '20']);
    expect(counting('공동위원회는 몇 차 회의였어?', '제5차 공동위원회에 40명이 참석했다.')).toEqual(['제5차']);
    // "How many" still takes no rank.
    expect(counting('Сколько партнёров у Азербайджана?', 'Корея заняла 15-е место среди 160 партнёров.')).toEqual(['160']);
  });

  it('take a quantity with its unit when the unit is what the question asks for', () => {
    const capacity = (sentence: string) => answerCandidates('number', sentence, tokenizeWords(sentence), questionEvidence('What is the capacity of the solar plant?'));
    expect(capacity('The first large-scale solar power project (230MW) in Azerbaijan.')).toEqual(['230mw']);
    expect(answerCandidates('number', 'It makes 230MW.', tokenizeWords('It makes 230MW.'), questionEvidence('Is it 230 MW?'))).toEqual([]);
    // Joined by a hyphen as an adjective ("a 3.2-megawatt solar farm"), the unit still names what is asked.
    expect(capacity('Part of its power will come from a 3.2-megawatt solar farm.')).toEqual(['3.2-megawatt']);
    expect(answerCandidates('number', 'A 3.2-megawatt farm.', tokenizeWords('A 3.2-megawatt farm.'), questionEvidence('Is it a 3.2 megawatt farm?'))).toEqual([]);
  });

  it('answer how often with how many times a period, in words too', () => {
    for (const q of ['how often per week will the airline fly to Incheon', 'Как часто летают самолёты в Сеул?']) expect(answerTypeOf(q, questionEvidence(q)), q).toBe('number');
    const often = (question: string, sentence: string) => answerCandidates('number', sentence, tokenizeWords(sentence), questionEvidence(question));
    expect(often('how often will they fly?', 'Flights will be performed twice a week.')).toEqual(['twice']);
    expect(often('Как часто будут летать?', 'Рейсы будут выполняться дважды в неделю.')).toEqual(['дважды']);
  });

  it('are not the two parties of a bilateral story, unless the question counts countries', () => {
    const counted = (question: string, sentence: string) => answerCandidates('number', sentence, tokenizeWords(sentence), questionEvidence(question));
    expect(counted('How many students came?', 'Education ties between the two countries grew.')).toEqual([]);
    expect(counted('Neçə tələbə gəlib?', 'İki ölkə arasında təhsil əlaqələri inkişaf edir.')).toEqual([]);
    expect(counted('How many students came?', 'Two students came from Seoul.')).toEqual(['two']);
    expect(counted('How many countries took part?', 'Two countries took part.')).toEqual(['two']);
    // A nation, or a people as a nation, is a party too: "iki xalq arasında körpü", "between the two peoples".
    expect(counted('Cəmiyyətin neçə üzvü var?', 'Sədr deyib: "Vaqif müəllim iki xalq arasında körpü idi".')).toEqual([]);
    expect(counted('How many members does the society have?', 'He was a bridge between the two peoples.')).toEqual([]);
    expect(counted('Сколько членов в обществе?', 'Он был мостом между двумя народами.')).toEqual([]);
    expect(counted('How many people came?', 'Two people came from Seoul.')).toEqual(['two']);
  });

  it('are not the hours and minutes of a time of day', () => {
    expect(numbers('Культура · 12 сентября, 2025 · 15:23')).toEqual([]);
    expect(numbers('24 komanda 16:14-də müraciət edib.')).toEqual(['24']);
  });

  it('are numbers written as words in Russian and Azerbaijani, declined too', () => {
    const counted = (question: string, sentence: string) => answerCandidates('number', sentence, tokenizeWords(sentence), questionEvidence(question));
    expect(counted('Сколько соглашений подписали?', 'Стороны подписали три соглашения и двух меморандумов.')).toEqual(['три', 'двух']);
    expect(counted('Neçə azərbaycanlı oxuyur?', 'Koreyada yüzə qədər, minlərlə deyil, azərbaycanlı oxuyur.')).toEqual(['yuza', 'minlarla']);
    // Short words with an ending are other words: "onun" (his), "biri" (one of them).
    expect(counted('Neçə tələbə var?', 'Onun biri tələbədir.')).toEqual([]);
    expect(countsWhatIsAsked(tokenizeWords('Подписаны три соглашения.'), 'Сколько соглашений подписали?')).toBe(true);
  });

  it('are asked for by a measure named without a question word, as chats ask', () => {
    const typeOf = (question: string) => answerTypeOf(question, questionEvidence(question));
    expect(typeOf('azuz textile yearly yarn output capacity')).toBe('number');
    expect(typeOf('kotra baku budget 2024')).toBe('number');
    // A visit's period is its dates, and "what" asks a clause.
    expect(typeOf('알리예프 대통령 2007년 방한: 방한 기간이랑 정상회담에서 체결한 협정은?')).toBe('any');
    expect(typeOf('what was the investment deal about')).toBe('any');
  });

  it('are asked for by "which" of a measure: which turnover is how much of it, which trade route is not', () => {
    const typeOf = (question: string) => answerTypeOf(question, questionEvidence(question));
    expect(typeOf('Какой был товарооборот между Азербайджаном и Китаем в 2024 году?')).toBe('number');
    expect(typeOf('какая зарплата у тренера в федерации')).toBe('number');
    expect(typeOf('what trade route did xi jinping bring up?')).toBe('entity');
    // A goal or target of a measure asks its figure.
    expect(typeOf('what turnover goal did baku and seoul agree to aim for in 2007?')).toBe('number');
    expect(typeOf('hansı ixrac hədəfi qoyulub?')).toBe('number');
    // A verb after the measure is no other noun: "какой бюджет выделен", "hansı büdcə ayrılıb".
    expect(typeOf('какой бюджет выделен на восьмой раунд консультаций?')).toBe('number');
    expect(typeOf('festival üçün hansı büdcə ayrılıb?')).toBe('number');
    expect(typeOf('под какой процент дали кредитную линию?')).toBe('number');
    expect(typeOf("what's the dwt of the tankers Mirae is building?")).toBe('number');
    // Russian: the first noun after any form of какой, past the adjectives agreeing with it, and before what it is of.
    expect(typeOf('Какую долю корейского экспорта в Азербайджан составляют автомобили и запчасти?')).toBe('number');
    expect(typeOf('каким уставным капиталом будет обладать дочка банка?')).toBe('number');
    expect(typeOf('в каком торговом центре в ашхабаде пройдет неделя корейской культуры')).toBe('entity');
    // The name of someone named by their office is a person's.
    for (const q of ['what is the name of the KOTRA Baku office head?', 'Koreya səfirinin adı nədir', 'как зовут посла', 'KOTRA 바쿠 무역관장 이름이 뭐야?']) expect(typeOf(q), q).toBe('person');
    for (const q of ['what is the name of the agreement the ministers signed', "what's the name of the festival"]) expect(typeOf(q), q).not.toBe('person');
    // Chats type "сколько" as "скока".
    expect(typeOf('скока магазинов будут принимать QR оплату?')).toBe('number');
    // "Почём" asks a price, "표값" is a ticket's price; "몇 시간" asks hours (a length of time), "몇 시" a time of day.
    expect(typeOf('почём билет Баку—Сеул в экономе?')).toBe('number');
    expect(asksForMeasure('무감 공연 표값 얼마야')).toBe(true);
    expect(asksForMeasure('캄보디아에 준 장비 값이 얼마래?')).toBe(true);
    expect(typeOf('바쿠에서 인천 직항 타면 몇 시간 걸려?')).toBe('number');
    expect(typeOf('숨가이트 공장 생산능력은 어느 정도야?')).toBe('number');
    expect(typeOf('what was Azerbaijan-Korea turnover in the first quarter?')).toBe('number');
    expect(typeOf("what's the grace period on the credit line?")).toBe('number');
    expect(typeOf('공연 몇 시에 시작해?')).toBe('date');
    expect(typeOf('Ребята едут в Пусан — в какие числа?')).toBe('date');
    // "чья" after a comma opens a clause about the person; the question asks where from.
    expect(typeOf('Откуда родом керамистка, чья выставка открылась в Баку?')).toBe('place');
    expect(typeOf('Чья выставка открылась в Баку?')).toBe('person');
    expect(typeOf('какой план утвержден на год?')).toBe('entity');
    // How a measure "comes out" in Korean is how much it is.
    expect(typeOf('최유진 대표 나이가 어떻게 돼?')).toBe('number');
    expect(typeOf('행사 일정은 어떻게 돼?')).toBe('any');
    expect(typeOf('which investment agreement did they sign?')).toBe('entity');
  });

  it('are Azerbaijani number words only in Azerbaijani text, and not as a capitalised name', () => {
    const counted = (question: string, sentence: string) => answerCandidates('number', sentence, tokenizeWords(sentence), questionEvidence(question));
    expect(counted('Neçə turist gəlib?', 'Bakıya on min turist gəlib.')).toEqual(['on', 'min']);
    expect(counted('How many visitors came?', 'Most visitors came on package tours.')).toEqual([]);
    expect(counted('How many athletes came with the coach?', 'Choi Min Sok came with his assistant.')).toEqual([]);
    expect(countsWhatIsAsked(tokenizeWords('Most tourists came on tours.'), 'How many tours?')).toBe(false);
  });

  it('take a day beside its month for a date, not a count of what follows it', () => {
    const firms = 'How many firms came to the business forum?';
    expect(countsWhatIsAsked(tokenizeWords('BAKU, Oct. 3 — Korean and Azerbaijani companies signed seven memoranda.'), firms)).toBe(false);
    expect(countsWhatIsAsked(tokenizeWords('About 140 companies took part.'), firms)).toBe(true);
    // A number word after a month counts: "in April nine divers will go".
    expect(countsWhatIsAsked(tokenizeWords('В апреле девять прыгунов поедут на сборы.'), 'Сколько прыгунов поедут?')).toBe(true);
  });

  it('include the teens and hyphened tens, at the start of a sentence too', () => {
    const counted = (question: string, sentence: string) => answerCandidates('number', sentence, tokenizeWords(sentence), questionEvidence(question));
    expect(counted('How many processors got certificates?', 'Fourteen Azerbaijani processors have received certificates.')).toEqual(['fourteen']);
    expect(counted('How many companies came?', 'Twenty-five companies came.')).toEqual(['twenty-five']);
    expect(counted('How long is the grace period?', 'The line has a two-year grace period.')).toEqual(['two-year']);
    // A decimal before "percent" is a share, not a day and a month.
    expect(counted('What interest does the bond pay?', 'The bonds carry a coupon of 3.15 percent.')).toEqual(['3.15']);
    expect(counted('How many were signed?', 'Two were signed on 3.15 in Baku.')).toEqual(['two']);
    expect(counted('Сколько компаний приехало?', 'Приехали представители пятнадцати компаний.')).toEqual(['пятнадцати']);
  });
});

describe('what a how-many question counts', () => {
  const counts = (sentence: string, question: string) => countsWhatIsAsked(tokenizeWords(sentence), question);

  it('is counted by people counters and jobs when it counts people', () => {
    expect(counts('Zavodda 220 nəfər çalışır.', 'zavodda nece isci var?')).toBe(true);
    expect(counts('На заводе работают 450 человек.', 'сколько работников на заводе?')).toBe(true);
    expect(counts('Zavod 12 min ton fındıq emal edəcək.', 'zavodda nece isci var?')).toBe(false);
    // Chats ask "сколько народу" as "сколько человек"; course attendees (слушатели) are people.
    expect(countedNoun('а сколько народу работает на заводе?')?.people).toBe('any');
    expect(counts('На заводе работают 85 человек.', 'а сколько народу работает на заводе?')).toBe(true);
    expect(counts('Мощность завода — 50 тыс. тонн.', 'а сколько народу работает на заводе?')).toBe(false);
    expect(counts('В прошлом году курсы окончили 430 слушателей.', 'Сколько народу закончило курсы?')).toBe(true);
  });

  it('is counted by any count of people when it asks people, and only by the people it names otherwise', () => {
    expect(counts('The academy will train up to 600 students a year.', 'how many ppl can it train a year?')).toBe(true);
    expect(counts('Более 2 500 пациентов в год.', 'сколько человек примут за год?')).toBe(true);
    expect(counts('В компании работают около 1 300 сотрудников.', 'сколько студентов учатся по программе?')).toBe(false);
    expect(counts('Ежегодно 60 студентов проходят стажировку.', 'сколько студентов учатся по программе?')).toBe(true);
    expect(counts('Всего 60 человек прошли стажировку.', 'сколько студентов прошли стажировку?')).toBe(true);
  });

  it('is counted by a Korean counter of the same things ("몇 개사" by "45곳")', () => {
    expect(counts('양국 기업 45곳에서 150여명이 참석했다.', '회의에 기업 몇 개사 참가했나요')).toBe(true);
    expect(counts('양국 기업 45곳에서 150여명이 참석했다.', '전기버스 몇 대 들어와?')).toBe(false);
    expect(counts('마을에는 주택 480가구가 들어선다.', '스마트빌리지에 집 몇 채 짓는대')).toBe(true);
    expect(counts('마을에는 주택 480가구가 들어선다.', '아파트 몇 세대야?')).toBe(true);
    expect(counts('마을에는 학교 2곳이 들어선다.', '집 몇 채 짓는대')).toBe(false);
    // Large numbers with Korean units between the digits, and a counter after the number.
    expect(counts('첫 선적분 1만2천병은 6월 부산항에 들어온다.', '와인 첫 선적 물량 몇 병?')).toBe(true);
    expect(counts('고문서 3천 점 디지털화 착수', '고문서 몇 점 디지털화해?')).toBe(true);
    expect(counts('고문서 3천 권 디지털화 착수', '고문서 몇 점 디지털화해?')).toBe(false);
  });

  it('is counted by the Korean counter the question asks with, written on the number', () => {
    expect(counts('첫 물량 40대는 내년 3월 인도된다.', '전기버스 첫 물량은 몇 대야?')).toBe(true);
    expect(counts('버스 120대가 들어온다', '전기버스 몇대 들어와?')).toBe(true);
    expect(counts('센터 3곳이 문을 연다.', '전기버스 몇 대야?')).toBe(false);
    // "몇 개월" asks a length of time, not things counted with 개.
    expect(counts('공사는 30개월 걸린다', '몇 개월 걸려?')).toBe(false);
  });

  it('meets households in families', () => {
    expect(counts('The aid will reach 2,150 families.', 'how many households are getting the relief?')).toBe(true);
  });
});

describe('person answers in English text', () => {
  it("take a name that shares only a stem with the question's name for another person (Aliyeva after Aliyev)", () => {
    const visit = passage(
      'u.txt',
      'President Ilham Aliyev made a state visit to Uzbekistan and was accompanied by the delegation of Azerbaijan. ' +
        'The state visit of Ilham Aliyev to Uzbekistan together with his spouse Mehriban Aliyeva was warm.',
    );
    const answer = composeAnswer('Who accompanied Ilham Aliyev on his state visit to Uzbekistan?', [visit], { maxSentences: 1 });
    expect(answer.sentences[0]?.text).toContain('Mehriban Aliyeva');
  });

  it('do not take the question\'s own person for another one when a first name is added (Sahiba Gafarova)', () => {
    const meeting = passage('m.txt', 'Speaker Sahiba Gafarova met the delegation in Baku. The speaker of the Korean National Assembly Kim Jin-pyo met Gafarova.');
    const answer = composeAnswer('Who is the speaker of the Korean National Assembly that Gafarova met?', [meeting], { maxSentences: 1 });
    expect(answer.sentences[0]?.text).toContain('Kim Jin-pyo');
  });
});

describe('entity answers', () => {
  const entities = (sentence: string) => answerCandidates('entity', sentence, tokenizeWords(sentence), questionEvidence('Which company wants to make aluminium products?'));
  it('take a short quoted title, not a quoted sentence of speech', () => {
    expect(entities('The company opened the "Aluminium Works" plant.')).toContain('aluminium works');
    expect(entities('"We expect that industrial technology and abundant resources will create higher value-added products," he said.')).toEqual([]);
  });

  it("take a title in Korean single quotes, but not a word before an apostrophe", () => {
    expect(entities('성 구청장이 ‘한국·아제르바이잔 우호친선 공로상’을 받았다.')).toContain('한국·아제르바이잔 우호친선 공로상');
    expect(entities('The company’s plant opened.')).toEqual([]);
  });
});

describe('place answers', () => {
  const places = (sentence: string) => answerCandidates('place', sentence, tokenizeWords(sentence), questionEvidence('Где пройдёт неделя культуры?'));
  it('take a quoted name a few words after the preposition, not a quoted title', () => {
    expect(places('Праздник начнётся с «Недели культуры» в торгово-развлекательном центре «Аркач».')).toContain('аркач');
    expect(places('Сотрудничество укрепляется в рамках проекта "Один пояс, один путь".')).toEqual([]);
  });

  it('take a Russian place after its adjective, but not a common word', () => {
    expect(places('Лидеры встретились в воскресенье в китайском Тяньцзине.')).toContain('тяньцзине');
    expect(places('Стороны говорили о культурном обмене.')).toEqual([]);
  });

  it('take a place named after the word for its kind', () => {
    expect(places('Работы керамистки Хан Су Джин из города Ичхон, известного гончарами.')).toContain('ичхон');
    expect(places('She was born in the city of Icheon.')).toContain('icheon');
    expect(places('Sənətkar İçxon şəhərindəndir.')).toContain('icxon');
    expect(places('Жители города говорили о выставке.')).toEqual([]);
  });

  it('take where someone leaves for', () => {
    const english = (sentence: string) => answerCandidates('place', sentence, tokenizeWords(sentence), questionEvidence('Where was the president going after Baku?'));
    expect(english('The president will leave Baku for United Arab Emirates on May 12.')).toContain('united');
    expect(english('The president thanked Baku for the warm welcome.')).toEqual([]);
  });
});

describe('what a "how many" question counts', () => {
  const counts = (question: string, sentence: string) => countsWhatIsAsked(tokenizeWords(sentence), question);
  it('is found after a quantity: the counted noun, or any people when it counts people', () => {
    expect(counts('how many ppl work at SK group', 'SK Group has more than 100,000 employees.')).toBe(true);
    expect(counts('how many ppl work at SK group', 'The SK Group is composed of 512 subsidiary companies.')).toBe(false);
    expect(counts('How many students came?', 'Eleven students and 24 students came.')).toBe(true);
    expect(counts('한식 축제에 사람 몇 명 왔어?', '400 여명이 한식의 맛을 즐겼다.')).toBe(true);
    expect(counts('What did they discuss?', 'They discussed 3 projects.')).toBe(false);
  });
});

describe('the answer kind of a follow-up', () => {
  const kindOf = (first: string, followUp: string) => answerTypeOf(followUp, questionEvidence(`${first} ${followUp}`));
  it('is what the question it follows asked when it has no question word of its own', () => {
    expect(kindOf('When did Roh Moo-hyun visit Baku?', 'and Aliyev?')).toBe('date');
    expect(kindOf('С кем встречался Игорь Гарафулич?', 'а в 2025 году?')).toBe('person');
  });

  it('is its own when it asks with a question word, even one that asks for no particular kind', () => {
    expect(kindOf('С кем встречался Игорь Гарафулич?', 'а что там восстанавливают?')).toBe('any');
    expect(kindOf('Səməd Seyidov səfirlə nə vaxt görüşüb?', 'sonda səfir nə təqdim etdi?')).toBe('any');
    expect(kindOf('Who met the ambassador?', 'and when was that?')).toBe('date');
  });
});

describe('date answers', () => {
  it('take a month as news abbreviates it', () => {
    const dates = (sentence: string) => answerCandidates('date', sentence, tokenizeWords(sentence), questionEvidence('When was that?'));
    expect(dates('Baku, Azerbaijan, Sept. 6')).toEqual(['sept']);
  });
});

describe('answerCandidates: the tokens of a sentence read again', () => {
  const text = 'The plant opened on 7 September 1992, and Kim Jin-pyo, its director, spoke there in May 2023.';
  it('gives what it gave the first time, and what fresh tokens give for another question', () => {
    const tokens = tokenizeWords(text);
    for (const [type, asked, other] of [
      ['date', 'When did the plant open?', 'What happened at the plant in 1992?'],
      ['person', 'Who spoke at the plant?', 'What did Kim Jin-pyo say at the plant?'],
    ] as const) {
      const first = answerCandidates(type, text, tokens, questionEvidence(asked));
      expect(first.length).toBeGreaterThan(0);
      expect(answerCandidates(type, text, tokens, questionEvidence(asked))).toEqual(first);
      const otherQuestion = questionEvidence(other);
      const again = answerCandidates(type, text, tokens, otherQuestion);
      expect(again).toEqual(answerCandidates(type, text, [...tokens], otherQuestion));
      expect(again).not.toEqual(first);
    }
  });
});

describe('a figure that could be a year', () => {
  it('is a sum when a currency follows it, and a year otherwise', () => {
    const question = questionEvidence('Ağ Şəhərdə bir kvadratın başlanğıc qiyməti nə qədərdir?');
    const numbers = (sentence: string) => answerCandidates('number', sentence, tokenizeWords(sentence), question);
    expect(numbers('Kvadratmetrin ilkin qiyməti 1950 manatdan olacaq.')).toContain('1950');
    expect(numbers('The flats start at 2000 dollars a square metre.')).toContain('2000');
    expect(numbers('Satış 2020-ci ilin payızında, 2021 ildə isə tikinti başlayacaq.')).toEqual([]);
  });
});

describe('names a who-question may be answered by', () => {
  it('reads no person in an English adjective of where or by whom ("the Seoul-based Dasan Foundation", "the Korean-owned Hanbit Media")', () => {
    const question = questionEvidence('Who heads the foundation?');
    const of = (s: string) => answerCandidates('person', s, tokenizeWords(s), question);
    expect(of('Students received grants from the Seoul-based Dasan Scholarship Foundation.')).toEqual([]);
    expect(of('The Korean-owned Hanbit Media said so.')).toEqual([]);
    expect(of('Foundation chairman Noh Jae-won said so.')).toEqual(['noh jae-won']);
  });
});
