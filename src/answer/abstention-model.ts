import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 34,
  "fittedFor": "lexical",
  "intercept": -5.351,
  "weights": {
    "coverage": 4.396,
    "focusFound": 0.613,
    "namesFound": 1.191,
    "unseenWords": -2.827,
    "kindInFirst": 0.879,
    "capsInFirst": 0.74
  },
  "threshold": 0.35,
  "fit": {
    "trainQuestions": 303,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.96,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
