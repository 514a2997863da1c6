import { describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/compose.ts';
import { FIRST_SENTENCE_FEATURES, leadingIndex, weightsOf } from '../../src/answer/first-sentence.ts';
import type { FirstSentenceFeature, FirstSentenceModel } from '../../src/answer/first-sentence.ts';
import { FIRST_SENTENCE_MODEL } from '../../src/answer/first-sentence-model.ts';
import { ANALYZER_VERSION } from '../../src/corpus/terms.ts';
import { buildPipeline, devAndExtraQuestions } from '../retrieval/pipeline.ts';

/** A model that weighs one feature only (and the rules' choice a little, to break ties their way). */
function modelOf(weights: Partial<Record<FirstSentenceFeature, number>>): FirstSentenceModel {
  const all = Object.fromEntries(FIRST_SENTENCE_FEATURES.map((name) => [name, weights[name] ?? 0])) as Record<FirstSentenceFeature, number>;
  return { format: 1, analyzerVersion: ANALYZER_VERSION, weights: all, fit: { trainAnswers: 0, heldOutAnswers: 0, heldOutRulesFirst: 0, heldOutModelFirst: 0, note: 'test' } };
}

const column = (name: FirstSentenceFeature) => FIRST_SENTENCE_FEATURES.indexOf(name);

describe('which chosen sentence leads', () => {
  it('is the one with the highest weighted sum, the earliest of equals', () => {
    const model = modelOf({ detail: 1 });
    const rows = [0, 0.5, 0.5].map((detail) => FIRST_SENTENCE_FEATURES.map((name) => (name === 'detail' ? detail : 0)));
    expect(leadingIndex(rows, weightsOf(model))).toBe(1);
    expect(leadingIndex([rows[0]!, rows[0]!], weightsOf(model))).toBe(0);
  });

  it('reorders only the sentences of the article cited first, keeping every sentence of the answer', async () => {
    const pipeline = await buildPipeline();
    const byNumbers = modelOf({ numbers: 10 });
    let described = 0;
    let reordered = 0;
    for (const question of await devAndExtraQuestions()) {
      const { passages, wordWeights, evidence } = await pipeline.retriever.search(question);
      const options = { maxSentences: 3, wordWeights, evidence };
      const rules = traceAnswer(question, passages, { ...options, firstSentence: null });
      const choice = rules.firstChoice;
      if (rules.answer.abstained || choice === undefined) continue;
      described++;
      // What the model reads: the rules' first marked, values in [-1, 1], one lead per article.
      expect(choice.features.map((row) => row[column('chosenFirst')])).toEqual(choice.texts.map((_, i) => (i === 0 ? 1 : 0)));
      for (const row of choice.features) for (const value of row) expect(Math.abs(value)).toBeLessThanOrEqual(1);
      expect(choice.features.filter((row) => row[column('earliest')] === 1)).toHaveLength(1);
      expect(choice.texts[0]).toBe(rules.answer.sentences[0]!.text);
      // Weighing numbers alone, the sentence with most of them leads (the earliest of equals).
      const numbers = choice.features.map((row) => row[column('numbers')]!);
      const expected = choice.texts[numbers.indexOf(Math.max(...numbers))];
      const traced = traceAnswer(question, passages, { ...options, firstSentence: byNumbers });
      expect(traced.answer.sentences[0]!.text, question).toBe(expected);
      expect(new Set(traced.answer.sentences.map((s) => s.text))).toEqual(new Set(rules.answer.sentences.map((s) => s.text)));
      expect(traced.answer.citations[0]!.source).toBe(rules.answer.citations[0]!.source);
      if (expected !== choice.texts[0]) reordered++;
    }
    expect(described).toBeGreaterThan(5);
    expect(reordered).toBeGreaterThan(0);
  });

  it('is decided by a shipped model fitted for this analyzer, with a weight for every feature', () => {
    expect(FIRST_SENTENCE_MODEL.analyzerVersion).toBe(ANALYZER_VERSION);
    expect(Object.keys(FIRST_SENTENCE_MODEL.weights).sort()).toEqual([...FIRST_SENTENCE_FEATURES].sort());
    expect(FIRST_SENTENCE_MODEL.fit.heldOutModelFirst).toBeGreaterThan(FIRST_SENTENCE_MODEL.fit.heldOutRulesFirst);
  });
});
