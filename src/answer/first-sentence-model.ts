import type { FirstSentenceModel } from './first-sentence.ts';

/** Written by `npm run fit-first -- --shipped`; see docs/quality.md. */
export const FIRST_SENTENCE_MODEL: FirstSentenceModel = {
  "format": 1,
  "analyzerVersion": 259,
  "weights": {
    "chosenFirst": 0.772,
    "score": 0.677,
    "share": -0.067,
    "kind": 0.495,
    "exact": 1.402,
    "detail": 2.601,
    "unique": -0.135,
    "headline": -0.396,
    "dateline": -0.067,
    "earliest": -0.572,
    "numbers": 0.685,
    "length": -0.951,
    "rare": 0.509,
    "position": -0.165,
    "topPassage": 0.497,
    "many": 0.715
  },
  "fit": {
    "trainAnswers": 634,
    "heldOutAnswers": 634,
    "heldOutRulesFirst": 517,
    "heldOutModelFirst": 530,
    "note": "seeds sets, dev, synthetic, synthetic-2, synthetic-3, synthetic-4, synthetic-5, synthetic-6 half A, synthetic-7, synthetic-8 half A, synthetic-18, synthetic-20, synthetic-22, synthetic-23, synthetic-25, synthetic-26, synthetic-28, synthetic-30, synthetic-32, synthetic-34, synthetic-35, synthetic-37, synthetic-39, synthetic-41, synthetic-43, synthetic-45, synthetic-47, synthetic-49, synthetic-51; held out: each set judged by the weights fitted on the others"
  }
};
