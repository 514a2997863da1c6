import { describe, expect, it } from 'vitest';
import { expectedAnswerType } from '../../src/answer/answer-kind.ts';
import { composeAnswer, traceAnswer } from '../../src/answer/compose.ts';
import { scoreSentences } from '../../src/answer/sentence-scores.ts';
import { questionEvidence } from '../../src/retrieval/evidence.ts';
import { SENTENCES } from '../../src/scoring.ts';
import { passage } from './passages.ts';

/** The sentences read from `text`, an article ranked second (the best one's sentences are let in more easily). */
function candidates(question: string, text: string) {
  const best = passage('b.txt', 'Hanseong Chemical has a plant in Sumgait.');
  return scoreSentences(expectedAnswerType(question), questionEvidence(question), [best, passage('h.txt', text)], [1, 1]);
}

describe('scoreSentences: a sentence that goes on from the one before it', () => {
  const plant = 'Hanseong Chemical opened its polypropylene compound plant in the Sumgait industrial park on Tuesday.';
  const question = 'Who runs the Hanseong plant in Sumgait?';

  it('is read when the sentence before it names what is asked, though it repeats none of it', () => {
    const scored = candidates(question, `${plant} Rashad Mammadov, a chemist from Baku, will lead it.`);
    const follower = scored.find((c) => c.text.startsWith('Rashad Mammadov'));
    expect(follower).toBeDefined();
    expect(follower!.answers.length).toBeGreaterThan(0);
    // Carried words count at a share, below what the sentence that holds them covers.
    expect(follower!.share).toBeGreaterThanOrEqual(SENTENCES.minSentenceShare);
    expect(follower!.share).toBeLessThan(scored.find((c) => c.text === plant)!.share);
  });

  it('is not read after a sentence that has nothing of the question', () => {
    const scored = candidates(question, `${plant} The weather was fine on the day. Rashad Mammadov, a chemist from Baku, will lead it.`);
    expect(scored.some((c) => c.text.startsWith('Rashad Mammadov'))).toBe(false);
  });

  it('keeps its own score: carried words do not lift it to the sentence that says them itself', () => {
    const scored = candidates('What is new at the Hanseong plant in Sumgait?', `${plant} Rashad Mammadov, a chemist from Baku, will lead it.`);
    const score = (start: string) => scored.find((c) => c.text.startsWith(start))?.score;
    expect(score('Rashad Mammadov')).toBeDefined();
    expect(score('Rashad Mammadov')!).toBeLessThan(score('Hanseong Chemical opened')! - 0.65);
  });
});

describe('scoreSentences: a sentence of the best article that holds the kind of thing asked', () => {
  const question = 'How many visitors did the Hanseong open day in Sumgait draw?';
  const openDay = 'Hanseong Chemical held an open day at its Sumgait plant. The weather was fine. A choir sang. In all, 1,200 came.';
  const read = (passages: ReturnType<typeof passage>[], text: string) =>
    scoreSentences('number', questionEvidence(question), passages, passages.map(() => 1)).some((c) => c.text === text);

  it('is read in the article retrieval ranks first, however few of the question words it repeats', () => {
    expect(read([passage('a.txt', openDay)], 'In all, 1,200 came.')).toBe(true);
  });

  it('is not read in an article ranked below it', () => {
    expect(read([passage('b.txt', 'Hanseong Chemical held an open day at its Sumgait plant.'), passage('a.txt', openDay)], 'In all, 1,200 came.')).toBe(false);
  });

  it('is not read when it holds nothing of the kind asked', () => {
    expect(read([passage('a.txt', openDay)], 'A choir sang.')).toBe(false);
  });
});

describe('a follower that goes on from the sentence before it', () => {
  it('is judged with the question words that sentence holds (at their carried share)', () => {
    const question = 'How many people will the Hanseong plant in Sumgait employ?';
    const ratio = (before: string) => {
      const trace = traceAnswer(question, [passage('h.txt', `The Hanseong plant in Sumgait will employ 85 people. ${before} It employs 40 people.`)], { maxSentences: 3 });
      return trace.followers.find((f) => f.text === 'It employs 40 people.')!.coverageRatio;
    };
    expect(ratio('Hanseong Chemical also runs a plant in Ganja.')).toBeGreaterThan(ratio('The weather was fine on Tuesday.'));
  });
});

describe('scoreSentences: sentences already read for the question', () => {
  const question = 'How many workers will the Hanseong plant in Sumgait employ?';
  const evidence = questionEvidence(question);
  const type = expectedAnswerType(question);
  const passages = [
    passage('b.txt', 'Hanseong Chemical opened a plant in Sumgait. It will employ 85 people. Baku, 13 May 2026 / Trend /'),
    passage('h.txt', 'The plant in Sumgait cost 25 million dollars. Hanseong Chemical will hire 40 more workers next year.'),
  ];
  /** What a scored sentence says, its matchers read out over the question's words (functions are compared by what they give). */
  const said = (scored: ReturnType<typeof scoreSentences>) =>
    scored.map(({ match, reach, ...rest }) => ({ ...rest, match: evidence.words.map(match), reach: evidence.words.map(reach) }));

  it('scores the passages as afresh when given the readings of an earlier scoring of some of them', () => {
    const readings = new Map();
    scoreSentences(type, evidence, passages.slice(0, 1), [1], undefined, readings);
    expect(readings.size).toBeGreaterThan(0);
    const again = scoreSentences(type, evidence, passages, [1, 0.5], [1, 0.5], readings);
    const fresh = scoreSentences(type, evidence, passages, [1, 0.5], [1, 0.5]);
    expect(again.length).toBeGreaterThan(2);
    expect(said(again)).toEqual(said(fresh));
  });
});

describe('a question about this year', () => {
  it('prefers the sentence of this year to the one of last year, and the other way round', () => {
    const report = passage('k.txt', '지난해 아제르바이잔을 찾은 한국인은 1만8400여 명이었다. 올해 1~9월 방문객은 이미 2만 명을 넘었다.');
    expect(composeAnswer('올해 9월까지 아제르바이잔 다녀간 한국 사람 몇 명이래?', [report], { maxSentences: 1 }).sentences[0]?.text).toContain('2만');
    expect(composeAnswer('지난해 아제르바이잔 다녀간 한국 사람 몇 명이래?', [report], { maxSentences: 1 }).sentences[0]?.text).toContain('1만8400');
  });
});

describe('scoreSentences: a count of the people asked about', () => {
  it('answers "how many wrestlers" though the sentence also measures a length of time', () => {
    const question = 'Martda Bakıya gələn koreyalı güləşçilər neçə nəfər idi?';
    const scored = candidates(question, 'Bu ilin martında Koreya milli komandasının 14 güləşçisi Bakıda iki həftəlik toplanış keçmişdi.');
    expect(scored.find((c) => c.text.startsWith('Bu ilin'))?.answers).toContain('14');
    // A count of other people is no answer beside the length of time.
    const tourists = candidates(question, 'Bu ilin martında 14 turist Bakıda iki həftəlik toplanış keçmişdi.');
    expect(tourists.find((c) => c.text.startsWith('Bu ilin'))?.answers ?? []).not.toContain('14');
  });
});

describe('scoreSentences: a length of time written apart from its unit', () => {
  it('does not answer how many people, in any of the languages, and still answers how long', () => {
    const people = [
      ['Сколько корейцев живёт в Гяндже?', 'Он переехал в Гянджу 20 лет назад, и с тех пор там открылась корейская школа.'],
      ['How many Korean engineers work in Ganja?', 'The plant in Ganja has been running for five years under a Korean licence.'],
      ['Gəncədə neçə koreyalı mühəndis işləyir?', 'Gəncədəki zavod 20 il bundan əvvəl Koreya lisenziyası ilə tikilib.'],
    ] as const;
    for (const [question, text] of people) {
      const scored = candidates(question, text);
      expect(scored.find((c) => c.text === text)?.answers ?? [], question).toEqual([]);
    }
    // Not counting people, a length of time may be what is asked.
    const years = candidates('За сколько лет построили завод в Гяндже?', 'Завод в Гяндже строили 20 лет.');
    expect(years.find((c) => c.text.startsWith('Завод'))?.answers).toContain('20');
  });
});

describe('scoreSentences: a sentence about a third country', () => {
  it('ranks below the one about the place asked, which it would outrank without SENTENCES.placeConflictPenalty', () => {
    const question = 'How many students took part in the Korean language olympiad in Baku?';
    const tashkent = '68 students took part in the Korean language olympiad held in Tashkent.';
    const baku = 'In Baku, 64 students took part in it.';
    const scored = scoreSentences(expectedAnswerType(question), questionEvidence(question), [passage('t.txt', tashkent), passage('b.txt', baku)], [1, 1]);
    const score = (text: string) => scored.find((c) => c.text === text)!.score;
    expect(scored[0]!.text).toBe(baku);
    expect(score(tashkent)).toBeGreaterThan(score(baku) - SENTENCES.placeConflictPenalty);
  });
});
