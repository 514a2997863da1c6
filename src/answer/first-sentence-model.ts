import type { FirstSentenceModel } from './first-sentence.ts';

/** Written by `npm run fit-first -- --shipped`; see docs/quality.md. */
export const FIRST_SENTENCE_MODEL: FirstSentenceModel = {
  "format": 1,
  "analyzerVersion": 255,
  "weights": {
    "chosenFirst": 0.797,
    "score": 0.696,
    "share": -0.113,
    "kind": 0.567,
    "exact": 1.415,
    "detail": 2.633,
    "unique": -0.186,
    "headline": -0.425,
    "dateline": -0.084,
    "earliest": -0.56,
    "numbers": 0.915,
    "length": -0.843,
    "rare": 0.487,
    "position": -0.129,
    "topPassage": 0.489
  },
  "fit": {
    "trainAnswers": 632,
    "heldOutAnswers": 632,
    "heldOutRulesFirst": 516,
    "heldOutModelFirst": 524,
    "note": "seeds sets, dev, synthetic, synthetic-2, synthetic-3, synthetic-4, synthetic-5, synthetic-6 half A, synthetic-7, synthetic-8 half A, synthetic-18, synthetic-20, synthetic-22, synthetic-23, synthetic-25, synthetic-26, synthetic-28, synthetic-30, synthetic-32, synthetic-34, synthetic-35, synthetic-37, synthetic-39, synthetic-41, synthetic-43, synthetic-45, synthetic-47, synthetic-49, synthetic-51; held out: each set judged by the weights fitted on the others"
  }
};
