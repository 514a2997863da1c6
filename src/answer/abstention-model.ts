import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 30,
  "fittedFor": "lexical",
  "intercept": -5.231,
  "weights": {
    "coverage": 4.362,
    "focusFound": 0.525,
    "namesFound": 1.204,
    "unseenWords": -2.833,
    "kindInFirst": 0.893,
    "capsInFirst": 0.73
  },
  "threshold": 0.35,
  "fit": {
    "trainQuestions": 303,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.96,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
