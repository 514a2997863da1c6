import type { FirstSentenceModel } from './first-sentence.ts';

/** Written by `npm run fit-first -- --shipped`; see docs/quality.md. */
export const FIRST_SENTENCE_MODEL: FirstSentenceModel = {
  "format": 1,
  "analyzerVersion": 255,
  "weights": {
    "chosenFirst": 0.775,
    "score": 0.705,
    "share": -0.11,
    "kind": 0.568,
    "exact": 1.421,
    "detail": 2.636,
    "unique": -0.187,
    "headline": -0.401,
    "dateline": -0.084,
    "earliest": -0.563,
    "numbers": 0.922,
    "length": -0.83,
    "rare": 0.491,
    "position": -0.152,
    "topPassage": 0.49
  },
  "fit": {
    "trainAnswers": 634,
    "heldOutAnswers": 634,
    "heldOutRulesFirst": 517,
    "heldOutModelFirst": 525,
    "note": "seeds sets, dev, synthetic, synthetic-2, synthetic-3, synthetic-4, synthetic-5, synthetic-6 half A, synthetic-7, synthetic-8 half A, synthetic-18, synthetic-20, synthetic-22, synthetic-23, synthetic-25, synthetic-26, synthetic-28, synthetic-30, synthetic-32, synthetic-34, synthetic-35, synthetic-37, synthetic-39, synthetic-41, synthetic-43, synthetic-45, synthetic-47, synthetic-49, synthetic-51; held out: each set judged by the weights fitted on the others"
  }
};
