import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 48,
  "fittedFor": "lexical",
  "intercept": -5.51,
  "weights": {
    "coverage": 4.542,
    "focusFound": 0.602,
    "namesFound": 1.068,
    "unseenWords": -2.766,
    "kindInFirst": 0.984,
    "capsInFirst": 0.788
  },
  "threshold": 0.35,
  "fit": {
    "trainQuestions": 303,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.96,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
