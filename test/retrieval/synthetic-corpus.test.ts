/**
 * Answer quality on documents written apart from the engine's rules: the five seeds and the 30
 * invented articles of test/fixtures/eval/synthetic, synthetic-2 to synthetic-5 and synthetic-7 (see their READMEs), with
 * their 90 questions each, in lexical mode. The figures asserted are the ones measured when the engine last changed,
 * rounded down (floors against regressions); docs/quality.md has the table and the history.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeMetrics, formatSectionsTable } from '../../src/eval/metrics.ts';
import type { EvalResult, MetricsRow } from '../../src/eval/metrics.ts';
import { readEvalFile, runEval } from '../../src/eval/run.ts';
import { halfOf } from '../../src/eval/split.ts';
import { SEEDS_DIR, buildPipeline } from './pipeline.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/eval/', import.meta.url));

interface SyntheticSet {
  folder: string;
  /** All 90 questions: the figures measured when the engine last changed, rounded down. */
  floors: Partial<Record<keyof MetricsRow, number>>;
  falseAbstentionCeiling: number;
}

const SETS: readonly SyntheticSet[] = [
  // Reply 0.88, first 0.86: "who did the … doubles pair beat in the baku final" lost its answer when Azerbaijani, Russian and Korean words of defeat joined (twenty-eighth round).
  { folder: 'synthetic', floors: { hitAt3: 0.93, answerInReply: 0.88, answerInFirstSentence: 0.85, abstentionAccuracy: 0.77 }, falseAbstentionCeiling: 0.05 },
  // Each later set was written after the rules read from the earlier ones and measured before its own failures were read (docs/quality.md).
  // First sentence 0.82: the fitted first-sentence model leads "сколько всего … врачей обучат … и сколько приехало в первой группе" with the four groups' schedule.
  // hit@3 0.95, reply 0.91, first 0.82: the file name's year dates the Chinese bus plant's article (2024), whose "2026-cı ilədək" then answers when Hanwon's plant starts work.
  // Abstention 0.77 since стоит (costs) reads as a price: a festival ticket's price, which no article gives, is answered with another price.
  { folder: 'synthetic-2', floors: { hitAt3: 0.95, answerInReply: 0.91, answerInFirstSentence: 0.82, abstentionAccuracy: 0.77 }, falseAbstentionCeiling: 0.02 },
  // First sentence 0.80: "when was the shusha 5g agreement signed?" opens with the Azerbaijani report of it, "bu gün" shown as
  // (12 March 2025); "к скольким магазинам … до конца 2026?" with the 1,300 shops connected first, the 15,000 planned second.
  // Reply 0.88 since Azerbaijani ildə and ilin (in, of the year) read as the year, as "в год" does: a centre's yearly graduates, asked "в год", meet another article first.
  // First 0.80 since a lexicon concept is credited as the word itself (the thirty-fourth round): "when was the shusha 5g agreement signed?" opens with the Azerbaijani report of it, the bus and metro question with the Korean one.
  { folder: 'synthetic-3', floors: { hitAt3: 0.96, answerInReply: 0.88, answerInFirstSentence: 0.8, abstentionAccuracy: 0.77 }, falseAbstentionCeiling: 0.05 },
  // Abstention 0.77 since related concepts find each other (the forty-second round): the budget of a round of consultations, which no article gives, is answered with another round's talks.
  { folder: 'synthetic-4', floors: { hitAt3: 0.97, answerInReply: 0.95, answerInFirstSentence: 0.9, abstentionAccuracy: 0.77 }, falseAbstentionCeiling: 0.04 },
  // Held out in the fifth round, read from the sixth (the sixth set's half B is the held-out one and has no floor).
  { folder: 'synthetic-5', floors: { hitAt3: 0.97, answerInReply: 0.88, answerInFirstSentence: 0.77, abstentionAccuracy: 0.33 }, falseAbstentionCeiling: 0.03 },
  // Held out in the sixth to eighth rounds, read from the ninth (the sixth and eighth sets' halves B and the ninth to seventeenth and nineteenth sets are held out and have no floor).
  // Reply 0.91 since a lexicon concept is credited as the word itself (the thirty-fourth round): the Sumgait kindergarten's staff and the youth orchestra's Seoul venue lose their sentence to the article's lead.
  { folder: 'synthetic-7', floors: { hitAt3: 0.96, answerInReply: 0.91, answerInFirstSentence: 0.86, abstentionAccuracy: 0.33 }, falseAbstentionCeiling: 0.07 },
  // Written in the thirteenth round and read in it (the seventeenth set, written with it, is held out and has no floor).
  { folder: 'synthetic-18', floors: { hitAt3: 0.95, answerInReply: 0.89, answerInFirstSentence: 0.84, abstentionAccuracy: 0.33 }, falseAbstentionCeiling: 0.04 },
  // Written in the fourteenth round and read in it (the nineteenth set, written with it, is held out and has no floor).
  // First sentence 0.70: "who is Kim Sung-ho?" opens with "Kim Sung-ho, a four-term lawmaker, …", the set's title second.
  // hit@3 0.92, reply 0.87, first 0.69 since a lexicon concept is credited as the word itself (the thirty-fourth round): an article in another language that holds more of the question's words comes first (the 2023 car share, the MPs' delegation, the date of diplomatic relations).
  { folder: 'synthetic-20', floors: { hitAt3: 0.92, answerInReply: 0.87, answerInFirstSentence: 0.69, abstentionAccuracy: 0.5 }, falseAbstentionCeiling: 0.02 },
  // Written in the fifteenth round and read in it (the twenty-first set, written with the twenty-second, is held out and has no floor).
  // Reply 0.90, first 0.82 since Сумгайыт reads as Sumgait: "Ребята из Сумгайыта едут в Пусан — в какие числа?" meets more sentences naming the city, and the dates lose their place.
  { folder: 'synthetic-22', floors: { hitAt3: 0.97, answerInReply: 0.9, answerInFirstSentence: 0.82, abstentionAccuracy: 0.5 }, falseAbstentionCeiling: 0.04 },
  // Abstention 0.50 since a lexicon concept is credited as the word itself (the thirty-fourth round): "라면 맛있게 끓이는 법" meets 라면 ("if") in a quote and is answered.
  // First 0.78 since the lexicon's coverage audit (the forty-second round): 장학생 (scholarship students) also reads as a scholarship, and an aid package's ten scholarship winners come first.
  { folder: 'synthetic-23', floors: { hitAt3: 0.93, answerInReply: 0.89, answerInFirstSentence: 0.78, abstentionAccuracy: 0.5 }, falseAbstentionCeiling: 0.07 },
  // Written in the sixteenth round: the twenty-fifth read in it (the twenty-fourth, written with it, is held out and has no
  // floor); the twenty-sixth, mostly crosslingual questions, read only in aggregate to choose lexicon words.
  // First 0.71 since южнокорейский reads as Korea: the game a Korean studio localises follows another sentence of its article.
  // hit@3 0.92 since a lexicon concept is credited as the word itself (the thirty-fourth round): the Ganja terminal contract's date is cited from the Korean report only.
  { folder: 'synthetic-25', floors: { hitAt3: 0.92, answerInReply: 0.89, answerInFirstSentence: 0.71, abstentionAccuracy: 0.5 }, falseAbstentionCeiling: 0.04 },
  { folder: 'synthetic-26', floors: { hitAt3: 0.86, answerInReply: 0.76, answerInFirstSentence: 0.67, abstentionAccuracy: 0.37 }, falseAbstentionCeiling: 0.1 },
  // Written in the seventeenth round and read in it (the twenty-seventh, written with it, is held out and has no floor).
  // Reply 0.86 since pay and paid read as a payment: "QR 결제 사업에 은행이 돈 얼마" (how much the bank put in) meets a report of the launch that writes no sum first, and is declined.
  // Reply 0.85 since a lexicon concept is credited as the word itself (the thirty-fourth round): the Tashkent electric buses meet the Baku ones.
  { folder: 'synthetic-28', floors: { hitAt3: 0.92, answerInReply: 0.85, answerInFirstSentence: 0.79, abstentionAccuracy: 0.37 }, falseAbstentionCeiling: 0.05 },
  // Written in the eighteenth round and read in it (the twenty-ninth, written with it, is held out and has no floor).
  // Abstention 0.62 since the chat-word groups (the forty-third round): the cold store of Hanbit's Alat warehouse, whose cost no
  // article gives, meets the warehouse's own investment through cost and investment.
  { folder: 'synthetic-30', floors: { hitAt3: 0.85, answerInReply: 0.84, answerInFirstSentence: 0.63, abstentionAccuracy: 0.62 }, falseAbstentionCeiling: 0.07 },
  // Written in the nineteenth round and read in it (the thirty-first, written with it, is held out and has no floor).
  // First sentence 0.69 since the twenty-fourth round: "Sumqayitda tikilecek polad zavoduna ne qeder pul qoyulacaq", typed
  // without ə, is read as Azerbaijani asking of the future, and another article's future investment comes first.
  // Reply 0.81 since the chat-word groups (the forty-third round): the Korean flu vaccine sent to Uzbekistan is answered by its delivery.
  { folder: 'synthetic-32', floors: { hitAt3: 0.9, answerInReply: 0.81, answerInFirstSentence: 0.69, abstentionAccuracy: 0.5 }, falseAbstentionCeiling: 0.05 },
  // Written in the twentieth round and read in it (the thirty-third, written with them, is held out and has no floor).
  // Abstention 0.50 since стоит (costs) reads as a price: a single pool visit's price is answered with the pool's building cost.
  { folder: 'synthetic-34', floors: { hitAt3: 0.9, answerInReply: 0.82, answerInFirstSentence: 0.75, abstentionAccuracy: 0.5 }, falseAbstentionCeiling: 0.07 },
  { folder: 'synthetic-35', floors: { hitAt3: 0.85, answerInReply: 0.74, answerInFirstSentence: 0.67, abstentionAccuracy: 0.75 }, falseAbstentionCeiling: 0.07 },
  // Written in the twenty-first round and read in it (the thirty-sixth, written with it, is held out and has no floor).
  // Declined 0.10 since the thirtieth round: "nə qədər nar və nə qədər xurma satılıb?" declines since xurma is the lexicon's persimmon, a word of several articles.
  { folder: 'synthetic-37', floors: { hitAt3: 0.81, answerInReply: 0.65, answerInFirstSentence: 0.53, abstentionAccuracy: 0.62 }, falseAbstentionCeiling: 0.1 },
  // Written in the twenty-second round and read in it (the thirty-eighth, written with it, is held out and has no floor).
  // hit@3 0.78 since articles are dated by their file names' years: "고부스탄 풍력발전소는 언제 가동 들어가?" answered from a digest of plant orders the file name dates 2026.
  { folder: 'synthetic-39', floors: { hitAt3: 0.78, answerInReply: 0.73, answerInFirstSentence: 0.7, abstentionAccuracy: 0.62 }, falseAbstentionCeiling: 0.08 },
  // Written in the twenty-third round and read in it (the fortieth, written with it, is held out and has no floor).
  { folder: 'synthetic-41', floors: { hitAt3: 0.85, answerInReply: 0.71, answerInFirstSentence: 0.59, abstentionAccuracy: 0.25 }, falseAbstentionCeiling: 0.1 },
  // Written in the twenty-fourth round and read in it (the forty-second, written with it, is held out and has no floor).
  { folder: 'synthetic-43', floors: { hitAt3: 0.78, answerInReply: 0.68, answerInFirstSentence: 0.63, abstentionAccuracy: 0.25 }, falseAbstentionCeiling: 0.15 },
  // Written in the twenty-fifth round and read in it (the forty-fourth, written with it, is held out and has no floor).
  // hit@3 0.85, reply 0.75 since articles are dated by their file names' years: a question's "за 2023 год" meets the article dated 2023 before the one that reports 2023's trade.
  { folder: 'synthetic-45', floors: { hitAt3: 0.85, answerInReply: 0.75, answerInFirstSentence: 0.64, abstentionAccuracy: 0.25 }, falseAbstentionCeiling: 0.04 },
  // Written in the twenty-sixth round and read in it (the forty-sixth, written with it, is held out and has no floor).
  { folder: 'synthetic-47', floors: { hitAt3: 0.78, answerInReply: 0.69, answerInFirstSentence: 0.6, abstentionAccuracy: 0.12 }, falseAbstentionCeiling: 0.1 },
  // Written in the twenty-seventh round and read in it (the forty-eighth, written with it, is held out and has no floor).
  // Abstention 0.62 since articles are dated by their file names' years: the 2021 tyre train's freight rate per container is answered.
  // Abstention 0.50 since Azerbaijani ildə (in the year) reads as the year: 2021's hazelnut sales, which no article gives, are answered from a 2026 digest.
  { folder: 'synthetic-49', floors: { hitAt3: 0.8, answerInReply: 0.68, answerInFirstSentence: 0.48, abstentionAccuracy: 0.5 }, falseAbstentionCeiling: 0.11 },
  // Written in the twenty-eighth round and read in it (the fiftieth, written with it, is held out and has no floor).
  // hit@3 0.81 since a lexicon concept is credited as the word itself (the thirty-fourth round): the taekwondo medals in Sumgait meet the Korean report of Korea's own.
  { folder: 'synthetic-51', floors: { hitAt3: 0.81, answerInReply: 0.67, answerInFirstSentence: 0.5, abstentionAccuracy: 0.25 }, falseAbstentionCeiling: 0.09 },
  // Written in the twenty-ninth round and read in it (the fifty-second, written with it, is held out and has no floor).
  // Abstention 0.37 since стоило (cost) reads as a price: a rehabilitation centre's cost, which no article gives, is answered with another price.
  { folder: 'synthetic-53', floors: { hitAt3: 0.78, answerInReply: 0.74, answerInFirstSentence: 0.64, abstentionAccuracy: 0.37 }, falseAbstentionCeiling: 0.13 },
  // Written in the thirtieth round and read in it (the fifty-fourth, written with it, is held out and has no floor).
  // Reply 0.70, first 0.60 since articles are dated by their file names' years: the hazelnut question of 2016 and 2024 together is declined.
  // First 0.59 since the first-sentence model was refitted in the thirty-second round: the Ganja greenhouse's first tomatoes follow another sentence.
  { folder: 'synthetic-55', floors: { hitAt3: 0.81, answerInReply: 0.7, answerInFirstSentence: 0.59, abstentionAccuracy: 0.25 }, falseAbstentionCeiling: 0.11 },
  // Written in the thirty-first round and read in it (the fifty-sixth, written with it, is held out and has no floor).
  // Abstention 0.25 since the lexicon's coverage audit (the forty-second round): 수료생 reads as graduates, and a vocational centre's graduates by 2026, asked of another town's centre, are answered.
  { folder: 'synthetic-57', floors: { hitAt3: 0.9, answerInReply: 0.85, answerInFirstSentence: 0.68, abstentionAccuracy: 0.25 }, falseAbstentionCeiling: 0.04 },
  // Written in the thirty-second round and read in it (the fifty-eighth, written with it, is held out and has no floor).
  { folder: 'synthetic-59', floors: { hitAt3: 0.78, answerInReply: 0.65, answerInFirstSentence: 0.54, abstentionAccuracy: 0.37 }, falseAbstentionCeiling: 0.1 },
  // Written in the thirty-third round and read in it (the sixtieth, written with it, is held out and has no floor).
  // Abstention 0.25 since a Korean maker's name written with its trade (노을섬유, Noeul Textile) meets the name: a year's actual output, which no article gives, is answered with the planned one.
  { folder: 'synthetic-61', floors: { hitAt3: 0.82, answerInReply: 0.7, answerInFirstSentence: 0.56, abstentionAccuracy: 0.25 }, falseAbstentionCeiling: 0.08 },
  // Written in the thirty-fourth round and read in it (the sixty-second, written with it, is held out and has no floor).
  // Declined 0.09 since the thirty-fifth round reads "what's the state fee" as asking a sum: the licence-exchange fee, answered from the wrong article before, is declined.
  // Abstention 0.62 since related concepts find each other (the forty-second round): the date of a second round of pension talks, which no article gives, is answered with the first round's.
  { folder: 'synthetic-63', floors: { hitAt3: 0.81, answerInReply: 0.75, answerInFirstSentence: 0.64, abstentionAccuracy: 0.62 }, falseAbstentionCeiling: 0.1 },
  // Written in the thirty-fifth round and read in it (the sixty-fourth, written with it, is held out and has no floor).
  // Declined 0.09 since the thirty-eighth round reads "digitise" as digitalisation: the Ganja land-records question, answered from the Nakhchivan article before, is declined.
  { folder: 'synthetic-65', floors: { hitAt3: 0.82, answerInReply: 0.74, answerInFirstSentence: 0.65, abstentionAccuracy: 0.62 }, falseAbstentionCeiling: 0.1 },
  // Written in the thirty-sixth round and read in it (the sixty-sixth, written with it, is held out and has no floor).
  { folder: 'synthetic-67', floors: { hitAt3: 0.95, answerInReply: 0.85, answerInFirstSentence: 0.71, abstentionAccuracy: 0.5 }, falseAbstentionCeiling: 0.03 },
  // Written later in the thirty-sixth round and read in it (the sixty-eighth, written with it, is held out and has no floor).
  { folder: 'synthetic-69', floors: { hitAt3: 0.86, answerInReply: 0.78, answerInFirstSentence: 0.64, abstentionAccuracy: 0.37 }, falseAbstentionCeiling: 0.03 },
  // Written in the thirty-seventh round and read in it (the seventieth, written with it, is held out and has no floor).
  { folder: 'synthetic-71', floors: { hitAt3: 0.89, answerInReply: 0.76, answerInFirstSentence: 0.62, abstentionAccuracy: 0.25 }, falseAbstentionCeiling: 0.04 },
  // Written in the thirty-eighth round and read in it (the seventy-second, written with it, is held out and has no floor).
  { folder: 'synthetic-73', floors: { hitAt3: 0.87, answerInReply: 0.76, answerInFirstSentence: 0.62, abstentionAccuracy: 0.75 }, falseAbstentionCeiling: 0.05 },
  // Written in the thirty-ninth round and read in it (the seventy-fourth, written with it, is held out and has no floor).
  { folder: 'synthetic-75', floors: { hitAt3: 0.87, answerInReply: 0.75, answerInFirstSentence: 0.64, abstentionAccuracy: 0.37 }, falseAbstentionCeiling: 0.03 },
  // Written in the fortieth round and read in it (the seventy-sixth, written with it, is held out and has no floor).
  { folder: 'synthetic-77', floors: { hitAt3: 0.81, answerInReply: 0.68, answerInFirstSentence: 0.52, abstentionAccuracy: 0.5 }, falseAbstentionCeiling: 0.09 },
  // Written in the forty-first round and read in it (the seventy-eighth, written with it, is held out and has no floor).
  // Its start (hit@3 0.866, reply 0.683, first 0.610) would fail these; six of its eight unanswerable questions are answered.
  { folder: 'synthetic-79', floors: { hitAt3: 0.92, answerInReply: 0.8, answerInFirstSentence: 0.7, abstentionAccuracy: 0.25 }, falseAbstentionCeiling: 0.05 },
  // Written in the forty-second round and read in it (the eightieth, written with it, is held out and has no floor).
  // Its start (hit@3 0.817, reply 0.732, first 0.573) would fail these; four of its eight unanswerable questions are answered.
  { folder: 'synthetic-81', floors: { hitAt3: 0.84, answerInReply: 0.75, answerInFirstSentence: 0.59, abstentionAccuracy: 0.5 }, falseAbstentionCeiling: 0.03 },
  // Written in the forty-third round and read in it (the eighty-second, written with it, is held out and has no floor).
  // Nothing the round changed moved it: the floors hold its start (hit@3 0.817, reply 0.720, first 0.622, 0.159 declined);
  // six of its eight unanswerable questions are answered.
  { folder: 'synthetic-83', floors: { hitAt3: 0.81, answerInReply: 0.71, answerInFirstSentence: 0.62, abstentionAccuracy: 0.25 }, falseAbstentionCeiling: 0.16 },
];

describe.each(SETS)('answer quality on the seeds and the invented articles of $folder', ({ folder, floors, falseAbstentionCeiling }) => {
  let corpus: string;
  let results: EvalResult[];
  beforeAll(async () => {
    corpus = mkdtempSync(path.join(os.tmpdir(), `${folder}-corpus-`));
    cpSync(SEEDS_DIR, corpus, { recursive: true });
    cpSync(path.join(FIXTURES, folder, 'docs'), path.join(corpus, 'syn'), { recursive: true });
    const pipeline = await buildPipeline({ seedsDir: corpus });
    results = await runEval(await readEvalFile(path.join(FIXTURES, folder, 'questions.jsonl')), (q) => pipeline.ask(q));
  });
  afterAll(() => {
    if (corpus !== undefined) rmSync(corpus, { recursive: true, force: true });
  });

  it('keeps the measured figures in lexical mode', () => {
    const half = (h: 'A' | 'B') => results.filter((r) => halfOf(r.question) === h);
    const table = formatSectionsTable([
      { name: 'half A', metrics: computeMetrics(half('A')) },
      { name: 'half B', metrics: computeMetrics(half('B')) },
      { name: 'all', metrics: computeMetrics(results) },
    ]);
    console.log(`${folder} articles, lexical mode\n${table}`);
    const overall = computeMetrics(results).overall;
    for (const [key, floor] of Object.entries(floors)) expect(overall[key as keyof MetricsRow] ?? 0, `${key}\n${table}`).toBeGreaterThanOrEqual(floor);
    expect(overall.falseAbstentionRate ?? 1, table).toBeLessThanOrEqual(falseAbstentionCeiling);
  });
});
