import { describe, expect, it } from 'vitest';
import { answerProbability } from '../../src/answer/abstention.ts';
import { LEXICAL_ABSTENTION_MODEL } from '../../src/answer/abstention-model.ts';
import { expectedAnswerType } from '../../src/answer/answer-kind.ts';
import { composeAnswer, traceAnswer } from '../../src/answer/compose.ts';
import { abstentionText } from '../../src/i18n/index.ts';
import { documentPassages } from '../retrieval/document-passages.ts';
import { buildPipeline, devAndExtraQuestions } from '../retrieval/pipeline.ts';
import { questionEvidence } from '../../src/retrieval/evidence.ts';
import { passage } from './passages.ts';

const delegation = passage(
  'a.txt',
  'Bayramov stressed the importance of contacts with the Korean delegation in Baku. ' +
    'The Korean delegation that met Bayramov in Baku was led by Suh Byung-soo. ' +
    'The weather was fine.',
);
const students = passage('b.txt', 'She said about 200 Azerbaijani students are currently studying in Korea. The talks were held in 2023.', { relevance: 0.8 });
const azeri = passage('c.txt', 'Eyni tarixdə nazir müavini E.Məmmədov Koreya Beynəlxalq Əməkdaşlıq Agentliyinin (KOICA) prezidenti Son Hyok-sanq ilə görüş keçirib.', {
  relevance: 0.7,
  meta: { language: 'az' },
});

describe('expectedAnswerType', () => {
  it.each([
    ['Who led the delegation?', 'person'],
    ['KOICA-nın prezidenti kimdir?', 'person'],
    ['Which ambassador presented his credentials?', 'person'],
    ['How many students study in Korea?', 'number'],
    ['Neçə tələbə var?', 'number'],
    ['When did he visit Baku?', 'date'],
    ['Elnur Məmmədov Koreyaya nə vaxt səfər edib?', 'date'],
    ['Where was the meeting held?', 'place'],
    ['Which universities have a dual degree?', 'entity'],
    ['Tell me about the talks.', 'any'],
    ['Tell me about Kim Jin-pyo', 'any'],
    ['Кто такой Мамедов?', 'person'],
    ['Сколько лет отношениям?', 'number'],
    ['Какого числа прошёл приём?', 'date'],
    ['Vida görüşünü hansı tarixdə keçirib?', 'date'],
    ['Görüş nə zaman keçirilib?', 'date'],
    ['Səfir harda çıxış edib?', 'place'],
    ['В каком городе прошёл фестиваль?', 'place'],
    ['행사는 어느 도시에서 열렸어?', 'place'],
    ['Bu, neçənci ildə olub?', 'date'],
    ['Koreya Azərbaycanın neçənci ticarət tərəfdaşıdır?', 'number'],
    ['koreya azerbaycanin necenci ticaret terefdasidir', 'number'],
    ['Koreyanın hansı yeni səfirini qəbul edib?', 'person'],
    ['Görüş hansı şəhərdə keçirilib?', 'place'],
    ['리셉션은 몇 월 며칠에 열렸어?', 'date'],
    ['대사는 몇 년 동안 근무했어?', 'number'],
    ['대사관 직원은 몇 명이야?', 'number'],
    ['What areas of cooperation did they discuss?', 'any'],
    ['В каких сферах они договорились сотрудничать?', 'any'],
    ['Hansı sahələrdə əməkdaşlıq edirlər?', 'any'],
    ['두 나라는 어떤 분야에서 협력해?', 'any'],
    ['How many areas did they name?', 'number'],
    ['In which Azerbaijani city did Korea donate equipment?', 'place'],
    ['В каком азербайджанском городе открыли центр?', 'place'],
    ['What route did Xi bring up when he met Aliyev?', 'entity'],
    ['When did Xi meet Aliyev?', 'date'],
    ['Какой министр посетил Баку?', 'person'],
    ['어떤 대사가 참석했어?', 'person'],
    ['Which Korean official opened the forum?', 'person'],
    ['Какая компания подписала контракт?', 'entity'],
    ['어느 회사가 계약을 체결했어?', 'entity'],
    ['What was the total trade turnover in 2022?', 'number'],
    ['What is the trade volume?', 'number'],
    ['whats the contract value?', 'number'],
    ['What is the total investment in the terminal?', 'number'],
    ['What is the length of the road?', 'number'],
    ['до какой скорости ускорится транспорт?', 'number'],
    ['Какая площадь у комплекса?', 'number'],
    ['석류주스 수입 양은?', 'number'],
    ['fermerlerden neçəsi ile muqavile imzalayib?', 'number'],
    ['mərkəz nə boydadır?', 'number'],
    ['대표단이 산단을 찾은 날짜는', 'date'],
    ['정상 밟은 날짜 알려줘', 'date'],
    ['교통관제 사업 따낸 회사 어디야', 'entity'],
    ['Кто отвечал за программу, когда отправляли детей в Пусан?', 'person'],
    ['где и когда было заседание?', 'date'],
    ['그 회사는 어디에 있어?', 'place'],
    ['what dates was the visit planned for', 'date'],
    ['С какого времени он работал послом?', 'date'],
    ['Какова численность населения?', 'number'],
    ['대사관은 몇 년에 개설됐어?', 'date'],
    ['어느 해에 수교했어?', 'date'],
    ['What time did the reception begin?', 'date'],
    ['Azerbaycanla Yaponiya arasinda elaqeler ne vaxt qurulub?', 'date'],
    ['Ticaret dovriyyesi ne qeder olub?', 'number'],
    // Question words only as whole words: "həkim" (a doctor) holds "kim" (who), "несколько" (several) "сколько" (how many).
    ['Koreyalı həkim Bakıda nə edib?', 'any'],
    ['Bu layihəni kim maliyyələşdirir?', 'person'],
    ['Несколько компаний открыли офисы. Когда это было?', 'date'],
    ['Насколько вырос товарооборот?', 'number'],
    // A sum or a measure asked with "what" before words such as "last year" or "once", or with "what will ... be".
    ['Lənkəranda kurs ayda neçəyədir?', 'number'],
    ['What were its sales last year?', 'number'],
    ['What was the total prize money at the rapid chess open?', 'number'],
    ['What was the final bill for building the hospital, once everything was paid?', 'number'],
    ["What will the power station's capacity be once the upgrade is done?", 'number'],
    ['What was the name of the company?', 'any'],
    // A measure asked as how it is ("가격이 어떻게 돼?", "какой срок гарантии", "the warranty period"), not by when ("в какой срок").
    ['배터리 무상 교체 기간이 어떻게 돼?', 'number'],
    ['금리가 어떻게 돼?', 'number'],
    ['какой срок гарантии?', 'number'],
    ['в какой срок построят мост?', 'entity'],
    // 며칠 before a verb counts days; as the thing asked ("며칠이야?", "며칠에 열려?") it is a date.
    ['화물열차는 며칠 걸렸대?', 'number'],
    ['한국 클럽이랑 며칠 같이 훈련했대?', 'number'],
    ['통관이 며칠에서 며칠로 줄어든대?', 'number'],
    ['개막식은 며칠이야?', 'date'],
    ['몇 월 며칠에 열려?', 'date'],
    // Who, asked of a body by its role, asks for the body; asked of who runs it, for a person.
    ['Кто генподрядчик станции в Сальяне?', 'entity'],
    ['кто возит людей по этой линии, что за перевозчик?', 'entity'],
    ['who was the general contractor for the bridge?', 'entity'],
    ['кто руководит компанией?', 'person'],
    // "What's" as "what is"; a temperature, a margin or a rate asked is a number.
    ["roughly what's the city's population per that report?", 'number'],
    ['Bakı aeroportundakı terminalda hansı temperatur saxlanılır?', 'number'],
    ['Какая температура в терминале?', 'number'],
    ['What margin over LIBOR did the bank charge?', 'number'],
    // "Во сколько" before a time of day or an opening asks a time; before a cost, a sum.
    ['Во сколько утра вылетают чартеры?', 'date'],
    ['во сколько открывается визовый центр?', 'date'],
    ['во сколько обошёлся центр?', 'number'],
    // Какое and какого ask which thing as какой does; hansı şəhərə (to which city) asks a place.
    ['Какое блюдо раскупали лучше всего на фестивале?', 'entity'],
    ['из какого музея привезли ковры?', 'entity'],
    ['deputatlar daha hansı şəhərə baş çəkiblər?', 'place'],
    // Which offices someone held is no place; a sponsor asked with 어디 is a body, as a company is.
    ['Yeni səfir bundan əvvəl hansı vəzifələrdə çalışıb?', 'any'],
    ['감독 연봉 일부 대주는 후원사가 어디래?', 'entity'],
    // What someone is paid or earns, the score of a match, 금액은? at the end: a number.
    ['What is the builder being paid for its part of the metro line?', 'number'],
    ['What was paid attention to?', 'any'],
    ['score of the first women\'s volleyball friendly in 2022?', 'number'],
    ['터널 공사 계약 금액은?', 'number'],
  ])('%s → %s', (question, type) => {
    expect(expectedAnswerType(question)).toBe(type);
  });
});

describe('composeAnswer', () => {
  const passages = [delegation, students, azeri];

  it('puts the sentence holding the asked-for name first, before one that repeats the question', () => {
    const answer = composeAnswer('Who led the Korean delegation that met Bayramov in Baku?', passages, { maxSentences: 3 });
    expect(answer.abstained).toBe(false);
    expect(answer.sentences[0]!.text).toContain('Suh Byung-soo');
    expect(answer.sentences.length).toBeLessThanOrEqual(3);
  });

  it('puts the sentence that says the fact before the headline that names the same things', () => {
    const article = passage('v.txt', 'Lee Eun Yong says the Ganja hospital opens next year\n\nLee Eun Yong said the Ganja hospital will open next year.');
    const answer = composeAnswer('What did Lee Eun Yong say about the Ganja hospital?', [article], { maxSentences: 1 });
    expect(answer.sentences[0]!.text).toBe('Lee Eun Yong said the Ganja hospital will open next year.');
  });

  it('gives a dateline only to a when-question', () => {
    const article = passage('d.txt', 'Seoul, April 18, 2007 / Trend corr.\n\nAccording to him, trade between Baku and Seoul reached $72 million in 2006, and the sides set a goal of bringing it to $300 million.');
    const goal = composeAnswer('what turnover goal did baku and seoul agree to aim for in 2007?', [article], { maxSentences: 1, neverAbstain: true });
    expect(goal.sentences[0]!.text).toMatch(/^According to him/);
    const when = composeAnswer('When did Trend report from Seoul?', [article], { maxSentences: 1 });
    expect(when.sentences[0]!.text).toBe('Seoul, April 18, 2007 / Trend corr.');
  });

  it('prefers the new name that stands next to the question words', () => {
    const presidents = passage(
      'p.txt',
      'Park thanked the Azerbaijani president and conveyed the greetings of Korean President Moon Jae-in. ' +
        'He met Azerbaijani President Ilham Aliyev in Baku.',
    );
    const answer = composeAnswer('Who is the president of Azerbaijan?', [presidents], { maxSentences: 2 });
    expect(answer.sentences[0]!.text).toContain('Ilham Aliyev');
  });

  it('answers a number question with the sentence holding a new number', () => {
    const answer = composeAnswer('How many Azerbaijani students are studying in Korea?', passages, { maxSentences: 3 });
    expect(answer.sentences[0]!.text).toContain('200');
    expect(answer.citations[0]!.source).toBe('b.txt');
  });

  it('finds the Azerbaijani sentence for an English question through names, acronyms and the lexicon', () => {
    const answer = composeAnswer('Who is the president of KOICA?', passages, { maxSentences: 2 });
    expect(answer.sentences[0]!.text).toContain('Son Hyok-sanq');
  });

  it('numbers citations 1..n in order of first use, each with its passage, and every number is cited', () => {
    const answer = composeAnswer('Who led the Korean delegation in Baku, and how many students study in Korea?', passages, { maxSentences: 3 });
    const used = answer.sentences.map((s) => s.citation);
    const firstUse = [...new Set(used)];
    expect(firstUse).toEqual(firstUse.map((_, i) => i + 1));
    expect(answer.citations.map((c) => c.n)).toEqual(firstUse);
    for (const c of answer.citations) {
      const cited = passages.find((p) => p.chunk.id === c.chunkId)!;
      expect(c).toMatchObject({ source: cited.chunk.source, ref: cited.ref, text: cited.chunk.text, score: cited.relevance, meta: cited.meta });
      for (const s of answer.sentences.filter((x) => x.citation === c.n)) expect(cited.chunk.text).toContain(s.text);
    }
  });

  it('never gives more sentences than asked and never repeats a sentence of overlapping passages', () => {
    const overlap = passage('a.txt', 'The Korean delegation that met Bayramov in Baku was led by Suh Byung-soo. The weather was fine.', { ordinal: 1 });
    const answer = composeAnswer('Who led the Korean delegation that met Bayramov in Baku?', [delegation, overlap], { maxSentences: 3 });
    const texts = answer.sentences.map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(composeAnswer('Who led the Korean delegation?', passages, { maxSentences: 1 }).sentences).toHaveLength(1);
  });

  it('abstains on off-topic questions, in the language of the question', () => {
    for (const question of ['How do I bake sourdough bread at home?', 'What is the population of Seoul?', 'What is the GDP of Korea?']) {
      const answer = composeAnswer(question, passages, { maxSentences: 3 });
      expect(answer).toMatchObject({ abstained: true, sentences: [], citations: [], language: 'en' });
    }
    const az = composeAnswer('Bakıda sabah hava necə olacaq?', passages, { maxSentences: 3 });
    expect(az.abstained).toBe(true);
    expect(az.language).toBe('az');
    expect(abstentionText(az.language)).toBe('Mənbələrdə bu barədə məlumat tapa bilmədim.');
    expect(abstentionText('en')).toBe('I could not find this in the sources.');
  });

  it('weighs words by their corpus weights when given: common words alone do not answer', () => {
    const ministers = [passage('m.txt', 'The minister of Korea met the minister of Azerbaijan in Baku. The minister of Korea spoke.')];
    const question = 'Who is the prime minister of Korea?';
    const plain = traceAnswer(question, ministers, { maxSentences: 3 });
    const wordWeights = { prime: 0.5, minister: 0.15, Korea: 0.05 };
    const weighted = traceAnswer(question, ministers, { maxSentences: 3, wordWeights, unseenWords: ['prime'] });
    expect(weighted.features!.coverage).toBeLessThan(plain.features!.coverage / 2);
    expect(answerProbability(LEXICAL_ABSTENTION_MODEL, weighted.features!)).toBeLessThan(answerProbability(LEXICAL_ABSTENTION_MODEL, plain.features!));
    expect(weighted.answer.abstained).toBe(true);
  });

  it('does not count the words of a sentence that only sets the question up as missing from the corpus', () => {
    const ministers = [passage('m.txt', 'Prime minister Han Duck-soo of Korea met the minister of Azerbaijan in Baku.')];
    const question = 'Who is the prime minister of Korea?';
    const prefaced = `I was reading some gossip. ${question}`;
    const plain = traceAnswer(question, ministers, { maxSentences: 3, unseenWords: ['prime'] });
    const withPreface = traceAnswer(prefaced, ministers, { maxSentences: 3, unseenWords: ['prime', 'reading', 'gossip'] });
    expect(plain.features!.unseenWords).toBeGreaterThan(0);
    expect(withPreface.features!.unseenWords).toBeCloseTo(plain.features!.unseenWords, 10);
  });

  it('abstains without passages and when the question has no evidence words', () => {
    expect(composeAnswer('Who led the delegation?', [], { maxSentences: 3 }).abstained).toBe(true);
    expect(composeAnswer('Who is it?', passages, { maxSentences: 3 }).abstained).toBe(true);
  });

  it('takes the language when given and is pure', () => {
    const question = 'Who led the Korean delegation that met Bayramov in Baku?';
    expect(composeAnswer(question, passages, { maxSentences: 3, language: 'ru' }).language).toBe('ru');
    expect(composeAnswer(question, passages, { maxSentences: 3 })).toEqual(composeAnswer(question, passages, { maxSentences: 3 }));
  });

  describe('one citation per document', () => {
    const universities = [
      'Baku Engineering University runs a dual degree program with INHA University.',
      'The program started in 2019.',
      'Students of both universities spend a year abroad.',
      'Baku Engineering University also runs a dual degree program with Kyung Hee University.',
      'The rector spoke at the ceremony.',
      'Baku Engineering University signed a dual degree agreement with Pusan University as well.',
    ];
    // Chunks of three sentences overlapping by one: [0, 3), [2, 5), [4, 6).
    const [first, second, third] = documentPassages('u.txt', universities, [[0, 3], [2, 5], [4, 6]], [0.9, 1, 0.8]);
    const question = 'Which universities run a dual degree program with Baku Engineering University?';

    it('gives sentences from two overlapping passages of a document one number, and the merged text holds both, the overlap once', () => {
      const answer = composeAnswer(question, [second!, first!], { maxSentences: 2 });
      expect(answer.sentences.map((s) => s.text)).toEqual(expect.arrayContaining([universities[0], universities[3]]));
      expect(answer.sentences.map((s) => s.citation)).toEqual([1, 1]);
      expect(answer.citations).toHaveLength(1);
      const [citation] = answer.citations;
      for (const s of answer.sentences) expect(citation!.text).toContain(s.text);
      expect(citation!.text.split(universities[2]!)).toHaveLength(2);
      expect(citation!.text).toBe(universities.slice(0, 5).join(' '));
      // The passage of the answer's first sentence is the one the "show passage" button opens.
      const firstPassage = [first!, second!].find((p) => p.chunk.text.includes(answer.sentences[0]!.text))!;
      expect(citation).toMatchObject({ n: 1, source: 'u.txt', ref: firstPassage.ref, chunkId: firstPassage.chunk.id, score: 1 });
    });

    it('joins passages of a document that are not next to each other with an ellipsis', () => {
      const answer = composeAnswer(question, [first!, third!], { maxSentences: 2 });
      expect(answer.citations).toHaveLength(1);
      expect(answer.citations[0]!.text).toBe(`${first!.chunk.text}\n…\n${third!.chunk.text}`);
      for (const s of answer.sentences) expect(answer.citations[0]!.text).toContain(s.text);
    });

    it('numbers two documents 1 and 2 in order of first use, each sentence within its own citation', () => {
      const other = passage('v.txt', 'Baku Engineering University has a dual degree program with Ajou University since 2021.', { relevance: 0.95 });
      const answer = composeAnswer(question, [first!, other, second!], { maxSentences: 3 });
      const numbers = answer.sentences.map((s) => s.citation);
      expect(new Set(numbers)).toEqual(new Set([1, 2]));
      expect(numbers[0]).toBe(1);
      expect(answer.citations.map((c) => c.n)).toEqual([1, 2]);
      expect(new Set(answer.citations.map((c) => c.source))).toEqual(new Set(['u.txt', 'v.txt']));
      for (const s of answer.sentences) expect(answer.citations[s.citation - 1]!.text).toContain(s.text);
    });
  });

  describe('sentences after the first', () => {
    it('does not append a weak topical sentence from a far less relevant passage', () => {
      const koima = passage('k.txt', 'Mammadov also met Kim Byong-kwan, chairman of the Korea Importers Association (KOIMA), in Seoul.', { relevance: 1 });
      const delegation = passage(
        'd.txt',
        'The Korean delegation led by Suh Byung-soo included committee chairmen and members of the Korean National Assembly.',
        { relevance: 0.4 },
      );
      const wordWeights = { chairs: 0.4, Korea: 0.05, Importers: 0.9, Association: 0.6 };
      const answer = composeAnswer('Who chairs the Korea Importers Association?', [koima, delegation], { maxSentences: 3, wordWeights });
      expect(answer.sentences.map((s) => s.text)).toEqual([koima.chunk.text]);
      expect(answer.citations).toHaveLength(1);
    });

    it('keeps a second sentence that completes a list answer', () => {
      const newspapers = passage(
        'n.txt',
        'In Seoul, Mammadov met the editors of the newspapers Korea Times and Aju Ilbo. ' +
          'Mammadov also met the editors of the newspaper Joongang Daily in Seoul. ' +
          'The weather in Seoul was warm.',
      );
      const answer = composeAnswer('Which newspapers did Mammadov meet in Seoul?', [newspapers], { maxSentences: 3 });
      expect(answer.sentences.map((s) => s.text)).toEqual([
        'In Seoul, Mammadov met the editors of the newspapers Korea Times and Aju Ilbo.',
        'Mammadov also met the editors of the newspaper Joongang Daily in Seoul.',
      ]);
    });

    it('does not append a sentence that covers no new question word and gives no new answer', () => {
      const repeated = passage(
        'r.txt',
        'Kim Byong-kwan chairs the Korea Importers Association. The Korea Importers Association is chaired by Kim Byong-kwan, the association said.',
      );
      const answer = composeAnswer('Who chairs the Korea Importers Association?', [repeated], { maxSentences: 3 });
      expect(answer.sentences).toHaveLength(1);
    });
  });
});

describe('composeAnswer with the credits retrieval read from the index', () => {
  it('answers exactly as from the passage texts and its own reading of the question (dev and extra questions over the seeds)', async () => {
    const pipeline = await buildPipeline();
    const questions = await devAndExtraQuestions();
    let answered = 0;
    for (const question of questions) {
      const { passages, wordWeights, evidence } = await pipeline.retriever.search(question);
      expect(passages.every((p) => p.wordCredits !== undefined)).toBe(true);
      const fromIndex = composeAnswer(question, passages, { maxSentences: 3, wordWeights, evidence });
      const fromText = composeAnswer(question, passages.map(({ wordCredits: _, ...rest }) => rest), { maxSentences: 3, wordWeights });
      expect(fromIndex, question).toEqual(fromText);
      // Evidence read from another question is not taken for this one.
      expect(composeAnswer(question, passages, { maxSentences: 3, wordWeights, evidence: questionEvidence('Who is the mayor of Ganja?') })).toEqual(fromIndex);
      if (!fromIndex.abstained) answered++;
    }
    expect(answered).toBeGreaterThan(40);
  });
});

describe('a question after a sentence that sets it up', () => {
  it("weighs that sentence's words by their rarity: the corpus's everyday words do not choose the answer, its rarer ones still count", () => {
    const festival = passage('f.txt', 'Azerbaijan and Korea opened the festival. At the festival, dancers performed mugham for the news crews.');
    const question = 'I was reading the news about Azerbaijan and Korea. What happened at the festival?';
    const wordWeights = { reading: 1, news: 0.5, Azerbaijan: 0.05, Korea: 0.05, happened: 1, festival: 0.6 };
    // Whether to answer at all is another matter (abstention): here, which sentence comes first.
    const answer = composeAnswer(question, [festival], { maxSentences: 1, wordWeights, neverAbstain: true });
    expect(answer.sentences[0]?.text).toBe('At the festival, dancers performed mugham for the news crews.');
  });
});

describe('a sentence of another year than the question names', () => {
  it('comes after one that names no other year', () => {
    const other = passage('a.txt', 'Deputy minister Mammadov represented Azerbaijan at the political consultations in Seoul in July 2022.');
    const asked = passage('b.txt', 'Deputy minister Khalafov represented Azerbaijan at the political consultations in Seoul in November.');
    const first = (question: string) => composeAnswer(question, [other, asked], { maxSentences: 1, neverAbstain: true }).sentences[0]?.text;
    expect(first('Which deputy minister represented Azerbaijan at the political consultations in Seoul in 2017?')).toMatch(/Khalafov/);
    // Without a year in the question, retrieval's order decides.
    expect(first('Which deputy minister represented Azerbaijan at the political consultations in Seoul?')).toMatch(/Mammadov/);
  });
});

describe('sentences of an article that does not name what the question names', () => {
  it('come after an equal sentence of the article that does, though their passage ranks first', () => {
    const question = 'how many local people will Sinhae hire?';
    const other = passage('other.txt', 'The centre will hire 4 local people.');
    const lead = passage('sinhae.txt', 'Sinhae Water Tech signed the desalination contract.');
    const hiring = passage('sinhae.txt', 'The company will hire 400 local people.', { ordinal: 1 });
    const first = (passages: ReturnType<typeof passage>[]) => composeAnswer(question, passages, { maxSentences: 1, neverAbstain: true }).sentences[0]?.text;
    expect(first([other, lead, hiring])).toBe('The company will hire 400 local people.');
    // Without the lead, neither article names Sinhae: the better-ranked passage wins the tie.
    expect(first([other, hiring])).toBe('The centre will hire 4 local people.');
  });
});

describe('a when-question whose first sentence gives only a year', () => {
  it('leads with the sentence of the reply that gives a month of that year, and not of another year', () => {
    const question = 'When were diplomatic relations between Azerbaijan and Japan established?';
    const texts = (second: string) => [
      passage('a.txt', 'Diplomatic relations between Azerbaijan and Japan were established in 1992, the ambassador said.'),
      passage('b.txt', second),
    ];
    const reply = (second: string) => composeAnswer(question, texts(second), { maxSentences: 2, neverAbstain: true }).sentences.map((s) => s.text);
    const precise = 'Relations between Azerbaijan and Japan were established on 7 September 1992.';
    expect(reply(precise)).toEqual([precise, 'Diplomatic relations between Azerbaijan and Japan were established in 1992, the ambassador said.']);
    const otherYear = 'Relations between Azerbaijan and Japan were upgraded on 7 September 2012.';
    expect(reply(otherYear)[0]).toMatch(/in 1992/);
  });
});

describe('a how-many question whose first sentence counts something else', () => {
  it('leads with the sentence of the reply that counts what is asked', () => {
    const question = 'How many students study Korean at the Baku university?';
    const lead = 'The Baku university, where students study Korean, opened its Korean centre with 12 computers.';
    const count = 'About 300 students now study the language there.';
    const reply = composeAnswer(question, [passage('a.txt', `${lead} ${count}`)], { maxSentences: 2, neverAbstain: true }).sentences.map((s) => s.text);
    expect(reply).toEqual([count, lead]);
  });
});

describe('the question\'s names, places and numbers in a sentence\'s article', () => {
  it("puts first the sentence whose article holds the place asked about, not a neighbour's that repeats as many words", () => {
    const ganja = passage('ganja.txt', 'More than 350 volunteers planted trees in the city of Ganja.', { relevance: 0.9 });
    const uzbek = passage('samarkand.txt', 'More than 1,100 volunteers planted seedlings in an Uzbek city.', { relevance: 0.8 });
    const answer = composeAnswer('how many volunteers planted trees in the uzbek city?', [ganja, uzbek], { maxSentences: 2, neverAbstain: true });
    expect(answer.sentences[0]!.text).toContain('1,100');
  });
});

describe("the share of the question a sentence's article holds", () => {
  it("puts first the sentence of the article that holds more of the question, not a digest's other item that says as much", () => {
    // Both name Sumgait; only the second article is about the polypropylene plant asked about.
    const digest = passage('briefs.txt', 'INDUSTRY. A Korean garment maker will start building a sewing factory in Sumgait in spring 2025, creating 400 jobs.');
    const plant = passage('plant.txt', 'Hanseong signed a deal on a polypropylene plant in the Sumgait chemical park. Hanseong will start building it in the second quarter of 2024.');
    const answer = composeAnswer('When will the building of the polypropylene plant in Sumgait start?', [digest, plant], { maxSentences: 1 });
    expect(answer.sentences[0]!.text).toContain('2024');
  });
});

describe('a who-question whose best article names nobody in its retrieved passages', () => {
  const question = 'Who heads the Korean foundation that gave study grants to Azerbaijani students?';
  const retrieved = [
    passage('grants.txt', 'Korean foundation funds 15 scholarships for Azerbaijani learners\nBy Kamran Valiyev | k.valiyev@example.invalid'),
    passage('grants.txt', 'BAKU - Fifteen Azerbaijani students received scholarships from the Seoul-based Dasan Scholarship Foundation on Friday.', { ordinal: 1 }),
    passage('press.txt', 'Ganad director Elnur Tahirli said the house was negotiating rights to two more Korean titles.', { relevance: 0.5 }),
  ];
  const rest = [
    passage('grants.txt', 'Each grant is worth $6,000 for the academic year.', { ordinal: 2 }),
    passage('grants.txt', 'Foundation chairman Noh Jae-won said the number of grants would rise to 20 next year.', { ordinal: 3 }),
  ];
  const first = (articlePassages?: typeof rest, from = retrieved) =>
    composeAnswer(question, from, { maxSentences: 2, neverAbstain: true, ...(articlePassages !== undefined ? { articlePassages: () => articlePassages } : {}) }).sentences[0]?.text;

  it('finds the person named beside the question\'s words further on in that article, a byline and "Seoul-based" naming no one', () => {
    expect(first(rest)).toBe('Foundation chairman Noh Jae-won said the number of grants would rise to 20 next year.');
    expect(first()).not.toContain('Noh Jae-won');
  });

  it('keeps to the retrieved sentences when one of the best article\'s names someone', () => {
    const named = [passage('grants.txt', 'BAKU - Fifteen Azerbaijani students received scholarships from the foundation, its director Park Min-ho said on Friday.'), ...retrieved.slice(1)];
    expect(first(rest, named)).toContain('Park Min-ho');
  });
});
