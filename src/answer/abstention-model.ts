import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 45,
  "fittedFor": "lexical",
  "intercept": -5.525,
  "weights": {
    "coverage": 4.482,
    "focusFound": 0.754,
    "namesFound": 1.069,
    "unseenWords": -2.73,
    "kindInFirst": 0.875,
    "capsInFirst": 0.809
  },
  "threshold": 0.35,
  "fit": {
    "trainQuestions": 303,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.952,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
