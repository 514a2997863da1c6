import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 48,
  "fittedFor": "lexical",
  "intercept": -5.453,
  "weights": {
    "coverage": 4.555,
    "focusFound": 0.595,
    "namesFound": 1.063,
    "unseenWords": -2.769,
    "kindInFirst": 0.929,
    "capsInFirst": 0.781
  },
  "threshold": 0.35,
  "fit": {
    "trainQuestions": 303,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.96,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
