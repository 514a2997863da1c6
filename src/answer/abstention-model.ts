import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 40,
  "fittedFor": "lexical",
  "intercept": -5.457,
  "weights": {
    "coverage": 4.412,
    "focusFound": 0.656,
    "namesFound": 1.214,
    "unseenWords": -2.812,
    "kindInFirst": 0.861,
    "capsInFirst": 0.771
  },
  "threshold": 0.35,
  "fit": {
    "trainQuestions": 303,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.96,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
