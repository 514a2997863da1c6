import type { AbstentionModel } from './abstention.ts';

/** Written by `npm run calibrate -- --shipped` (lexical mode); see docs/quality.md. */
export const LEXICAL_ABSTENTION_MODEL: AbstentionModel = {
  "format": 1,
  "analyzerVersion": 22,
  "fittedFor": "lexical",
  "intercept": -4.709,
  "weights": {
    "coverage": 4.144,
    "focusFound": 0.59,
    "namesFound": 1.215,
    "unseenWords": -2.967,
    "kindInFirst": 1.119
  },
  "threshold": 0.35,
  "fit": {
    "trainQuestions": 303,
    "heldOutQuestions": 125,
    "heldOutAccuracy": 0.936,
    "note": "seeds sets + both development halves; each half checked with the model fitted on the other"
  }
};
