import type { FirstSentenceModel } from './first-sentence.ts';

/** Written by `npm run fit-first -- --shipped`; see docs/quality.md. */
export const FIRST_SENTENCE_MODEL: FirstSentenceModel = {
  "format": 1,
  "analyzerVersion": 346,
  "weights": {
    "chosenFirst": 0.378,
    "score": 1.095,
    "share": 0.127,
    "kind": 1.126,
    "exact": 1.611,
    "detail": 3.197,
    "unique": -0.583,
    "headline": -0.692,
    "dateline": -0.175,
    "earliest": -0.511,
    "numbers": 0.544,
    "length": -1.616,
    "rare": 0.523,
    "position": -0.339,
    "topPassage": 0.551,
    "many": 1.027
  },
  "fit": {
    "trainAnswers": 981,
    "heldOutAnswers": 981,
    "heldOutRulesFirst": 788,
    "heldOutModelFirst": 812,
    "note": "seeds sets, dev, synthetic, synthetic-2, synthetic-3, synthetic-4, synthetic-5, synthetic-6 half A, synthetic-7, synthetic-8 half A, synthetic-18, synthetic-20, synthetic-22, synthetic-23, synthetic-25, synthetic-26, synthetic-28, synthetic-30, synthetic-32, synthetic-34, synthetic-35, synthetic-37, synthetic-39, synthetic-41, synthetic-43, synthetic-45, synthetic-47, synthetic-49, synthetic-51, synthetic-53, synthetic-55, synthetic-57, synthetic-59, synthetic-61, synthetic-63, synthetic-65, synthetic-67, synthetic-69, synthetic-71, synthetic-73; held out: each set judged by the weights fitted on the others"
  }
};
