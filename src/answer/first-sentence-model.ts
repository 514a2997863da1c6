import type { FirstSentenceModel } from './first-sentence.ts';

/** Written by `npm run fit-first -- --shipped`; see docs/quality.md. */
export const FIRST_SENTENCE_MODEL: FirstSentenceModel = {
  "format": 1,
  "analyzerVersion": 252,
  "weights": {
    "chosenFirst": 0.843,
    "score": 0.738,
    "share": -0.131,
    "kind": 0.564,
    "exact": 1.419,
    "detail": 2.623,
    "unique": -0.174,
    "headline": -0.424,
    "dateline": -0.083,
    "earliest": -0.571,
    "numbers": 0.925,
    "length": -0.834,
    "rare": 0.47,
    "position": -0.064,
    "topPassage": 0.513
  },
  "fit": {
    "trainAnswers": 632,
    "heldOutAnswers": 632,
    "heldOutRulesFirst": 516,
    "heldOutModelFirst": 525,
    "note": "seeds sets, dev, synthetic, synthetic-2, synthetic-3, synthetic-4, synthetic-5, synthetic-6 half A, synthetic-7, synthetic-8 half A, synthetic-18, synthetic-20, synthetic-22, synthetic-23, synthetic-25, synthetic-26, synthetic-28, synthetic-30, synthetic-32, synthetic-34, synthetic-35, synthetic-37, synthetic-39, synthetic-41, synthetic-43, synthetic-45, synthetic-47, synthetic-49, synthetic-51; held out: each set judged by the weights fitted on the others"
  }
};
