import type { FirstSentenceModel } from './first-sentence.ts';

/** Written by `npm run fit-first -- --shipped`; see docs/quality.md. */
export const FIRST_SENTENCE_MODEL: FirstSentenceModel = {
  "format": 1,
  "analyzerVersion": 310,
  "weights": {
    "chosenFirst": 0.576,
    "score": 0.91,
    "share": -0.213,
    "kind": 0.787,
    "exact": 1.408,
    "detail": 2.979,
    "unique": -0.433,
    "headline": -0.407,
    "dateline": -0.162,
    "earliest": -0.561,
    "numbers": 0.588,
    "length": -1.173,
    "rare": 0.504,
    "position": -0.418,
    "topPassage": 0.587,
    "many": 1.015
  },
  "fit": {
    "trainAnswers": 745,
    "heldOutAnswers": 745,
    "heldOutRulesFirst": 614,
    "heldOutModelFirst": 629,
    "note": "seeds sets, dev, synthetic, synthetic-2, synthetic-3, synthetic-4, synthetic-5, synthetic-6 half A, synthetic-7, synthetic-8 half A, synthetic-18, synthetic-20, synthetic-22, synthetic-23, synthetic-25, synthetic-26, synthetic-28, synthetic-30, synthetic-32, synthetic-34, synthetic-35, synthetic-37, synthetic-39, synthetic-41, synthetic-43, synthetic-45, synthetic-47, synthetic-49, synthetic-51, synthetic-53, synthetic-55; held out: each set judged by the weights fitted on the others"
  }
};
