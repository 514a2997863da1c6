import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 38,
  "fittedFor": "lexical",
  "intercept": -5.398,
  "weights": {
    "coverage": 4.428,
    "focusFound": 0.608,
    "namesFound": 1.189,
    "unseenWords": -2.813,
    "kindInFirst": 0.86,
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
