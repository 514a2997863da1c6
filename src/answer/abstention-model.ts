import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 31,
  "fittedFor": "lexical",
  "intercept": -5.226,
  "weights": {
    "coverage": 4.426,
    "focusFound": 0.505,
    "namesFound": 1.193,
    "unseenWords": -2.876,
    "kindInFirst": 0.882,
    "capsInFirst": 0.715
  },
  "threshold": 0.35,
  "fit": {
    "trainQuestions": 303,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.96,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
