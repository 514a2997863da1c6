import type { FirstSentenceModel } from './first-sentence.ts';

/** Written by `npm run fit-first -- --shipped`; see docs/quality.md. */
export const FIRST_SENTENCE_MODEL: FirstSentenceModel = {
  "format": 1,
  "analyzerVersion": 342,
  "weights": {
    "chosenFirst": 0.417,
    "score": 1.054,
    "share": -0.185,
    "kind": 1.16,
    "exact": 1.446,
    "detail": 3.278,
    "unique": -0.428,
    "headline": -0.72,
    "dateline": -0.171,
    "earliest": -0.541,
    "numbers": 0.562,
    "length": -1.347,
    "rare": 0.525,
    "position": -0.395,
    "topPassage": 0.5,
    "many": 0.983
  },
  "fit": {
    "trainAnswers": 961,
    "heldOutAnswers": 961,
    "heldOutRulesFirst": 772,
    "heldOutModelFirst": 799,
    "note": "seeds sets, dev, synthetic, synthetic-2, synthetic-3, synthetic-4, synthetic-5, synthetic-6 half A, synthetic-7, synthetic-8 half A, synthetic-18, synthetic-20, synthetic-22, synthetic-23, synthetic-25, synthetic-26, synthetic-28, synthetic-30, synthetic-32, synthetic-34, synthetic-35, synthetic-37, synthetic-39, synthetic-41, synthetic-43, synthetic-45, synthetic-47, synthetic-49, synthetic-51, synthetic-53, synthetic-55, synthetic-57, synthetic-59, synthetic-61, synthetic-63, synthetic-65, synthetic-67, synthetic-69, synthetic-71, synthetic-73; held out: each set judged by the weights fitted on the others"
  }
};
