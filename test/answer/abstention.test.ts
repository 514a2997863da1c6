import { describe, expect, it } from 'vitest';
import { ABSTENTION_FEATURES, answerProbability, isAbstentionModel, shouldAbstain } from '../../src/answer/abstention.ts';
import type { AbstentionFeatures, AbstentionModel } from '../../src/answer/abstention.ts';
import { LEXICAL_ABSTENTION_MODEL } from '../../src/answer/abstention-model.ts';
import { ANALYZER_VERSION } from '../../src/corpus/terms.ts';
import { halfOf } from '../../src/eval/split.ts';
import { answerDecided, decideOn, traceAnswer, traceAnswerDecidedOn } from '../../src/answer/compose.ts';
import { passage } from './passages.ts';

const features = (values: Partial<AbstentionFeatures>): AbstentionFeatures =>
  ({ ...Object.fromEntries(ABSTENTION_FEATURES.map((f) => [f, 0])), plainCoverage: 0.5, yearInArticle: 1, ...values }) as AbstentionFeatures;

describe('the abstention model', () => {
  it('is a valid model fitted with the current analyzer', () => {
    expect(isAbstentionModel(LEXICAL_ABSTENTION_MODEL)).toBe(true);
    expect(LEXICAL_ABSTENTION_MODEL.analyzerVersion).toBe(ANALYZER_VERSION);
    expect(LEXICAL_ABSTENTION_MODEL.fittedFor).toBe('lexical');
  });

  it('answers when the passages hold the question and its names, declines when they hold little of it', () => {
    const held = features({ coverage: 1, plainCoverage: 1, focusFound: 1, namesFound: 1, kindInFirst: 1, capsInFirst: 1, measureInArticle: 1 });
    const little = features({ coverage: 0.1, plainCoverage: 0.2, focusFound: 0, namesFound: 0, unseenWords: 0.6 });
    expect(shouldAbstain(held)).toBe(false);
    expect(shouldAbstain(little)).toBe(true);
    expect(answerProbability(LEXICAL_ABSTENTION_MODEL, held)).toBeGreaterThan(answerProbability(LEXICAL_ABSTENTION_MODEL, little));
  });

  it('always declines when no word of the question is found, whatever the model', () => {
    const eager: AbstentionModel = { ...LEXICAL_ABSTENTION_MODEL, intercept: 50 };
    expect(shouldAbstain(features({ plainCoverage: 0 }), eager)).toBe(true);
    expect(shouldAbstain(features({ plainCoverage: 0.1, measureInArticle: 1 }), eager)).toBe(false);
    // So does a question dated in a year no article found is of or names.
    expect(shouldAbstain(features({ plainCoverage: 1, measureInArticle: 1, yearInArticle: 0 }), eager)).toBe(true);
    // A feature that declines by itself declines whatever the weights say.
    expect(shouldAbstain(features({ plainCoverage: 1, measureInArticle: 0 }), { ...eager, declineAtZero: ['measureInArticle'] })).toBe(true);
  });

  it('accepts only well-formed models', () => {
    expect(isAbstentionModel({ ...LEXICAL_ABSTENTION_MODEL, weights: { nonsense: 1 } })).toBe(false);
    expect(isAbstentionModel({ ...LEXICAL_ABSTENTION_MODEL, intercept: 'x' })).toBe(false);
    expect(isAbstentionModel({ ...LEXICAL_ABSTENTION_MODEL, format: 2 })).toBe(false);
    expect(isAbstentionModel(null)).toBe(false);
  });
});

describe('abstention features', () => {
  it("count a document's title and date with its passages: a question's year found only in the date is found", () => {
    const question = 'How much did Korea give for the kahriz project in 2022?';
    const text = 'The government of Korea allocated $1.2 million for a project to restore kahrizes in the region.';
    const dated = passage('dated.txt', text, { meta: { title: 'Korea funds the kahriz project', date: { year: 2022, month: 5, day: 27, raw: '2022-05-27' } } });
    const undated = passage('undated.txt', text, { meta: { title: 'Korea funds the kahriz project' } });
    const namesFound = (p: typeof dated) => traceAnswer(question, [p], { maxSentences: 1 }).features?.namesFound ?? 0;
    expect(namesFound(dated)).toBeGreaterThan(namesFound(undated));
    expect(namesFound(dated)).toBe(1);
  });
});

describe('a question that dates what it asks', () => {
  const question = 'How many tickets were sold for the concert in Baku in 2022?';
  const text = 'All 16,800 tickets for the concert in Baku were sold within a day.';
  const published = (year: number) => ({ meta: { date: { year, month: 9, day: 15, raw: `${year}-09-15` }, dateOrigin: 'top' as const } });
  const answered = (...passages: ReturnType<typeof passage>[]) => !traceAnswer(question, passages, { maxSentences: 1 }).answer.abstained;

  it('is declined when every article found was published in another year and never names it', () => {
    expect(answered(passage('2024.txt', text, published(2024)))).toBe(false);
    expect(answered(passage('2024.txt', text, published(2024)), passage('2021.txt', text, published(2021)))).toBe(false);
  });

  it('is answered by an article of that year, one that names it, or one whose date is not known', () => {
    expect(answered(passage('2022.txt', text, published(2022)))).toBe(true);
    expect(answered(passage('2024.txt', text, published(2024)), passage('2022.txt', text, published(2022)))).toBe(true);
    expect(answered(passage('2024.txt', `${text} The first concert, in 2022, drew fewer.`, published(2024)))).toBe(true);
    expect(answered(passage('undated.txt', text))).toBe(true);
  });
});

describe('the coverage of a question set up by a sentence before it', () => {
  const clinic = passage('clinic.txt', 'The Ganja-Gimhae Friendship Clinic in Ganja has 24 beds and a small laboratory.');
  const school = passage('school.txt', 'The kitchen of the Korean school in Baku was rebuilt.');
  const coverage = (question: string) => traceAnswer(question, [clinic, school], { maxSentences: 1, neverAbstain: true }).features?.plainCoverage ?? 0;
  const asked = 'How many beds does the clinic in Ganja have?';

  it("leaves out the setting-up sentence's words no retrieved article holds (\"my cousin lives next door\")", () => {
    expect(coverage(`My cousin lives right next door. ${asked}`)).toBeCloseTo(coverage(asked), 5);
  });

  it('keeps a setting-up word another retrieved article holds: the best one lacks it', () => {
    expect(coverage(`My cousin works in the kitchen. ${asked}`)).toBeLessThan(coverage(`My cousin works in the garage. ${asked}`));
  });
});

describe('the share of unseen words', () => {
  const text = 'Korea and Azerbaijan signed an agreement on culture. Korean news reports were read in Baku.';
  const unseen = (question: string, threadContext?: boolean) =>
    traceAnswer(question, [passage('a.txt', text)], { maxSentences: 1, neverAbstain: true, unseenWords: ['GDP'], ...(threadContext === true ? { threadContext } : {}) }).features?.unseenWords ?? 0;

  it('is not hidden by a preface of common words the passages have ("I was reading the news ...")', () => {
    const plain = unseen('What is the GDP of Korea?');
    const prefaced = unseen('I was reading the news about Korea. What is the GDP of Korea?');
    // GDP is one of two asking words; the preface's "reading" and "news" count a quarter each.
    expect(plain).toBe(0.5);
    expect(prefaced).toBeCloseTo(0.4, 5);
  });

  it("counts a thread's earlier question in full: a follow-up is about it", () => {
    const asked = 'I was reading the news about Korea. What is the GDP of Korea?';
    expect(unseen(asked, true)).toBeCloseTo(0.25, 5);
  });
});

describe('the kind of answer in the best sentence', () => {
  it('is missing when a "how many" question meets sentences without a quantity, and present when one holds it', () => {
    const question = 'How many years did the ambassador serve in Baku?';
    const kindInFirst = (text: string) => traceAnswer(question, [passage('a.txt', text)], { maxSentences: 1, neverAbstain: true }).features?.kindInFirst;
    expect(kindInFirst('The ambassador served in Baku and presented his credentials to the president.')).toBe(0);
    expect(kindInFirst('The ambassador served in Baku for four years.')).toBe(1);
  });
});

describe('halfOf', () => {
  it('keeps the questions of one document together and splits documents into two halves', () => {
    const q = (id: string, docs: string[]) => ({ id, q: id, docs, answer: docs.length > 0 ? ['x'] : [], type: docs.length > 0 ? 'factoid' : 'unanswerable' });
    expect(halfOf(q('a', ['x/201_a.txt']))).toBe(halfOf(q('b', ['201_a.txt'])));
    const halves = Array.from({ length: 40 }, (_, i) => halfOf(q(`u${i}`, [])));
    expect(halves).toContain('A');
    expect(halves).toContain('B');
  });
});

describe("the question's capitalised words in the best sentence", () => {
  it('counts names and countries the best sentence holds, the first word of the question aside', () => {
    const question = 'What is the address of the Korean embassy in Baku?';
    const capsInFirst = (text: string) => traceAnswer(question, [passage('a.txt', text)], { maxSentences: 1, neverAbstain: true }).features?.capsInFirst;
    expect(capsInFirst('The address of the Korean embassy in Baku is 12 Nizami street.')).toBe(1);
    // Another country's embassy: Baku is there, Korea is not.
    expect(capsInFirst('The address of the Japanese embassy in Baku is 5 Izmir street.')).toBeCloseTo(0.5);
    expect(traceAnswer('how much is the embassy rent', [passage('a.txt', 'The embassy rent is high.')], { maxSentences: 1, neverAbstain: true }).features?.capsInFirst).toBe(1);
  });
});

describe('the asked measure in the best article', () => {
  const question = 'how much did it cost to organise the youth judo tournament in Baku?';
  const retrieved = [passage('judo.txt', 'The youth judo tournament in Baku drew 312 athletes from 9 countries.')];
  const measureInArticle = (rest: ReturnType<typeof passage>[]) =>
    traceAnswer(question, retrieved, { maxSentences: 1, neverAbstain: true, articlePassages: () => rest }).features?.measureInArticle;
  /** measureInArticle of question `q` when the rest of the best article is `rest`. */
  const withRest = (q: string, rest: string) =>
    traceAnswer(q, retrieved, { maxSentences: 1, neverAbstain: true, articlePassages: () => [passage('judo.txt', rest, { ordinal: 1 })] }).features?.measureInArticle;

  it('is 0 when neither the retrieved passages nor the rest of the best article write a sum, 1 when one does', () => {
    expect(measureInArticle([passage('judo.txt', 'Referees came from Korea.', { ordinal: 1 })])).toBe(0);
    expect(measureInArticle([passage('judo.txt', 'The organisers spent 40,000 manats.', { ordinal: 1 })])).toBe(1);
  });

  it("is 1 when the article of the answer's first sentence writes the measure, though the two best articles do not", () => {
    const range = 'how far does the Sumgait electric car go on one charge?';
    const digest = passage('briefs.txt', 'ELECTRIC CARS. The Sumgait plant assembled 2,450 electric cars last year.');
    const stations = passage('stations.txt', 'Each charging station will charge two electric cars at once.');
    const plant = passage('plant.txt', 'On one charge the Sumgait electric car goes 410 km, the plant said.');
    const trace = traceAnswer(range, [digest, stations, plant], { maxSentences: 1, neverAbstain: true, articlePassages: () => [] });
    expect(trace.answer.sentences[0]?.text).toContain('410 km');
    expect(trace.features?.measureInArticle).toBe(1);
  });

  it('is 1 for a question that asks for no measure, or asks what rather than how much', () => {
    const of = (q: string) => traceAnswer(q, retrieved, { maxSentences: 1, neverAbstain: true, articlePassages: () => [] }).features?.measureInArticle;
    expect(of('where was the youth judo tournament held?')).toBe(1);
    expect(of('What does the youth judo tournament grant fund?')).toBe(1);
    // An address is asked with "what", and written with its street.
    expect(of('what is the address of the youth judo tournament office in Baku?')).toBe(0);
    // Asked "at which address", "where … address".
    expect(of('youth judo tournament office in Baku: at which address is it?')).toBe(0);
    expect(of('Bakıdakı gənclər cüdo turniri ofisi hansı ünvanda yerləşir?')).toBe(0);
  });

  it('is 0 for "what colour" when the best article names no colour, 1 when it names one', () => {
    expect(withRest('what colour are the youth judo tournament medals?', 'Referees came from Karabakh and Belarus.')).toBe(0);
    expect(withRest('what colour are the youth judo tournament medals?', 'The medals are blue.')).toBe(1);
    expect(withRest('какого цвета медали турнира по дзюдо?', 'Судьи приехали из Беларуси.')).toBe(0);
    expect(withRest('какого цвета медали турнира по дзюдо?', 'Медали будут синими.')).toBe(1);
  });

  it('is 0 for "which street" when the best article names no street, 1 when it names one before or after the word for a street', () => {
    expect(withRest('gənclər cüdo turniri ofisi hansı küçədə yerləşir?', 'Referees came from Korea.')).toBe(0);
    expect(withRest('gənclər cüdo turniri ofisi hansı küçədə yerləşir?', 'Ofis İzmir küç. 5 ünvanında yerləşir.')).toBe(1);
    expect(withRest('на какой улице офис турнира?', 'Офис находится на улице Низами.')).toBe(1);
    expect(withRest('which street is the tournament office on?', 'The office is on Nizami Street.')).toBe(1);
  });
});

describe('abstention decided on other passages (hybrid mode without a model fitted for its embedding model)', () => {
  const question = 'How many students did the Korean school in Ganja admit in 2024?';
  const answering = passage('school.txt', 'The Korean school in Ganja admitted 120 students in 2024.');
  const unrelated = passage('bread.txt', 'Bakers in Shaki sell fresh bread every morning.');
  const options = () => ({ maxSentences: 2 });

  it('declines when the deciding passages decline, though the answer passages would answer', () => {
    expect(traceAnswer(question, [answering], options()).answer.abstained).toBe(false);
    const traced = traceAnswerDecidedOn(question, [answering], [unrelated], options);
    expect(traced.answer.abstained).toBe(true);
  });

  it('answers from the answer passages, with the deciding features, when the deciding passages answer', () => {
    const extra = passage('extra.txt', 'In 2024 the Korean school in Ganja admitted 120 students, its director said.', { relevance: 2 });
    const decided = traceAnswer(question, [answering], options());
    const traced = traceAnswerDecidedOn(question, [extra, answering], [answering], options);
    expect(traced.answer.abstained).toBe(false);
    expect(traced.answer.citations.map((c) => c.source)).toContain('extra.txt');
    expect(traced.features).toEqual(decided.features);
  });

  it('reads the question once: the answer passages are read with the decision\'s reading of it', () => {
    const extra = passage('extra.txt', 'In 2024 the Korean school in Ganja admitted 120 students, its director said.');
    const decision = decideOn(question, [answering], options());
    const traced = answerDecided(question, [extra, answering], decision, options());
    expect(traced.view).toBe(decision.trace.view);
    expect(traced.answer).toEqual(traceAnswer(question, [extra, answering], { ...options(), decided: true }).answer);
  });

  it('reads the question again when the options differ from the ones the kept reading was made with', () => {
    const kept = traceAnswer(question, [answering], options()).view;
    expect(kept.type).toBe('number');
    const asWhen = traceAnswer(question, [answering], { ...options(), view: kept, kindFrom: 'When did the Korean school in Ganja admit students?' }).view;
    expect(asWhen).not.toBe(kept);
    expect(asWhen.type).toBe('date');
    expect(traceAnswer('When did the Korean school in Ganja open?', [answering], { ...options(), view: kept }).view.question).toBe('When did the Korean school in Ganja open?');
  });

  it('does not weigh abstention again once decided: no features, and an answer where the model would decline', () => {
    const partial = passage('library.txt', 'The Korean school in Ganja opened a new library.');
    const declined = traceAnswer(question, [partial], options());
    expect(declined.answer.abstained).toBe(true);
    expect(declined.features).toBeDefined();
    const decided = traceAnswer(question, [partial], { ...options(), decided: true });
    expect(decided.features).toBeUndefined();
    expect(decided.answer.abstained).toBe(false);
  });
});

describe('coverage of an article in another language than the question', () => {
  const question = 'Сколько сотрудников будет числиться в бакинском филиале Nuri Mobility в 2025?';
  const text = 'Nuri Mobility will open its Baku office in 2025 with 30 employees.';
  const coverageIn = (language: 'en' | 'ru', q = question) => traceAnswer(q, [passage('nuri.txt', text, { meta: { language } })], { maxSentences: 1, neverAbstain: true }).features?.coverage ?? 0;

  it('counts only the words that cross languages: numbers, capitalised names, lexicon concepts', () => {
    // "числиться" is no lexicon word: an English article cannot hold it, a Russian one could.
    expect(coverageIn('en')).toBeGreaterThan(coverageIn('ru'));
    expect(coverageIn('en')).toBeGreaterThan(0.8);
  });

  it('is the plain share when the words that cross carry little of the question (common concepts only)', () => {
    const few = 'сколько опытных мастеров числится в баку';
    expect(coverageIn('en', few)).toBe(coverageIn('ru', few));
    expect(coverageIn('en', few)).toBeGreaterThan(0);
  });

  it('is the plain share when the question has no word that crosses languages', () => {
    const lower = 'сколько бакинских мастеров числится';
    expect(coverageIn('en', lower)).toBe(coverageIn('ru', lower));
  });
});

describe('coverage of a question that joins two things', () => {
  const students = passage('students.txt', 'The Korean school in Ganja admitted 120 students in 2024.');
  const teachers = passage('teachers.txt', 'Seoul sent 15 teachers to Ganja this autumn.', { relevance: 0.9 });
  const coverageOf = (question: string) => traceAnswer(question, [students, teachers], { maxSentences: 2, neverAbstain: true }).features?.coverage ?? 0;

  it('is that of the best two articles together, each answering one of them', () => {
    const joined = coverageOf('How many students were admitted in Ganja in 2024 and how many teachers did Seoul send?');
    const single = coverageOf('How many students were admitted in Ganja in 2024, how many teachers did Seoul send?');
    expect(joined).toBeGreaterThan(single);
    expect(coverageOf('Neçə tələbə qəbul olunub və Seul neçə müəllim göndərib?')).toBeGreaterThan(coverageOf('Neçə tələbə qəbul olunub, Seul neçə müəllim göndərib?'));
  });

  it('is not joined by a sentence that only sets the question up', () => {
    const asked = 'How many students were admitted in Ganja in 2024, how many teachers did Seoul send?';
    expect(coverageOf(`I was reading about Ganja and Seoul. ${asked}`)).toBe(coverageOf(`I was reading about Ganja, Seoul. ${asked}`));
  });
});
