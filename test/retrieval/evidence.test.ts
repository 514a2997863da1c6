import { describe, expect, it } from 'vitest';
import { LexicalIndex } from '../../src/index/lexical.ts';
import { creditMatcher, indexedCredits } from '../../src/retrieval/credit-table.ts';
import { UNSEEN_WORD_WEIGHT, coverage, focusMissing, questionEvidence, searchWeights, textMatcher, withAskingWeights, withoutUnseenContext, wordWeightsFromFrequencies } from '../../src/retrieval/evidence.ts';
import { CONCEPT_PREFIX } from '../../src/corpus/term-kinds.ts';
import { LEXICON_LINES } from '../../src/corpus/lexicon.ts';
import { RELATED_CONCEPT_GROUPS } from '../../src/retrieval/kin-terms.ts';
import { EVIDENCE } from '../../src/scoring.ts';
import { buildPipeline, devAndExtraQuestions } from './pipeline.ts';

describe('questionEvidence', () => {
  it('weighs names and numbers above common words and drops stop words', () => {
    const evidence = questionEvidence('Who did Jeyhun Bayramov receive on May 23?');
    expect(evidence.words.map((w) => [w.token, w.weight])).toEqual([
      ['Jeyhun', 1.5],
      ['Bayramov', 1.5],
      ['receive', 1],
      ['May', 1],
      ['23', 1.5],
    ]);
  });

  it('takes the word after a question word, or the topic after "about", as the focus, but not an answer-kind noun', () => {
    const focus = (q: string) => questionEvidence(q).focus.map((w) => w.token);
    expect(focus('What is the GDP of Korea?')).toEqual(['GDP']);
    expect(focus('Which Korean newspapers did he meet?')).toEqual(['Korean']);
    expect(focus('What did Bayramov say about the Olympic Games?')).toEqual(['Bayramov', 'Olympic']);
    expect(focus('Elnur Məmmədov hansı qəzetlərin rəhbərləri ilə görüşüb?')).toEqual(['qəzetlərin']);
    expect(focus('In which city did they meet?')).toEqual([]);
    // "В какие числа" asks for dates: "числа" is what is asked, not the topic.
    expect(focus('Ребята едут в Пусан — в какие числа?')).toEqual([]);
    // Asked last, the question word follows what it asks about.
    expect(focus('А зарплата у него какая?')).toEqual(['зарплата']);
    expect(focus('Читал про нового тренера. А зарплата у него какая?')).toEqual(['зарплата']);
    // Asked by what name, the name is the answer: 'adla', 'названием' are no focus.
    expect(focus('Gəncədə yığılan pikap hansı adla satılacaq?')).toEqual([]);
    expect(focus('Под каким названием будут продавать пикап?')).toEqual([]);
    // What a count asks for is written as the article counts it ("164 athletes" for "how many kids"): no focus.
    expect(focus('how many kids competed at the judo event?')).toEqual([]);
    expect(focus('дни культуры в пусане - сколько было посетителей?')).toEqual([]);
    // A count between the question word and its noun is not the focus.
    expect(focus('What are the two contract values?')).toEqual(['contract']);
    expect(focus('hansı iki saziş imzalanıb?')).toEqual(['saziş']);
    expect(focus('Which agency reported it?')).toEqual([]);
    expect(questionEvidence('Since which year has KOICA helped?').words.map((w) => w.token)).toEqual(['KOICA', 'helped']);
    // The thing asked for is written as a quantity ("$1.2 million", "7-10 марта"), and Russian
    // declines the noun that asks for it.
    const words = (q: string) => questionEvidence(q).words.map((w) => w.token);
    expect(words('How much money did KOICA allocate?')).toEqual(['KOICA', 'allocate']);
    expect(words('В какие даты Алиев посетит Японию?')).toEqual(['Алиев', 'посетит', 'Японию']);
    expect(focus('В какие даты Алиев посетит Японию?')).toEqual([]);
  });

  it('leaves out the count of the two parties ("the 2 countries", "iki ölkə"), which articles seldom write as a number', () => {
    const words = (q: string) => questionEvidence(q).words.map((w) => w.token);
    expect(words('what was the trade volume between the 2 countries in 2006')).toEqual(['trade', 'volume', 'countries', '2006']);
    expect(words('iki ölkə arasında ticarət')).not.toContain('iki');
    expect(words('what did the two ministers sign')).toContain('two');
  });

  it('leaves out the words that ask an office, which news never writes beside the office', () => {
    const words = (q: string) => questionEvidence(q).words.map((w) => w.token);
    expect(words('Ровшан Алекперов - какую должность он занимает')).toEqual(['Ровшан', 'Алекперов', 'занимает']);
    expect(words('resad esgerli hansi vezifeni tutur')).toEqual(['resad', 'esgerli']);
    expect(words('한동민 직함이 뭐임')).toEqual(['한동민']);
    expect(words('what was his post?')).toEqual([]);
  });

  it('leaves out a Korean answer-kind noun before the question word, and the years a chat counts from its own time', () => {
    const words = (q: string) => questionEvidence(q).words.map((w) => w.token);
    expect(words('직업훈련센터 문 연 날짜가 언제였지?')).toEqual(['직업훈련센터']);
    expect(words('회사 대표 이름이 뭐야?')).toEqual(['회사', '대표']);
    // Elsewhere the noun is a word of the question ("이름을 딴 거리" names a street after someone).
    expect(words('이름을 딴 거리는 어디야?')).toContain('이름을');
    expect(words('석류주스 한국 수출액 올해 얼마나 됐어?')).not.toContain('올해');
  });

  it('weighs the common words of sentences before the one that asks at a share, their names in full', () => {
    const weights = Object.fromEntries(questionEvidence('I was reading the news about Jeyhun Bayramov. Who did he receive on May 23?').words.map((w) => [w.token, w.weight]));
    expect(weights).toEqual({ receive: 1, May: 1, '23': 1.5, reading: 0.25, news: 0.25, Jeyhun: 1.5, Bayramov: 1.5 });
    // The focus is read from the sentence that asks.
    expect(questionEvidence('Korea opened a centre. In which city did they open it?').focus).toEqual([]);
  });

  it('scales weights by corpus weights when given', () => {
    expect(questionEvidence('Who is the minister of Korea?', { minister: 0.5, Korea: 0.1 }).words.map((w) => w.weight)).toEqual([0.5, 0.1]);
  });
});

describe('searchWeights', () => {
  it('weighs the common words of the sentences that set the question up at a share in the search, the rest in full', () => {
    const weightOf = searchWeights(questionEvidence('I was reading the news about Lew Kwang-chul. Where does he work?'))!;
    expect(weightOf('news')).toBe(EVIDENCE.contextWeight);
    expect(weightOf('reading')).toBe(EVIDENCE.contextWeight);
    expect(weightOf('Lew')).toBe(1);
    expect(weightOf('work')).toBe(1);
    expect(searchWeights(questionEvidence('Where does Lew Kwang-chul work?'))).toBeUndefined();
  });
});

describe('withoutUnseenContext', () => {
  it('drops the words of a setting-up sentence that no passage has, so that they do not lower coverage; the asking words stay', () => {
    const question = 'I was reading the gazette. How many buses did Daesan ship?';
    const unseen = new Set(['reading', 'gazette', 'buses']);
    const evidence = withoutUnseenContext(questionEvidence(question), unseen);
    const weightOf = (token: string) => evidence.words.find((w) => w.token === token)?.weight;
    expect(weightOf('reading')).toBe(0);
    expect(weightOf('gazette')).toBe(0);
    // Unseen but asked: it still counts against a passage that lacks it.
    expect(weightOf('buses')).toBeGreaterThan(0);
    const text = 'Daesan will ship 40 buses.';
    const share = (e: ReturnType<typeof questionEvidence>) => coverage(e, textMatcher(e, text)).share;
    expect(share(evidence)).toBeGreaterThan(share(questionEvidence(question)));
    expect(share(evidence)).toBeCloseTo(share(questionEvidence('How many buses did Daesan ship?')), 5);
  });
});

describe('withAskingWeights', () => {
  it("weighs the earlier question's words, names too, as context, and the follow-up's own words as they were", () => {
    const combined = questionEvidence('Which ambassador did Ilham Aliyev receive? whose greetings did he convey?');
    const asked = withAskingWeights(combined, 'whose greetings did he convey?');
    const weightOf = (e: typeof combined, token: string) => e.words.find((w) => w.token === token)!.weight;
    expect(weightOf(asked, 'Aliyev')).toBeCloseTo(weightOf(combined, 'Aliyev') * EVIDENCE.contextWeight);
    expect(weightOf(asked, 'greetings')).toBe(weightOf(combined, 'greetings'));
    const greetings = textMatcher(asked, 'The ambassador conveyed the greetings of the leader.');
    const repeats = textMatcher(asked, 'Ilham Aliyev received the ambassador.');
    expect(coverage(asked, greetings).share).toBeGreaterThan(coverage(asked, repeats).share);
  });
});

describe('coverage', () => {
  it('credits a lexicon translation as the written word, and a name only sounding alike below it', () => {
    const evidence = questionEvidence('Mammadov newspapers');
    const exact = coverage(evidence, textMatcher(evidence, 'Mammadov read the newspapers.'));
    const translated = coverage(evidence, textMatcher(evidence, 'Məmmədovun qəzetləri'));
    const sound = coverage(evidence, textMatcher(evidence, 'Mamedov read the newspapers.'));
    expect(exact.share).toBe(1);
    expect(translated.share).toBe(1);
    expect(sound.share).toBeGreaterThan(0.7);
    expect(sound.share).toBeLessThan(1);
    expect(coverage(evidence, textMatcher(evidence, 'Bread and salt.')).share).toBe(0);
  });

  it('finds a missing focus', () => {
    const evidence = questionEvidence('What is the GDP of Korea?');
    expect(focusMissing(evidence, textMatcher(evidence, 'Korea grew fast.'))).toBe(true);
    expect(focusMissing(evidence, textMatcher(evidence, 'The GDP of Korea grew.'))).toBe(false);
  });

  it('credits a longer word that continues a question word of five letters or more, below the word itself', () => {
    const credit = (question: string, text: string) => {
      const evidence = questionEvidence(question);
      return textMatcher(evidence, text)(evidence.words[0]!);
    };
    expect(credit('interconnect', 'The interconnect opened.')).toBe(1);
    expect(credit('interconnect', 'The interconnector opened.')).toBe(0.7);
    expect(credit('inter', 'The interconnector opened.')).toBe(0.7);
    expect(credit('intr', 'The intranet opened.')).toBe(0);
    expect(credit('interconnect', 'The pipeline opened.')).toBe(0);
  });
});

describe('words found by kin terms: a head by its titles, a concept by a related one', () => {
  // The credit a text gives the question's word written as token.
  const creditOfToken = (question: string, token: string, text: string) => {
    const evidence = questionEvidence(question);
    return textMatcher(evidence, text)(evidence.words.find((w) => w.token === token)!);
  };

  it('a head asked: found by a chairman, director, chief executive or manager, less surely than by a head itself', () => {
    // The credit of the question's word for a head (its concept's term), whatever other words it has.
    const credit = (question: string, text: string) => {
      const evidence = questionEvidence(question);
      const asked = evidence.words.find((w) => w.terms.includes(`${CONCEPT_PREFIX}head`))!;
      return textMatcher(evidence, text)(asked);
    };
    const q = 'Sabirabad layihəsində yerli tekstil şirkətinin rəhbəri kimdir?';
    expect(credit(q, 'Muğan Tekstilin idarə heyətinin sədri Tural Babayev qeyd edib.')).toBe(EVIDENCE.matchCredit.kin);
    expect(credit(q, 'Şirkətin baş direktoru Conq U Cin bildirib.')).toBe(EVIDENCE.matchCredit.kin);
    expect(credit(q, 'Şirkətə Tural Babayev rəhbərlik edir.')).toBe(EVIDENCE.matchCredit.concept);
    expect(EVIDENCE.matchCredit.kin).toBeLessThan(EVIDENCE.matchCredit.concept);
    expect(credit('Кто руководит заводом?', 'Гендиректор завода Ли Мин Хо сообщил.')).toBe(EVIDENCE.matchCredit.kin);
    expect(credit('노을섬유 대표가 누구지', '무간 텍스틸 회장이 말했다.')).toBe(EVIDENCE.matchCredit.kin);
  });

  it('a title asked is kept: a chair is not found by a director', () => {
    const evidence = questionEvidence('Who chairs the commission?');
    expect(evidence.words.some((w) => w.kin !== undefined)).toBe(false);
    const chairs = evidence.words.find((w) => w.token === 'chairs')!;
    expect(textMatcher(evidence, 'The director of the commission spoke.')(chairs)).toBe(0);
  });

  // A question, its word, and a text that says it in a related concept's words.
  const FOUND_BY_RELATED: readonly (readonly [string, string, string])[] = [
    ['Сколько людей будет работать на заводе?', 'работать', 'The plant will create 450 jobs.'],
    ['How many jobs will the plant create?', 'jobs', 'Zavodda 450 nəfər işləyəcək.'],
    ['Koreyaya nə qədər nar satılıb?', 'satılıb', 'Pomegranate exports to Korea reached $2 million.'],
    ['How much was exported to Korea?', 'exported', 'Koreyaya 2 milyon dollarlıq nar satılıb.'],
    ['Which agency received the equipment?', 'agency', 'The equipment went to the national institution for mine action.'],
    ['How much was the payment?', 'payment', 'The price was set at 40 manat.'],
    ['How much is the visa fee?', 'fee', 'The tariff was set at 40 manat.'],
    ['Когда подписали сделку?', 'сделку', 'The memorandum was signed in May.'],
    ['Neçə turist gəlib?', 'turist', 'The trip was a success.'],
    ['병원은 어디에 지어?', '병원은', 'Поликлиника откроется в Гяндже.'],
    ['Рейс отложили?', 'отложили', 'The flight was delayed by six hours.'],
    ['Lisenziyanı kim verib?', 'Lisenziyanı', 'The permit was issued in May.'],
    // Chat words for the article's own: baby fish are fingerlings, a loan a debt, guests visitors.
    ['How many baby sturgeon a year?', 'baby', 'The hatchery will release 2.5 million fingerlings a year.'],
    ['Кредит большой?', 'Кредит', 'The debt reached $40 million.'],
    ['Neçə qonaq gəlib?', 'qonaq', 'The exhibition drew 3,000 visitors.'],
  ];
  // Concepts kept apart: an investment is no sale, a summit no other meeting, studying no research, a factory no plant.
  const KEPT_APART: readonly (readonly [string, string, string])[] = [
    ['Koreyaya nə qədər nar satılıb?', 'satılıb', 'The investment reached $2 million.'],
    ['When was the summit held?', 'summit', 'The meeting was held on May 3.'],
    ['How many students study in Korea?', 'study', 'The research centre opened.'],
    ['How big is the factory?', 'factory', 'The plant covers five hectares.'],
  ];

  it('names only concepts the lexicon has in its related groups, each group of two or more', () => {
    const concepts = new Set(LEXICON_LINES.map((line) => line.split(' ')[0]));
    for (const group of RELATED_CONCEPT_GROUPS) {
      expect(group.length, group.join(' ')).toBeGreaterThanOrEqual(2);
      for (const name of group) expect(concepts.has(name), `${name} in ${group.join(' ')}`).toBe(true);
    }
  });

  it.each(FOUND_BY_RELATED)('a concept asked is found by a related one, less surely than its own: %s (%s) in "%s"', (question, token, text) => {
    expect(creditOfToken(question, token, text)).toBe(EVIDENCE.matchCredit.kin);
  });

  it.each(KEPT_APART)('a concept asked is not found by one kept apart: %s (%s) in "%s"', (question, token, text) => {
    expect(creditOfToken(question, token, text)).toBe(0);
  });

  it('credits read from the lexical index are those read from the text', () => {
    const texts = ['Muğan Tekstilin idarə heyətinin sədri Tural Babayev qeyd edib.', 'Şirkətin rəhbəri Tural Babayevdir.', 'The weather was fine.', 'The plant will create 450 jobs and export yarn.'];
    const lexical = LexicalIndex.create();
    lexical.add(texts.map((text, label) => ({ label, text })));
    for (const question of ['Sabirabad layihəsində yerli tekstil şirkətinin rəhbəri kimdir?', 'Zavodda neçə nəfər işləyəcək və nə qədər iplik satılacaq?']) {
      const evidence = questionEvidence(question);
      const fromIndex = indexedCredits(evidence, texts.map((_, label) => label), lexical);
      texts.forEach((text, label) => {
        for (const word of evidence.words) expect(creditMatcher(evidence, fromIndex, label)(word), `${word.token} / ${text}`).toBe(textMatcher(evidence, text)(word));
      });
    }
  });
});

describe('indexedCredits', () => {
  it('gives every passage and question word the credit textMatcher reads from the passage text (seed corpus, dev and extra questions)', async () => {
    const pipeline = await buildPipeline();
    const lexical = LexicalIndex.create();
    lexical.add(pipeline.chunks.map((c, label) => ({ label, text: c.chunk.text })));
    const labels = pipeline.chunks.map((_, label) => label);
    const questions = await devAndExtraQuestions();
    let credited = 0;
    for (const question of questions) {
      const evidence = questionEvidence(question);
      const fromIndex = indexedCredits(evidence, labels, lexical);
      pipeline.chunks.forEach((c, label) => {
        const fromText = textMatcher(evidence, c.chunk.text);
        for (const word of evidence.words) {
          expect(creditMatcher(evidence, fromIndex, label)(word), `${question} / ${word.token} / ${c.chunk.id}`).toBe(fromText(word));
          if (fromText(word) > 0) credited++;
        }
      });
    }
    // The comparison is not vacuous: many words match, by every kind of credit.
    expect(questions.length).toBeGreaterThan(60);
    expect(credited).toBeGreaterThan(500);
  });
});

describe('wordWeightsFromFrequencies', () => {
  it('gives rare words more weight than common ones, and unseen words a middling weight', () => {
    const weights = wordWeightsFromFrequencies(
      [
        { token: 'rare', documents: 1 },
        { token: 'some', documents: 20 },
        { token: 'everywhere', documents: 1000 },
        { token: 'unseen', documents: 0 },
      ],
      1000,
    );
    expect(weights.rare).toBeGreaterThan(weights.some!);
    expect(weights.some).toBeGreaterThan(weights.everywhere!);
    expect(weights.everywhere).toBeGreaterThan(0);
    expect(weights.rare).toBeLessThanOrEqual(1);
    expect(weights.unseen).toBe(UNSEEN_WORD_WEIGHT);
  });
});
