import type { FirstSentenceModel } from './first-sentence.ts';

/** Written by `npm run fit-first -- --shipped`; see docs/quality.md. */
export const FIRST_SENTENCE_MODEL: FirstSentenceModel = {
  "format": 1,
  "analyzerVersion": 277,
  "weights": {
    "chosenFirst": 0.662,
    "score": 0.736,
    "share": -0.101,
    "kind": 0.693,
    "exact": 1.407,
    "detail": 2.879,
    "unique": -0.32,
    "headline": -0.406,
    "dateline": -0.059,
    "earliest": -0.486,
    "numbers": 0.55,
    "length": -1.151,
    "rare": 0.483,
    "position": -0.259,
    "topPassage": 0.492,
    "many": 0.831
  },
  "fit": {
    "trainAnswers": 696,
    "heldOutAnswers": 696,
    "heldOutRulesFirst": 566,
    "heldOutModelFirst": 581,
    "note": "seeds sets, dev, synthetic, synthetic-2, synthetic-3, synthetic-4, synthetic-5, synthetic-6 half A, synthetic-7, synthetic-8 half A, synthetic-18, synthetic-20, synthetic-22, synthetic-23, synthetic-25, synthetic-26, synthetic-28, synthetic-30, synthetic-32, synthetic-34, synthetic-35, synthetic-37, synthetic-39, synthetic-41, synthetic-43, synthetic-45, synthetic-47, synthetic-49, synthetic-51, synthetic-53, synthetic-55; held out: each set judged by the weights fitted on the others"
  }
};
