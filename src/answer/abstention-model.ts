import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 46,
  "fittedFor": "lexical",
  "intercept": -5.508,
  "weights": {
    "coverage": 4.546,
    "focusFound": 0.721,
    "namesFound": 1.048,
    "unseenWords": -2.753,
    "kindInFirst": 0.871,
    "capsInFirst": 0.787
  },
  "threshold": 0.35,
  "fit": {
    "trainQuestions": 303,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.952,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
