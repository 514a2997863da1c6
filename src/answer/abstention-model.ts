import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 27,
  "fittedFor": "lexical",
  "intercept": -5.315,
  "weights": {
    "coverage": 4.351,
    "focusFound": 0.601,
    "namesFound": 1.354,
    "unseenWords": -2.969,
    "kindInFirst": 0.938,
    "capsInFirst": 0.627
  },
  "threshold": 0.35,
  "fit": {
    "trainQuestions": 303,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.968,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
