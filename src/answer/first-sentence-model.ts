import type { FirstSentenceModel } from './first-sentence.ts';

/** Written by `npm run fit-first -- --shipped`; see docs/quality.md. */
export const FIRST_SENTENCE_MODEL: FirstSentenceModel = {
  "format": 1,
  "analyzerVersion": 310,
  "weights": {
    "chosenFirst": 0.606,
    "score": 0.91,
    "share": -0.181,
    "kind": 0.53,
    "exact": 1.408,
    "detail": 2.901,
    "unique": -0.323,
    "headline": -0.443,
    "dateline": -0.052,
    "earliest": -0.484,
    "numbers": 0.571,
    "length": -1.18,
    "rare": 0.457,
    "position": -0.299,
    "topPassage": 0.511,
    "many": 0.878
  },
  "fit": {
    "trainAnswers": 709,
    "heldOutAnswers": 709,
    "heldOutRulesFirst": 578,
    "heldOutModelFirst": 590,
    "note": "seeds sets, dev, synthetic, synthetic-2, synthetic-3, synthetic-4, synthetic-5, synthetic-6 half A, synthetic-7, synthetic-8 half A, synthetic-18, synthetic-20, synthetic-22, synthetic-23, synthetic-25, synthetic-26, synthetic-28, synthetic-30, synthetic-32, synthetic-34, synthetic-35, synthetic-37, synthetic-39, synthetic-41, synthetic-43, synthetic-45, synthetic-47, synthetic-49, synthetic-51, synthetic-53, synthetic-55; held out: each set judged by the weights fitted on the others"
  }
};
