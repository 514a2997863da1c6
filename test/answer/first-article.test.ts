import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/compose.ts';
import { FIRST_ARTICLE_FEATURES } from '../../src/answer/first-article.ts';
import type { FirstArticleFeature, FirstArticleModel } from '../../src/answer/first-article.ts';
import { FIRST_ARTICLE_MODEL } from '../../src/answer/first-article-model.ts';
import { leadingIndex } from '../../src/answer/first-sentence.ts';
import { ANALYZER_VERSION } from '../../src/corpus/terms.ts';
import { buildPipeline, devAndExtraQuestions, SEEDS_DIR } from '../retrieval/pipeline.ts';

/** A model that weighs one feature only, with a margin. */
function modelOf(weights: Partial<Record<FirstArticleFeature, number>>, margin = 0): FirstArticleModel {
  const all = Object.fromEntries(FIRST_ARTICLE_FEATURES.map((name) => [name, weights[name] ?? 0])) as Record<FirstArticleFeature, number>;
  return { format: 1, analyzerVersion: ANALYZER_VERSION, weights: all, margin, fit: { trainAnswers: 0, heldOutAnswers: 0, heldOutRulesFirst: 0, heldOutModelFirst: 0, note: 'test' } };
}

const column = (name: FirstArticleFeature) => FIRST_ARTICLE_FEATURES.indexOf(name);

describe('which article an answer cites first', () => {
  it('is the rules\' first unless another beats it by more than the margin', () => {
    const rows = [[0], [0.3], [0.2]];
    expect(leadingIndex(rows, [1])).toBe(1);
    expect(leadingIndex(rows, [1], 0.25)).toBe(1);
    expect(leadingIndex(rows, [1], 0.5)).toBe(0);
  });

  it('moves the chosen article\'s sentences to the front in their order and keeps every sentence', async () => {
    const pipeline = await buildPipeline();
    const byTitle = modelOf({ title: 10 });
    let described = 0;
    let moved = 0;
    for (const question of await devAndExtraQuestions()) {
      const { passages, wordWeights, evidence } = await pipeline.retriever.search(question);
      const options = { maxSentences: 3, wordWeights, evidence, firstSentence: null };
      const rules = traceAnswer(question, passages, { ...options, firstArticle: null });
      const choice = rules.articleChoice;
      if (rules.answer.abstained || choice === undefined) continue;
      described++;
      // What the model reads: one row per cited article, as the rules cite them, the first marked, values in [-1, 1].
      expect(choice.sources).toEqual(rules.answer.citations.map((c) => c.source));
      expect(choice.features.map((row) => row[column('chosenFirst')])).toEqual(choice.sources.map((_, i) => (i === 0 ? 1 : 0)));
      for (const row of choice.features) for (const value of row) expect(Math.abs(value)).toBeLessThanOrEqual(1);
      const model = traceAnswer(question, passages, { ...options, firstArticle: byTitle });
      const titles = choice.features.map((row) => row[column('title')]!);
      const best = titles.indexOf(Math.max(...titles));
      expect(model.answer.citations[0]!.source).toBe(choice.sources[best]);
      if (best !== 0) moved++;
      // The same sentences, each article's in the rules' order.
      expect(model.answer.sentences.map((s) => s.text).sort()).toEqual(rules.answer.sentences.map((s) => s.text).sort());
      const sourceOf = (answer: typeof rules.answer, i: number) => answer.citations.find((c) => c.n === answer.sentences[i]!.citation)!.source;
      for (const source of choice.sources) {
        const inOrder = (answer: typeof rules.answer) => answer.sentences.filter((_, i) => sourceOf(answer, i) === source).map((s) => s.text);
        expect(inOrder(model.answer)).toEqual(inOrder(rules.answer));
      }
    }
    expect(described).toBeGreaterThan(5);
    expect(moved).toBeGreaterThan(0);
  });

  /**
   * One feature of two articles written for a question, as the rules' answer cites them (both must
   * be cited), and the article cited first by a model that weighs that feature alone, either way.
   */
  async function oneFeature(feature: FirstArticleFeature, question: string, articles: Record<string, string>, withSeeds = false) {
    const dir = mkdtempSync(join(tmpdir(), 'first-article-'));
    try {
      // The seeds beside the articles give words the weights a real corpus gives them.
      if (withSeeds) cpSync(SEEDS_DIR, dir, { recursive: true });
      for (const [name, text] of Object.entries(articles)) writeFileSync(join(dir, name), text);
      const pipeline = await buildPipeline({ seedsDir: dir });
      const { passages, wordWeights, evidence } = await pipeline.retriever.search(question);
      const options = { maxSentences: 3, wordWeights, evidence, firstSentence: null };
      const choice = traceAnswer(question, passages, { ...options, firstArticle: null }).articleChoice!;
      const valueOf = (name: string) => choice.features[choice.sources.indexOf(name)]![column(feature)];
      const firstBy = (weight: number) => traceAnswer(question, passages, { ...options, firstArticle: modelOf({ [feature]: weight }) }).answer.citations[0]!.source;
      return { valueOf, firstBy };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('reads whether an article\'s title names the place asked of, or only another', async () => {
    const { valueOf, firstBy } = await oneFeature('site', 'how many fast chargers were installed at the Ganja bus depot?', {
      'sumgait-ebuses.txt': 'Korean e-buses arrive in Sumgait\n\nSUMGAIT, 3 May 2024. Hanul Motors delivered 40 electric buses to the city on Monday. The company also installed 12 fast chargers at the bus depot. Its director said Ganja had shown interest in the buses too.\n',
      'ganja-depot.txt': 'Ganja bus depot gets Korean chargers\n\nGANJA, 5 June 2024. A Korean supplier installed 15 fast chargers at the bus depot this week. A charger fills a bus in two hours.\n',
    });
    expect(valueOf('ganja-depot.txt')).toBe(1);
    expect(valueOf('sumgait-ebuses.txt')).toBe(-1);
    expect(firstBy(10)).toBe('ganja-depot.txt');
    expect(firstBy(-10)).toBe('sumgait-ebuses.txt');
  });

  it('reads whether an article is dated in another year than the question names, none of its sentences naming one asked', async () => {
    const { valueOf, firstBy } = await oneFeature('year', 'how big was the start-up fund opened in Baku in 2019?', {
      'fund-2022.txt': 'Korean venture fund opens\n\n4 April 2022. Seorin Capital opened a start-up fund of $40 million in Baku. It backs young firms in fintech.\n',
      // Dated later, but telling of the year asked: no penalty.
      'fund-review-2020.txt': 'A year of Korean funds\n\n2 February 2020. In 2019 Hanbit Ventures opened a start-up fund of $25 million in Baku, the first of its kind.\n',
    }, true);
    expect(valueOf('fund-2022.txt')).toBe(-1);
    expect(valueOf('fund-review-2020.txt')).toBe(0);
    expect(firstBy(10)).not.toBe('fund-2022.txt');
    expect(firstBy(-10)).toBe('fund-2022.txt');
  });

  it('ships weights fitted with this analyzer, over every feature, with a margin', () => {
    expect(FIRST_ARTICLE_MODEL.analyzerVersion).toBe(ANALYZER_VERSION);
    expect(Object.keys(FIRST_ARTICLE_MODEL.weights).sort()).toEqual([...FIRST_ARTICLE_FEATURES].sort());
    expect(FIRST_ARTICLE_MODEL.margin).toBeGreaterThanOrEqual(0);
    expect(FIRST_ARTICLE_MODEL.fit.heldOutModelFirst).toBeGreaterThan(FIRST_ARTICLE_MODEL.fit.heldOutRulesFirst);
  });
});
