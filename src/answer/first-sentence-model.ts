import type { FirstSentenceModel } from './first-sentence.ts';

/** Written by `npm run fit-first -- --shipped`; see docs/quality.md. */
export const FIRST_SENTENCE_MODEL: FirstSentenceModel = {
  "format": 1,
  "analyzerVersion": 261,
  "weights": {
    "chosenFirst": 0.737,
    "score": 0.714,
    "share": -0.161,
    "kind": 0.691,
    "exact": 1.374,
    "detail": 2.787,
    "unique": -0.292,
    "headline": -0.453,
    "dateline": -0.06,
    "earliest": -0.489,
    "numbers": 0.562,
    "length": -1.094,
    "rare": 0.44,
    "position": -0.206,
    "topPassage": 0.524,
    "many": 0.831
  },
  "fit": {
    "trainAnswers": 678,
    "heldOutAnswers": 678,
    "heldOutRulesFirst": 554,
    "heldOutModelFirst": 569,
    "note": "seeds sets, dev, synthetic, synthetic-2, synthetic-3, synthetic-4, synthetic-5, synthetic-6 half A, synthetic-7, synthetic-8 half A, synthetic-18, synthetic-20, synthetic-22, synthetic-23, synthetic-25, synthetic-26, synthetic-28, synthetic-30, synthetic-32, synthetic-34, synthetic-35, synthetic-37, synthetic-39, synthetic-41, synthetic-43, synthetic-45, synthetic-47, synthetic-49, synthetic-51, synthetic-53; held out: each set judged by the weights fitted on the others"
  }
};
