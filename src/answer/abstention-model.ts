import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 49,
  "fittedFor": "lexical",
  "intercept": -5.647,
  "weights": {
    "coverage": 4.586,
    "focusFound": 0.727,
    "namesFound": 1.071,
    "unseenWords": -2.703,
    "kindInFirst": 0.962,
    "capsInFirst": 0.782
  },
  "threshold": 0.35,
  "fit": {
    "trainQuestions": 303,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.952,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
