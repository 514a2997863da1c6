import type { FirstSentenceModel } from './first-sentence.ts';

/** Written by `npm run fit-first -- --shipped`; see docs/quality.md. */
export const FIRST_SENTENCE_MODEL: FirstSentenceModel = {
  "format": 1,
  "analyzerVersion": 259,
  "weights": {
    "chosenFirst": 0.734,
    "score": 0.635,
    "share": -0.106,
    "kind": 0.488,
    "exact": 1.38,
    "detail": 2.763,
    "unique": -0.216,
    "headline": -0.433,
    "dateline": -0.064,
    "earliest": -0.503,
    "numbers": 0.546,
    "length": -1.028,
    "rare": 0.444,
    "position": -0.223,
    "topPassage": 0.506,
    "many": 0.827
  },
  "fit": {
    "trainAnswers": 663,
    "heldOutAnswers": 663,
    "heldOutRulesFirst": 542,
    "heldOutModelFirst": 556,
    "note": "seeds sets, dev, synthetic, synthetic-2, synthetic-3, synthetic-4, synthetic-5, synthetic-6 half A, synthetic-7, synthetic-8 half A, synthetic-18, synthetic-20, synthetic-22, synthetic-23, synthetic-25, synthetic-26, synthetic-28, synthetic-30, synthetic-32, synthetic-34, synthetic-35, synthetic-37, synthetic-39, synthetic-41, synthetic-43, synthetic-45, synthetic-47, synthetic-49, synthetic-51, synthetic-53; held out: each set judged by the weights fitted on the others"
  }
};
