import type { FirstSentenceModel } from './first-sentence.ts';

/** Written by `npm run fit-first -- --shipped`; see docs/quality.md. */
export const FIRST_SENTENCE_MODEL: FirstSentenceModel = {
  "format": 1,
  "analyzerVersion": 312,
  "weights": {
    "chosenFirst": 0.574,
    "score": 0.969,
    "share": -0.202,
    "kind": 0.921,
    "exact": 1.428,
    "detail": 3.026,
    "unique": -0.481,
    "headline": -0.424,
    "dateline": -0.162,
    "earliest": -0.565,
    "numbers": 0.508,
    "length": -1.148,
    "rare": 0.54,
    "position": -0.373,
    "topPassage": 0.576,
    "many": 1.053
  },
  "fit": {
    "trainAnswers": 751,
    "heldOutAnswers": 751,
    "heldOutRulesFirst": 616,
    "heldOutModelFirst": 633,
    "note": "seeds sets, dev, synthetic, synthetic-2, synthetic-3, synthetic-4, synthetic-5, synthetic-6 half A, synthetic-7, synthetic-8 half A, synthetic-18, synthetic-20, synthetic-22, synthetic-23, synthetic-25, synthetic-26, synthetic-28, synthetic-30, synthetic-32, synthetic-34, synthetic-35, synthetic-37, synthetic-39, synthetic-41, synthetic-43, synthetic-45, synthetic-47, synthetic-49, synthetic-51, synthetic-53, synthetic-55; held out: each set judged by the weights fitted on the others"
  }
};
